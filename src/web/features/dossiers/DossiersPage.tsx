import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Segmented, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import type { Items, Page } from '../../app/types';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { ListFilters, ServerTable, scopeFilters, useServerList, type ServerListQuery } from '../../components/ServerList';
import { SelectFilter, YearFilter } from '../../components/UrlFilters';
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
  const url = scopeFilters(useUrlState(), ['q', 'state', 'year', 'overdue']);
  const [createOpen, setCreateOpen] = useState(false);
  const canCreate = can('dossier', 'create');
  useDocumentTitle(t('dossiers.title'));
  const view = (url.get('view') as View | undefined) ?? 'queue';
  const filters = { box: view === 'outgoing' || view === 'incoming' ? view : undefined, q: url.get('q'), state: url.get('state'), year: url.get('year'), overdue: url.get('overdue') };
  const list = useServerList<Row>('/dossiers', filters, url, { key: ['dossiers'], enabled: view !== 'queue' });
  // the queue is the whole list of what waits for the user, on one page
  const queue: ServerListQuery<Row> = {
    params: {},
    query: useQuery({
      queryKey: ['dossiers', 'queue'],
      queryFn: () => api.get<Items<QueueItem>>('/dossiers/queue'),
      select: (r): Page<Row> => ({ items: r.items, total: r.items.length, page: 1, pageSize: r.items.length }),
      enabled: view === 'queue',
    }),
  };

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
        <ListFilters
          url={url}
          search={view !== 'queue' ? t('dossiers.searchPlaceholder') : undefined}
          searchLabel={t('dossiers.search')}
          searchWidth={280}
          before={
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
          }
        >
          {view !== 'queue' && (
            <>
              <SelectFilter url={url} name="state" label={t('dossiers.fields.state')} width={190} options={STATES.map((s) => ({ value: s, label: t(`dossiers.state.${s}`) }))} />
              <YearFilter url={url} label={t('dossiers.fields.year')} />
              <SelectFilter url={url} name="overdue" label={t('dossiers.overdueFilter')} width={150} options={[{ value: '1', label: t('dossiers.overdueOnly') }]} />
            </>
          )}
        </ListFilters>
        <ServerTable<Row>
          list={view === 'queue' ? queue : list}
          url={view === 'queue' ? scopeFilters(url, []) : url}
          paged={view !== 'queue'}
          columns={columns}
          rowClassName={(d) => (d.overdue ? 'row-overdue' : '')}
          empty={
            view === 'queue' ? (
              <EmptyState description={t('dossiers.queueEmpty')} />
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
            )
          }
          total={(count) => t('dossiers.total', { count })}
        />
      </Card>
      <CreateDossierModal open={createOpen} onClose={() => setCreateOpen(false)} />
    </>
  );
}
