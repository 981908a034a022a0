/**
 * Tenant parameters: what an admin may set or override. PARTIAL rules have defaults that these
 * replace; UNCONFIRMED rules have no default and read their value only from here.
 */
import { z } from 'zod';
import { AWARD_CODES, LEVELS, type AwardCode, type Level } from './codes.js';
import { isValidIsoDate } from './dates.js';
import type { BaseSalaryParams } from './rulesets/base-salary.js';
import type { RulesetSelection } from './rulesets/registry.js';
import type { Ratio } from './rulesets/types.js';

/** The streak choices an installation may set (legal-rules.md: PARTIAL defaults), as zod fields. */
export const STREAK_CHOICES = {
  endsAt: z.enum(['review_year', 'previous_year']).optional(),
  missingYear: z.enum(['breaks', 'skips_unrated']).optional(),
  resetAfterHigherAward: z.boolean().optional(),
  higherTitleConsecutive: z.enum(['unbroken_base_chain', 'consecutive_years']).optional(),
  initiativeWindow: z.enum(['qualifying_period', 'review_year']).optional(),
  disciplineYear: z.enum(['after_end_year', 'from_end_year']).optional(),
};

/**
 * How "n lần liên tục" (n consecutive times) is read. The law does not say (legal-rules §13.12), so
 * these are documented defaults (docs/rules.md).
 */
export interface StreakParams {
  /** The streak ends at the year under review (default) or the year before it. */
  endsAt: 'review_year' | 'previous_year';
  /** A year without the title breaks the streak (default); or a year with no rating at all is skipped. */
  missingYear: 'breaks' | 'skips_unrated';
  /** Years up to a higher title already awarded on this chain are not counted again (default true). */
  resetAfterHigherAward: boolean;
  /**
   * When are two CSTĐ tỉnh "liên tục" for CSTĐ toàn quốc: when CSTĐ cơ sở is unbroken between them
   * (default), or when they are in consecutive calendar years.
   */
  higherTitleConsecutive: 'unbroken_base_chain' | 'consecutive_years';
  /** Which years' initiatives count for a chained title: the qualifying period (default) or only the review year. */
  initiativeWindow: 'qualifying_period' | 'review_year';
  /** A year counts after discipline only when it starts after the discipline ended (default), or also the year it ended. */
  disciplineYear: 'after_end_year' | 'from_end_year';
}

export const DEFAULT_STREAK: StreakParams = {
  endsAt: 'review_year',
  missingYear: 'breaks',
  resetAfterHigherAward: true,
  higherTitleConsecutive: 'unbroken_base_chain',
  initiativeWindow: 'qualifying_period',
  disciplineYear: 'after_end_year',
};

export interface DossierItem {
  id: string;
  name: string;
  template?: string;
  subjects?: readonly ('ca_nhan' | 'tap_the' | 'ho_gia_dinh')[];
  ref: string;
  confidence: 'confirmed' | 'partial' | 'tenant';
}

export interface TenantAuthorityRow {
  level: Level;
  awards: readonly AwardCode[];
  decider: string;
  ref?: string;
}

export interface MoneyParams {
  /** 'ceil_10000' (default, the decree's rule) or 'none' (exact amount, rounded up to the whole đồng). */
  rounding?: 'ceil_10000' | 'none';
  /** Household: round after applying ×1,5 (default, suggested by legal-rules §6.2) or round the individual amount first. */
  householdRounding?: 'after_factor' | 'before_factor';
  /** Household factor in tenths (15 = 1,5) where the ruleset does not confirm it. */
  householdFactor?: number;
}

export interface RuleParams extends RulesetSelection, BaseSalaryParams {
  money?: MoneyParams;
  /** Coefficients in tenths per award and subject (0,3 → 3): fills unconfirmed values or overrides. */
  coefficients?: Partial<Record<string, Partial<Record<'ca_nhan' | 'tap_the' | 'ho_gia_dinh', number>>>>;
  /** Council vote thresholds as a share of the total membership; null = no vote required. */
  votes?: Partial<Record<string, Ratio | null>>;
  criteria?: {
    /** TTLĐ tiên tiến: minimum share of LĐTT members (default 70/100, chưa xác nhận). */
    ttldttLdttShare?: Ratio;
  };
  streak?: Partial<StreakParams>;
  /** An initiative already used for a danh hiệu may serve another danh hiệu (default true: not expressly banned). */
  initiativeReuseAcrossTitles?: boolean;
  /** Extra deciders of the tenant (e.g. school principals by provincial delegation). */
  authority?: readonly TenantAuthorityRow[];
  /** Dossier checklists set by the province or ministry (NĐ 152/2025 Điều 6(2)(c)). */
  dossier?: Partial<Record<string, readonly DossierItem[]>>;
  /** Proposal workflow: working days per step, the public consultation window, composition targets. */
  workflow?: WorkflowParams;
  /** Emulation planning (docs/planning.md). */
  planning?: PlanningParams;
}

