import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Segmented } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { useUrlState } from '../../app/useUrlState';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { TaskDrawer } from './TaskDrawer';
import { TaskFormModal } from './TaskFormModal';
import { QuarterBoard, TaskTable } from './TaskTable';
import type { PlanDetail, Task, TaskPage } from '../plans/types';

/** The tasks of one plan: a table or the quarterly board, add/edit, and the drawer of one task. */
export function TasksTab({ plan, canManage, canReport }: { plan: PlanDetail; canManage: boolean; canReport: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const url = useUrlState();
  const view = url.get('view') === 'quarters' ? 'quarters' : 'list';
  const openTask = url.get('task') ? Number(url.get('task')) : null;
  const [editing, setEditing] = useState<Task | null | undefined>(undefined);
  const q = useQuery({
    queryKey: ['tasks', 'list', { planId: plan.id }],
    queryFn: () => api.get<TaskPage>('/tasks', { planId: plan.id, pageSize: 500 }),
  });
  const remove = useMutation({
    mutationFn: (task: Task) => api.delete(`/tasks/${task.id}`, { params: { version: task.version } }),
    onSuccess: () => {
      message.success(t('plansUi.tasks.removed'));
      qc.invalidateQueries({ queryKey: ['tasks'] });
    },
    onError: (e) => message.error(errorText(e)),
  });
  const editable = canManage && plan.status !== 'superseded';
  const open = (task: Task) => url.update({ task: task.id, page: url.get('page') });

  return (
    <div data-testid="tasks-tab">
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 12 }}>
        <Segmented
          value={view}
          onChange={(v) => url.update({ view: v === 'list' ? undefined : v, page: url.get('page') })}
          options={[
            { value: 'list', label: t('plansUi.tasks.viewList') },
            { value: 'quarters', label: t('plansUi.tasks.viewQuarters') },
          ]}
        />
        {editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('plansUi.tasks.add')}
          </Button>
        )}
      </Flex>
      {q.isError && !q.data ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : view === 'quarters' ? (
        <QuarterBoard tasks={q.data?.items ?? []} onOpen={open} />
      ) : (
        <TaskTable
          tasks={q.data?.items}
          loading={q.isFetching}
          pagination={false}
          onOpen={open}
          onEdit={editable ? (task) => setEditing(task) : undefined}
          onDelete={editable ? (task) => remove.mutate(task) : undefined}
          empty={q.isPending ? ' ' : <EmptyState description={editable ? t('plansUi.tasks.emptyCanAdd') : t('plansUi.tasks.empty')} />}
        />
      )}
      <TaskFormModal plan={plan} task={editing ?? null} open={editing !== undefined} onClose={() => setEditing(undefined)} />
      <TaskDrawer taskId={openTask} canReport={canReport} onClose={() => url.update({ task: undefined, page: url.get('page') })} />
    </div>
  );
}
