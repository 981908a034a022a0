import { useState } from 'react';
import { Button, Card, Popconfirm, Space, Tabs, type TableProps } from 'antd';
import { DeleteOutlined, EditOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { ListFilters, ServerTable, useServerList } from '../../components/ServerList';
import { useRecordColumns } from './columns';
import { ExcelImportModal } from './ExcelImportModal';
import { numberParam, PAGE_SIZES, RecordExportButton, SubjectFilter, subjectName, UnitFilter, YearFilter } from './parts';
import { RECORDS_KEY, useFormOpening, useRecordPermissions, useRemoveRecord } from './queries';
import { RecordFormModal } from './RecordFormModal';
import { EXCEL_KINDS, RECORD_TABS, SUBJECTS, type AnyRecord, type ExcelKind, type RecordOf, type RecordSubject, type RecordTab } from './types';

const isTab = (v: string | undefined): v is RecordTab => RECORD_TABS.includes(v as RecordTab);
const isExcel = (k: RecordTab): k is RecordTab & ExcelKind => (EXCEL_KINDS as readonly string[]).includes(k);

/** One kind: filters, the table with server paging, create / edit / delete, Excel where it exists. */
function KindPanel<K extends RecordTab>({ kind }: { kind: K }) {
  const { t } = useTranslation();
  const url = useUrlState();
  const perms = useRecordPermissions();
  const form = useFormOpening<AnyRecord>();
  const [importOpen, setImportOpen] = useState(false);
  const remove = useRemoveRecord(kind);
  const baseColumns = useRecordColumns(kind);

  const subjects = SUBJECTS[kind];
  const subjectParam = url.get('subject') as RecordSubject | undefined;
  const subject = subjects.length > 1 && subjectParam && subjects.includes(subjectParam) ? subjectParam : undefined;
  const filters = { unitId: numberParam(url, 'unitId'), year: numberParam(url, 'year'), subject };
  const list = useServerList<RecordOf[K]>(`/records/${kind}`, filters, url, { key: [...RECORDS_KEY, kind] });
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
                    onClick={() => form.openForm(r)}
                  />
                  <Popconfirm
                    title={t('records.deleteConfirm', { kind: kindName.toLowerCase(), name: label })}
                    okText={t('common.remove')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove(r)}
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

  const create = () => form.openForm(null);
  const empty = (
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
      <ListFilters
        url={url}
        filtered={filtersOn}
        onClear={() => url.update({ unitId: undefined, year: undefined, subject: undefined })}
        extra={
          <>
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
        <UnitFilter url={url} value={filters.unitId} />
        <YearFilter url={url} value={filters.year} />
        {subjects.length > 1 && (
          <SubjectFilter label={t('records.fields.subjectType')} subjects={subjects} value={subject} width={150} onChange={(v) => url.update({ subject: v })} />
        )}
      </ListFilters>
      <ServerTable<RecordOf[K]>
        list={list}
        url={url}
        filtered={filtersOn}
        data-testid={`records-${kind}`}
        columns={columns}
        empty={empty}
        pageSizeOptions={PAGE_SIZES}
        total={(n, formatted, page) => t(page?.totalCapped ? 'records.totalCapped' : 'records.total', { count: n, formatted })}
      />
      <RecordFormModal key={form.key} kind={kind} open={form.open} record={form.editing} onClose={form.close} />
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
