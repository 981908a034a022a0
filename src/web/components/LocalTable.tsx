import type { ReactNode } from 'react';
import { Table, type TableProps } from 'antd';

export interface LocalTableProps<T> extends Omit<TableProps<T>, 'pagination' | 'locale'> {
  /** shown when there are no rows */
  empty?: ReactNode;
  /** pages of this many rows when there are more (default: every row on one page) */
  pageAbove?: number;
}

/** A small table of rows already loaded (part of a detail page): no server paging, its own empty text. */
export function LocalTable<T extends object>({ empty, pageAbove, rowKey = 'id', size = 'small', ...rest }: LocalTableProps<T>) {
  const count = rest.dataSource?.length ?? 0;
  return (
    <Table<T>
      rowKey={rowKey}
      size={size}
      pagination={pageAbove !== undefined && count > pageAbove ? { pageSize: pageAbove } : false}
      {...(empty !== undefined ? { locale: { emptyText: empty } } : {})}
      {...rest}
    />
  );
}
