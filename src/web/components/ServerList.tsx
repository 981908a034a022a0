/**
 * One server-paged list: filters and paging in the URL (useUrlState), the page fetched with the
 * previous page kept on screen while the next loads, a filter bar with a diacritics-blind search
 * box and "clear filters", and a table with the pager, the total and the empty / error states.
 * Every list page is a few declarations on top of it:
 *
 *   const list = useServerList<Household>('/households', { q: url.get('q'), unitId }, url);
 *   <ListFilters url={url} search={t('households.searchPlaceholder')}>…other filters…</ListFilters>
 *   <ServerTable list={list} url={url} columns={columns} empty={…} total={(n, f) => t('households.total', …)} />
 */
import type { ReactNode } from 'react';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Button, Table } from 'antd';
import type { TableColumnsType as ColumnsType, TablePaginationConfig, TableProps } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { formatNumber } from '../app/format';
import type { useUrlState } from '../app/useUrlState';
import type { Page } from '../../shared/contract/common';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { FilterBar } from './FilterBar';
import { SearchInput } from './SearchInput';

export type UrlState = ReturnType<typeof useUrlState>;
type Params = Record<string, string | number | boolean | null | undefined>;

export interface ServerListQuery<T> {
  /** what was sent: the filters plus page and pageSize (the Excel export sends the same) */
  params: Params;
  query: UseQueryResult<Page<T>>;
}

/** The page of `path` for these filters, at the URL's page and page size. */
export function useServerList<T>(path: string, filters: Params, url: UrlState, opts: { enabled?: boolean; key?: readonly unknown[] } = {}): ServerListQuery<T> {
  const params = { ...filters, page: url.page, pageSize: url.pageSize };
  const query = useQuery({
    queryKey: [...(opts.key ?? [path]), 'list', params],
    queryFn: () => api.get<Page<T>>(path, params),
    placeholderData: keepPreviousData,
    enabled: opts.enabled ?? true,
  });
  return { params, query };
}

/**
 * The URL state with only `keys` counting as filters: "clear filters" empties those and keeps the
 * rest (a view switch, the page size), and "nothing matches" shows only when one of them is set.
 */
export function scopeFilters(url: UrlState, keys: readonly string[]): UrlState {
  return { ...url, hasFilters: keys.some((k) => !!url.get(k)), reset: () => url.update(Object.fromEntries(keys.map((k) => [k, undefined]))) };
}

export interface ListFiltersProps {
  url: UrlState;
  /** the search box's placeholder; no search box when omitted */
  search?: string;
  searchWidth?: number;
  /** the search box's accessible name (default: its placeholder) */
  searchLabel?: string;
  /** whether a filter is set (default: anything but paging in the URL); shows "clear filters" */
  filtered?: boolean;
  /** what "clear filters" does (default: empties the URL); for pages whose URL also holds other state, such as a tab */
  onClear?: () => void;
  /** the text of "clear filters" (default common.clearFilters) */
  clearText?: ReactNode;
  /** shown before the search box (a view switch) */
  before?: ReactNode;
  children?: ReactNode;
  extra?: ReactNode;
}

/** The filter bar of a list: a search box bound to `q` (when `search` gives its placeholder), the other filters, "clear filters". */
export function ListFilters({ url, search, searchWidth = 300, searchLabel, filtered = url.hasFilters, onClear = url.reset, clearText, before, children, extra }: ListFiltersProps) {
  const { t } = useTranslation();
  return (
    <FilterBar
      extra={
        (extra || filtered) && (
          <>
            {extra}
            {filtered && (
              <Button icon={<ClearOutlined />} onClick={onClear}>
                {clearText ?? t('common.clearFilters')}
              </Button>
            )}
          </>
        )
      }
    >
      {before}
      {search !== undefined && <SearchInput value={url.get('q')} onChange={(q) => url.update({ q })} placeholder={search} ariaLabel={searchLabel} width={searchWidth} />}
      {children}
    </FilterBar>
  );
}

export interface ServerTableProps<T> extends Omit<TableProps<T>, 'columns' | 'dataSource' | 'pagination' | 'loading'> {
  list: ServerListQuery<T>;
  url: UrlState;
  columns: ColumnsType<T>;
  /** shown when nothing exists yet (no filter set): say what to do next */
  empty: ReactNode;
  /** the pager's total line, e.g. (n, formatted) => t('people.total', { count: n, formatted }); `page` is the response (e.g. its totalCapped) */
  total: (count: number, formatted: string, page: Page<T> | undefined) => ReactNode;
  /** whether a filter is set, so that an empty page says "nothing matches" (default: as ListFilters) */
  filtered?: boolean;
  /** shown when the filters match nothing (default common.noMatch) */
  noMatch?: ReactNode;
  /** the page sizes offered (default 10, 20, 50, 100) */
  pageSizeOptions?: number[];
  /** the page size the URL leaves out (the one given to useUrlState; default 20) */
  defaultPageSize?: number;
  /** false: the whole list on one page, no pager */
  paged?: boolean;
  /** more pager settings, over the defaults (e.g. `{ showSizeChanger: false }` for a short list in a tab) */
  pager?: Omit<TablePaginationConfig, 'current' | 'pageSize' | 'total' | 'showTotal' | 'onChange'>;
}

/** The table of a server-paged list, with its pager, total, empty and error states. */
export function ServerTable<T extends object>({
  list, url, columns, empty, total, filtered = url.hasFilters, noMatch, pageSizeOptions = [10, 20, 50, 100], defaultPageSize = 20, paged = true, pager, rowKey = 'id', ...rest
}: ServerTableProps<T>) {
  const { t } = useTranslation();
  const { query } = list;
  if (query.isError && !query.data) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return (
    <Table<T>
      rowKey={rowKey}
      size="middle"
      scroll={{ x: 'max-content' }}
      {...rest}
      columns={columns}
      dataSource={query.data?.items}
      loading={query.isFetching}
      locale={{ emptyText: query.isPending ? ' ' : filtered ? <EmptyState description={noMatch ?? t('common.noMatch')} /> : empty }}
      pagination={{
        current: url.page,
        pageSize: url.pageSize,
        total: query.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions,
        ...pager,
        showTotal: (n) => total(n, formatNumber(n), query.data),
        onChange: (page, pageSize) => url.update({ page, pageSize: pageSize === defaultPageSize ? undefined : pageSize }),
      }}
      {...(paged ? {} : { pagination: false as const })}
    />
  );
}