export interface PlanningParams {
  /**
   * A nominee for a title who was not registered (đăng ký thi đua) that year: flagged as a warning
   * (default), blocked as an error, or not checked. The law asks units to register; what follows
   * from not registering is the province's choice, hence a tenant setting.
   */
  unregisteredNominee?: 'warning' | 'block' | 'off';
  /** days before a task's due date when the lead unit is reminded (default 7) */
  reminderDaysBefore?: number;
}

export interface WorkflowParams {
  /** working days allowed per step (receive, appraise, resubmit, decide); defaults in domain/dossier/workflow.ts */
  deadlines?: Partial<Record<'receive' | 'appraise' | 'resubmit' | 'decide', number>>;
  /**
   * Working days of public consultation (lấy ý kiến). The duration for local titles is UNCONFIRMED
   * (legal-rules §7.5): no default — without it the appraiser enters the days when opening it.
   */
  consultationDays?: number;
  /** per award code, overriding `consultationDays` (e.g. Anh hùng: 10 working days, NĐ 98 Điều 46) */
  consultationDaysByAward?: Partial<Record<string, number>>;
  /** minimum share of direct workers among individual nominees, percent (plans: "trên 30%") */
  directWorkerMinPercent?: number;
  /** members present for a council session to vote (province-specific, e.g. Bắc Ninh 80%); unset: not checked */
  councilQuorum?: Ratio;
  /** a member does not vote on nominees of his own unit */
  recuseSameUnit?: boolean;
  /** where no vote threshold is mandated: passed with more than this share of all members (default 1/2) */
  defaultVoteShare?: Ratio;
}

export function streakParams(params?: RuleParams): StreakParams {
  return params?.streak ? { ...DEFAULT_STREAK, ...params.streak } : DEFAULT_STREAK;
}

const ratio = z
  .object({ num: z.number().int().min(0), den: z.number().int().positive() })
  .strict()
  .refine((r) => r.num <= r.den, { message: 'Tỷ lệ phải từ 0 đến 1 (num ≤ den)' });
const tenths = z.number().int().nonnegative({ message: 'Hệ số ghi bằng phần mười, số nguyên không âm (0,3 → 3)' });
const isoDate = z.string().refine(isValidIsoDate, { message: 'Ngày không hợp lệ, cần dạng YYYY-MM-DD' });
const workDays = z.number().int().min(1, 'Ít nhất 1 ngày làm việc').max(365, 'Tối đa 365 ngày làm việc');
const awardKey = z.string().refine((k) => (AWARD_CODES as readonly string[]).includes(k), { message: 'Mã danh hiệu/hình thức không tồn tại' });

/** Validates tenant parameters entered by an admin (messages in Vietnamese). */
export const ruleParamsSchema = z
  .object({
    enableRulesets: z.array(z.string()).optional(),
    baseSalaries: z
      .array(z.object({ from: isoDate, amount: z.number().int().positive(), ref: z.string().optional() }).strict())
      .optional(),
    money: z
      .object({
        rounding: z.enum(['ceil_10000', 'none']).optional(),
        householdRounding: z.enum(['after_factor', 'before_factor']).optional(),
        householdFactor: tenths.optional(),
      })
      .strict()
      .optional(),
    coefficients: z
      .record(awardKey, z.object({ ca_nhan: tenths.optional(), tap_the: tenths.optional(), ho_gia_dinh: tenths.optional() }).strict())
      .optional(),
    votes: z.record(awardKey, ratio.nullable()).optional(),
    criteria: z.object({ ttldttLdttShare: ratio.optional() }).strict().optional(),
    streak: z.object(STREAK_CHOICES).strict().optional(),
    initiativeReuseAcrossTitles: z.boolean().optional(),
    authority: z
      .array(
        z
          .object({
            level: z.enum(LEVELS),
            awards: z.array(z.enum(AWARD_CODES as [AwardCode, ...AwardCode[]])),
            decider: z.string().min(1),
            ref: z.string().optional(),
          })
          .strict(),
      )
      .optional(),
    dossier: z
      .record(
        awardKey,
        z.array(
          z
            .object({
              id: z.string().min(1),
              name: z.string().min(1),
              template: z.string().optional(),
              subjects: z.array(z.enum(['ca_nhan', 'tap_the', 'ho_gia_dinh'])).optional(),
              ref: z.string(),
              confidence: z.enum(['confirmed', 'partial', 'tenant']),
            })
            .strict(),
        ),
      )
      .optional(),
    workflow: z
      .object({
        deadlines: z
          .object({ receive: workDays.optional(), appraise: workDays.optional(), resubmit: workDays.optional(), decide: workDays.optional() })
          .strict()
          .optional(),
        consultationDays: workDays.optional(),
        consultationDaysByAward: z.record(awardKey, workDays).optional(),
        directWorkerMinPercent: z.number().int().min(0).max(100).optional(),
        councilQuorum: ratio.optional(),
        recuseSameUnit: z.boolean().optional(),
        defaultVoteShare: ratio.optional(),
      })
      .strict()
      .optional(),
    planning: z
      .object({
        unregisteredNominee: z.enum(['warning', 'block', 'off']).optional(),
        reminderDaysBefore: z.number().int().min(0).max(90).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
