import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Col, DatePicker, Descriptions, Empty, Form, List, Modal, Popconfirm, Row, Select, Space, Statistic, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { EditOutlined, FileWordOutlined, FlagOutlined, FormOutlined, TrophyOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, download, isApiError } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { DATE_FORMAT, formatDate, formatDateTime, fromApiDate, toApiDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import type { Page } from '../../app/types';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import { AttainmentByUnitChart, PeriodsChart } from './charts';
import { MovementFormDrawer } from './MovementFormDrawer';
import { SummaryTables } from './SummaryTables';
import { MovementStatusTag, RegistrationStatusTag, percentText, useMyUnits, useUnitAccess } from './parts';
import { useCatalog } from '../rules/queries';
import type { MovementDetail, MovementProgress, Registration, RegistrationListItem, RegistrationSummary } from './types';
import { useToday } from '../../app/auth';
import { LocalTable } from '../../components/LocalTable';


function InfoTab({ m }: { m: MovementDetail }) {
  const { t } = useTranslation();
  const catalog = useCatalog(useToday());
  const awardName = (code: string) => catalog.data?.entries.find((e) => e.code === code)?.name ?? code;
  const groupNames = (ids: number[]) => ids.map((id) => m.participants.find((p) => p.id === id)?.name ?? `#${id}`).join(', ');
  const d = m.details;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('movementsUi.fields.criteria')}>
          {d.subjects && (
            <Typography.Paragraph>
              <Typography.Text strong>{t('movementsUi.fields.subjects')}: </Typography.Text>
              {d.subjects}
            </Typography.Paragraph>
          )}
          {d.criteria.length ? (
            <ol style={{ paddingLeft: 20, margin: 0 }} data-testid="criteria">
              {d.criteria.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ol>
          ) : (
            <Typography.Text type="secondary">{t('movementsUi.info.noCriteria')}</Typography.Text>
          )}
        </Card>
        {d.bases.length > 0 && (
          <Card size="small" title={t('movementsUi.fields.bases')} style={{ marginTop: 16 }}>
            <ul style={{ paddingLeft: 20, margin: 0 }}>
              {d.bases.map((b, i) => (
                <li key={i}>{b}</li>
              ))}
            </ul>
          </Card>
        )}
        <Card size="small" title={t('movementsUi.fields.participants')} style={{ marginTop: 16 }}>
          {m.participants.length ? m.participants.map((p) => <Tag key={p.id}>{p.name}</Tag>) : <Typography.Text type="secondary">{t('movementsUi.info.allUnitsBelow', { unit: m.unitName })}</Typography.Text>}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('movementsUi.fields.milestones')}>
          <Timeline
            data-testid="milestones"
            items={[
              { key: 'start', color: 'gray', content: `${t('movementsUi.fields.startsOn')}: ${formatDate(m.startsOn)}` },
              ...[...d.milestones]
                .sort((a, b) => a.date.localeCompare(b.date))
                .map((ms, i) => ({
                  key: `ms-${i}`,
                  color: ms.date <= m.today ? 'green' : 'blue',
                  content: (
                    <span>
                      <Typography.Text strong>{t(`movementsUi.milestone.${ms.kind}`)}</Typography.Text>: {formatDate(ms.date)}
                      {ms.note ? ` — ${ms.note}` : ''}
                    </span>
                  ),
                })),
              ...(m.registrationDeadline ? [{ key: 'reg', color: 'orange', content: `${t('movementsUi.fields.registrationDeadline')}: ${formatDate(m.registrationDeadline)}` }] : []),
              { key: 'end', color: 'gray', content: `${t('movementsUi.fields.endsOn')}: ${formatDate(m.endsOn)}` },
              ...(m.dossierDeadline ? [{ key: 'dossier', color: 'red', content: `${t('movementsUi.fields.dossierDeadline')}: ${formatDate(m.dossierDeadline)}` }] : []),
            ]}
          />
          {d.anniversaries.length > 0 && (
            <>
              <Typography.Text strong>{t('movementsUi.fields.anniversaries')}</Typography.Text>
              <ul style={{ paddingLeft: 20 }}>
                {d.anniversaries.map((a, i) => (
                  <li key={i}>
                    {a.date}: {a.name}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
        <Card size="small" title={t('movementsUi.fields.awardRules')} style={{ marginTop: 16 }} data-testid="award-rules">
          <Typography.Paragraph>
            <Typography.Text strong>{t('movementsUi.fields.forms')}: </Typography.Text>
            {d.awards.forms.length ? d.awards.forms.map((f) => <Tag key={f}>{awardName(f)}</Tag>) : t('movementsUi.info.anyForm')}
          </Typography.Paragraph>
          <Typography.Text strong>{t('movementsUi.fields.quotas')}:</Typography.Text>
          {d.awards.quotas.length ? (
            <ul style={{ paddingLeft: 20 }} data-testid="quota-texts">
              {d.awards.quotas.map((q, i) => (
                <li key={i}>
                  {q.unitIds ? `${t('movementsUi.quota.group')} (${groupNames(q.unitIds)})` : t('movementsUi.quota.each')}: <Typography.Text strong>{m.quotaTexts[i]}</Typography.Text>
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Text type="secondary"> {t('movementsUi.info.noQuota')}</Typography.Text>
          )}
          <Typography.Paragraph style={{ marginTop: 8 }}>
            <Typography.Text strong>{t('movementsUi.fields.dossierDeadline')}: </Typography.Text>
            {formatDate(m.dossierDeadline) || '—'}
          </Typography.Paragraph>
          {d.awards.requiredDocs.length > 0 && (
            <>
              <Typography.Text strong>{t('movementsUi.fields.requiredDocs')}:</Typography.Text>
              <ul style={{ paddingLeft: 20, marginBottom: 0 }}>
                {d.awards.requiredDocs.map((doc) => (
                  <li key={doc.id}>{doc.name}</li>
                ))}
              </ul>
            </>
          )}
        </Card>
      </Col>
    </Row>
  );
}

function RegistrationsTab({ m, summaryUnitId }: { m: MovementDetail; summaryUnitId: number | undefined }) {
  const { t } = useTranslation();
  const years: number[] = [];
  for (let y = Number(m.startsOn.slice(0, 4)); y <= Number(m.endsOn.slice(0, 4)); y++) years.push(y);
  const [year, setYear] = useState(years.includes(Number(m.today.slice(0, 4))) ? Number(m.today.slice(0, 4)) : years[0]);
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['registrations', 'list', { movementId: m.id, page }],
    queryFn: () => api.get<Page<RegistrationListItem>>('/registrations', { movementId: m.id, page, pageSize: 20 }),
    placeholderData: (prev) => prev,
  });
  const summary = useQuery({
    queryKey: ['registrations', 'summary', summaryUnitId, year, m.id],
    queryFn: () => api.get<RegistrationSummary>('/registrations/summary', { unitId: summaryUnitId, year, movementId: m.id }),
    enabled: summaryUnitId != null,
  });
  return (
    <>
      <Table<Registration>
        rowKey="id"
        size="small"
        data-testid="movement-registrations"
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: list.isPending ? ' ' : t('movementsUi.reg.emptyForMovement') }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          { title: t('movementsUi.unitCol'), key: 'unit', render: (_, r) => <Link to={`/registrations/${r.id}`}>{r.unitName}</Link> },
          { title: t('movementsUi.fields.year'), dataIndex: 'year', key: 'year', width: 80 },
          { title: t('movementsUi.reg.entries'), dataIndex: 'entries', key: 'entries', width: 110, align: 'right' },
          { title: t('movementsUi.reg.targets'), dataIndex: 'targets', key: 'targets', width: 100, align: 'right' },
          { title: t('movementsUi.fields.status'), key: 'status', width: 130, render: (_, r) => <RegistrationStatusTag status={r.status} testId="reg-row-status" /> },
          { title: t('movementsUi.reg.submittedAt'), key: 'submittedAt', width: 170, render: (_, r) => formatDateTime(r.submittedAt) || '—' },
        ]}
      />
      {summaryUnitId != null && (
        <Card
          size="small"
          style={{ marginTop: 16 }}
          title={t('movementsUi.summary.title', { unit: summary.data?.unitName ?? '' })}
          extra={<Select aria-label={t('movementsUi.fields.year')} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: y }))} style={{ width: 100 }} />}
        >
          <SummaryTables data={summary.data} loading={summary.isFetching} />
        </Card>
      )}
    </>
  );
}

