import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Descriptions, Form, Input, Modal, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined, RollbackOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, download, isApiError } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { formatDate, formatDateTime } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorState } from '../../components/ErrorState';
import { ExcelImportModal } from '../../components/ExcelImportModal';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import { PersonSelect } from '../../components/PersonSelect';
import { TargetActualsChart } from '../movements/charts';
import { RegistrationStatusTag, attainmentColor, num, percentText, useUnitAccess } from '../movements/parts';
import { SubUnitSelect, TitleSelect } from '../movements/pickers';
import { ActualModal, AddTargetModal } from '../targets/TargetModals';
import type { RegistrationDetail, RegistrationEntry, Target } from '../movements/types';
import { LocalTable } from '../../components/LocalTable';

type Subject = RegistrationEntry['subject'];

function EntryForm({ r, onAdded }: { r: RegistrationDetail; onAdded: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [subject, setSubject] = useState<Subject>('tap_the');
  const [form] = Form.useForm<{ subjectUnitId?: number; personId?: number; award?: string; note?: string }>();
  const add = useMutation({
    mutationFn: (v: { subjectUnitId?: number; personId?: number; award: string; note?: string }) =>
      api.post(`/registrations/${r.id}/entries`, {
        subject,
        award: v.award,
        note: v.note?.trim() || null,
        ...(subject === 'tap_the' ? { subjectUnitId: v.subjectUnitId ?? r.unitId } : { personId: v.personId }),
      }),
    onSuccess: () => {
      message.success(t('movementsUi.reg.entryAdded'));
      form.resetFields(['personId', 'award', 'note']);
      onAdded();
    },
    onError: (e) => message.error(errorText(e)),
  });
  return (
    <Form
      form={form}
      layout="inline"
      style={{ rowGap: 8, marginBottom: 16 }}
      initialValues={{ subjectUnitId: r.unitId }}
      onFinish={(v) => v.award && add.mutate({ ...v, award: v.award })}
    >
      <Form.Item>
        <Segmented<Subject>
          value={subject}
          onChange={(s) => {
            setSubject(s);
            form.resetFields(['award', 'personId']);
          }}
          options={[
            { value: 'tap_the', label: t('movementsUi.subject.tap_the') },
            { value: 'ca_nhan', label: t('movementsUi.subject.ca_nhan') },
          ]}
        />
      </Form.Item>
      {subject === 'tap_the' ? (
        <Form.Item name="subjectUnitId" label={t('movementsUi.reg.collective')} htmlFor="entry-unit" rules={[{ required: true, message: t('movementsUi.required.collective') }]}>
          <SubUnitSelect id="entry-unit" unitId={r.unitId} unitName={r.unitName} />
        </Form.Item>
      ) : (
        <Form.Item name="personId" label={t('movementsUi.reg.person')} htmlFor="entry-person" rules={[{ required: true, message: t('movementsUi.required.person') }]}>
          <PersonSelect id="entry-person" unitId={r.unitId} placeholder={t('movementsUi.reg.pickPerson')} style={{ width: 240 }} />
        </Form.Item>
      )}
      <Form.Item name="award" label={t('movementsUi.reg.award')} htmlFor="entry-award" rules={[{ required: true, message: t('movementsUi.required.title') }]}>
        <TitleSelect id="entry-award" subject={subject} style={{ width: 260 }} />
      </Form.Item>
      <Form.Item name="note">
        <Input aria-label={t('movementsUi.reg.note')} placeholder={t('movementsUi.reg.note')} style={{ width: 160 }} maxLength={1000} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
          {t('movementsUi.reg.addEntry')}
        </Button>
      </Form.Item>
    </Form>
  );
}

function TargetsTable({ r, canEdit, canReport, onChanged }: { r: RegistrationDetail; canEdit: boolean; canReport: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [adding, setAdding] = useState(false);
  const [reporting, setReporting] = useState<Target | null>(null);
  const [expanded, setExpanded] = useState<number[]>([]);
  const remove = useMutation({
    mutationFn: (x: Target) => api.delete(`/targets/${x.id}`, { params: { version: x.version } }),
    onSuccess: onChanged,
    onError: (e) => message.error(errorText(e)),
  });
  const lang = i18n.language;
  return (
    <>
      {canEdit && (
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} style={{ marginBottom: 12 }}>
          {t('movementsUi.target.add')}
        </Button>
      )}
      <LocalTable<Target>
        data-testid="targets"
        dataSource={r.targets}
        scroll={{ x: 'max-content' }}
        empty={canEdit ? t('movementsUi.target.emptyCanAdd') : t('movementsUi.target.empty')}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys as number[]),
          rowExpandable: (x) => x.actuals.length > 0,
          expandedRowRender: (x) => (
            <div style={{ maxWidth: 760 }}>
              <TargetActualsChart target={x} />
              <LocalTable
                dataSource={x.actuals}
                columns={[
                  { title: t('movementsUi.target.period'), dataIndex: 'periodLabel', key: 'period' },
                  { title: t('movementsUi.target.actual'), key: 'value', align: 'right', render: (_, a) => `${num(a.value, lang)} ${x.measure}` },
                  { title: t('movementsUi.target.attainment'), key: 'att', render: (_, a) => <Tag color={attainmentColor(a.attainment.met)}>{a.attainment.text}</Tag> },
                  { title: t('movementsUi.target.note'), dataIndex: 'note', key: 'note', render: (n: string | null) => n ?? '—' },
                  { title: t('movementsUi.target.evidence'), dataIndex: 'fileName', key: 'file', render: (n: string | null) => n ?? '—' },
                ]}
              />
            </div>
          ),
        }}
        columns={[
          { title: t('movementsUi.target.name'), dataIndex: 'name', key: 'name', render: (n: string) => <div style={{ minWidth: 140, maxWidth: 200 }}>{n}</div> },
          { title: t('movementsUi.target.measure'), dataIndex: 'measure', key: 'measure', width: 80 },
          { title: t('movementsUi.target.baseline'), key: 'baseline', width: 70, align: 'right', render: (_, x) => num(x.baseline, lang) },
          {
            title: t('movementsUi.target.target'),
            key: 'target',
            width: 130,
            render: (_, x) => (
              <span>
                {t(`movementsUi.direction.${x.direction}`)} <Typography.Text strong>{num(x.target, lang)}</Typography.Text>
              </span>
            ),
          },
          {
            title: t('movementsUi.target.latest'),
            key: 'latest',
            width: 110,
            render: (_, x) =>
              x.latest ? (
                <span data-testid="target-latest">
                  {num(x.latest.value, lang)} {x.measure}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {x.latest.periodLabel}
                  </Typography.Text>
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: t('movementsUi.target.attainment'),
            key: 'attainment',
            width: 180,
            render: (_, x) => (
              <Space orientation="vertical" size={0} data-testid="target-attainment">
                <Typography.Text strong type={x.attainment.met ? 'success' : x.attainment.met === false ? 'warning' : 'secondary'}>
                  {percentText(x.attainment.percent, lang)}
                </Typography.Text>
                <Tag color={attainmentColor(x.attainment.met)}>{x.attainment.text}</Tag>
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_, x) => (
              <Space>
                {canReport && (
                  <Button size="small" icon={<EditOutlined />} onClick={() => setReporting(x)} aria-label={t('movementsUi.target.enterFor', { name: x.name })}>
                    {t('movementsUi.target.enter')}
                  </Button>
                )}
                {canEdit && (
                  <Popconfirm title={t('movementsUi.target.removeConfirm', { name: x.name })} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => remove.mutate(x)}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('movementsUi.target.remove', { name: x.name })} />
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {adding && <AddTargetModal unitId={r.unitId} year={r.year} owner={{ registrationId: r.id }} onClose={() => setAdding(false)} onDone={onChanged} />}
      {reporting && (
        <ActualModal
          target={reporting}
          today={r.today}
          onClose={() => setReporting(null)}
          onDone={() => {
            setExpanded((e) => (e.includes(reporting.id) ? e : [...e, reporting.id]));
            onChanged();
          }}
        />
      )}
    </>
  );
}

export default function RegistrationDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [importing, setImporting] = useState(false);
  const [reason, setReason] = useState('');
  const key = ['registrations', 'detail', Number(id)];
  const q = useQuery({ queryKey: key, queryFn: () => api.get<RegistrationDetail>(`/registrations/${id}`) });
  const r = q.data;
  const access = useUnitAccess(r?.unitId, 'registration', 'update');
  useDocumentTitle(r ? `${t('movementsUi.reg.detailTitle', { unit: r.unitName, year: r.year })}` : t('movementsUi.reg.title'));
  const refresh = () => qc.invalidateQueries({ queryKey: ['registrations'] });
  const onError = (e: unknown) => {
    message.error(isApiError(e) && e.code === 'VERSION_CONFLICT' ? t('movementsUi.versionConflict') : errorText(e));
    refresh();
  };
  const removeEntry = useMutation({
    mutationFn: (e: RegistrationEntry) => api.delete(`/registrations/${id}/entries/${e.id}`),
    onSuccess: refresh,
    onError,
  });
  const act = useMutation({
    mutationFn: (v: { action: 'submit' | 'approve' | 'return'; reason?: string }) => api.post(`/registrations/${id}/${v.action}`, { version: r!.version, ...(v.reason ? { reason: v.reason } : {}) }),
    onSuccess: (_, v) => {
      message.success(t(`movementsUi.reg.done.${v.action}`));
      setReturning(false);
      setReason('');
      refresh();
    },
    onError,
  });

  if (q.isPending) return <PageSpinner />;
  if (q.isError || !r) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;

  const editable = r.status === 'draft' || r.status === 'returned';
  const canEdit = editable && access.inScope;
  const canAddEntry = canEdit && r.open;
  const canAppraise = r.status === 'submitted' && access.above;
  const entryCount = (s: string) => r.entries.filter((e) => e.subject === s).length;

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('movementsUi.reg.title'), to: '/registrations' }, { title: `${r.unitName} — ${r.year}` }]}
        title={t('movementsUi.reg.detailTitle', { unit: r.unitName, year: r.year })}
        tags={<RegistrationStatusTag status={r.status} />}
        subTitle={
          <Space wrap size={16}>
            {r.movementId ? (
              <span>
                {t('movementsUi.reg.movement')}: <Link to={`/movements/${r.movementId}`}>{r.movementName}</Link>
              </span>
            ) : (
              <span>{t('movementsUi.reg.annual')}</span>
            )}
            {r.submittedAt && <span>{t('movementsUi.reg.submittedAtText', { at: formatDateTime(r.submittedAt) })}</span>}
          </Space>
        }
        extra={
          <>
            {canEdit && (
              <Popconfirm title={t('movementsUi.reg.submitConfirm')} okText={t('movementsUi.reg.submit')} cancelText={t('common.cancel')} onConfirm={() => act.mutate({ action: 'submit' })}>
                <Button type="primary" icon={<SendOutlined />} loading={act.isPending && act.variables?.action === 'submit'} disabled={!r.open}>
                  {t('movementsUi.reg.submit')}
                </Button>
              </Popconfirm>
            )}
            {canAppraise && (
              <>
                <Popconfirm title={t('movementsUi.reg.approveConfirm')} okText={t('movementsUi.reg.approve')} cancelText={t('common.cancel')} onConfirm={() => act.mutate({ action: 'approve' })}>
                  <Button type="primary" icon={<CheckOutlined />} loading={act.isPending && act.variables?.action === 'approve'}>
                    {t('movementsUi.reg.approve')}
                  </Button>
                </Popconfirm>
                <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(true)}>
                  {t('movementsUi.reg.return')}
                </Button>
              </>
            )}
          </>
        }
      />
      {r.status === 'returned' && r.returnReason && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('movementsUi.reg.returnedTitle')} description={<span data-testid="return-reason">{r.returnReason}</span>} />}
      {editable && !r.open && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('movementsUi.reg.deadlinePassed', { date: formatDate(r.registrationDeadline) })} />}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'unit', label: t('movementsUi.reg.unit'), children: r.unitName },
            { key: 'year', label: t('movementsUi.fields.year'), children: r.year },
            {
              key: 'deadline',
              label: t('movementsUi.reg.deadline'),
              children: (
                <span data-testid="reg-deadline">
                  {formatDate(r.registrationDeadline) || t('movementsUi.reg.noDeadline')} <Badge status={r.open ? 'processing' : 'error'} text={r.open ? t('movementsUi.reg.open') : t('movementsUi.reg.closed')} />
                </span>
              ),
            },
            { key: 'status', label: t('movementsUi.fields.status'), children: t(`movementsUi.regStatus.${r.status}`) },
          ]}
        />
      </Card>
      <Card
        size="small"
        style={{ marginBottom: 16 }}
        extra={
          <Space>
            {canAddEntry && (
              <Button size="small" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('movementsUi.reg.importExcel')}
              </Button>
            )}
            <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(`/registrations/${r.id}/export`, undefined, `dang-ky-thi-dua-${r.year}.xlsx`).catch((e) => message.error(errorText(e)))}>
              {t('movementsUi.reg.exportExcel')}
            </Button>
          </Space>
        }
        title={
          <span>
            {t('movementsUi.reg.entriesTitle')}{' '}
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {t('movementsUi.reg.entriesCount', { collectives: entryCount('tap_the'), individuals: entryCount('ca_nhan') })}
            </Typography.Text>
          </span>
        }
      >
        {canAddEntry && <EntryForm r={r} onAdded={refresh} />}
        <Table<RegistrationEntry>
          rowKey="id"
          size="small"
          data-testid="entries"
          dataSource={r.entries}
          pagination={r.entries.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: canAddEntry ? t('movementsUi.reg.entriesEmptyCanAdd') : t('movementsUi.reg.entriesEmpty') }}
          columns={[
            { title: t('movementsUi.reg.no'), key: 'no', width: 56, render: (_, __, i) => i + 1 },
            { title: t('movementsUi.reg.subject'), key: 'subject', width: 110, render: (_, e) => <Tag color={e.subject === 'tap_the' ? 'geekblue' : 'cyan'}>{t(`movementsUi.subject.${e.subject}`)}</Tag> },
            { title: t('movementsUi.reg.name'), dataIndex: 'name', key: 'name' },
            { title: t('movementsUi.reg.award'), dataIndex: 'awardName', key: 'award' },
            { title: t('movementsUi.reg.note'), dataIndex: 'note', key: 'note', render: (n: string | null) => n ?? '—' },
            ...(canEdit
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 90,
                    render: (_: unknown, e: RegistrationEntry) => (
                      <Popconfirm title={t('movementsUi.reg.removeEntryConfirm', { name: e.name })} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => removeEntry.mutate(e)}>
                        <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('movementsUi.reg.removeEntry', { name: e.name })} />
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <ExcelImportModal
        open={importing}
        onClose={() => setImporting(false)}
        title={t('movementsUi.reg.importTitle', { unit: r.unitName, year: r.year })}
        help={t('movementsUi.reg.importHelp')}
        importPath={`/registrations/${r.id}/import`}
        templatePath="/registrations/import-template"
        templateName="mau-dang-ky-thi-dua.xlsx"
        onImported={(res) => {
          refresh();
          return t('movementsUi.reg.imported', { created: res.created, unchanged: res.unchanged });
        }}
      />
      <Card size="small" title={t('movementsUi.target.title')}>
        <TargetsTable r={r} canEdit={canEdit} canReport={access.inScope} onChanged={refresh} />
      </Card>
      {returning && (
        <Modal
          open
          title={t('movementsUi.reg.returnTitle')}
          okText={t('movementsUi.reg.return')}
          okButtonProps={{ danger: true, disabled: reason.trim().length < 5 }}
          cancelText={t('common.cancel')}
          confirmLoading={act.isPending}
          onCancel={() => setReturning(false)}
          onOk={() => act.mutate({ action: 'return', reason: reason.trim() })}
        >
          <Input.TextArea aria-label={t('movementsUi.reg.returnReason')} placeholder={t('movementsUi.reg.returnPlaceholder')} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
        </Modal>
      )}
    </>
  );
}
