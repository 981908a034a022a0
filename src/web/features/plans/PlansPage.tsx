import { useState } from 'react';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { ListFilters, ServerTable, scopeFilters, useServerList } from '../../components/ServerList';
import { SelectFilter, YearFilter } from '../../components/UrlFilters';
import { CreatePlanModal, useMyPlanUnits } from './CreatePlanModal';
import { PlanStatusTag } from './parts';
import type { PlanListItem } from './types';

export default function PlansPage() {
  const { t } = useTranslation();
  const url = scopeFilters(useUrlState(), ['q', 'status', 'year']);
  const [createOpen, setCreateOpen] = useState(false);
  const canCreate = useMyPlanUnits().length > 0;
  useDocumentTitle(t('plansUi.title'));
  const list = useServerList<PlanListItem>('/plans', { q: url.get('q'), status: url.get('status'), year: url.get('year') }, url, { key: ['plans'] });

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

  return (
    <>
      <PageHeader title={t('plansUi.title')} subTitle={t('plansUi.subtitle')} extra={createButton} />
      <Card size="small">
        <ListFilters url={url} search={t('plansUi.searchPlaceholder')} searchLabel={t('plansUi.search')} clearText={t('plansUi.clearFilters')}>
          <YearFilter url={url} label={t('plansUi.fields.year')} />
          <SelectFilter
            url={url}
            name="status"
            label={t('plansUi.fields.status')}
            width={170}
            options={(['draft', 'issued', 'superseded'] as const).map((s) => ({ value: s, label: t(`plansUi.status.${s}`) }))}
          />
        </ListFilters>
        <ServerTable<PlanListItem>
          list={list}
          url={url}
          columns={columns}
          noMatch={t('plansUi.noMatch')}
          empty={<EmptyState description={canCreate ? t('plansUi.emptyCanCreate') : t('plansUi.empty')} action={createButton} />}
          total={(count) => t('plansUi.total', { count })}
        />
      </Card>
      <CreatePlanModal open={createOpen} onClose={() => setCreateOpen(false)} />
    </>
  );
}
