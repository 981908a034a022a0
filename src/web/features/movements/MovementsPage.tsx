import { useState } from 'react';
import { Button, Card, Typography } from 'antd';
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
import { MovementFormDrawer } from './MovementFormDrawer';
import { MovementStatusTag, useMyUnits } from './parts';
import { MOVEMENT_KINDS, MOVEMENT_STATUSES, type Movement } from './types';

/** Phong trào thi đua: the movements launched by the user's units and those above them. */
export default function MovementsPage() {
  const { t } = useTranslation();
  const url = scopeFilters(useUrlState(), ['q', 'year', 'kind', 'status']);
  const [createOpen, setCreateOpen] = useState(false);
  const canCreate = useMyUnits('movement', 'create').length > 0;
  useDocumentTitle(t('movementsUi.title'));
  const list = useServerList<Movement>('/movements', { q: url.get('q'), year: url.get('year'), kind: url.get('kind'), status: url.get('status') }, url, { key: ['movements'] });
  const createButton = canCreate && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
      {t('movementsUi.create')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('movementsUi.title')} subTitle={t('movementsUi.subtitle')} extra={createButton} />
      <Card size="small">
        <ListFilters url={url} search={t('movementsUi.searchPlaceholder')} searchLabel={t('movementsUi.search')}>
          <YearFilter url={url} label={t('movementsUi.fields.year')} />
          <SelectFilter url={url} name="kind" label={t('movementsUi.fields.kind')} width={190} options={MOVEMENT_KINDS.map((k) => ({ value: k, label: t(`movementsUi.kind.${k}`) }))} />
          <SelectFilter url={url} name="status" label={t('movementsUi.fields.status')} width={170} options={MOVEMENT_STATUSES.map((s) => ({ value: s, label: t(`movementsUi.status.${s}`) }))} />
        </ListFilters>
        <ServerTable<Movement>
          list={list}
          url={url}
          data-testid="movements"
          empty={<EmptyState description={canCreate ? t('movementsUi.emptyCanCreate') : t('movementsUi.empty')} action={createButton} />}
          total={(count) => t('movementsUi.total', { count })}
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
        />
      </Card>
      <MovementFormDrawer open={createOpen} onClose={() => setCreateOpen(false)} />
    </>
  );
}
