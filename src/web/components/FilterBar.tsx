import { Flex } from 'antd';
import type { ReactNode } from 'react';

/** A wrapping row of filters above a table. */
export function FilterBar({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <Flex className="filter-bar" wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 16 }}>
      <Flex wrap gap={8} align="center" style={{ flex: '1 1 auto' }}>
        {children}
      </Flex>
      {extra && (
        <Flex wrap gap={8}>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
