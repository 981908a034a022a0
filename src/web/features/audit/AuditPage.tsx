import { Card, DatePicker, Input, Select, Tag, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, formatDateTime, fromApiDate, toApiDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import type { AuditEntry } from '../../../shared/contract/audit';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { ListFilters, ServerTable, useServerList } from '../../components/ServerList';
import { UserSelect } from '../../components/UserSelect';
import { AuditDiff } from './AuditDiff';

/** Entity types the audit log knows; unknown ones still show, with their code. */
const ENTITY_TYPES = ['unit', 'person', 'household', 'user', 'unit_kind', 'import', 'rule_settings', 'calendar_day'] as const;
const ENTITY_LINK: Record<string, string> = { unit: '/units', person: '/people', household: '/households' };
const ACTION_COLOR: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  merge: 'purple',
  abolish: 'volcano',
  transfer: 'cyan',
  import: 'geekblue',
  login: 'default',
  logout: 'default',
  login_failed: 'orange',
};

export default function AuditPage() {
  const { t } = useTranslation();
  const url = useUrlState();
  useDocumentTitle(t('audit.title'));

  const filters = {
    entityType: url.get('entityType'),
    entityId: url.get('entityId'),
    actorId: url.get('actorId'),
    from: url.get('from'),
    to: url.get('to'),
  };
  const list = useServerList<AuditEntry>('/audit', filters, url, { key: ['audit'] });

  const entityLabel = (type: string) => t(`audit.entityTypes.${type}`, { defaultValue: type });
  const actionLabel = (action: string) => t(`audit.actions.${action}`, { defaultValue: action });

  const columns: TableProps<AuditEntry>['columns'] = [
    { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v) },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      render: (v: string | null, r) => v ?? (r.actorId ? `#${r.actorId}` : <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 160,
      render: (v: string) => <Tag color={ACTION_COLOR[v] ?? 'default'}>{actionLabel(v)}</Tag>,
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      render: (_, r) => {
        const base = ENTITY_LINK[r.entityType];
        const text = `${entityLabel(r.entityType)}${r.entityId ? ` #${r.entityId}` : ''}`;
        return base && r.entityId ? <Link to={`${base}/${r.entityId}`}>{text}</Link> : text;
      },
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130, responsive: ['lg'] },
  ];

  const range = [fromApiDate(url.get('from')), fromApiDate(url.get('to'))] as const;

  return (
    <>
      <PageHeader title={t('audit.title')} subTitle={t('audit.subtitle')} />
      <Card size="small">
        <ListFilters url={url}>
          <Select
            allowClear
            aria-label={t('audit.entityType')}
            placeholder={t('audit.entityType')}
            style={{ width: 180 }}
            value={url.get('entityType')}
            options={ENTITY_TYPES.map((e) => ({ value: e, label: entityLabel(e) }))}
            onChange={(entityType) => url.update({ entityType })}
          />
          <Input
            allowClear
            aria-label={t('audit.entityId')}
            placeholder={t('audit.entityId')}
            style={{ width: 150 }}
            defaultValue={url.get('entityId')}
            key={url.get('entityId') ?? ''}
            onPressEnter={(e) => url.update({ entityId: (e.target as HTMLInputElement).value.trim() })}
            onBlur={(e) => url.update({ entityId: e.target.value.trim() })}
          />
          <UserSelect
            value={url.get('actorId') ? Number(url.get('actorId')) : undefined}
            onChange={(v) => url.update({ actorId: v })}
            placeholder={t('audit.actor')}
            style={{ width: 220 }}
          />
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            aria-label={t('audit.dateRange')}
            value={range[0] && range[1] ? [range[0], range[1]] : null}
            onChange={(v) => url.update({ from: toApiDate(v?.[0]), to: toApiDate(v?.[1]) })}
            placeholder={[t('audit.from'), t('audit.to')]}
          />
        </ListFilters>
        <ServerTable<AuditEntry>
          list={list}
          url={url}
          columns={columns}
          pageSizeOptions={[20, 50, 100, 200]}
          empty={<EmptyState description={t('audit.empty')} />}
          total={(count, formatted) => t('audit.total', { count, formatted })}
          expandable={{
            rowExpandable: (r) => r.before != null || r.after != null,
            expandedRowRender: (r) => (
              <>
                <AuditDiff before={r.before} after={r.after} />
                {r.requestId && (
                  <div style={{ marginTop: 8 }}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('audit.requestId')}: <code>{r.requestId}</code>
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          }}
        />
      </Card>
    </>
  );
}
