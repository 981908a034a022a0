import { useState } from 'react';
import { App, Button, Card, Dropdown, InputNumber, Select, Table, Tag, Typography, type MenuProps, type TableProps } from 'antd';
import { ClearOutlined, DeleteOutlined, EditOutlined, ImportOutlined, MoreOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { FilterBar } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { UnitSelect } from '../../components/UnitSelect';
import { AwardSelect } from '../rules/AwardSelect';
import { AwardFormModal } from './AwardFormModal';
import { ExcelImportModal } from './ExcelImportModal';
import { RevokeModal } from './RevokeModal';
import { DecisionCell, RecordExportButton, RevokedMark, SubjectCell, subjectName } from './parts';
import { useAwardNames, useDeleteRecord, useRecordList, useRecordPermissions } from './queries';
import { CATALOG_SUBJECT, type AwardEntry, type RecordSubject } from './types';

const SUBJECTS: RecordSubject[] = ['person', 'unit', 'household'];
/** Written by a decision issued in the software (older servers only say so through `source`). */
const isFromDecision = (a: AwardEntry) => (a.decisionId !== undefined ? a.decisionId !== null : a.source === 'decision');
const asSubject = (v: string | undefined): RecordSubject | undefined => (SUBJECTS.includes(v as RecordSubject) ? (v as RecordSubject) : undefined);

/** Sổ khen thưởng: every award decided (here or before), with revocations marked (Điều 93). */
export default function RegisterPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const url = useUrlState();
  const perms = useRecordPermissions();
  const { name: awardName, entries, loading: catalogLoading } = useAwardNames();
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<AwardEntry | null>(null);
  // a fresh form for every opening (a kept form instance would show the previous entry's values)
  const [formKey, setFormKey] = useState(0);
  const [revoking, setRevoking] = useState<AwardEntry | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const remove = useDeleteRecord('awards');
  useDocumentTitle(t('register.title'));

  const canEdit = perms.canEdit('awards');
  const subject = asSubject(url.get('subject'));
  const filters = {
    unitId: url.get('unitId') ? Number(url.get('unitId')) : undefined,
    subject,
    year: url.get('year') ? Number(url.get('year')) : undefined,
    award: url.get('award'),
    q: url.get('q'),
  };
  const params = { ...filters, page: url.page, pageSize: url.pageSize };
  const list = useRecordList('awards', params);

  const openForm = (a: AwardEntry | null) => {
    setEditing(a);
    setFormKey((k) => k + 1);
    setFormOpen(true);
  };

  const confirmDelete = (a: AwardEntry) =>
    modal.confirm({
      title: t('register.deleteTitle'),
      content: t('register.deleteConfirm', { award: awardName(a.award), name: subjectName(a), year: a.year }),
      okText: t('common.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove.mutateAsync(a).then(
          () => void message.success(t('records.deleted')),
          (e: unknown) => void message.error(errorText(e)),
        ),
    });

  const rowMenu = (a: AwardEntry): MenuProps['items'] => {
    const fromDecision = isFromDecision(a);
    return [
      ...(!a.revokedOn && perms.canRevoke
        ? [{ key: 'revoke', danger: true, icon: <StopOutlined />, label: t('register.revoke.action'), onClick: () => setRevoking(a) }]
        : []),
      ...(!fromDecision && !a.revokedOn ? [{ key: 'edit', icon: <EditOutlined />, label: t('common.edit'), onClick: () => openForm(a) }] : []),
      ...(!fromDecision ? [{ key: 'delete', danger: true, icon: <DeleteOutlined />, label: t('common.remove'), onClick: () => confirmDelete(a) }] : []),
    ];
  };

  const columns: TableProps<AwardEntry>['columns'] = [
    { title: t('register.fields.subject'), key: 'subject', render: (_, a) => <SubjectCell r={a} /> },
    {
      title: t('register.fields.award'),
      key: 'award',
      render: (_, a) => (
        <div style={{ minWidth: 180, maxWidth: 320 }}>
          <Typography.Text delete={!!a.revokedOn}>{awardName(a.award)}</Typography.Text>
          {a.note && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {a.note}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    { title: t('register.fields.year'), dataIndex: 'year', key: 'year', width: 70 },
    { title: t('register.fields.decisionFull'), key: 'decision', render: (_, a) => <DecisionCell no={a.decisionNo} date={a.decisionDate} decider={a.decider} /> },
    {
      title: t('register.fields.amount'),
      dataIndex: 'amount',
      key: 'amount',
      align: 'right',
      width: 110,
      render: (v: number | null) => (v != null ? formatNumber(v) : '—'),
    },
    {
      title: t('register.fields.status'),
      key: 'status',
      render: (_, a) =>
        a.revokedOn ? <RevokedMark a={a} /> : isFromDecision(a) ? <Tag color="blue">{t('register.source.decision')}</Tag> : null,
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 70,
            align: 'center' as const,
            fixed: 'right' as const,
            render: (_: unknown, a: AwardEntry) => {
              const items = rowMenu(a);
              return items && items.length > 0 ? (
                <Dropdown menu={{ items }} trigger={['click']}>
                  <Button size="small" icon={<MoreOutlined />} aria-label={t('register.rowActions', { name: subjectName(a) })} />
                </Dropdown>
              ) : null;
            },
          },
        ]
      : []),
  ];

  const empty = url.hasFilters ? (
    <EmptyState description={t('common.noMatch')} />
  ) : (
    <EmptyState
      description={canEdit ? t('register.emptyCanCreate') : t('register.empty')}
      action={
        canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm(null)}>
            {t('register.create')}
          </Button>
        )
      }
    />
  );

  return (
    <>
      <PageHeader
        title={t('register.title')}
        subTitle={t('register.subtitle')}
        extra={
          <>
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm(null)}>
                {t('register.create')}
              </Button>
            )}
            {perms.canImport('awards') && (
              <Button icon={<ImportOutlined />} onClick={() => setImportOpen(true)}>
                {t('common.importExcel')}
              </Button>
            )}
            <RecordExportButton kind="awards" params={filters} />
          </>
        }
      />
      <Card size="small">
        <FilterBar
          extra={
            url.hasFilters && (
              <Button icon={<ClearOutlined />} onClick={url.reset}>
                {t('common.clearFilters')}
              </Button>
            )
          }
        >
          <SearchInput value={url.get('q')} onChange={(q) => url.update({ q })} placeholder={t('register.searchPlaceholder')} ariaLabel={t('register.search')} width={260} />
          <UnitSelect
            aria-label={t('records.filters.unit')}
            placeholder={t('records.filters.unit')}
            includeInactive
            value={filters.unitId}
            onChange={(v) => url.update({ unitId: v })}
            style={{ width: 260 }}
          />
          <Select<RecordSubject>
            allowClear
            aria-label={t('register.fields.subjectType')}
            placeholder={t('register.fields.subjectType')}
            style={{ width: 160 }}
            value={subject}
            options={SUBJECTS.map((s) => ({ value: s, label: t(`records.subject.${s}`) }))}
            onChange={(v) => url.update({ subject: v, award: undefined })}
          />
          <InputNumber
            aria-label={t('records.filters.year')}
            placeholder={t('records.filters.year')}
            min={1945}
            max={2100}
            precision={0}
            style={{ width: 110 }}
            value={filters.year ?? null}
            onChange={(y) => url.update({ year: y ?? undefined })}
          />
          <AwardSelect
            aria-label={t('register.fields.award')}
            entries={entries}
            loading={catalogLoading}
            subject={subject ? CATALOG_SUBJECT[subject] : undefined}
            value={filters.award}
            onChange={(award) => url.update({ award })}
            style={{ width: 320 }}
          />
        </FilterBar>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<AwardEntry>
            rowKey="id"
            size="middle"
            data-testid="register-table"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: list.isPending ? ' ' : empty }}
            pagination={{
              current: url.page,
              pageSize: url.pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100, 200],
              showTotal: (total) => (
                <span data-testid="register-total">
                  {t(list.data?.totalCapped ? 'register.totalCapped' : 'register.total', { count: total, formatted: formatNumber(total) })}
                </span>
              ),
              onChange: (page, pageSize) => url.update({ page, pageSize: pageSize === 20 ? undefined : pageSize }),
            }}
          />
        )}
      </Card>
      <AwardFormModal key={formKey} open={formOpen} entry={editing} onClose={() => setFormOpen(false)} />
      <RevokeModal entry={revoking} onClose={() => setRevoking(null)} />
      {perms.canImport('awards') && <ExcelImportModal kind="awards" open={importOpen} onClose={() => setImportOpen(false)} />}
    </>
  );
}
