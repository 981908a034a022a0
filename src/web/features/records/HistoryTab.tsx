import { useState } from 'react';
import { Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { useRecordColumns } from './columns';
import { DecisionCell, RevokedMark } from './parts';
import { useAwardNames, useRecordList } from './queries';
import type { AwardEntry, RecordFilters, RecordOf } from './types';

const PAGE_SIZE = 10;

/** One short list of a subject's records: ten a page, the pager only when there is more. */
function HistoryTable<K extends 'awards' | 'ratings'>({
  kind,
  filters,
  columns,
  empty,
}: {
  kind: K;
  filters: RecordFilters;
  columns: TableProps<RecordOf[K]>['columns'];
  empty: string;
}) {
  const [page, setPage] = useState(1);
  const q = useRecordList(kind, { ...filters, page, pageSize: PAGE_SIZE });
  if (q.isError && !q.data) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const total = q.data?.total ?? 0;
  return (
    <Table<RecordOf[K]>
      rowKey="id"
      size="small"
      data-testid={`history-${kind}`}
      columns={columns}
      dataSource={q.data?.items}
      loading={q.isFetching}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: q.isPending ? ' ' : <EmptyState description={empty} /> }}
      pagination={total > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total, showSizeChanger: false, onChange: setPage } : false}
    />
  );
}

function AwardsTable({ filters }: { filters: RecordFilters }) {
  const { t } = useTranslation();
  const { name: awardName } = useAwardNames();
  const columns: TableProps<AwardEntry>['columns'] = [
    {
      title: t('register.fields.award'),
      key: 'award',
      render: (_, a) => (
        <div style={{ minWidth: 200, maxWidth: 340 }}>
          <Typography.Text delete={!!a.revokedOn}>{awardName(a.award)}</Typography.Text>
        </div>
      ),
    },
    { title: t('register.fields.year'), dataIndex: 'year', key: 'year', width: 70 },
    { title: t('register.fields.decisionFull'), key: 'decision', render: (_, a) => <DecisionCell no={a.decisionNo} date={a.decisionDate} decider={a.decider} /> },
    { title: t('register.fields.amount'), dataIndex: 'amount', key: 'amount', align: 'right', render: (v: number | null) => (v != null ? formatNumber(v) : '—') },
    { title: t('register.fields.status'), key: 'status', render: (_, a) => (a.revokedOn ? <RevokedMark a={a} /> : null) },
  ];
  return <HistoryTable kind="awards" filters={filters} columns={columns} empty={t('records.history.noAwards')} />;
}

function RatingsTable({ filters }: { filters: RecordFilters }) {
  const { t } = useTranslation();
  const columns = useRecordColumns('ratings', { showSubject: false });
  return <HistoryTable kind="ratings" filters={filters} columns={columns} empty={t('records.history.noRatings')} />;
}

/**
 * "Khen thưởng, xếp loại" of a person (their awards, revoked ones marked, and annual ratings) or of a
 * unit (the unit's own awards and ratings, not those of its people).
 */
export function HistoryTab({ personId, unitId }: { personId?: number; unitId?: number }) {
  const { t } = useTranslation();
  const filters: RecordFilters = personId ? { personId } : { unitId, unitOnly: 1 };
  return (
    <>
      {unitId && !personId && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('records.history.unitHint')}
        </Typography.Paragraph>
      )}
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('records.history.awards')}
      </Typography.Title>
      <AwardsTable filters={filters} />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('records.history.ratings')}
      </Typography.Title>
      <RatingsTable filters={filters} />
    </>
  );
}
