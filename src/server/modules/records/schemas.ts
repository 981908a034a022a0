/** Request bodies and queries of the records API (zod; messages in Vietnamese name the field). */
import { z } from 'zod';
import { DISCIPLINE_LEVELS, PENDING_KINDS, RATINGS, SCOPES, isAwardCode } from '../../../domain/index.js';
import { isoDate } from '../units/schemas.js';
import type { RecordKind } from './kinds.js';

const id = z.number().int().positive();
const year = z.number({ message: 'Năm phải là số nguyên' }).int('Năm phải là số nguyên').min(1945, 'Năm không hợp lệ (từ 1945)').max(2100, 'Năm không hợp lệ (đến 2100)');
const text = (max: number) => z.string().trim().max(max, `Tối đa ${max} ký tự`);
const optText = (max: number) => text(max).nullable().optional();
const optDate = isoDate.nullable().optional();
const list = (values: readonly string[]) => `dùng một trong: ${values.join(', ')}`;
export const awardCode = z
  .string()
  .trim()
  .refine(isAwardCode, 'Mã danh hiệu/hình thức khen thưởng không có trong danh mục (xem GET /api/v1/rules/catalog)');
export const rating = z.enum(RATINGS, { message: `Xếp loại không hợp lệ; ${list(RATINGS)}` });
export const scope = z.enum(SCOPES, { message: `Phạm vi không hợp lệ; ${list(SCOPES)}` });
export const disciplineLevel = z.enum(DISCIPLINE_LEVELS, { message: `Hình thức kỷ luật không hợp lệ; ${list(DISCIPLINE_LEVELS)}` });
export const pendingKind = z.enum(PENDING_KINDS, { message: `Loại vụ việc không hợp lệ; ${list(PENDING_KINDS)}` });

export const author = z
  .object({
    personId: id.nullable().optional(),
    name: text(150).min(2, 'Nhập họ tên tác giả'),
    share: z.number({ message: 'Tỷ lệ đóng góp phải là số' }).min(0, 'Tỷ lệ đóng góp từ 0 đến 100').max(100, 'Tỷ lệ đóng góp từ 0 đến 100'),
  })
  .strict();
export type Author = z.infer<typeof author>;
const authors = z.array(author).min(1, 'Cần ít nhất một tác giả').max(50);

/** Fields each kind accepts on create (besides the subject) and, all optional, on update. */
const FIELDS = {
  ratings: { year, rating, note: optText(1000) },
  initiatives: {
    title: text(500).min(3, 'Nhập tên sáng kiến'), authors, year, scope, recognizedBy: optText(300), decisionNo: optText(100), decisionDate: optDate,
    usedForAward: awardCode.nullable().optional(), usedForYear: year.nullable().optional(), note: optText(1000),
  },
  research: {
    title: text(500).min(3, 'Nhập tên đề tài'), authors, year, scope, acceptedBy: optText(300), decisionNo: optText(100), decisionDate: optDate, note: optText(1000),
  },
  discipline: { level: disciplineLevel, fromDate: isoDate, toDate: optDate, decisionNo: optText(100), decisionDate: optDate, note: optText(1000) },
  pending: { kind: pendingKind, openedOn: isoDate, closedOn: optDate, note: optText(1000) },
  awards: {
    award: awardCode, year, decisionNo: text(100).min(1, 'Nhập số quyết định'), decisionDate: optDate, decider: optText(300),
    source: z.enum(['import', 'decision'], { message: 'Nguồn phải là import hoặc decision' }).default('decision'), note: optText(1000),
  },
} satisfies Record<RecordKind, z.ZodRawShape>;

const SUBJECT_FIELDS: Record<RecordKind, z.ZodRawShape> = {
  ratings: { personId: id.optional(), unitId: id.optional() },
  initiatives: { unitId: id },
  research: { unitId: id },
  discipline: { personId: id },
  pending: { personId: id.optional(), unitId: id.optional() },
  awards: { personId: id.optional(), unitId: id.optional(), householdId: id.optional() },
};

export const createBody = Object.fromEntries(
  Object.keys(FIELDS).map((k) => {
    const kind = k as RecordKind;
    return [kind, z.object({ ...SUBJECT_FIELDS[kind], ...FIELDS[kind] }).strict()];
  }),
) as unknown as Record<RecordKind, z.ZodType>;

export const updateBody = Object.fromEntries(
  Object.keys(FIELDS).map((k) => {
    const kind = k as RecordKind;
    // no defaults on update: a field left out keeps its value (the award's `source` above all)
    const shape = Object.fromEntries(
      Object.entries(FIELDS[kind]).map(([key, s]) => [key, (s instanceof z.ZodDefault ? (s.unwrap() as z.ZodType) : (s as z.ZodType)).optional()]),
    );
    return [kind, z.object({ ...shape, version: z.number().int().positive() }).strict()];
  }),
) as unknown as Record<RecordKind, z.ZodType>;

export const listQuery = z.object({
  personId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  /** with unitId: only the unit's own records, not those of its people */
  unitOnly: z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true').optional(),
  subject: z.enum(['person', 'unit', 'household']).optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  award: z.string().trim().max(40).optional(),
  /** a name (person, unit, household) or a decision number; diacritics optional */
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ListQuery = z.infer<typeof listQuery>;

export const checkSubjectBody = z
  .object({
    subject: z.enum(['person', 'unit'], { message: 'Đối tượng phải là person hoặc unit' }),
    id,
    award: awardCode,
    year,
    date: isoDate.optional(),
  })
  .strict();
