/**
 * The rule-engine case (shared/domain/codes.md "Rule-engine case") as a zod schema, and a validator
 * that returns Vietnamese errors naming the field. Absent fact arrays mean "unknown" (the engine then
 * answers null for the criteria that need them); an empty array means "known: none".
 */
import { z } from 'zod';
import {
  AWARD_TYPES, DISCIPLINE_LEVELS, MOVEMENT_KINDS, PENDING_KINDS, RATINGS, SCOPES, SUBJECTS,
  isAwardCode, type AwardCode,
} from '../codes.js';
import { isValidIsoDate, docDate } from '../dates.js';
import { invalid, type FieldError } from '../errors.js';
import { awardName, catalogData } from '../catalog/names.js';
import { findRulesetAt, type RulesetSelection } from '../rulesets/registry.js';

const year = z.number({ message: 'Năm phải là số nguyên' }).int({ message: 'Năm phải là số nguyên' })
  .min(1945, { message: 'Năm không hợp lệ (từ 1945)' }).max(2100, { message: 'Năm không hợp lệ (đến 2100)' });
const isoDate = z.string({ message: 'Ngày phải là chuỗi YYYY-MM-DD' })
  .refine(isValidIsoDate, { message: 'Ngày không hợp lệ hoặc không tồn tại, cần dạng YYYY-MM-DD' });
const awardCode = z.string({ message: 'Mã danh hiệu/hình thức phải là chuỗi' })
  .refine(isAwardCode, { message: 'Mã danh hiệu/hình thức không tồn tại' }) as unknown as z.ZodType<AwardCode>;
const count = z.number({ message: 'Phải là số nguyên không âm' }).int({ message: 'Phải là số nguyên không âm' }).min(0, { message: 'Phải là số nguyên không âm' });
const list = (values: readonly string[]) => `dùng một trong: ${values.join(', ')}`;
const usedFor = z.object({ award: awardCode, year }).strict();

export const ratingSchema = z.enum(RATINGS, { message: `Xếp loại không hợp lệ; ${list(RATINGS)}` });

export const initiativeSchema = z
  .object({
    id: z.string().optional(),
    title: z.string().optional(),
    year,
    scope: z.enum(SCOPES, { message: `Phạm vi không hợp lệ; ${list(SCOPES)}` }),
    /** The award this initiative was already the basis of (single use). */
    usedFor: usedFor.optional(),
  })
  .strict();

export const caseSchema = z
  .object({
    award: awardCode,
    subject: z.enum(SUBJECTS, { message: `Đối tượng không hợp lệ; ${list(SUBJECTS)}` }),
    year,
    date: isoDate,
    /** Award type (loại hình); default cong_trang (the regular annual review). */
    type: z.enum(AWARD_TYPES, { message: `Loại hình khen thưởng không hợp lệ; ${list(AWARD_TYPES)}` }).optional(),
    facts: z
      .object({
        ratings: z.record(z.string().regex(/^\d{4}$/, { message: 'Khóa phải là năm 4 chữ số' }), ratingSchema).optional(),
        awards: z
          .array(
            z
              .object({
                award: awardCode,
                year,
                type: z.enum(AWARD_TYPES, { message: `Loại hình khen thưởng không hợp lệ; ${list(AWARD_TYPES)}` }).optional(),
                movementKind: z.enum(MOVEMENT_KINDS, { message: `Hình thức phong trào không hợp lệ; ${list(MOVEMENT_KINDS)}` }).optional(),
                decisionDate: isoDate.optional(),
              })
              .strict(),
          )
          .optional(),
        initiatives: z.array(initiativeSchema).optional(),
        research: z.array(initiativeSchema).optional(),
        discipline: z
          .array(
            z
              .object({
                level: z.enum(DISCIPLINE_LEVELS, { message: `Hình thức kỷ luật không hợp lệ; ${list(DISCIPLINE_LEVELS)}` }),
                from: isoDate,
                to: isoDate.nullable().optional(),
              })
              .strict(),
          )
          .optional(),
        pending: z.array(z.enum(PENDING_KINDS, { message: `Vụ việc không hợp lệ; ${list(PENDING_KINDS)}` })).optional(),
        unitRating: ratingSchema.optional(),
        members: z
          .object({
            total: count.optional(),
            completedDuties: count.optional(),
            ldtt: count.optional(),
            cstdcs: count.optional(),
            disciplinedCanhCaoOrAbove: count.optional(),
          })
          .strict()
          .optional(),
        /** The collective leads its cụm/khối thi đua this year (Cờ thi đua). */
        clusterLeader: z.boolean({ message: 'Phải là true hoặc false' }).optional(),
        /** The collective exceeded its targets this year (Cờ thi đua). */
        exceededTargets: z.boolean({ message: 'Phải là true hoặc false' }).optional(),
        /** Council ballot, when it has taken place. */
        vote: z.object({ for: count, total: count }).strict().optional(),
      })
      .strict(),
  })
  .strict();

