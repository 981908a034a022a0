import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
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
import { CreatePlanModal, useMyPlanUnits } from './CreatePlanModal';
import { PlanStatusTag } from './parts';
import type { PlanListItem } from './types';

export default function PlansPage() {
  const { t } = useTranslation();
  const url = useUrlState();
  const [createOpen, setCreateOpen] = useState(false);
  const canCreate = useMyPlanUnits().length > 0;
  useDocumentTitle(t('plansUi.title'));
  const params = { q: url.get('q'), status: url.get('status'), year: url.get('year'), page: url.page, pageSize: url.pageSize };
  const list = useQuery({
    queryKey: ['plans', 'list', params],
    queryFn: () => api.get<Page<PlanListItem>>('/plans', params),
    placeholderData: (prev) => prev,
  });
  const filtersOn = !!(params.q || params.status || params.year);

  const createButton = canCreate && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
      {t('plansUi.create')}
    </Button>
  );

  const columns = [
    {
      title: t('plansUi.fields.title'),
      key: 'title',
      render: (_: unknown, p: PlanListItem) => (
        <div style={{ minWidth: 260 }}>
          <Link to={`/plans/${p.id}`} data-testid="plan-link">
            {p.title}
          </Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.number ? t('plansUi.numberShort', { number: p.number }) : t('plansUi.noNumber')} · {p.unitName}
              {p.revision > 1 ? ` · ${t('plansUi.revision', { n: p.revision })}` : ''}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: t('plansUi.fields.year'), dataIndex: 'year', key: 'year', width: 80 },
    { title: t('plansUi.fields.status'), key: 'status', width: 140, render: (_: unknown, p: PlanListItem) => <PlanStatusTag status={p.status} /> },
    { title: t('plansUi.fields.issuedOn'), key: 'issuedOn', width: 130, render: (_: unknown, p: PlanListItem) => formatDate(p.issuedOn) || '—' },
    {
      title: t('plansUi.fields.tasks'),
      key: 'tasks',
      width: 150,
      render: (_: unknown, p: PlanListItem) => (
        <Space size={4}>
          <span>{p.taskCount}</span>
          {p.overdueCount > 0 && <Tag color="red">{t('plansUi.overdueCount', { count: p.overdueCount })}</Tag>}
        </Space>
      ),
    },
    {
      title: t('plansUi.fields.cascadeDue'),
      key: 'cascadeDue',
      width: 150,
      responsive: ['lg' as const],
      render: (_: unknown, p: PlanListItem) => formatDate(p.cascadeDue) || '—',
    },
  ];

  const empty = filtersOn ? (
    <EmptyState description={t('plansUi.noMatch')} />
  ) : (
    <EmptyState description={canCreate ? t('plansUi.emptyCanCreate') : t('plansUi.empty')} action={createButton} />
  );

  return (
    <>
      <PageHeader title={t('plansUi.title')} subTitle={t('plansUi.subtitle')} extra={createButton} />
      <Card size="small">
        <FilterBar
          extra={
            filtersOn && (
              <Button icon={<ClearOutlined />} onClick={() => url.update({ q: undefined, status: undefined, year: undefined })}>
                {t('plansUi.clearFilters')}
              </Button>
            )
          }
        >
          <SearchInput value={url.get('q')} onChange={(q) => url.update({ q })} placeholder={t('plansUi.searchPlaceholder')} ariaLabel={t('plansUi.search')} width={300} />
          <InputNumber
            aria-label={t('plansUi.fields.year')}
            placeholder={t('plansUi.fields.year')}
            min={1945}
            max={2100}
            style={{ width: 110 }}
            value={url.get('year') ? Number(url.get('year')) : null}
            onChange={(y) => url.update({ year: y ?? undefined })}
          />
          <Select
            allowClear
            aria-label={t('plansUi.fields.status')}
            placeholder={t('plansUi.fields.status')}
            style={{ width: 170 }}
            value={url.get('status')}
            options={(['draft', 'issued', 'superseded'] as const).map((s) => ({ value: s, label: t(`plansUi.status.${s}`) }))}
            onChange={(status) => url.update({ status })}
          />
        </FilterBar>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<PlanListItem>
            rowKey="id"
            size="middle"
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
              showTotal: (total) => t('plansUi.total', { count: total }),
              onChange: (page, pageSize) => url.update({ page, pageSize: pageSize === 20 ? undefined : pageSize }),
            }}
          />
        )}
      </Card>
      <CreatePlanModal open={createOpen} onClose={() => setCreateOpen(false)} />
    </>
  );
}
