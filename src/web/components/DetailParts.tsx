/**
 * Pieces the detail pages (a unit, a person, a household) share: the loading / error state of the
 * record, the card of its facts, its edit button, tabs kept in the URL (?tab=) and the small
 * in-memory tables inside the tabs.
 */
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Card, Descriptions, Table, Tabs, type DescriptionsProps, type TableProps, type TabsProps } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { PageSpinner } from './PageSpinner';

/** What a detail page shows while its record loads or when it failed; null once it is there. */
export function detailFallback(q: UseQueryResult<unknown>): ReactNode {
  if (q.isPending) return <PageSpinner />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  return null;
}

/** The card of a record's facts (label: value, one to three columns by width). */
export function DetailFacts({ items }: { items: DescriptionsProps['items'] }) {
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 3 }} items={items} />
    </Card>
  );
}

/** The "edit" button of a detail page's header. */
export function EditButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button icon={<EditOutlined />} onClick={onClick}>
      {t('common.edit')}
    </Button>
  );
}

/** A detail page's tabs in a card, the open tab in the URL (?tab=, `defaultKey` when absent). */
export function DetailTabs({ defaultKey, items }: { defaultKey: string; items: TabsProps['items'] }) {
  const [sp, setSp] = useSearchParams();
  return (
    <Card size="small">
      <Tabs activeKey={sp.get('tab') ?? defaultKey} onChange={(k) => setSp({ tab: k }, { replace: true })} items={items} />
    </Card>
  );
}

/** A short table of rows already loaded (no pager), with what to say when there are none. */
export function LocalTable<T extends object>({ empty, rowKey = 'id', ...rest }: Omit<TableProps<T>, 'size' | 'pagination' | 'locale'> & { empty: ReactNode }) {
  return (
    <Table<T> rowKey={rowKey} size="small" pagination={false} locale={{ emptyText: <EmptyState description={empty} /> }} {...rest} />
  );
}
