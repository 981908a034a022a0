import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Select, Table } from 'antd';
import { ClearOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { usePermissions } from '../../app/auth';
import { useCodes } from '../../app/codes';
import { formatNumber } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import type { Page } from '../../../shared/contract/common';
import type { Person } from '../../../shared/contract/people';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ExportButton } from '../../components/ExportButton';
import { FilterBar } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { SearchInput } from '../../components/SearchInput';
import { UnitSelect } from '../../components/UnitSelect';
import { usePeopleColumns } from './columns';
import { PersonFormModal } from './PersonFormModal';

export default function PeoplePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const perms = usePermissions();
  const { options } = useCodes();
  const url = useUrlState();
  const [createOpen, setCreateOpen] = useState(false);
  const columns = usePeopleColumns();
  useDocumentTitle(t('people.title'));

  const unitId = url.get('unitId') ? Number(url.get('unitId')) : undefined;
  const params = {
    q: url.get('q'),
    unitId,
    employmentCategory: url.get('employmentCategory'),
    gender: url.get('gender'),
    page: url.page,
    pageSize: url.pageSize,
  };
  const list = useQuery({
    queryKey: ['people', 'list', params],
    queryFn: () => api.get<Page<Person>>('/people', params),
    placeholderData: (prev) => prev,
  });

  const empty = url.hasFilters ? (
    <EmptyState description={t('common.noMatch')} />
  ) : (
    <EmptyState
      description={perms.canEditPeople ? t('people.emptyCanCreate') : t('people.empty')}
      action={
        perms.canEditPeople && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
            {t('people.create')}
          </Button>
        )
      }
    />
  );

  return (
    <>
      <PageHeader
        title={t('people.title')}
        subTitle={t('people.subtitle')}
        extra={
          <>
            {perms.canEditPeople && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
                {t('people.create')}
              </Button>
            )}
            {perms.canImport && (
              <Button icon={<ImportOutlined />} onClick={() => navigate('/import?kind=people')}>
                {t('common.importExcel')}
              </Button>
            )}
            <ExportButton kind="people" params={params} fileName="ca-nhan.xlsx" />
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
            placeholder={t('people.searchPlaceholder')}
            ariaLabel={t('people.search')}
            width={320}
          />
          <UnitSelect
            aria-label={t('people.fields.unit')}
            placeholder={t('people.filterUnit')}
            value={unitId}
            onChange={(v) => url.update({ unitId: v })}
            style={{ width: 260 }}
          />
          <Select
            allowClear
            aria-label={t('people.fields.employmentCategory')}
            placeholder={t('people.fields.employmentCategory')}
            style={{ width: 200 }}
            value={url.get('employmentCategory')}
            options={options('employmentCategory')}
            onChange={(employmentCategory) => url.update({ employmentCategory })}
          />
          <Select
            allowClear
            aria-label={t('people.fields.gender')}
            placeholder={t('people.fields.gender')}
            style={{ width: 130 }}
            value={url.get('gender')}
            options={options('gender')}
            onChange={(gender) => url.update({ gender })}
          />
        </FilterBar>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<Person>
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
              pageSizeOptions: [10, 20, 50, 100, 200],
              showTotal: (total) => (
                <span data-testid="people-total">
                  {t(list.data?.totalCapped ? 'people.totalCapped' : 'people.total', { count: total, formatted: formatNumber(total) })}
                </span>
              ),
              onChange: (page, pageSize) => url.update({ page, pageSize: pageSize === 20 ? undefined : pageSize }),
            }}
          />
        )}
      </Card>
      <PersonFormModal open={createOpen} onClose={() => setCreateOpen(false)} onSaved={(p) => navigate(`/people/${p.id}`)} />
    </>
  );
}
