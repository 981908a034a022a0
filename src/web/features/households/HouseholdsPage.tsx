import { useState } from 'react';
import { Card } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../app/auth';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import type { Household } from '../../../shared/contract/households';
import { EmptyState } from '../../components/EmptyState';
import { CreateButton, ListHeaderActions } from '../../components/ListParts';
import { PageHeader } from '../../components/PageHeader';
import { ListFilters, ServerTable, useServerList } from '../../components/ServerList';
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
  const list = useServerList<Household>('/households', { q: url.get('q'), unitId }, url, { key: ['households'] });
  const create = perms.canEditPeople && <CreateButton label={t('households.create')} onClick={() => setCreateOpen(true)} />;

  return (
    <>
      <PageHeader
        title={t('households.title')}
        subTitle={t('households.subtitle')}
        extra={<ListHeaderActions create={create} importKind={perms.canImport ? 'households' : undefined} exportKind="households" params={list.params} fileName="ho-gia-dinh.xlsx" />}
      />
      <Card size="small">
        <ListFilters url={url} search={t('households.searchPlaceholder')}>
          <UnitSelect
            aria-label={t('households.filterUnit')}
            placeholder={t('households.filterUnit')}
            value={unitId}
            onChange={(v) => url.update({ unitId: v })}
            style={{ width: 260 }}
          />
        </ListFilters>
        <ServerTable<Household>
          list={list}
          url={url}
          columns={columns}
          empty={<EmptyState description={perms.canEditPeople ? t('households.emptyCanCreate') : t('households.empty')} action={create} />}
          total={(count, formatted) => t('households.total', { count, formatted })}
        />
      </Card>
      <HouseholdFormModal open={createOpen} onClose={() => setCreateOpen(false)} onSaved={(h) => navigate(`/households/${h.id}`)} />
    </>
  );
}