function ProgressTab({ m }: { m: MovementDetail }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const q = useQuery({
    queryKey: ['movements', 'progress', m.id, page, pageSize],
    queryFn: () => api.get<MovementProgress>(`/movements/${m.id}/progress`, { page, pageSize }),
    placeholderData: (prev) => prev,
  });
  if (q.isError && !q.data) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const p = q.data;
  if (!p) return <PageSpinner />;
  const { totals } = p;
  return (
    <div data-testid="movement-progress">
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('movementsUi.progress.units')} value={totals.units} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('movementsUi.progress.targets')} value={totals.targets} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('movementsUi.progress.reported')} value={totals.reported} suffix={`/ ${totals.targets}`} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('movementsUi.progress.met')} value={totals.met} suffix={`/ ${totals.targets}`} styles={{ content: { color: '#389e0d' } }} />
          </Card>
        </Col>
      </Row>
      {totals.targets === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('movementsUi.progress.empty')} />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Card size="small" title={t('movementsUi.progress.chartUnits')}>
                <AttainmentByUnitChart units={p.units} />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title={t('movementsUi.progress.chartPeriods')}>
                {p.periods.length ? <PeriodsChart periods={p.periods} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('movementsUi.progress.noActuals')} />}
              </Card>
            </Col>
          </Row>
          <Table
            style={{ marginTop: 16 }}
            rowKey="unitId"
            size="small"
            data-testid="progress-units"
            loading={q.isFetching}
            dataSource={p.units}
            columns={[
              { title: t('movementsUi.unitCol'), dataIndex: 'unitName', key: 'unit' },
              { title: t('movementsUi.progress.targets'), dataIndex: 'targets', key: 'targets', width: 100, align: 'right' },
              { title: t('movementsUi.progress.reported'), dataIndex: 'reported', key: 'reported', width: 110, align: 'right' },
              { title: t('movementsUi.progress.met'), dataIndex: 'met', key: 'met', width: 110, align: 'right' },
              {
                title: t('movementsUi.progress.percent'),
                key: 'percent',
                width: 140,
                align: 'right',
                render: (_, u) => <Typography.Text type={u.percent == null ? 'secondary' : u.percent >= 100 ? 'success' : 'warning'}>{percentText(u.percent, i18n.language)}</Typography.Text>,
              },
            ]}
            pagination={{
              current: page,
              pageSize,
              total: p.unitTotal,
              showSizeChanger: true,
              hideOnSinglePage: p.unitTotal <= 20,
              onChange: (pg, ps) => {
                setPage(ps !== pageSize ? 1 : pg);
                setPageSize(ps);
              },
            }}
          />
        </>
      )}
    </div>
  );
}

