import { Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { CascadeStatus, PlanStatus, Task, TaskStatus } from './types';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
/** Section numbers of a plan: I, II, III … */
export const roman = (n: number) => ROMAN[n - 1] ?? String(n);
/** "1.2." for the clause at path [0, 1] */
export const clauseNumber = (path: readonly number[]) => path.map((i) => i + 1).join('.') + '.';

const PLAN_COLORS: Record<PlanStatus, string> = { draft: 'default', issued: 'green', superseded: 'orange' };
export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PLAN_COLORS[status]} data-testid="plan-status">
      {t(`plansUi.status.${status}`)}
    </Tag>
  );
}

const TASK_COLORS: Record<TaskStatus, string> = { chua_thuc_hien: 'default', dang_thuc_hien: 'processing', hoan_thanh: 'green', tam_dung: 'gold' };
export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={TASK_COLORS[status]} data-testid="task-status">
      {t(`plansUi.taskStatus.${status}`)}
    </Tag>
  );
}

export const CASCADE_COLORS: Record<CascadeStatus, string> = { issued: 'green', issued_late: 'gold', draft: 'blue', late: 'red', pending: 'default' };
export function CascadeStatusTag({ status }: { status: CascadeStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={CASCADE_COLORS[status]} data-testid="cascade-status">
      {t(`plansUi.cascadeStatus.${status}`)}
    </Tag>
  );
}

export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" data-testid="overdue-tag">
      {t('plansUi.overdue')}
    </Tag>
  );
}

export function useQuarterName() {
  const { t } = useTranslation();
  return (q: number | null | undefined) => (q ? t(`plansUi.quarter.q${q}`) : '');
}

/** Due date of a task with its quarter, red and tagged when overdue. */
export function TaskDue({ task }: { task: Pick<Task, 'dueOn' | 'quarter' | 'overdue'> }) {
  const quarterName = useQuarterName();
  return (
    <Space size={4} wrap>
      <Typography.Text type={task.overdue ? 'danger' : undefined}>{formatDate(task.dueOn)}</Typography.Text>
      {task.quarter && <Typography.Text type="secondary">({quarterName(task.quarter)})</Typography.Text>}
      {task.overdue && <OverdueTag />}
    </Space>
  );
}

export function TaskProgress({ task }: { task: Pick<Task, 'progress' | 'status' | 'overdue'> }) {
  return (
    <Progress
      percent={task.progress}
      size="small"
      style={{ width: 120, margin: 0 }}
      status={task.status === 'hoan_thanh' ? 'success' : task.overdue ? 'exception' : 'normal'}
    />
  );
}