export type EligibilityCase = z.infer<typeof caseSchema>;
export type CaseFacts = EligibilityCase['facts'];
export type InitiativeFact = z.infer<typeof initiativeSchema>;


function fieldOf(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += s ? `.${String(p)}` : String(p);
  }
  return s || '(gốc)';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function translate(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return 'Thiếu trường bắt buộc';
      return issue.expected === 'object' ? 'Phải là một đối tượng JSON' : issue.expected === 'array' ? 'Phải là một danh sách' : issue.message.startsWith('Invalid') ? `Kiểu dữ liệu không hợp lệ (cần ${issue.expected})` : issue.message;
    case 'unrecognized_keys':
      return `Trường không được hỗ trợ: ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return 'Khóa không hợp lệ: phải là năm 4 chữ số';
    default:
      return issue.message;
  }
}

export type { FieldError };

export type ValidationResult = { ok: true; value: EligibilityCase } | { ok: false; errors: FieldError[] };

/**
 * Validate a case: shape and codes (zod), impossible dates, then cross-field checks (subject of the
 * award, member counts, discipline periods, a ruleset for the date). Errors are Vietnamese and name the field.
 */
export function validateCase(input: unknown, params?: RulesetSelection): ValidationResult {
  const parsed = caseSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => ({ field: fieldOf(i.path), message: `${translate(i, input)} (trường '${fieldOf(i.path)}')` })) };
  }
  const c = parsed.data;
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message: `${message} (trường '${field}')` });
  const data = catalogData(c.award);
  if (data && !data.subjects.includes(c.subject)) {
    add('subject', `${awardName(c.award)} không áp dụng cho đối tượng '${c.subject}'; áp dụng cho: ${data.subjects.join(', ')}`);
  }
  if (Number(c.date.slice(0, 4)) < c.year) add('year', `Năm xét ${c.year} sau ngày xét ${docDate(c.date)}`);
  if (!findRulesetAt(c.date, params)) add('date', `Chưa có bộ quy tắc cho ngày ${docDate(c.date)}: hệ thống áp dụng Luật Thi đua, khen thưởng 2022 từ ngày 1/1/2024`);
  const m = c.facts.members;
  if (m && m.total !== undefined) {
    for (const k of ['completedDuties', 'ldtt', 'cstdcs', 'disciplinedCanhCaoOrAbove'] as const) {
      const v = m[k];
      if (v !== undefined && v > m.total) add(`facts.members.${k}`, `Không được lớn hơn tổng số thành viên (${m.total})`);
    }
  }
  c.facts.discipline?.forEach((d, i) => {
    if (d.to && d.to < d.from) add(`facts.discipline[${i}].to`, 'Ngày kết thúc trước ngày bắt đầu kỷ luật');
  });
  if (c.facts.vote && c.facts.vote.for > c.facts.vote.total) add('facts.vote.for', `Số phiếu đồng ý lớn hơn tổng số thành viên (${c.facts.vote.total})`);
  if (c.facts.vote && c.facts.vote.total === 0) add('facts.vote.total', 'Tổng số thành viên Hội đồng phải lớn hơn 0');
  return errors.length ? { ok: false, errors } : { ok: true, value: c };
}

/** validateCase, throwing a DomainError whose message lists every error. */
export function parseCase(input: unknown, params?: RulesetSelection): EligibilityCase {
  const r = validateCase(input, params);
  if (r.ok) return r.value;
  throw invalid(r.errors.map((x) => x.message).join('; '), r.errors[0].field, r.errors);
}
