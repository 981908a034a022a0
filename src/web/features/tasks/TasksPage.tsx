import { useQuery } from '@tanstack/react-query';
import { Badge, Calendar, Card, Segmented, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { ListFilters, ServerTable, scopeFilters, useServerList } from '../../components/ServerList';
import { SelectFilter, YearFilter } from '../../components/UrlFilters';
import { UnitSelect } from '../../components/UnitSelect';
import { useMyPlanUnits } from '../plans/CreatePlanModal';
import { useQuarterName } from '../plans/parts';
import { TaskDrawer } from './TaskDrawer';
import { useTaskColumns } from './TaskTable';
import { TASK_STATUSES, type Task, type TaskPage } from '../plans/types';
import { useToday } from '../../app/auth';

const STATUS_BADGE: Record<Task['status'], 'default' | 'processing' | 'success' | 'warning' | 'error'> = {
  chua_thuc_hien: 'default',
  dang_thuc_hien: 'processing',
  hoan_thanh: 'success',
  tam_dung: 'warning',
};

/** The tasks of a month on their due dates. */
function TaskCalendar({ month, onMonth, filters, onOpen }: { month: Dayjs; onMonth: (m: Dayjs) => void; filters: Record<string, string | undefined>; onOpen: (t: Task) => void }) {
  const { t } = useTranslation();
  // the grid shows a few days of the months around: ask for those too
  const from = month.startOf('month').subtract(7, 'day').format('YYYY-MM-DD');
  const to = month.endOf('month').add(14, 'day').format('YYYY-MM-DD');
  const q = useQuery({
    queryKey: ['tasks', 'calendar', { ...filters, from, to }],
    queryFn: () => api.get<TaskPage>('/tasks', { ...filters, from, to, pageSize: 500 }),
    placeholderData: (prev) => prev,
  });
  const byDay = new Map<string, Task[]>();
  for (const task of q.data?.items ?? []) byDay.set(task.dueOn, [...(byDay.get(task.dueOn) ?? []), task]);
  return (
    <div data-testid="task-calendar">
      <Calendar
        mode="month"
        value={month}
        onPanelChange={(d) => onMonth(d)}
        onSelect={(d, info) => {
          if (info.source !== 'date') onMonth(d);
        }}
        cellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          const list = byDay.get(d.format('YYYY-MM-DD')) ?? [];
          return (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {list.map((task) => (
                <li key={task.id} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  <Tooltip title={`${task.title} — ${task.leadUnitName}`}>
                    <Typography.Link
                      href={`#task-${task.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        e.stopPropagation();
                        onOpen(task);
                      }}
                      style={{ fontSize: 12 }}
                    >
                      <Badge status={task.overdue ? 'error' : STATUS_BADGE[task.status]} /> {task.title}
                    </Typography.Link>
                  </Tooltip>
                </li>
              ))}
            </ul>
          );
        }}
      />
      {q.data && q.data.total > q.data.items.length && <Typography.Text type="secondary">{t('plansUi.tasksPage.calendarCapped', { count: q.data.items.length })}</Typography.Text>}
    </div>
  );
}

export default function TasksPage() {
  const today = useToday();
  const { t } = useTranslation();
  const url = scopeFilters(useUrlState(), ['year', 'quarter', 'status', 'overdue', 'leadUnitId']);
  const quarterName = useQuarterName();
  const canReport = useMyPlanUnits().length > 0;
  useDocumentTitle(t('plansUi.tasksPage.title'));
  const view = url.get('view') === 'calendar' ? 'calendar' : 'list';
  const filters = {
    year: url.get('year'),
    quarter: url.get('quarter'),
    status: url.get('status'),
    overdue: url.get('overdue'),
    leadUnitId: url.get('leadUnitId'),
  };
  const list = useServerList<Task>('/tasks', filters, url, { key: ['tasks'], enabled: view === 'list' });
  const month = url.get('month') && dayjs(`${url.get('month')}-01`).isValid() ? dayjs(`${url.get('month')}-01`) : dayjs(today).startOf('month');
  const openTask = url.get('task') ? Number(url.get('task')) : null;
  const keep = { page: url.get('page') };
  const open = (task: Task) => url.update({ task: task.id, ...keep });
  const columns = useTaskColumns({ onOpen: open, showPlan: true });

  return (
    <>
      <PageHeader title={t('plansUi.tasksPage.title')} subTitle={t('plansUi.tasksPage.subtitle')} />
      <Card size="small">
        <ListFilters
          url={url}
          clearText={t('plansUi.clearFilters')}
          before={
            <Segmented
              value={view}
              onChange={(v) => url.update({ view: v === 'list' ? undefined : v })}
              options={[
                { value: 'list', label: t('plansUi.tasksPage.viewList') },
                { value: 'calendar', label: t('plansUi.tasksPage.viewCalendar') },
              ]}
            />
          }
        >
          <YearFilter url={url} label={t('plansUi.fields.year')} width={100} />
          <SelectFilter
            url={url}
            name="quarter"
            label={t('plansUi.tasks.fields.quarter')}
            width={120}
            options={['1', '2', '3', '4'].map((q) => ({ value: q, label: quarterName(Number(q)) }))}
          />
          <SelectFilter url={url} name="status" label={t('plansUi.tasks.fields.status')} width={170} options={TASK_STATUSES.map((s) => ({ value: s, label: t(`plansUi.taskStatus.${s}`) }))} />
          <SelectFilter url={url} name="overdue" label={t('plansUi.tasksPage.overdueFilter')} width={150} options={[{ value: '1', label: t('plansUi.tasksPage.overdueOnly') }]} />
          <UnitSelect
            aria-label={t('plansUi.tasks.fields.leadUnit')}
            placeholder={t('plansUi.tasks.fields.leadUnit')}
            style={{ width: 240 }}
            value={filters.leadUnitId ? Number(filters.leadUnitId) : null}
            onChange={(v) => url.update({ leadUnitId: v ?? undefined })}
          />
        </ListFilters>
        {view === 'calendar' ? (
          <TaskCalendar month={month} onMonth={(m) => url.update({ month: m.format('YYYY-MM') })} filters={filters} onOpen={open} />
        ) : (
          <ServerTable<Task>
            list={list}
            url={url}
            columns={columns}
            data-testid="task-table"
            noMatch={t('plansUi.noMatch')}
            empty={<EmptyState description={t('plansUi.tasksPage.empty')} />}
            total={(count) => t('plansUi.tasksPage.total', { count })}
          />
        )}
      </Card>
      <TaskDrawer taskId={openTask} canReport={canReport} onClose={() => url.update({ task: undefined, ...keep })} />
    </>
  );
}
