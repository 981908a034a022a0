import { useState } from 'react';
import { App, Button, Card, Dropdown, Tag, Typography, type MenuProps, type TableProps } from 'antd';
import { DeleteOutlined, EditOutlined, ImportOutlined, MoreOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { ListFilters, ServerTable, useServerList } from '../../components/ServerList';
import { AwardSelect } from '../rules/AwardSelect';
import { AwardFormModal } from './AwardFormModal';
import { ExcelImportModal } from './ExcelImportModal';
import { RevokeModal } from './RevokeModal';
import { DecisionCell, numberParam, PAGE_SIZES, RecordExportButton, RevokedMark, SubjectCell, SubjectFilter, subjectName, UnitFilter, YearFilter } from './parts';
import { RECORDS_KEY, useAwardNames, useFormOpening, useRecordPermissions, useRemoveRecord } from './queries';
import { CATALOG_SUBJECT, type AwardEntry, type RecordSubject } from './types';

const SUBJECTS: RecordSubject[] = ['person', 'unit', 'household'];
/** Written by a decision issued in the software (older servers only say so through `source`). */
const isFromDecision = (a: AwardEntry) => (a.decisionId !== undefined ? a.decisionId !== null : a.source === 'decision');
const asSubject = (v: string | undefined): RecordSubject | undefined => (SUBJECTS.includes(v as RecordSubject) ? (v as RecordSubject) : undefined);

/** Sổ khen thưởng: every award decided (here or before), with revocations marked (Điều 93). */
export default function RegisterPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const url = useUrlState();
  const perms = useRecordPermissions();
  const { name: awardName, entries, loading: catalogLoading } = useAwardNames();
  const form = useFormOpening<AwardEntry>();
  const { openForm } = form;
  const [revoking, setRevoking] = useState<AwardEntry | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const remove = useRemoveRecord('awards');
  useDocumentTitle(t('register.title'));

  const canEdit = perms.canEdit('awards');
  const subject = asSubject(url.get('subject'));
  const filters = { unitId: numberParam(url, 'unitId'), subject, year: numberParam(url, 'year'), award: url.get('award'), q: url.get('q') };
  const list = useServerList<AwardEntry>('/records/awards', filters, url, { key: [...RECORDS_KEY, 'awards'] });

  const confirmDelete = (a: AwardEntry) =>
    modal.confirm({
      title: t('register.deleteTitle'),
      content: t('register.deleteConfirm', { award: awardName(a.award), name: subjectName(a), year: a.year }),
      okText: t('common.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => remove(a),
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

  const empty = (
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
        <ListFilters url={url} search={t('register.searchPlaceholder')} searchLabel={t('register.search')} searchWidth={260}>
          <UnitFilter url={url} value={filters.unitId} />
          <SubjectFilter label={t('register.fields.subjectType')} subjects={SUBJECTS} value={subject} width={160} onChange={(v) => url.update({ subject: v, award: undefined })} />
          <YearFilter url={url} value={filters.year} />
          <AwardSelect
            aria-label={t('register.fields.award')}
            entries={entries}
            loading={catalogLoading}
            subject={subject ? CATALOG_SUBJECT[subject] : undefined}
            value={filters.award}
            onChange={(award) => url.update({ award })}
            style={{ width: 320 }}
          />
        </ListFilters>
        <ServerTable<AwardEntry>
          list={list}
          url={url}
          data-testid="register-table"
          columns={columns}
          empty={empty}
          pageSizeOptions={PAGE_SIZES}
          total={(n, formatted, page) => <span data-testid="register-total">{t(page?.totalCapped ? 'register.totalCapped' : 'register.total', { count: n, formatted })}</span>}
        />
      </Card>
      <AwardFormModal key={form.key} open={form.open} entry={form.editing} onClose={form.close} />
      <RevokeModal entry={revoking} onClose={() => setRevoking(null)} />
      {perms.canImport('awards') && <ExcelImportModal kind="awards" open={importOpen} onClose={() => setImportOpen(false)} />}
    </>
  );
}