function DossiersTab({ m }: { m: MovementDetail }) {
  const { t } = useTranslation();
  const s = m.summary;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16}>
        <Typography.Title level={5}>{t('movementsUi.dossiers.title')}</Typography.Title>
        <LocalTable
          data-testid="movement-dossiers"
          dataSource={s.dossiers}
          pageAbove={20}
          empty={t('movementsUi.dossiers.empty')}
          columns={[
            { title: t('dossiers.fields.code'), key: 'code', width: 150, render: (_, d) => <Link to={`/dossiers/${d.id}`}>{d.code}</Link> },
            { title: t('dossiers.fields.title'), dataIndex: 'title', key: 'title' },
            { title: t('dossiers.fields.proposingUnit'), dataIndex: 'proposingUnit', key: 'unit' },
            { title: t('dossiers.fields.nominees'), dataIndex: 'nominees', key: 'nominees', width: 90, align: 'right' },
            { title: t('dossiers.fields.state'), key: 'state', width: 140, render: (_, d) => <Tag>{t(`dossiers.state.${d.state}`)}</Tag> },
          ]}
        />
      </Col>
      <Col xs={24} lg={8}>
        <Typography.Title level={5}>{t('movementsUi.dossiers.awards')}</Typography.Title>
        <List
          size="small"
          bordered
          data-testid="movement-awards"
          dataSource={s.awards}
          locale={{ emptyText: t('movementsUi.dossiers.noAwards') }}
          renderItem={(a) => (
            <List.Item extra={<Typography.Text strong>{a.n}</Typography.Text>}>
              <TrophyOutlined /> {a.awardName}
            </List.Item>
          )}
        />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('movementsUi.dossiers.titles')}
        </Typography.Title>
        <List
          size="small"
          bordered
          dataSource={s.titles}
          locale={{ emptyText: t('movementsUi.summary.empty') }}
          renderItem={(x) => (
            <List.Item extra={<Typography.Text strong>{x.n}</Typography.Text>}>
              {x.awardName} <Typography.Text type="secondary">({t(`movementsUi.subject.${x.subject}`)})</Typography.Text>
            </List.Item>
          )}
        />
      </Col>
    </Row>
  );
}

