import { useQuery } from '@tanstack/react-query';
import { AutoComplete, DatePicker, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { DATE_FORMAT, fromApiDate, toApiDate } from '../../app/format';
import { FormModal, useFormSave } from '../../components/FormModal';
import type { Dayjs } from 'dayjs';
import { clauseNumber, roman, useQuarterName } from '../plans/parts';
import { SubtreeUnitSelect } from '../plans/SubtreeUnitSelect';
import type { PlanClause, PlanDetail, Task, TaskDetail } from '../plans/types';

interface Values {
  title: string;
  clause?: string;
  timing: 'quarter' | 'date';
  quarter?: number;
  dueOn?: Dayjs | null;
  leadUnitId: number;
  coordUnitIds?: number[];
}

/** "II.1" → the clauses of the plan as choices for a task's reference. */
function clauseOptions(plan: PlanDetail) {
  const out: { value: string; label: string }[] = [];
  plan.content.sections.forEach((s, i) => {
    const walk = (list: PlanClause[], prefix: number[]) =>
      list.forEach((c, k) => {
        const path = [...prefix, k];
        const value = `${roman(i + 1)}.${clauseNumber(path).slice(0, -1)}`;
        const name = c.title || c.text || '';
        out.push({ value, label: `${value} ${name.length > 70 ? name.slice(0, 70) + '…' : name}` });
        walk(c.children ?? [], path);
      });
    walk(s.clauses, []);
  });
  return out;
}

/** Add or edit a task of a plan: what, which clause, a quarter or a due date, who leads, who helps. */
export function TaskFormModal({ plan, task, open, onClose }: { plan: PlanDetail; task?: Task | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const quarterName = useQuarterName();
  const [form] = Form.useForm<Values>();
  const timing = Form.useWatch('timing', form);
  const detail = useQuery({
    queryKey: ['tasks', 'detail', task?.id],
    queryFn: () => api.get<TaskDetail>(`/tasks/${task!.id}`),
    enabled: open && !!task && task.coordUnitIds.length > 0,
  });
  const labels: Record<number, string> = {};
  if (task) labels[task.leadUnitId] = task.leadUnitName;
  for (const u of detail.data?.coordUnits ?? []) labels[u.id] = u.name;

  const saving = useFormSave<Values>({
    form,
    mutationFn: (v) => {
      const body = {
        title: v.title.trim(),
        clause: v.clause?.trim() || null,
        quarter: v.timing === 'quarter' ? (v.quarter ?? null) : null,
        dueOn: v.timing === 'date' ? toApiDate(v.dueOn) : null,
        leadUnitId: v.leadUnitId,
        coordUnitIds: v.coordUnitIds ?? [],
      };
      return task ? api.patch<Task>(`/tasks/${task.id}`, { version: task.version, ...body }) : api.post<Task>(`/plans/${plan.id}/tasks`, body);
    },
    invalidate: [['tasks'], ['plans', 'list']],
    success: task ? t('plansUi.tasks.saved') : t('plansUi.tasks.added'),
    onSaved: onClose,
  });

  const initial: Partial<Values> = task
    ? {
        title: task.title,
        clause: task.clause ?? undefined,
        timing: task.quarter ? 'quarter' : 'date',
        quarter: task.quarter ?? undefined,
        dueOn: task.quarter ? null : fromApiDate(task.dueOn),
        leadUnitId: task.leadUnitId,
        coordUnitIds: task.coordUnitIds,
      }
    : { timing: 'quarter', leadUnitId: plan.unitId, coordUnitIds: [] };

  return (
    <FormModal<Values> open={open} onClose={onClose} title={task ? t('plansUi.tasks.edit') : t('plansUi.tasks.add')} okText={t('plansUi.save')} width={640} form={form} saving={saving} initialValues={initial}>
      <Form.Item name="title" label={t('plansUi.tasks.fields.title')} htmlFor="task-title" rules={[{ required: true, whitespace: true, min: 3, message: t('plansUi.tasks.required.title') }]}>
        <Input.TextArea id="task-title" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
      <Form.Item name="clause" label={t('plansUi.tasks.fields.clause')} htmlFor="task-clause" extra={t('plansUi.tasks.clauseHelp')}>
        <AutoComplete id="task-clause" options={clauseOptions(plan)} maxLength={50} showSearch={{ filterOption: (input, o) => String(o?.label ?? '').toLowerCase().includes(input.toLowerCase()) }} />
      </Form.Item>
      <Form.Item name="timing" label={t('plansUi.tasks.fields.timing')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'quarter', label: t('plansUi.tasks.byQuarter') },
            { value: 'date', label: t('plansUi.tasks.byDate') },
          ]}
        />
      </Form.Item>
      {timing === 'date' ? (
        <Form.Item name="dueOn" label={t('plansUi.tasks.fields.dueOn')} htmlFor="task-due" rules={[{ required: true, message: t('plansUi.tasks.required.dueOn') }]}>
          <DatePicker id="task-due" format={DATE_FORMAT} style={{ width: 200 }} />
        </Form.Item>
      ) : (
        <Form.Item name="quarter" label={t('plansUi.tasks.fields.quarter')} htmlFor="task-quarter" extra={t('plansUi.tasks.quarterHelp', { year: plan.year })} rules={[{ required: true, message: t('plansUi.tasks.required.quarter') }]}>
          <Select id="task-quarter" style={{ width: 200 }} options={[1, 2, 3, 4].map((q) => ({ value: q, label: quarterName(q) }))} />
        </Form.Item>
      )}
      <Form.Item name="leadUnitId" label={t('plansUi.tasks.fields.leadUnit')} htmlFor="task-lead" rules={[{ required: true, message: t('plansUi.tasks.required.leadUnit') }]}>
        <SubtreeUnitSelect id="task-lead" root={{ id: plan.unitId, name: plan.unitName }} labels={labels} />
      </Form.Item>
      <Form.Item name="coordUnitIds" label={t('plansUi.tasks.fields.coordUnits')} htmlFor="task-coord">
        <SubtreeUnitSelect multiple id="task-coord" root={{ id: plan.unitId, name: plan.unitName }} labels={labels} />
      </Form.Item>
    </FormModal>
  );
}
