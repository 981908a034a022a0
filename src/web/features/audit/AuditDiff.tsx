import { useState } from 'react';
import { Col, Row, Switch, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function show(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  return JSON.stringify(v, null, 1);
}

interface Row {
  key: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** Field-by-field before/after of one audit entry; unchanged fields hidden by default. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const [onlyChanged, setOnlyChanged] = useState(true);

  if (!isObj(before) && !isObj(after)) {
    if (before == null && after == null) return <Typography.Text type="secondary">{t('audit.noData')}</Typography.Text>;
    return (
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.before')}</Typography.Text>
          <pre className="json-block">{JSON.stringify(before, null, 2)}</pre>
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.after')}</Typography.Text>
          <pre className="json-block">{JSON.stringify(after, null, 2)}</pre>
        </Col>
      </Row>
    );
  }

  const b = isObj(before) ? before : {};
  const a = isObj(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows: Row[] = keys.map((key) => ({
    key,
    before: b[key],
    after: a[key],
    changed: JSON.stringify(b[key]) !== JSON.stringify(a[key]),
  }));
  const shown = onlyChanged ? rows.filter((r) => r.changed) : rows;

  const columns: TableProps<Row>['columns'] = [
    { title: t('audit.field'), dataIndex: 'key', width: 200, render: (v: string) => <code>{v}</code> },
    {
      title: t('audit.before'),
      dataIndex: 'before',
      render: (v: unknown, r) =>
        r.before === undefined ? <Typography.Text type="secondary">—</Typography.Text> : (
          <Typography.Text delete={r.changed && r.after !== undefined} type={r.changed ? 'danger' : undefined} style={{ whiteSpace: 'pre-wrap' }}>
            {show(v)}
          </Typography.Text>
        ),
    },
    {
      title: t('audit.after'),
      dataIndex: 'after',
      render: (v: unknown, r) =>
        r.after === undefined ? <Typography.Text type="secondary">—</Typography.Text> : (
          <Typography.Text type={r.changed ? 'success' : undefined} strong={r.changed} style={{ whiteSpace: 'pre-wrap' }}>
            {show(v)}
          </Typography.Text>
        ),
    },
  ];

  return (
    <div data-testid="audit-diff">
      <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center', marginBottom: 8 }}>
        <Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} />
        {t('audit.onlyChanged', { count: rows.filter((r) => r.changed).length, total: rows.length })}
      </label>
      <Table<Row>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={shown}
        pagination={false}
        rowClassName={(r) => (r.changed ? 'diff-changed' : '')}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('audit.noChanges') }}
      />
    </div>
  );
}
