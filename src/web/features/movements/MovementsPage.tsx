import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, InputNumber, Select, Table, Typography } from 'antd';
import { ClearOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { formatDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import type { Page } from '../../app/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { FilterBar } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { MovementFormDrawer } from './MovementFormDrawer';
import { MovementStatusTag, useMyUnits } from './parts';
import { MOVEMENT_KINDS, MOVEMENT_STATUSES, type Movement } from './types';

/** Phong trào thi đua: the movements launched by the user's units and those above them. */
export default function MovementsPage() {
  const { t } = useTranslation();
  const url = useUrlState();
  const [createOpen, setCreateOpen] = useState(false);
  const canCreate = useMyUnits('movement', 'create').length > 0;
  useDocumentTitle(t('movementsUi.title'));
  const params = { q: url.get('q'), year: url.get('year'), kind: url.get('kind'), status: url.get('status'), page: url.page, pageSize: url.pageSize };
  const list = useQuery({
    queryKey: ['movements', 'list', params],
    queryFn: () => api.get<Page<Movement>>('/movements', params),
    placeholderData: (prev) => prev,
  });
  const filtersOn = !!(params.q || params.year || params.kind || params.status);
  const createButton = canCreate && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
      {t('movementsUi.create')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('movementsUi.title')} subTitle={t('movementsUi.subtitle')} extra={createButton} />
      <Card size="small">
        <FilterBar
          extra={
            filtersOn && (
              <Button icon={<ClearOutlined />} onClick={() => url.update({ q: undefined, year: undefined, kind: undefined, status: undefined })}>
                {t('common.clearFilters')}
              </Button>
            )
          }
        >
          <SearchInput value={url.get('q')} onChange={(q) => url.update({ q })} placeholder={t('movementsUi.searchPlaceholder')} ariaLabel={t('movementsUi.search')} width={300} />
          <InputNumber
            aria-label={t('movementsUi.fields.year')}
            placeholder={t('movementsUi.fields.year')}
            min={1945}
            max={2100}
            style={{ width: 110 }}
            value={url.get('year') ? Number(url.get('year')) : null}
            onChange={(y) => url.update({ year: y ?? undefined })}
          />
          <Select
            allowClear
            aria-label={t('movementsUi.fields.kind')}
            placeholder={t('movementsUi.fields.kind')}
            style={{ width: 190 }}
            value={url.get('kind')}
            options={MOVEMENT_KINDS.map((k) => ({ value: k, label: t(`movementsUi.kind.${k}`) }))}
            onChange={(kind) => url.update({ kind })}
          />
          <Select
            allowClear
            aria-label={t('movementsUi.fields.status')}
            placeholder={t('movementsUi.fields.status')}
            style={{ width: 170 }}
            value={url.get('status')}
            options={MOVEMENT_STATUSES.map((s) => ({ value: s, label: t(`movementsUi.status.${s}`) }))}
            onChange={(status) => url.update({ status })}
          />
        </FilterBar>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<Movement>
            rowKey="id"
            size="middle"
            data-testid="movements"
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: list.isPending ? ' ' : filtersOn ? <EmptyState description={t('common.noMatch')} /> : <EmptyState description={canCreate ? t('movementsUi.emptyCanCreate') : t('movementsUi.empty')} action={createButton} />,
            }}
            columns={[
              {
                title: t('movementsUi.fields.name'),
                key: 'name',
                render: (_, m) => (
                  <div style={{ minWidth: 220, maxWidth: 300 }}>
                    <Link to={`/movements/${m.id}`}>{m.name}</Link>
                    {m.slogan && (
                      <div>
                        <Typography.Text type="secondary" italic style={{ fontSize: 12 }}>
                          {m.slogan}
                        </Typography.Text>
                      </div>
                    )}
                  </div>
                ),
              },
              { title: t('movementsUi.fields.kind'), key: 'kind', width: 120, render: (_, m) => t(`movementsUi.kind.${m.kind}`) },
              { title: t('movementsUi.fields.unit'), dataIndex: 'unitName', key: 'unit', width: 150 },
              { title: t('movementsUi.fields.period'), key: 'period', width: 180, render: (_, m) => `${formatDate(m.startsOn)} – ${formatDate(m.endsOn)}` },
              { title: t('movementsUi.fields.registrationDeadline'), key: 'reg', width: 120, render: (_, m) => formatDate(m.registrationDeadline) || '—' },
              { title: t('movementsUi.fields.status'), key: 'status', width: 130, render: (_, m) => <MovementStatusTag status={m.status} testId="movement-row-status" /> },
            ]}
            pagination={{
              current: url.page,
              pageSize: url.pageSize,
              total: list.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('movementsUi.total', { count: total }),
              onChange: (page, pageSize) => url.update({ page, pageSize: pageSize === 20 ? undefined : pageSize }),
            }}
          />
        )}
      </Card>
      <MovementFormDrawer open={createOpen} onClose={() => setCreateOpen(false)} />
    </>
  );
}
