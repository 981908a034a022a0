import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table } from 'antd';
import { ClearOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { usePermissions } from '../../app/auth';
import { formatNumber } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import type { Page } from '../../../shared/contract/common';
import type { Household } from '../../../shared/contract/households';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { FilterBar } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { UnitSelect } from '../../components/UnitSelect';
import { useHouseholdColumns } from './columns';
import { HouseholdFormModal } from './HouseholdFormModal';

export default function HouseholdsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const perms = usePermissions();
  const url = useUrlState();
  const [createOpen, setCreateOpen] = useState(false);
  const columns = useHouseholdColumns();
  useDocumentTitle(t('households.title'));

  const unitId = url.get('unitId') ? Number(url.get('unitId')) : undefined;
  const params = { q: url.get('q'), unitId, page: url.page, pageSize: url.pageSize };
  const list = useQuery({
    queryKey: ['households', 'list', params],
    queryFn: () => api.get<Page<Household>>('/households', params),
    placeholderData: (prev) => prev,
  });

  const empty = url.hasFilters ? (
    <EmptyState description={t('common.noMatch')} />
  ) : (
    <EmptyState
      description={perms.canEditPeople ? t('households.emptyCanCreate') : t('households.empty')}
      action={
        perms.canEditPeople && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
            {t('households.create')}
          </Button>
        )
      }
    />
  );

  return (
    <>
      <PageHeader
        title={t('households.title')}
        subTitle={t('households.subtitle')}
        extra={
          <>
            {perms.canEditPeople && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
                {t('households.create')}
              </Button>
            )}
            {perms.canImport && (
              <Button icon={<ImportOutlined />} onClick={() => navigate('/import?kind=households')}>
                {t('common.importExcel')}
              </Button>
            )}
            <ExportButton kind="households" params={params} fileName="ho-gia-dinh.xlsx" />
          </>
        }
      />
      <Card size="small">
        <FilterBar
          extra={
            url.hasFilters && (
              <Button icon={<ClearOutlined />} onClick={url.reset}>
                {t('common.clearFilters')}
              </Button>
            )
          }
        >
          <SearchInput
            value={url.get('q')}
            onChange={(q) => url.update({ q })}
            placeholder={t('households.searchPlaceholder')}
            width={300}
          />
          <UnitSelect
            aria-label={t('households.filterUnit')}
            placeholder={t('households.filterUnit')}
            value={unitId}
            onChange={(v) => url.update({ unitId: v })}
            style={{ width: 260 }}
          />
        </FilterBar>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<Household>
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
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => t('households.total', { count: total, formatted: formatNumber(total) }),
              onChange: (page, pageSize) => url.update({ page, pageSize: pageSize === 20 ? undefined : pageSize }),
            }}
          />
        )}
      </Card>
      <HouseholdFormModal open={createOpen} onClose={() => setCreateOpen(false)} onSaved={(h) => navigate(`/households/${h.id}`)} />
    </>
  );
}
