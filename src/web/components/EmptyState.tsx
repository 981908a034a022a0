import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** "Chưa có dữ liệu. Nhấn … để …" — an empty list always says what to do next. */
export function EmptyState({ description, action }: { description: ReactNode; action?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
      {action}
    </Empty>
  );
}