/** Register a unit of the user for the movement, then open the registration. */
function RegisterModal({ m, onClose }: { m: MovementDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const myUnits = useMyUnits('registration', 'create');
  const [unitId, setUnitId] = useState<number | undefined>(myUnits[0]?.value);
  const year = Math.min(Math.max(Number(m.today.slice(0, 4)), Number(m.startsOn.slice(0, 4))), Number(m.endsOn.slice(0, 4)));
  const create = useMutation({
    mutationFn: () => api.post<Registration>('/registrations', { unitId, year, movementId: m.id }),
    onSuccess: (r) => {
      message.success(t('movementsUi.reg.created'));
      onClose();
      navigate(`/registrations/${r.id}`);
    },
    onError: async (e) => {
      if (isApiError(e) && e.code === 'DUPLICATE') {
        const existing = await api.get<Page<RegistrationListItem>>('/registrations', { movementId: m.id, unitId, year }).catch(() => null);
        const r = existing?.items[0];
        if (r) {
          message.info(e.message);
          onClose();
          navigate(`/registrations/${r.id}`);
          return;
        }
      }
      message.error(errorText(e));
    },
  });
  return (
    <Modal open title={t('movementsUi.reg.registerFor', { name: m.name })} okText={t('movementsUi.reg.registerOk')} cancelText={t('common.cancel')} onCancel={onClose} onOk={() => create.mutate()} okButtonProps={{ disabled: !unitId }} confirmLoading={create.isPending}>
      <Form layout="vertical">
        <Form.Item label={t('movementsUi.reg.unit')} htmlFor="reg-unit">
          <Select id="reg-unit" value={unitId} onChange={setUnitId} options={myUnits} />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('movementsUi.reg.registerHelp', { year, deadline: formatDate(m.registrationDeadline) || '—' })}</Typography.Paragraph>
      </Form>
    </Modal>
  );
}

