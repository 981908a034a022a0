import { useState } from 'react';
import { Button, Checkbox, Table, Tag, Typography, type TableProps } from 'antd';
import { MergeCellsOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../app/auth';
import { useCodes } from '../../app/codes';
import { formatDate, formatNumber } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import type { Household } from '../../../shared/contract/households';
import type { Person } from '../../../shared/contract/people';
import type { LineageEntry, Unit } from '../../../shared/contract/units';
import { DetailFacts, DetailTabs, EditButton, LocalTable, detailFallback } from '../../components/DetailParts';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { ServerTable, useServerList } from '../../components/ServerList';
import { ActiveTag } from '../../components/StatusTag';
import { useLocalListState } from '../../components/useLocalListState';
import { HistoryTab } from '../records/HistoryTab';
import { useHouseholdColumns } from '../households/columns';
import { usePeopleColumns } from '../people/columns';
import { AbolishModal } from './AbolishModal';
import { MergeModal } from './MergeModal';
import { useUnit, useUnitChildren } from './queries';
import { UnitFormModal } from './UnitFormModal';

const LINEAGE_COLOR: Record<string, string> = {
  merged_into: 'purple',
  split_from: 'cyan',
  renamed: 'blue',
  abolished: 'default',
};

function ChildrenTab({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const { label } = useCodes();
  const [includeInactive, setIncludeInactive] = useState(false);
  const q = useUnitChildren(unit.id, includeInactive);
  const columns: TableProps<Unit>['columns'] = [
    { title: t('units.fields.name'), dataIndex: 'name', render: (_, u) => <Link to={`/units/${u.id}`}>{u.name}</Link> },
    { title: t('units.fields.code'), dataIndex: 'code', width: 140, responsive: ['md'] },
    { title: t('units.fields.level'), dataIndex: 'level', width: 150, render: (v: string) => label('level', v) },
    { title: t('units.fields.kind'), dataIndex: 'kindName', responsive: ['lg'] },
    { title: t('units.fields.status'), dataIndex: 'active', width: 150, render: (v: boolean) => <ActiveTag active={v} /> },
  ];
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  return (
    <>
      <Checkbox checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} style={{ marginBottom: 12 }}>
        {t('units.includeInactive')}
      </Checkbox>
      <Table<Unit>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={q.data?.items}
        loading={q.isFetching}
        pagination={(q.data?.items.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: q.isPending ? ' ' : <EmptyState description={t('units.detail.noChildren')} /> }}
      />
    </>
  );
}

function PeopleTab({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const paging = useLocalListState();
  const columns = usePeopleColumns();
  const list = useServerList<Person>('/people', { unitId }, paging, { key: ['people'] });
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('units.detail.peopleHint')} <Link to={`/people?unitId=${unitId}`}>{t('units.detail.openPeopleList')}</Link>
      </Typography.Paragraph>
      <ServerTable<Person>
        list={list}
        url={paging}
        size="small"
        columns={columns}
        pager={{ showSizeChanger: undefined }}
        empty={<EmptyState description={t('units.detail.noPeople')} />}
        total={(count, formatted) => t('people.total', { count, formatted })}
      />
    </>
  );
}

