import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Descriptions, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { FilePdfOutlined, FileWordOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, download } from '../../app/api';
import { useAuth } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import { DATE_FORMAT, formatDate, formatNumber, fromApiDate, toApiDate } from '../../app/format';
import type { Items } from '../../../shared/contract/common';
import type { Decision, DecisionIssued, DecisionLine } from '../../../shared/contract/decisions';
import type { DossierDetail } from '../dossiers/types';

/** The decision of a dossier: drafted by the standing agency from the passed nominees, issued by the leader. */
export function DecisionPanel({ d }: { d: DossierDetail }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const q = useQuery({ queryKey: ['dossiers', 'decisions', d.id], queryFn: () => api.get<Items<Decision>>(`/dossiers/${d.id}/decisions`) });
  const x = q.data?.items.at(-1);
  useEffect(() => {
    if (x) form.setFieldsValue({ ...x, decisionDate: fromApiDate(x.decisionDate) });
  }, [x, form]);
  const refresh = () => qc.invalidateQueries({ queryKey: ['dossiers'] });
  const onError = (e: unknown) => message.error(errorText(e));
  const draft = useMutation({ mutationFn: () => api.post<Decision>(`/dossiers/${d.id}/decisions`, {}), onSuccess: refresh, onError });
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => api.patch<Decision>(`/decisions/${x!.id}`, { ...v, decisionDate: toApiDate(v.decisionDate as never), version: x!.version }),
    onSuccess: (saved) => {
      message.success(t('common.saved'));
      // the new version at once: a second save right after the first must not look like someone else's change
      qc.setQueryData<Items<Decision>>(['dossiers', 'decisions', d.id], (old) => ({ items: (old?.items ?? []).map((i) => (i.id === saved.id ? saved : i)) }));
      refresh();
    },
    onError,
  });
  const issue = useMutation({
    mutationFn: () => api.post<DecisionIssued>(`/decisions/${x!.id}/issue`, { version: x!.version }),
    onSuccess: () => {
      message.success(t('decisions.issued'));
      refresh();
    },
    onError,
  });
  if (!['council', 'decided', 'closed'].includes(d.state)) return null;
  if (!x) {
    return (
      <Card size="small" title={t('decisions.title')} style={{ marginBottom: 16 }}>
        <Space>
          <Typography.Text type="secondary">{t('decisions.none')}</Typography.Text>
          {d.canAppraise && d.state === 'council' && (
            <Button type="primary" onClick={() => draft.mutate()} loading={draft.isPending}>
              {t('decisions.draft')}
            </Button>
          )}
        </Space>
      </Card>
    );
  }
  const editable = x.state === 'draft' && d.canAppraise;
  const dl = (path: string, name: string) => download(`/decisions/${x.id}/${path}`, undefined, name).catch(onError);
  return (
    <Card
      size="small"
      title={
        <Space>
          {t('decisions.title')}
          <Tag color={x.state === 'issued' ? 'green' : 'default'} data-testid="decision-state">
            {t(`decisions.state.${x.state}`)}
          </Tag>
        </Space>
      }
      style={{ marginBottom: 16 }}
      data-testid="decision"
      extra={
        <Space wrap>
          <Button size="small" icon={<FileWordOutlined />} onClick={() => dl('document.docx', `quyet-dinh-${x.id}.docx`)}>
            DOCX
          </Button>
          <Button size="small" icon={<FilePdfOutlined />} onClick={() => dl('document.pdf', `quyet-dinh-${x.id}.pdf`)}>
            PDF
          </Button>
          {x.state === 'issued' && (
            <Button size="small" icon={<SafetyCertificateOutlined />} onClick={() => dl('certificates.pdf', `giay-khen-${x.id}.pdf`)}>
              {t('decisions.certificates')}
            </Button>
          )}
        </Space>
      }
    >
      {editable ? (
        <Form form={form} layout="inline" onFinish={(v) => save.mutate(v)} style={{ rowGap: 8, marginBottom: 12 }}>
          <Form.Item name="number" label={t('decisions.fields.number')} htmlFor="decision-number">
            <Input id="decision-number" style={{ width: 150 }} placeholder="…/QĐ-UBND" />
          </Form.Item>
          <Form.Item name="decisionDate" label={t('decisions.fields.date')} htmlFor="decision-date">
            <DatePicker id="decision-date" format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="signerAuthority" label={t('decisions.fields.authority')} htmlFor="decision-authority">
            <Input id="decision-authority" style={{ width: 90 }} placeholder="KT." />
          </Form.Item>
          <Form.Item name="signerTitle" label={t('decisions.fields.signerTitle')} htmlFor="decision-title">
            <Input id="decision-title" style={{ width: 140 }} placeholder="Chủ tịch" />
          </Form.Item>
          <Form.Item name="signerName" label={t('decisions.fields.signer')} htmlFor="decision-signer">
            <Input id="decision-signer" style={{ width: 180 }} />
          </Form.Item>
          <Button htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Form>
      ) : (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          style={{ marginBottom: 12 }}
          items={[
            { key: 'n', label: t('decisions.fields.number'), children: x.number ?? '—' },
            { key: 'd', label: t('decisions.fields.date'), children: formatDate(x.decisionDate) },
            { key: 's', label: t('decisions.fields.signer'), children: [x.signerAuthority, x.signerTitle, x.signerName].filter(Boolean).join(' ') || '—' },
          ]}
        />
      )}
      <Table<DecisionLine>
        rowKey="nomineeId"
        size="small"
        pagination={false}
        dataSource={x.lines}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('dossiers.fields.no'), key: 'no', width: 50, render: (_, __, i) => i + 1 },
          { title: t('dossiers.fields.nominee'), key: 'name', render: (_, l) => <div><div>{l.name}</div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{[l.position, l.unitName].filter(Boolean).join(', ')}</Typography.Text></div> },
          { title: t('dossiers.fields.award'), dataIndex: 'awardName', key: 'award' },
          { title: t('decisions.fields.coefficient'), dataIndex: 'coefficient', key: 'c', render: (c: string | null) => c ?? '—' },
          { title: t('decisions.fields.amount'), key: 'amount', align: 'right', render: (_, l) => (l.amount !== null ? formatNumber(l.amount) : <Typography.Text type="warning">{l.moneyNote}</Typography.Text>) },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={4}>
              <Typography.Text strong>{t('decisions.total')}</Typography.Text> {x.totalInWords && <Typography.Text type="secondary">({x.totalInWords})</Typography.Text>}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Typography.Text strong data-testid="decision-total">
                {formatNumber(x.total)}
              </Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      {x.state === 'draft' && can('decision', 'decide') && (
        <Popconfirm title={t('decisions.issueConfirm')} okText={t('decisions.issue')} cancelText={t('common.cancel')} onConfirm={() => issue.mutate()}>
          <Button type="primary" style={{ marginTop: 12 }} loading={issue.isPending}>
            {t('decisions.issue')}
          </Button>
        </Popconfirm>
      )}
    </Card>
  );
}
