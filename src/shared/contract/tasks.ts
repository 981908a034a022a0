/** Tasks of a plan (/tasks, /plans/:id/tasks): the list, the detail with progress notes. */
import { z } from 'zod';
import { TASK_STATUSES } from '../../domain/planning/tasks.js';
import { instant, isoDate, pageOf } from './common.js';

export const taskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof taskStatus>;
export const quarter = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Quarter = z.infer<typeof quarter>;

export const task = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  planTitle: z.string(),
  planNumber: z.string().nullable(),
  planUnitId: z.number().int(),
  planUnitName: z.string(),
  year: z.number().int(),
  title: z.string(),
  clause: z.string().nullable(),
  quarter: quarter.nullable(),
  dueOn: isoDate,
  leadUnitId: z.number().int(),
  leadUnitName: z.string(),
  coordUnitIds: z.array(z.number().int()),
  status: taskStatus,
  progress: z.number().int(),
  doneOn: isoDate.nullable(),
  version: z.number().int(),
  overdue: z.boolean(),
});
export type Task = z.infer<typeof task>;

export const taskNote = z.object({
  id: z.number().int(),
  note: z.string(),
  /** the status and progress this report set, if it set them */
  status: taskStatus.nullable(),
  progress: z.number().int().nullable(),
  fileName: z.string().nullable(),
  hasFile: z.boolean(),
  author: z.string().nullable(),
  createdAt: instant,
});
export type TaskNote = z.infer<typeof taskNote>;

export const taskDetail = task.extend({
  notes: z.array(taskNote),
  coordUnits: z.array(z.object({ id: z.number().int(), name: z.string() })),
});
export type TaskDetail = z.infer<typeof taskDetail>;

export const taskPage = pageOf(task).extend({ today: isoDate });
export type TaskPage = z.infer<typeof taskPage>;
