import { useState } from 'react';
import { Card, Checkbox, Col, Grid, Row, Select, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../app/auth';
import { useCodes } from '../../app/codes';
import { formatNumber } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import type { Unit } from '../../../shared/contract/units';
import { EmptyState } from '../../components/EmptyState';
import { CreateButton, ListHeaderActions } from '../../components/ListParts';
import { PageHeader } from '../../components/PageHeader';
import { ListFilters, ServerTable, useServerList } from '../../components/ServerList';
import { ActiveTag } from '../../components/StatusTag';
import { unitKeys, useUnit } from './queries';
import { UnitFormModal } from './UnitFormModal';
import { UnitTree } from './UnitTree';

export default function UnitsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const perms = usePermissions();
  const { label, options, kindOptions } = useCodes();
  const url = useUrlState();
  const screens = Grid.useBreakpoint();
  const [createOpen, setCreateOpen] = useState(false);
  const [selected, setSelected] = useState<Unit | null>(null);
  useDocumentTitle(t('units.title'));

  const includeInactive = url.get('includeInactive') === 'true';
  const parentId = url.get('parentId') ? Number(url.get('parentId')) : undefined;
  const filters = {
    q: url.get('q'),
    level: url.get('level'),
    kind: url.get('kind'),
    parentId,
    includeInactive: includeInactive ? 'true' : undefined,
  };
  const list = useServerList<Unit>('/units', filters, url, { key: unitKeys.all });
  const parentUnit = useUnit(parentId);
  const parent = parentUnit.data ?? (selected?.id === parentId ? selected : undefined);

  const columns: TableProps<Unit>['columns'] = [
    {
      title: t('units.fields.name'),
      dataIndex: 'name',
      render: (_, u) => (
        <div>
          <Link to={`/units/${u.id}`}>{u.name}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {u.code} · {u.kindName}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: t('units.fields.level'), dataIndex: 'level', width: 170, responsive: ['sm'], render: (v: string) => label('level', v) },
    {
      title: t('units.fields.childCount'),
      dataIndex: 'childCount',
      width: 100,
      align: 'right',
      responsive: ['md'],
      render: (v: number) => formatNumber(v),
    },
    {
      title: t('units.fields.status'),
      dataIndex: 'active',
      width: 150,
      responsive: ['md'],
      render: (v: boolean) => <ActiveTag active={v} />,
    },
  ];

  const create = perms.canManageUnits && <CreateButton label={t('units.create')} onClick={() => setCreateOpen(true)} />;

  return (
    <>
      <PageHeader
        title={t('units.title')}
        subTitle={t('units.subtitle')}
        extra={<ListHeaderActions create={create} importKind={perms.canManageUnits ? 'units' : undefined} exportKind="units" params={list.params} fileName="don-vi.xlsx" />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8} xxl={6}>
          <Card
            title={t('units.tree.title')}
            size="small"
            styles={{
              body: screens.lg
                ? { maxHeight: 'calc(100vh - 260px)', minHeight: 200, overflow: 'auto' }
                : { maxHeight: 280, overflow: 'auto' },
            }}
          >
            <UnitTree
              includeInactive={includeInactive}
              selectedId={parentId}
              onSelect={(u) => {
                setSelected(u);
                url.update({ parentId: u?.id });
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16} xxl={18}>
          <Card size="small">
            <ListFilters url={url} search={t('units.searchPlaceholder')} searchWidth={260}>
              <Select
                allowClear
                aria-label={t('units.fields.level')}
                placeholder={t('units.fields.level')}
                style={{ width: 170 }}
                value={url.get('level')}
                options={options('level')}
                onChange={(level) => url.update({ level })}
              />
              <Select
                allowClear
                aria-label={t('units.fields.kind')}
                placeholder={t('units.fields.kind')}
                style={{ width: 210 }}
                value={url.get('kind')}
                options={kindOptions}
                showSearch={{ optionFilterProp: 'label' }}
                onChange={(kind) => url.update({ kind })}
              />
              <Checkbox checked={includeInactive} onChange={(e) => url.update({ includeInactive: e.target.checked })}>
                {t('units.includeInactive')}
              </Checkbox>
              {parentId && (
                <Tooltip title={t('units.parentFilterHint')}>
                  <Tag closable onClose={() => url.update({ parentId: undefined })} color="blue">
                    {t('units.parentFilter', { name: parent?.name ?? `#${parentId}` })}
                  </Tag>
                </Tooltip>
              )}
            </ListFilters>
            <ServerTable<Unit>
              list={list}
              url={url}
              columns={columns}
              scroll={screens.md ? undefined : { x: 'max-content' }}
              empty={<EmptyState description={perms.canManageUnits ? t('units.emptyCanCreate') : t('units.empty')} action={create} />}
              total={(count, formatted) => t('units.total', { count, formatted })}
            />
          </Card>
        </Col>
      </Row>
      <UnitFormModal
        open={createOpen}
        onClose={() => setCreateOpen(false)}
        parent={parent ?? undefined}
        onSaved={(u) => navigate(`/units/${u.id}`)}
      />
    </>
  );
}
