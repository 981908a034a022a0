/** Request schemas of plan tasks and their progress reports. */
import { z } from 'zod';
import { TASK_STATUSES } from '../../../domain/planning/tasks.js';
import { textField as text, validIsoDate as isoDate } from '../../../shared/contract/plans.js';
import { versionField as version } from '../plans/schemas.js';

const quarter = z.number().int().min(1, 'Quý từ 1 đến 4').max(4, 'Quý từ 1 đến 4');
export const TASK_STATUS_VALUES = TASK_STATUSES;

export const createTaskBody = z
  .object({
    title: text(1000).min(3, 'Nhập nội dung nhiệm vụ'),
    clause: text(50).nullish(),
    quarter: quarter.nullish(),
    dueOn: isoDate.nullish(),
    leadUnitId: z.number().int().positive(),
    coordUnitIds: z.array(z.number().int().positive()).max(500).optional(),
  })
  .strict();

export const updateTaskBody = z
  .object({
    version,
    title: text(1000).min(3).optional(),
    clause: text(50).nullish(),
    quarter: quarter.nullish(),
    dueOn: isoDate.nullish(),
    leadUnitId: z.number().int().positive().optional(),
    coordUnitIds: z.array(z.number().int().positive()).max(500).optional(),
  })
  .strict();

export const taskNoteBody = z
  .object({
    version,
    note: text(5000).min(1, 'Nhập nội dung báo cáo tiến độ'),
    status: z.enum(TASK_STATUS_VALUES).optional(),
    progress: z.number().int().min(0).max(100).optional(),
    /** an evidence file uploaded before with POST /files */
    file: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), fileName: text(200).min(1) }).strict().optional(),
  })
  .strict();

export const listTasksQuery = z.object({
  planId: z.coerce.number().int().positive().optional(),
  leadUnitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
  status: z.enum(TASK_STATUS_VALUES).optional(),
  overdue: z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true').optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
