import { useState } from 'react';
import { App, Button, Card, InputNumber, Popconfirm, Select, Space, Table, Tabs, type TableProps } from 'antd';
import { ClearOutlined, DeleteOutlined, EditOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { FilterBar } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import { useRecordColumns } from './columns';
import { ExcelImportModal } from './ExcelImportModal';
import { RecordExportButton, subjectName } from './parts';
import { useDeleteRecord, useRecordList, useRecordPermissions } from './queries';
import { RecordFormModal } from './RecordFormModal';
import { EXCEL_KINDS, RECORD_TABS, SUBJECTS, type AnyRecord, type ExcelKind, type RecordOf, type RecordSubject, type RecordTab } from './types';

const isTab = (v: string | undefined): v is RecordTab => RECORD_TABS.includes(v as RecordTab);
const isExcel = (k: RecordTab): k is RecordTab & ExcelKind => (EXCEL_KINDS as readonly string[]).includes(k);

/** One kind: filters, the table with server paging, create / edit / delete, Excel where it exists. */
function KindPanel<K extends RecordTab>({ kind }: { kind: K }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const url = useUrlState();
  const perms = useRecordPermissions();
  const [formOpen, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<AnyRecord | null>(null);
  // a fresh form for every opening (a kept form instance would show the previous record's values)
  const [formKey, setFormKey] = useState(0);
  const [importOpen, setImportOpen] = useState(false);
  const remove = useDeleteRecord(kind);
  const baseColumns = useRecordColumns(kind);

  const subjects = SUBJECTS[kind];
  const subjectParam = url.get('subject') as RecordSubject | undefined;
  const subject = subjects.length > 1 && subjectParam && subjects.includes(subjectParam) ? subjectParam : undefined;
  const filters = {
    unitId: url.get('unitId') ? Number(url.get('unitId')) : undefined,
    year: url.get('year') ? Number(url.get('year')) : undefined,
    subject,
  };
  const list = useRecordList(kind, { ...filters, page: url.page, pageSize: url.pageSize });
  const canEdit = perms.canEdit(kind);
  const filtersOn = !!(filters.unitId || filters.year || subject);
  const kindName = t(`records.kinds.${kind}`);

  const columns: TableProps<RecordOf[K]>['columns'] = [
    ...(baseColumns ?? []),
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            fixed: 'right' as const,
            render: (_: unknown, r: RecordOf[K]) => {
              const label = 'title' in r ? r.title : subjectName(r);
              return (
                <Space size={4}>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t('records.editRow', { name: label })}
                    onClick={() => {
                      setEditing(r);
                      setFormKey((k) => k + 1);
                      setFormOpen(true);
                    }}
                  />
                  <Popconfirm
                    title={t('records.deleteConfirm', { kind: kindName.toLowerCase(), name: label })}
                    okText={t('common.remove')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      remove.mutateAsync(r).then(
                        () => void message.success(t('records.deleted')),
                        (e: unknown) => void message.error(errorText(e)),
                      )
                    }
                  >
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('records.deleteRow', { name: label })} />
                  </Popconfirm>
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  const create = () => {
    setEditing(null);
    setFormKey((k) => k + 1);
    setFormOpen(true);
  };
  const empty = filtersOn ? (
    <EmptyState description={t('common.noMatch')} />
  ) : (
    <EmptyState
      description={t(canEdit ? `records.empty.${kind}` : 'records.emptyReadOnly', { kind: kindName.toLowerCase() })}
      action={
        canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={create}>
            {t(`records.create.${kind}`)}
          </Button>
        )
      }
    />
  );

  return (
    <>
      <FilterBar
        extra={
          <>
            {filtersOn && (
              <Button icon={<ClearOutlined />} onClick={() => url.update({ unitId: undefined, year: undefined, subject: undefined })}>
                {t('common.clearFilters')}
              </Button>
            )}
            {canEdit && (
              <Button type="primary" icon={<PlusOutlined />} onClick={create}>
                {t(`records.create.${kind}`)}
              </Button>
            )}
            {isExcel(kind) && perms.canImport(kind) && (
              <Button icon={<ImportOutlined />} onClick={() => setImportOpen(true)}>
                {t('common.importExcel')}
              </Button>
            )}
            {isExcel(kind) && <RecordExportButton kind={kind} params={filters} />}
          </>
        }
      >
        <UnitSelect
          aria-label={t('records.filters.unit')}
          placeholder={t('records.filters.unit')}
          includeInactive
          value={filters.unitId}
          onChange={(v) => url.update({ unitId: v })}
          style={{ width: 260 }}
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
        {subjects.length > 1 && (
          <Select<RecordSubject>
            allowClear
            aria-label={t('records.fields.subjectType')}
            placeholder={t('records.fields.subjectType')}
            style={{ width: 150 }}
            value={subject}
            options={subjects.map((s) => ({ value: s, label: t(`records.subject.${s}`) }))}
            onChange={(v) => url.update({ subject: v })}
          />
        )}
      </FilterBar>
      {list.isError && !list.data ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<RecordOf[K]>
          rowKey="id"
          size="middle"
          data-testid={`records-${kind}`}
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
            showTotal: (total) => t(list.data?.totalCapped ? 'records.totalCapped' : 'records.total', { count: total, formatted: formatNumber(total) }),
            onChange: (page, pageSize) => url.update({ page, pageSize: pageSize === 20 ? undefined : pageSize }),
          }}
        />
      )}
      <RecordFormModal
        key={formKey}
        kind={kind}
        open={formOpen}
        record={editing}
        onClose={() => {
          setFormOpen(false);
          setEditing(null);
        }}
      />
      {isExcel(kind) && perms.canImport(kind) && <ExcelImportModal kind={kind} open={importOpen} onClose={() => setImportOpen(false)} />}
    </>
  );
}

/** Hồ sơ thành tích, kỷ luật: the records the eligibility checks read, one tab per kind. */
export default function RecordsPage() {
  const { t } = useTranslation();
  const url = useUrlState();
  const requested = url.get('tab');
  const tab: RecordTab = isTab(requested) ? requested : 'ratings';
  useDocumentTitle(t('records.title'));
  return (
    <>
      <PageHeader title={t('records.title')} subTitle={t('records.subtitle')} />
      <Card size="small">
        <Tabs
          activeKey={tab}
          // the unit and year filters carry over; the subject filter and the page do not
          onChange={(k) => url.update({ tab: k === 'ratings' ? undefined : k, subject: undefined })}
          items={RECORD_TABS.map((k) => ({ key: k, label: t(`records.tabs.${k}`), children: k === tab ? <KindPanel kind={k} /> : null }))}
        />
      </Card>
    </>
  );
}