export default function MovementDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [sp, setSp] = useSearchParams();
  const [editOpen, setEditOpen] = useState(false);
  const [launchOpen, setLaunchOpen] = useState(false);
  const [launchDate, setLaunchDate] = useState<Dayjs | null>(null);
  const [registerOpen, setRegisterOpen] = useState(false);
  const q = useQuery({ queryKey: ['movements', 'detail', Number(id)], queryFn: () => api.get<MovementDetail>(`/movements/${id}`) });
  const m = q.data;
  const manage = useUnitAccess(m?.unitId, 'movement', 'update');
  const decide = useUnitAccess(m?.unitId, 'movement', 'decide');
  const myUnits = useMyUnits('registration', 'create');
  useDocumentTitle(m ? `${m.name} — ${t('movementsUi.title')}` : t('movementsUi.title'));
  const refresh = () => qc.invalidateQueries({ queryKey: ['movements'] });

  const onError = (e: unknown) => {
    if (isApiError(e) && e.code === 'VERSION_CONFLICT') message.error(t('movementsUi.versionConflict'));
    else message.error(errorText(e));
    refresh();
  };
  const launch = useMutation({
    mutationFn: () => api.post(`/movements/${id}/launch`, { version: m!.version, launchedOn: toApiDate(launchDate) }),
    onSuccess: () => {
      message.success(t('movementsUi.launched'));
      setLaunchOpen(false);
      refresh();
    },
    onError,
  });
  const close = useMutation({
    mutationFn: () => api.post(`/movements/${id}/close`, { version: m!.version }),
    onSuccess: () => {
      message.success(t('movementsUi.closed'));
      refresh();
    },
    onError,
  });

  if (q.isPending) return <PageSpinner />;
  if (q.isError || !m) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;

  const regOpen = m.status === 'launched' && (!m.registrationDeadline || m.today <= m.registrationDeadline);
  // units below the launching one register; the launching unit (and those above it) follow the registrations
  const canRegister = m.status === 'launched' && myUnits.length > 0 && !manage.inScope && !manage.loading;
  const summaryUnitId = manage.inScope ? m.unitId : myUnits[0]?.value;
  const regCount = Object.values(m.summary.registrations).reduce((a, b) => a + (b ?? 0), 0);
  const tab = sp.get('tab') ?? 'info';

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('movementsUi.title'), to: '/movements' }, { title: m.name }]}
        title={m.name}
        tags={
          <>
            <MovementStatusTag status={m.status} />
            <Tag color="blue" data-testid="movement-kind">
              {t(`movementsUi.kind.${m.kind}`)}
            </Tag>
          </>
        }
        subTitle={
          <Space wrap size={16}>
            {m.slogan && <Typography.Text italic>“{m.slogan}”</Typography.Text>}
            <span>{m.unitName}</span>
            <span>
              {formatDate(m.startsOn)} – {formatDate(m.endsOn)}
            </span>
          </Space>
        }
        extra={
          <>
            {canRegister && (
              <Button type="primary" icon={<FormOutlined />} onClick={() => setRegisterOpen(true)} disabled={!regOpen}>
                {t('movementsUi.reg.register')}
              </Button>
            )}
            {manage.inScope && m.status !== 'closed' && (
              <Button icon={<EditOutlined />} onClick={() => setEditOpen(true)}>
                {t('common.edit')}
              </Button>
            )}
            {decide.inScope && m.status === 'draft' && (
              <Button
                type="primary"
                icon={<FlagOutlined />}
                onClick={() => {
                  setLaunchDate(fromApiDate(m.today));
                  setLaunchOpen(true);
                }}
              >
                {t('movementsUi.launch')}
              </Button>
            )}
            {decide.inScope && m.status === 'launched' && (
              <Popconfirm title={t('movementsUi.closeConfirm')} okText={t('movementsUi.close')} cancelText={t('common.cancel')} onConfirm={() => close.mutate()}>
                <Button loading={close.isPending}>{t('movementsUi.close')}</Button>
              </Popconfirm>
            )}
            <Button icon={<FileWordOutlined />} onClick={() => download(`/movements/${m.id}/document.docx`, undefined, `phat-dong-${m.id}.docx`).catch((e) => message.error(errorText(e)))}>
              {t('movementsUi.docx')}
            </Button>
          </>
        }
      />
      {m.status === 'launched' && m.registrationDeadline && !regOpen && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('movementsUi.reg.deadlinePassed', { date: formatDate(m.registrationDeadline) })} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          data-testid="movement-classification"
          items={[
            { key: 'kind', label: t('movementsUi.fields.kind'), children: t(`movementsUi.kind.${m.kind}`) },
            { key: 'method', label: t('movementsUi.fields.method'), children: m.methodName },
            { key: 'band', label: t('movementsUi.fields.durationBand'), children: m.durationBandName },
            { key: 'scope', label: t('movementsUi.fields.scope'), children: t(`movementsUi.scope.${m.scope}`) },
            { key: 'level', label: t('movementsUi.fields.launchLevel'), children: t(`movementsUi.launchLevel.${m.launchLevel}`) },
            { key: 'launched', label: t('movementsUi.fields.launchedOn'), children: formatDate(m.launchedOn) || '—' },
            {
              key: 'reg',
              label: t('movementsUi.fields.registrationDeadline'),
              children: m.registrationDeadline ? (
                <span>
                  {formatDate(m.registrationDeadline)} {m.status === 'launched' && <Badge status={regOpen ? 'processing' : 'error'} text={regOpen ? t('movementsUi.reg.open') : t('movementsUi.reg.closed')} />}
                </span>
              ) : (
                '—'
              ),
            },
            { key: 'dossier', label: t('movementsUi.fields.dossierDeadline'), children: formatDate(m.dossierDeadline) || '—' },
            { key: 'unit', label: t('movementsUi.fields.unit'), children: m.unitName },
          ]}
        />
      </Card>
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(k) => setSp((prev) => {
            const next = new URLSearchParams(prev);
            if (k === 'info') next.delete('tab');
            else next.set('tab', k);
            return next;
          }, { replace: true })}
          items={[
            { key: 'info', label: t('movementsUi.tabs.info'), children: <InfoTab m={m} /> },
            {
              key: 'registrations',
              label: (
                <span>
                  {t('movementsUi.tabs.registrations')} <Badge count={regCount} showZero color="#8c8c8c" />
                </span>
              ),
              children: <RegistrationsTab m={m} summaryUnitId={summaryUnitId} />,
            },
            { key: 'progress', label: t('movementsUi.tabs.progress'), children: <ProgressTab m={m} /> },
            { key: 'dossiers', label: t('movementsUi.tabs.dossiers'), children: <DossiersTab m={m} /> },
          ]}
        />
      </Card>
      <MovementFormDrawer open={editOpen} onClose={() => setEditOpen(false)} movement={m} />
      {launchOpen && (
        <Modal
          open
          title={t('movementsUi.launchTitle', { name: m.name })}
          okText={t('movementsUi.launch')}
          cancelText={t('common.cancel')}
          onCancel={() => setLaunchOpen(false)}
          onOk={() => launch.mutate()}
          okButtonProps={{ disabled: !launchDate }}
          confirmLoading={launch.isPending}
        >
          <Form layout="vertical">
            <Form.Item label={t('movementsUi.fields.launchedOn')} htmlFor="launch-date">
              <DatePicker id="launch-date" format={DATE_FORMAT} value={launchDate} onChange={setLaunchDate} />
            </Form.Item>
          </Form>
          <Typography.Paragraph type="secondary">{t('movementsUi.launchHelp')}</Typography.Paragraph>
        </Modal>
      )}
      {registerOpen && <RegisterModal m={m} onClose={() => setRegisterOpen(false)} />}
    </>
  );
}
