/** Request schemas of planning (plans, tasks, movements, registrations, targets). */
import { z } from 'zod';
import { TASK_STATUSES } from '../../../domain/planning/tasks.js';
import { movementDetails, type MovementDetails } from '../../../shared/contract/movements.js';
import { clauseSchema, planContent, sectionSchema, textField as text, validIsoDate as isoDate, yearField as year, type PlanContent } from '../../../shared/contract/plans.js';
import { reviewContent } from '../../../shared/contract/reviews.js';

// the document parts of plans, movements and reviews are the shared contract's (the web edits them)
export { clauseSchema, movementDetails, planContent, sectionSchema, type MovementDetails, type PlanContent };

const version = z.number().int().positive();

const planNumber = text(50)
  .regex(/^[0-9]+\/[\p{L}0-9.\-–]+$/u, 'Số kế hoạch dạng "27/KH-UBND"')
  .nullish();

export const createPlanBody = z
  .object({
    unitId: z.number().int().positive(),
    year,
    title: text(500).min(5, 'Tên (trích yếu) từ 5 ký tự'),
    number: planNumber,
    /** start from the upper plan: its bases and theme are copied, "Thực hiện Kế hoạch số …" written */
    parentPlanId: z.number().int().positive().nullish(),
    content: planContent.partial().optional(),
  })
  .strict();

export const updatePlanBody = z
  .object({
    version,
    title: text(500).min(5, 'Tên (trích yếu) từ 5 ký tự').optional(),
    number: planNumber,
    year: year.optional(),
    content: planContent.optional(),
    cascadeDue: isoDate.nullish(),
    cascadeScope: z.enum(['children', 'subtree']).nullish(),
  })
  .strict();

export const issuePlanBody = z
  .object({
    version,
    number: text(50).regex(/^[0-9]+\/[\p{L}0-9.\-–]+$/u, 'Số kế hoạch dạng "27/KH-UBND"'),
    issuedOn: isoDate,
  })
  .strict();

export const listPlansQuery = z.object({
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  status: z.enum(['draft', 'issued', 'superseded']).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const cascadeQuery = z.object({
  status: z.enum(['issued', 'issued_late', 'draft', 'late', 'pending']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

// ---- tasks ---------------------------------------------------------------------------------------

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

export const cascadeBody = z
  .object({ version, cascadeDue: isoDate, cascadeScope: z.enum(['children', 'subtree']).default('children') })
  .strict();

export { isoDate, version as versionField, year as yearField, text as textField };

// ---- movements -----------------------------------------------------------------------------------

const movementFields = {
  kind: z.enum(['thuong_xuyen', 'theo_dot', 'chuyen_de']),
  name: text(500).min(5, 'Tên phong trào từ 5 ký tự'),
  slogan: text(500).nullish(),
  scope: z.enum(['toan_quoc', 'bo_nganh_dia_phuong', 'cum_khoi', 'co_quan_don_vi']),
  launchLevel: z.enum(['trung_uong', 'bo_tinh', 'co_quan_don_vi']),
  startsOn: isoDate,
  endsOn: isoDate,
  planId: z.number().int().positive().nullish(),
  dossierDeadline: isoDate.nullish(),
  registrationDeadline: isoDate.nullish(),
  details: movementDetails,
};

export const createMovementBody = z.object({ unitId: z.number().int().positive(), ...movementFields }).strict();
export const updateMovementBody = z
  .object({
    version,
    ...Object.fromEntries(Object.entries(movementFields).map(([k, v]) => [k, (v as z.ZodTypeAny).optional()])),
  } as { version: typeof version } & { [K in keyof typeof movementFields]: z.ZodOptional<(typeof movementFields)[K]> })
  .strict();

export const listMovementsQuery = z.object({
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  kind: z.enum(['thuong_xuyen', 'theo_dot', 'chuyen_de']).optional(),
  status: z.enum(['draft', 'launched', 'closed']).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const launchBody = z.object({ version, launchedOn: isoDate }).strict();

// ---- registrations and targets -------------------------------------------------------------------

export const createRegistrationBody = z
  .object({ unitId: z.number().int().positive(), year, movementId: z.number().int().positive().nullish() })
  .strict();

export const entryBody = z
  .object({
    subject: z.enum(['ca_nhan', 'tap_the']),
    personId: z.number().int().positive().nullish(),
    subjectUnitId: z.number().int().positive().nullish(),
    award: z.string().min(1).max(64),
    note: text(1000).nullish(),
  })
  .strict();

export const listRegistrationsQuery = z.object({
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  movementId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  status: z.enum(['draft', 'submitted', 'approved', 'returned']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const summaryQuery = z.object({
  unitId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(1945).max(2100),
  movementId: z.coerce.number().int().positive().optional(),
});

export const returnBody = z.object({ version, reason: text(2000).min(5, 'Lý do trả lại từ 5 ký tự') }).strict();

const finite = z.number().finite('Phải là số');
export const createTargetBody = z
  .object({
    unitId: z.number().int().positive(),
    year,
    planId: z.number().int().positive().nullish(),
    movementId: z.number().int().positive().nullish(),
    registrationId: z.number().int().positive().nullish(),
    name: text(500).min(1, 'Nhập tên chỉ tiêu'),
    measure: text(50),
    direction: z.enum(['at_least', 'at_most', 'equal', 'reduce_by']),
    baseline: finite.nullish(),
    target: finite,
  })
  .strict();

export const updateTargetBody = z
  .object({
    version,
    name: text(500).min(1).optional(),
    measure: text(50).optional(),
    direction: z.enum(['at_least', 'at_most', 'equal', 'reduce_by']).optional(),
    baseline: finite.nullish(),
    target: finite.optional(),
  })
  .strict();

export const actualBody = z
  .object({
    period: z.string().regex(/^\d{4}(-Q[1-4]|-M(0[1-9]|1[0-2]))?$/, 'Kỳ dạng 2026, 2026-Q1 hoặc 2026-M03'),
    value: finite,
    note: text(2000).nullish(),
    file: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), fileName: text(200).min(1) }).strict().optional(),
  })
  .strict();

export const listTargetsQuery = z.object({
  planId: z.coerce.number().int().positive().optional(),
  movementId: z.coerce.number().int().positive().optional(),
  registrationId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

export const progressQuery = z.object({
  /** subtree to report on (default: the movement's unit) */
  unitId: z.coerce.number().int().positive().optional(),
  period: z.string().regex(/^\d{4}(-Q[1-4]|-M(0[1-9]|1[0-2]))?$/).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

// ---- reviews (sơ kết, tổng kết) ------------------------------------------------------------------

export const createReviewBody = z.object({ kind: z.enum(['so_ket', 'tong_ket']), asOf: isoDate.optional() }).strict();
export const updateReviewBody = z.object({ version, content: reviewContent }).strict();
