import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, InputNumber, Popconfirm, Segmented, Select, Space, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, isApiError, postForBlob } from '../../app/api';
import { useAuth } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import type { CertificateLayout as Layout, CertificateLayoutResponse as LayoutResponse, FieldBox } from '../../../shared/contract/certificates';

/** Where each field of a Giấy khen / Bằng khen prints, in millimetres; a sample page to check it. */
export default function CertificateLayoutPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const canEdit = can('certificate_layout', 'update');
  const q = useQuery({ queryKey: ['certificate-layout'], queryFn: () => api.get<LayoutResponse>('/certificate-layout') });
  const [layout, setLayout] = useState<Layout | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  useDocumentTitle(t('certLayout.title'));
  useEffect(() => {
    if (q.data) setLayout(q.data.layout);
  }, [q.data]);
  const onError = (e: unknown) => {
    const details = isApiError(e) && Array.isArray(e.details) ? (e.details as { field: string; message: string }[]) : [];
    setProblems(details.map((d) => `${d.field}: ${d.message}`));
    message.error(errorText(e));
  };
  const save = useMutation({
    mutationFn: (l: Layout | null) => api.put<LayoutResponse>('/certificate-layout', { layout: l, version: q.data!.version }),
    onSuccess: (r) => {
      setProblems([]);
      message.success(t('certLayout.saved'));
      qc.setQueryData(['certificate-layout'], r);
    },
    onError,
  });
  const preview = useMutation({
    mutationFn: (l: Layout) => postForBlob('/certificate-layout/preview', { layout: l }),
    onSuccess: (blob) => window.open(URL.createObjectURL(blob), '_blank'),
    onError,
  });
  if (q.isPending || !layout) return q.isError ? <ErrorState error={q.error} onRetry={() => q.refetch()} /> : <PageSpinner />;
  const set = (name: string, patch: Partial<FieldBox>) => setLayout({ ...layout, fields: { ...layout.fields, [name]: { ...layout.fields[name], ...patch } } });
  const num = (name: string, key: 'x' | 'y' | 'width' | 'size', value: number, max: number) => (
    <InputNumber
      aria-label={`${q.data!.labels[name] ?? name} — ${t(`certLayout.${key}`)}`}
      size="small"
      min={0}
      max={max}
      step={key === 'size' ? 0.5 : 1}
      value={value}
      disabled={!canEdit}
      onChange={(v) => v !== null && set(name, { [key]: v })}
      style={{ width: 84 }}
    />
  );
  return (
    <>
      <PageHeader
        title={t('certLayout.title')}
        subTitle={t('certLayout.subtitle')}
        extra={
          <>
            <Button onClick={() => preview.mutate(layout)} loading={preview.isPending}>
              {t('certLayout.preview')}
            </Button>
            {canEdit && (
              <>
                <Popconfirm title={t('certLayout.resetConfirm')} okText={t('certLayout.reset')} cancelText={t('common.cancel')} onConfirm={() => save.mutate(null)}>
                  <Button disabled={!q.data?.custom}>{t('certLayout.reset')}</Button>
                </Popconfirm>
                <Button type="primary" onClick={() => save.mutate(layout)} loading={save.isPending}>
                  {t('common.save')}
                </Button>
              </>
            )}
          </>
        }
      />
      {!canEdit && <Alert type="info" showIcon title={t('certLayout.readOnly')} style={{ marginBottom: 16 }} />}
      {problems.length > 0 && <Alert type="error" showIcon title={t('certLayout.invalid')} description={problems.map((p) => <div key={p}>{p}</div>)} style={{ marginBottom: 16 }} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap size={24}>
          <Space>
            <Typography.Text>{t('certLayout.orientation')}</Typography.Text>
            <Segmented
              disabled={!canEdit}
              value={layout.orientation}
              onChange={(orientation) => setLayout({ ...layout, orientation: orientation as Layout['orientation'] })}
              options={[
                { value: 'landscape', label: t('certLayout.landscape') },
                { value: 'portrait', label: t('certLayout.portrait') },
              ]}
            />
          </Space>
          <Space>
            <Typography.Text>{t('certLayout.border')}</Typography.Text>
            <Switch aria-label={t('certLayout.border')} disabled={!canEdit} checked={layout.border} onChange={(border) => setLayout({ ...layout, border })} />
          </Space>
          <Space>
            <Typography.Text>{t('certLayout.qr')}</Typography.Text>
            {(['x', 'y', 'size'] as const).map((k) => (
              <InputNumber key={k} aria-label={`QR — ${t(`certLayout.${k}`)}`} size="small" min={0} max={400} disabled={!canEdit} value={layout.qr[k]} onChange={(v) => v !== null && setLayout({ ...layout, qr: { ...layout.qr, [k]: v } })} addonBefore={k} style={{ width: 110 }} />
            ))}
          </Space>
        </Space>
      </Card>
      <Card size="small">
        <Table
          rowKey="name"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={Object.entries(layout.fields).map(([name, box]) => ({ name, box }))}
          columns={[
            { title: t('certLayout.field'), key: 'name', render: (_, r) => q.data!.labels[r.name] ?? r.name },
            { title: t('certLayout.x'), key: 'x', render: (_, r) => num(r.name, 'x', r.box.x, 400) },
            { title: t('certLayout.y'), key: 'y', render: (_, r) => num(r.name, 'y', r.box.y, 400) },
            { title: t('certLayout.width'), key: 'w', render: (_, r) => num(r.name, 'width', r.box.width, 400) },
            { title: t('certLayout.size'), key: 's', render: (_, r) => num(r.name, 'size', r.box.size, 72) },
            {
              title: t('certLayout.align'),
              key: 'a',
              render: (_, r) => (
                <Select
                  size="small"
                  disabled={!canEdit}
                  aria-label={`${q.data!.labels[r.name] ?? r.name} — ${t('certLayout.align')}`}
                  value={r.box.align ?? 'left'}
                  onChange={(align) => set(r.name, { align })}
                  style={{ width: 110 }}
                  options={(['left', 'center', 'right'] as const).map((a) => ({ value: a, label: t(`certLayout.aligns.${a}`) }))}
                />
              ),
            },
            { title: t('certLayout.bold'), key: 'b', render: (_, r) => <Switch size="small" disabled={!canEdit} checked={!!r.box.bold} onChange={(bold) => set(r.name, { bold })} aria-label={`${q.data!.labels[r.name] ?? r.name} — ${t('certLayout.bold')}`} /> },
          ]}
        />
      </Card>
    </>
  );
}
