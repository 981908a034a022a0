import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, InputNumber, Segmented, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../app/api';
import { formatDate, formatDateTime } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import type { Page } from '../../app/types';
import { EmptyState } from '../../components/EmptyState';
import { FormModal, useFormSave } from '../../components/FormModal';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { ListFilters, ServerTable, scopeFilters, useServerList } from '../../components/ServerList';
import { SelectFilter, YearFilter } from '../../components/UrlFilters';
import { SummaryTables } from '../movements/SummaryTables';
import { RegistrationStatusTag, useMyUnits } from '../movements/parts';
import { REGISTRATION_STATUSES, type Movement, type Registration, type RegistrationListItem, type RegistrationSummary } from '../movements/types';
import { useToday } from '../../app/auth';

function useMovementOptions(status?: string) {
  const q = useQuery({
    queryKey: ['movements', 'list', { pageSize: 200, status }],
    queryFn: () => api.get<Page<Movement>>('/movements', { pageSize: 200, status }),
    staleTime: 60_000,
  });
  return { options: (q.data?.items ?? []).map((m) => ({ value: m.id, label: m.name, movement: m })), loading: q.isPending };
}

interface Values {
  unitId: number;
  year: number;
  movementId?: number;
}

function CreateRegistrationModal({ onClose }: { onClose: () => void }) {
  const today = useToday();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const myUnits = useMyUnits('registration', 'create');
  const movements = useMovementOptions('launched');
  const [form] = Form.useForm<Values>();
  const saving = useFormSave<Values, Registration>({
    form,
    mutationFn: (v) => api.post<Registration>('/registrations', { ...v, movementId: v.movementId ?? null }),
    invalidate: [['registrations']],
    success: t('movementsUi.reg.created'),
    onSaved: (r) => {
      onClose();
      navigate(`/registrations/${r.id}`);
    },
    // the unit has registered for that year and movement already: open that registration
    onError: async (e, v) => {
      if (!isApiError(e) || e.code !== 'DUPLICATE') return false;
      const found = await api.get<Page<RegistrationListItem>>('/registrations', { unitId: v.unitId, year: v.year, movementId: v.movementId }).catch(() => null);
      const r = found?.items.find((x) => (x.movementId ?? undefined) === v.movementId);
      if (!r) return false;
      message.info(e.message);
      onClose();
      navigate(`/registrations/${r.id}`);
      return true;
    },
  });
  return (
    <FormModal<Values>
      open
      onClose={onClose}
      title={t('movementsUi.reg.createYear')}
      okText={t('movementsUi.reg.registerOk')}
      form={form}
      saving={saving}
      initialValues={{ unitId: myUnits[0]?.value, year: Number(today.slice(0, 4)) }}
    >
      <Form.Item name="unitId" label={t('movementsUi.reg.unit')} htmlFor="new-reg-unit" rules={[{ required: true, message: t('movementsUi.required.unit') }]}>
        <Select id="new-reg-unit" options={myUnits} />
      </Form.Item>
      <Form.Item name="year" label={t('movementsUi.fields.year')} htmlFor="new-reg-year" rules={[{ required: true }]}>
        <InputNumber id="new-reg-year" min={1945} max={2100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="movementId" label={t('movementsUi.reg.movementOptional')} htmlFor="new-reg-movement" extra={t('movementsUi.reg.movementHelp')}>
        <Select id="new-reg-movement" allowClear showSearch={{ optionFilterProp: 'label' }} loading={movements.loading} options={movements.options} />
      </Form.Item>
    </FormModal>
  );
}

/** Đăng ký thi đua: the registrations of the user's units and those below; for an upper unit, the totals. */
export default function RegistrationsPage() {
  const today = useToday();
  const { t } = useTranslation();
  const url = scopeFilters(useUrlState(50), ['year', 'movementId', 'status']);
  const [createOpen, setCreateOpen] = useState(false);
  const myUnits = useMyUnits('registration', 'create');
  const movements = useMovementOptions();
  useDocumentTitle(t('movementsUi.reg.title'));
  const view = url.get('view') === 'summary' ? 'summary' : 'list';
  const params = { year: url.get('year'), movementId: url.get('movementId'), status: url.get('status') };
  const list = useServerList<RegistrationListItem>('/registrations', params, url, { key: ['registrations'], enabled: view === 'list' });
  const summaryUnit = Number(url.get('unitId') ?? myUnits[0]?.value ?? 0) || undefined;
  const summaryYear = Number(url.get('year') ?? Number(today.slice(0, 4)));
  const summary = useQuery({
    queryKey: ['registrations', 'summary', summaryUnit, summaryYear, params.movementId],
    queryFn: () => api.get<RegistrationSummary>('/registrations/summary', { unitId: summaryUnit, year: summaryYear, movementId: params.movementId }),
    enabled: view === 'summary' && summaryUnit != null,
  });
  const createButton = myUnits.length > 0 && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
      {t('movementsUi.reg.createYear')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('movementsUi.reg.title')} subTitle={t('movementsUi.reg.subtitle')} extra={createButton} />
      <Card size="small">
        <ListFilters
          url={url}
          before={
            <Segmented
              value={view}
              onChange={(v) => url.update({ view: v === 'list' ? undefined : v })}
              options={[
                { value: 'list', label: t('movementsUi.reg.viewList') },
                { value: 'summary', label: t('movementsUi.reg.viewSummary') },
              ]}
            />
          }
        >
          <YearFilter url={url} label={t('movementsUi.fields.year')} />
          <SelectFilter
            url={url}
            name="movementId"
            numeric
            label={t('movementsUi.reg.movement')}
            placeholder={view === 'summary' ? t('movementsUi.reg.annualOnly') : t('movementsUi.reg.movement')}
            showSearch={{ optionFilterProp: 'label' }}
            width={300}
            loading={movements.loading}
            options={movements.options}
          />
          {view === 'list' ? (
            <SelectFilter url={url} name="status" label={t('movementsUi.fields.status')} width={160} options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: t(`movementsUi.regStatus.${s}`) }))} />
          ) : (
            myUnits.length > 1 && (
              <Select aria-label={t('movementsUi.reg.unit')} style={{ width: 220 }} value={summaryUnit} options={myUnits} onChange={(unitId) => url.update({ unitId })} />
            )
          )}
        </ListFilters>
        {view === 'summary' ? (
          <>
            <Typography.Paragraph type="secondary">
              {t('movementsUi.summary.help', { unit: summary.data?.unitName ?? '', year: summaryYear })}
            </Typography.Paragraph>
            {summary.isError ? <ErrorState error={summary.error} onRetry={() => summary.refetch()} /> : <SummaryTables data={summary.data} loading={summary.isFetching} />}
          </>
        ) : (
          <ServerTable<RegistrationListItem>
            list={list}
            url={url}
            defaultPageSize={50}
            data-testid="registrations"
            empty={<EmptyState description={t('movementsUi.reg.empty')} action={createButton} />}
            total={(count) => t('movementsUi.reg.total', { count })}
            columns={[
              {
                title: t('movementsUi.unitCol'),
                key: 'unit',
                render: (_, r) => (
                  <Link to={`/registrations/${r.id}`} data-testid="registration-link">
                    {r.unitName}
                  </Link>
                ),
              },
              { title: t('movementsUi.fields.year'), dataIndex: 'year', key: 'year', width: 80 },
              {
                title: t('movementsUi.reg.movement'),
                key: 'movement',
                render: (_, r) => (r.movementId ? <Link to={`/movements/${r.movementId}`}>{r.movementName}</Link> : <Typography.Text type="secondary">{t('movementsUi.reg.annual')}</Typography.Text>),
              },
              { title: t('movementsUi.reg.entries'), dataIndex: 'entries', key: 'entries', width: 110, align: 'right' },
              { title: t('movementsUi.reg.targets'), dataIndex: 'targets', key: 'targets', width: 100, align: 'right' },
              {
                title: t('movementsUi.reg.deadline'),
                key: 'deadline',
                width: 120,
                render: (_, r) => formatDate(r.registrationDeadline) || '—',
              },
              {
                title: t('movementsUi.fields.status'),
                key: 'status',
                width: 150,
                render: (_, r) => (
                  <Space orientation="vertical" size={0}>
                    <RegistrationStatusTag status={r.status} testId="reg-row-status" />
                    {r.submittedAt && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(r.submittedAt)}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      {createOpen && <CreateRegistrationModal onClose={() => setCreateOpen(false)} />}
    </>
  );
}
