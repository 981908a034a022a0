import { Button, Card, Col, Empty, Popconfirm, Row, Space, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TaskDue, TaskProgress, TaskStatusTag, useQuarterName } from '../plans/parts';
import type { Task } from '../plans/types';

interface TaskActions {
  onOpen: (t: Task) => void;
  showPlan?: boolean;
  onEdit?: (t: Task) => void;
  onDelete?: (t: Task) => void;
}

/** Tasks as a table; a click on the title opens the task drawer. */
export function TaskTable({
  tasks,
  loading,
  pagination,
  empty,
  ...actions
}: TaskActions & {
  tasks: Task[] | undefined;
  loading?: boolean;
  pagination?: false | TablePaginationConfig;
  empty?: ReactNode;
}) {
  const columns = useTaskColumns(actions);
  return (
    <Table<Task>
      rowKey="id"
      size="middle"
      data-testid="task-table"
      dataSource={tasks}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
      columns={columns}
    />
  );
}

/** The columns of a task table (title with its clause and plan, due, lead, status, progress, actions). */
export function useTaskColumns({ onOpen, showPlan, onEdit, onDelete }: TaskActions): TableColumnsType<Task> {
  const { t } = useTranslation();
  return [
    {
      title: t('plansUi.tasks.fields.title'),
      key: 'title',
      render: (_, task) => (
        <div style={{ minWidth: 240, maxWidth: 420 }}>
          <Typography.Link
            href={`#task-${task.id}`}
            onClick={(e) => {
              e.preventDefault();
              onOpen(task);
            }}
            data-testid="task-open"
          >
            {task.title}
          </Typography.Link>
          {(task.clause || showPlan) && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {task.clause ? t('plansUi.tasks.clauseRef', { clause: task.clause }) : ''}
                {task.clause && showPlan ? ' · ' : ''}
                {showPlan && (
                  <Link to={`/plans/${task.planId}?tab=tasks`}>
                    {task.planNumber ? `${task.planNumber} — ` : ''}
                    {task.planUnitName}
                  </Link>
                )}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    { title: t('plansUi.tasks.fields.dueOn'), key: 'due', width: 190, render: (_, task) => <TaskDue task={task} /> },
    { title: t('plansUi.tasks.fields.leadUnit'), dataIndex: 'leadUnitName', key: 'lead', width: 170 },
    { title: t('plansUi.tasks.fields.status'), key: 'status', width: 140, render: (_, task) => <TaskStatusTag status={task.status} /> },
    { title: t('plansUi.tasks.fields.progress'), key: 'progress', width: 140, render: (_, task) => <TaskProgress task={task} /> },
    ...(onEdit || onDelete
      ? [
          {
            title: t('plansUi.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, task: Task) => (
              <Space size={0}>
                {onEdit && <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('plansUi.tasks.editOne', { title: task.title })} onClick={() => onEdit(task)} />}
                {onDelete && (
                  <Popconfirm title={t('plansUi.tasks.removeConfirm')} okText={t('plansUi.remove')} cancelText={t('plansUi.cancel')} onConfirm={() => onDelete(task)}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('plansUi.tasks.removeOne', { title: task.title })} />
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];
}

/** "Tiến độ theo quý": the tasks in four columns by the quarter of their due date. */
export function QuarterBoard({ tasks, onOpen }: { tasks: Task[]; onOpen: (t: Task) => void }) {
  const { t } = useTranslation();
  const quarterName = useQuarterName();
  const byQuarter = (q: number) => tasks.filter((x) => Math.ceil(Number(x.dueOn.slice(5, 7)) / 3) === q);
  return (
    <Row gutter={[12, 12]} data-testid="quarter-board">
      {[1, 2, 3, 4].map((q) => {
        const list = byQuarter(q);
        const done = list.filter((x) => x.status === 'hoan_thanh').length;
        return (
          <Col key={q} xs={24} sm={12} xl={6}>
            <Card
              size="small"
              title={quarterName(q)}
              extra={<Typography.Text type="secondary">{t('plansUi.tasks.doneOf', { done, total: list.length })}</Typography.Text>}
              styles={{ body: { background: '#fafafa', minHeight: 120 } }}
              data-testid={`quarter-${q}`}
            >
              {list.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plansUi.tasks.noneInQuarter')} />}
              {list.map((task) => (
                <Card
                  key={task.id}
                  size="small"
                  hoverable
                  style={{ marginBottom: 8, borderLeft: `3px solid ${task.status === 'hoan_thanh' ? '#52c41a' : task.overdue ? '#ff4d4f' : '#1677ff'}` }}
                  onClick={() => onOpen(task)}
                >
                  <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ marginBottom: 4 }}>
                    {task.title}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                    {task.leadUnitName}
                  </Typography.Text>
                  <Space size={4} wrap style={{ marginTop: 4 }}>
                    <TaskStatusTag status={task.status} />
                    <TaskDue task={{ ...task, quarter: null }} />
                  </Space>
                  <TaskProgress task={task} />
                </Card>
              ))}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