function HouseholdsTab({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const paging = useLocalListState();
  const columns = useHouseholdColumns();
  const list = useServerList<Household>('/households', { unitId }, paging, { key: ['households'] });
  return (
    <ServerTable<Household>
      list={list}
      url={paging}
      size="small"
      columns={columns}
      pager={{ showSizeChanger: false }}
      empty={<EmptyState description={t('units.detail.noHouseholds')} />}
      total={(count, formatted) => t('households.total', { count, formatted })}
    />
  );
}

function LineageTab({ lineage }: { lineage: LineageEntry[] }) {
  const { t } = useTranslation();
  const columns: TableProps<LineageEntry>['columns'] = [
    { title: t('units.lineage.date'), dataIndex: 'date', width: 110, render: (v: string) => formatDate(v) },
    {
      title: t('units.lineage.event'),
      key: 'kind',
      width: 220,
      render: (_, l) => (
        <Tag color={LINEAGE_COLOR[l.kind] ?? 'default'}>
          {t(`units.lineage.kinds.${l.kind}.${l.direction}`, { defaultValue: t('units.lineage.kinds.other') })}
        </Tag>
      ),
    },
    {
      title: t('units.lineage.other'),
      key: 'other',
      render: (_, l) => {
        if (l.kind === 'renamed') return l.previousName ? t('units.lineage.previousName', { name: l.previousName }) : '—';
        if (!l.otherUnitId) return l.otherUnitName ?? '—';
        return <Link to={`/units/${l.otherUnitId}`}>{l.otherUnitName ?? `#${l.otherUnitId}`}</Link>;
      },
    },
    { title: t('units.lineage.note'), dataIndex: 'note', responsive: ['md'], render: (v: string | null) => v || '—' },
  ];
  return (
    <LocalTable<LineageEntry>
      rowKey={(l, i) => `${l.kind}-${l.date}-${l.otherUnitId ?? ''}-${i}`}
      columns={columns}
      dataSource={lineage}
      empty={t('units.lineage.empty')}
    />
  );
}

export default function UnitDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const perms = usePermissions();
  const { label } = useCodes();
  const q = useUnit(id);
  const [editOpen, setEditOpen] = useState(false);
  const [childOpen, setChildOpen] = useState(false);
  const [mergeOpen, setMergeOpen] = useState(false);
  const [abolishOpen, setAbolishOpen] = useState(false);
  useDocumentTitle(q.data?.name ?? t('units.title'));

  if (!q.data) return detailFallback(q);
  const u = q.data;
  const parent = u.ancestors.length ? u.ancestors[u.ancestors.length - 1] : null;

  return (
    <>
      <PageHeader
        crumbs={[
          { title: t('units.title'), to: '/units' },
          ...u.ancestors.map((a) => ({ title: a.name, to: `/units/${a.id}` })),
          { title: u.name },
        ]}
        title={u.name}
        tags={
          <>
            <Tag color="geekblue">{label('level', u.level)}</Tag>
            <ActiveTag active={u.active} />
          </>
        }
        extra={
          perms.canManageUnits && (
            <>
              <EditButton onClick={() => setEditOpen(true)} />
              {u.active && (
                <Button icon={<PlusOutlined />} onClick={() => setChildOpen(true)}>
                  {t('units.addChild')}
                </Button>
              )}
              {u.active && u.parentId != null && (
                <Button danger icon={<MergeCellsOutlined />} onClick={() => setMergeOpen(true)}>
                  {t('units.merge.action')}
                </Button>
              )}
              {u.active && u.parentId != null && (
                <Button danger icon={<StopOutlined />} onClick={() => setAbolishOpen(true)}>
                  {t('units.abolish.action')}
                </Button>
              )}
            </>
          )
        }
      />
      <DetailFacts
        items={[
          { key: 'code', label: t('units.fields.code'), children: u.code },
          { key: 'level', label: t('units.fields.level'), children: label('level', u.level) },
          { key: 'kind', label: t('units.fields.kind'), children: u.kindName },
          {
            key: 'parent',
            label: t('units.fields.parent'),
            children: parent ? <Link to={`/units/${parent.id}`}>{parent.name}</Link> : t('units.detail.noParent'),
          },
          {
            key: 'legal',
            label: t('units.fields.legalPersonality'),
            children: u.legalPersonality ? t('common.yes') : t('common.no'),
          },
          { key: 'children', label: t('units.fields.childCount'), children: formatNumber(u.childCount) },
          { key: 'from', label: t('units.fields.validFrom'), children: formatDate(u.validFrom) || '—' },
          { key: 'to', label: t('units.fields.validTo'), children: formatDate(u.validTo) || '—' },
          { key: 'address', label: t('units.fields.address'), children: u.address || '—' },
        ]}
      />
      <DetailTabs
        defaultKey="children"
        items={[
          {
            key: 'children',
            label: `${t('units.detail.tabChildren')} (${formatNumber(u.childCount)})`,
            children: <ChildrenTab unit={u} />,
          },
          { key: 'people', label: t('units.detail.tabPeople'), children: <PeopleTab unitId={u.id} /> },
          { key: 'households', label: t('units.detail.tabHouseholds'), children: <HouseholdsTab unitId={u.id} /> },
          { key: 'history', label: t('records.history.tab'), children: <HistoryTab unitId={u.id} /> },
          {
            key: 'lineage',
            label: `${t('units.detail.tabLineage')}${u.lineage.length ? ` (${u.lineage.length})` : ''}`,
            children: <LineageTab lineage={u.lineage} />,
          },
        ]}
      />
      <UnitFormModal open={editOpen} onClose={() => setEditOpen(false)} unit={u} />
      <UnitFormModal open={childOpen} onClose={() => setChildOpen(false)} parent={u} />
      <MergeModal open={mergeOpen} onClose={() => setMergeOpen(false)} unit={u} />
      <AbolishModal open={abolishOpen} onClose={() => setAbolishOpen(false)} unit={u} />
    </>
  );
}
