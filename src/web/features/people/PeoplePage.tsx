import { useState } from 'react';
import { Card, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../app/auth';
import { useCodes } from '../../app/codes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import type { Person } from '../../../shared/contract/people';
import { EmptyState } from '../../components/EmptyState';
import { CreateButton, ListHeaderActions } from '../../components/ListParts';
import { PageHeader } from '../../components/PageHeader';
import { ListFilters, ServerTable, useServerList } from '../../components/ServerList';
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
  const filters = { q: url.get('q'), unitId, employmentCategory: url.get('employmentCategory'), gender: url.get('gender') };
  const list = useServerList<Person>('/people', filters, url, { key: ['people'] });
  const create = perms.canEditPeople && <CreateButton label={t('people.create')} onClick={() => setCreateOpen(true)} />;

  return (
    <>
      <PageHeader
        title={t('people.title')}
        subTitle={t('people.subtitle')}
        extra={<ListHeaderActions create={create} importKind={perms.canImport ? 'people' : undefined} exportKind="people" params={list.params} fileName="ca-nhan.xlsx" />}
      />
      <Card size="small">
        <ListFilters url={url} search={t('people.searchPlaceholder')} searchLabel={t('people.search')} searchWidth={320}>
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
        </ListFilters>
        <ServerTable<Person>
          list={list}
          url={url}
          columns={columns}
          pageSizeOptions={[10, 20, 50, 100, 200]}
          empty={<EmptyState description={perms.canEditPeople ? t('people.emptyCanCreate') : t('people.empty')} action={create} />}
          total={(count, formatted, page) => (
            <span data-testid="people-total">{t(page?.totalCapped ? 'people.totalCapped' : 'people.total', { count, formatted })}</span>
          )}
        />
      </Card>
      <PersonFormModal open={createOpen} onClose={() => setCreateOpen(false)} onSaved={(p) => navigate(`/people/${p.id}`)} />
    </>
  );
}
