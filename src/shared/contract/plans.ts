/**
 * TĐKT plans (/plans): the document a plan holds (also the request body the editor sends), the list,
 * the detail page and the cascade dashboard (lower units issuing their plans).
 */
import { z } from 'zod';
import { isValidIsoDate } from '../../domain/dates.js';
import { PLAN_SECTION_KINDS, type PlanClause } from '../../domain/planning/plan.js';
import { CASCADE_STATUSES } from '../../domain/planning/tasks.js';
import { instant, isoDate, pageOf } from './common.js';

// ---- request building blocks (validated as the server receives them) -----------------------------

/** A date the server checks as a calendar date (not only its form). */
export const validIsoDate = z.string().refine(isValidIsoDate, { message: 'Ngày không hợp lệ, cần dạng YYYY-MM-DD' });
export const textField = (max: number) => z.string().trim().max(max);
export const yearField = z.number().int().min(1945).max(2100);

export const clauseSchema: z.ZodType<PlanClause> = z.lazy(() =>
  z
    .object({
      title: textField(500).optional(),
      text: textField(20000).optional(),
      paragraphs: z.array(textField(20000)).max(200).optional(),
      responsible: textField(1000).optional(),
      quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
      children: z.array(clauseSchema).max(200).optional(),
    })
    .strict(),
);

export const sectionSchema = z
  .object({
    kind: z.enum(PLAN_SECTION_KINDS),
    title: textField(300).min(1, 'Nhập tên mục'),
    intro: z.array(textField(20000)).max(50).optional(),
    clauses: z.array(clauseSchema).max(300),
  })
  .strict();

export const signerSchema = z.object({ authority: textField(200).optional(), position: textField(200).min(1, 'Nhập chức vụ người ký'), name: textField(200) }).strict();

/** The editable parts of a plan's document (the rest — number, date, year, title — are columns). */
export const planContent = z
  .object({
    issuer: z.object({ parent: textField(300).optional(), name: textField(300).min(1, 'Nhập tên cơ quan ban hành') }).strict(),
    numberSuffix: textField(50).optional(),
    place: textField(100),
    bases: z.array(textField(2000).min(1)).max(50),
    upperRef: textField(2000).optional(),
    preamble: z.array(textField(20000)).max(20).optional(),
    theme: textField(1000).optional(),
    sections: z.array(sectionSchema).max(20),
    closing: z.array(textField(20000)).max(20).optional(),
    recipients: z.array(textField(300).min(1)).max(100),
    signer: signerSchema.optional(),
  })
  .strict();
export type PlanContent = z.infer<typeof planContent>;
export type PlanSection = z.infer<typeof sectionSchema>;
export type PlanSigner = z.infer<typeof signerSchema>;
export type { PlanClause };

// ---- responses -----------------------------------------------------------------------------------

export const planStatus = z.enum(['draft', 'issued', 'superseded']);
export type PlanStatus = z.infer<typeof planStatus>;
export const cascadeScope = z.enum(['children', 'subtree']);

/** what every view of a plan shows */
const planHeader = {
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  number: z.string().nullable(),
  title: z.string(),
  status: planStatus,
  issuedOn: isoDate.nullable(),
  parentPlanId: z.number().int().nullable(),
  revision: z.number().int(),
  /** lower units are asked to issue their plans by this date */
  cascadeDue: isoDate.nullable(),
  version: z.number().int(),
};

export const planListItem = z.object({
  ...planHeader,
  taskCount: z.number().int(),
  /** tasks past their due date and not done */
  overdueCount: z.number().int(),
});
export type PlanListItem = z.infer<typeof planListItem>;
export const planPage = pageOf(planListItem);

const planFields = {
  ...planHeader,
  /** the issued plan this draft amends */
  supersedesId: z.number().int().nullable(),
  content: planContent,
  cascadeScope: cascadeScope.nullable(),
  updatedAt: instant,
};

/** A plan as written (create, edit, issue, amend, cascade request): the row, with its unit's path. */
export const plan = z.object({ ...planFields, unitPath: z.string() });
export type Plan = z.infer<typeof plan>;

export const planDetail = z.object({
  ...planFields,
  /** the upper plan this one implements */
  parent: z.object({ id: z.number().int(), number: z.string().nullable(), title: z.string(), issuedOn: isoDate.nullable(), unitName: z.string() }).nullable(),
  /** the plan's revisions (amended and amending), oldest first */
  revisions: z.array(z.object({ id: z.number().int(), number: z.string().nullable(), revision: z.number().int(), status: planStatus, issuedOn: isoDate.nullable() })),
  today: isoDate,
});
export type PlanDetail = z.infer<typeof planDetail>;

export const cascadeStatus = z.enum(CASCADE_STATUSES);
export type CascadeStatus = z.infer<typeof cascadeStatus>;

export const cascadeRow = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  unitCode: z.string(),
  /** the lower unit's plan implementing this one, if any */
  planId: z.number().int().nullable(),
  planStatus: planStatus.nullable(),
  number: z.string().nullable(),
  issuedOn: isoDate.nullable(),
  status: cascadeStatus,
});
export type CascadeRow = z.infer<typeof cascadeRow>;

export const cascadeResponse = z.object({
  /** null: no cascade requested (then nothing else but the empty page) */
  due: isoDate.nullable(),
  scope: cascadeScope.nullable(),
  today: isoDate.optional(),
  counts: z.partialRecord(cascadeStatus, z.number().int()),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(cascadeRow),
});
export type CascadeResponse = z.infer<typeof cascadeResponse>;
