import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, InputNumber, Segmented, Select, Table, Typography } from 'antd';
import { ClearOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import type { Items, Page } from '../../app/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { FilterBar } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { CreateDossierModal } from './CreateDossierModal';
import { NotificationsCard } from './NotificationsCard';
import { DueDate, StateTag } from './parts';
import { STATES, type Dossier, type QueueItem } from './types';

/** A row of the list, or of the queue (with what to do). */
type Row = Dossier & Partial<Pick<QueueItem, 'todo'>>;

type View = 'queue' | 'outgoing' | 'incoming' | 'all';

export default function DossiersPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const url = useUrlState();
  const [createOpen, setCreateOpen] = useState(false);
  const canCreate = can('dossier', 'create');
  useDocumentTitle(t('dossiers.title'));
  const view = (url.get('view') as View | undefined) ?? 'queue';
  const params = {
    box: view === 'outgoing' || view === 'incoming' ? view : undefined,
    q: url.get('q'),
    state: url.get('state'),
    year: url.get('year'),
    overdue: url.get('overdue'),
    page: url.page,
    pageSize: url.pageSize,
  };
  const list = useQuery({
    queryKey: ['dossiers', 'list', params],
    queryFn: () => api.get<Page<Dossier>>('/dossiers', params),
    enabled: view !== 'queue',
    placeholderData: (prev) => prev,
  });
  const queue = useQuery({
    queryKey: ['dossiers', 'queue'],
    queryFn: () => api.get<Items<QueueItem>>('/dossiers/queue'),
    enabled: view === 'queue',
  });
  const data = view === 'queue' ? queue : list;
  const filtersOn = !!(params.q || params.state || params.year || params.overdue);

  const columns = [
    {
      title: t('dossiers.fields.code'),
      key: 'code',
      width: 150,
      render: (_: unknown, d: Row) => (
        <Link to={`/dossiers/${d.id}`} data-testid="dossier-link">
          {d.code}
        </Link>
      ),
    },
    {
      title: t('dossiers.fields.title'),
      key: 'title',
      render: (_: unknown, d: Row) => (
        <div style={{ minWidth: 220 }}>
          <div>{d.title}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d.proposingUnitName} → {d.receivingUnitName}
          </Typography.Text>
        </div>
      ),
    },
    ...(view === 'queue'
      ? [{ title: t('dossiers.todo'), key: 'todo', width: 200, render: (_: unknown, d: Row) => <Typography.Text strong>{d.todo}</Typography.Text> }]
      : []),
    { title: t('dossiers.fields.year'), dataIndex: 'year', key: 'year', width: 70 },
    { title: t('dossiers.fields.nominees'), dataIndex: 'nomineeCount', key: 'nomineeCount', width: 90, align: 'right' as const },
    { title: t('dossiers.fields.state'), key: 'state', width: 150, render: (_: unknown, d: Row) => <StateTag state={d.state} testId="dossier-row-state" /> },
    { title: t('dossiers.fields.due'), key: 'due', width: 150, render: (_: unknown, d: Row) => <DueDate d={d} /> },
    { title: t('dossiers.fields.updatedAt'), key: 'updatedAt', width: 150, responsive: ['lg' as const], render: (_: unknown, d: Row) => formatDateTime(d.updatedAt) },
  ];

  const empty =
    view === 'queue' ? (
      <EmptyState description={t('dossiers.queueEmpty')} />
    ) : filtersOn ? (
      <EmptyState description={t('common.noMatch')} />
    ) : (
      <EmptyState
        description={canCreate ? t('dossiers.emptyCanCreate') : t('dossiers.empty')}
        action={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
              {t('dossiers.create')}
            </Button>
          )
        }
      />
    );

  return (
    <>
      <PageHeader
        title={t('dossiers.title')}
        subTitle={t('dossiers.subtitle')}
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
              {t('dossiers.create')}
            </Button>
          )
        }
      />
      {view === 'queue' && <NotificationsCard />}
      <Card size="small">
        <FilterBar
          extra={
            filtersOn && (
              <Button icon={<ClearOutlined />} onClick={() => url.update({ q: undefined, state: undefined, year: undefined, overdue: undefined })}>
                {t('common.clearFilters')}
              </Button>
            )
          }
        >
          <Segmented<View>
            value={view}
            onChange={(v) => url.update({ view: v === 'queue' ? undefined : v, page: undefined })}
            options={[
              { value: 'queue', label: t('dossiers.view.queue') },
              { value: 'outgoing', label: t('dossiers.view.outgoing') },
              { value: 'incoming', label: t('dossiers.view.incoming') },
              { value: 'all', label: t('dossiers.view.all') },
            ]}
          />
          {view !== 'queue' && (
            <>
              <SearchInput value={url.get('q')} onChange={(q) => url.update({ q })} placeholder={t('dossiers.searchPlaceholder')} ariaLabel={t('dossiers.search')} width={280} />
              <Select
                allowClear
                aria-label={t('dossiers.fields.state')}
                placeholder={t('dossiers.fields.state')}
                style={{ width: 190 }}
                value={url.get('state')}
                options={STATES.map((s) => ({ value: s, label: t(`dossiers.state.${s}`) }))}
                onChange={(state) => url.update({ state })}
              />
              <InputNumber
                aria-label={t('dossiers.fields.year')}
                placeholder={t('dossiers.fields.year')}
                min={1945}
                max={2100}
                style={{ width: 110 }}
                value={url.get('year') ? Number(url.get('year')) : null}
                onChange={(y) => url.update({ year: y ?? undefined })}
              />
              <Select
                allowClear
                aria-label={t('dossiers.overdueFilter')}
                placeholder={t('dossiers.overdueFilter')}
                style={{ width: 150 }}
                value={url.get('overdue')}
                options={[{ value: '1', label: t('dossiers.overdueOnly') }]}
                onChange={(overdue) => url.update({ overdue })}
              />
            </>
          )}
        </FilterBar>
        {data.isError && !data.data ? (
          <ErrorState error={data.error} onRetry={() => data.refetch()} />
        ) : (
          <Table<Dossier>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data.data?.items}
            loading={data.isFetching}
            scroll={{ x: 'max-content' }}
            rowClassName={(d) => (d.overdue ? 'row-overdue' : '')}
            locale={{ emptyText: data.isPending ? ' ' : empty }}
            pagination={
              view === 'queue'
                ? false
                : {
                    current: url.page,
                    pageSize: url.pageSize,
                    total: list.data?.total ?? 0,
                    showSizeChanger: true,
                    showTotal: (total) => t('dossiers.total', { count: total }),
                    onChange: (page, pageSize) => url.update({ page, pageSize: pageSize === 20 ? undefined : pageSize }),
                  }
            }
          />
        )}
      </Card>
      <CreateDossierModal open={createOpen} onClose={() => setCreateOpen(false)} />
    </>
  );
}
