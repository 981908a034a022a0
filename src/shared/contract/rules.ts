/**
 * The rules API (/rules/*): the catalogue in force on a date, the eligibility check (of a case, or of
 * a subject from the registry), reward money, decision authority and the tenant's rule parameters.
 * The shapes are those of the domain core (src/domain); arrays the domain keeps read-only are
 * read-only here too.
 */
import { z } from 'zod';
import { STREAK_CHOICES } from '../../domain/params.js';
import { isoDate } from './common.js';

const int = z.number().int();
const str = z.string();
const ro = <T extends z.ZodType>(item: T) => z.array(item).readonly();

export const confidence = z.enum(['confirmed', 'partial', 'unconfirmed', 'tenant']);
export type Confidence = z.infer<typeof confidence>;
export const subjectCode = z.enum(['ca_nhan', 'tap_the', 'ho_gia_dinh']);
export type SubjectCode = z.infer<typeof subjectCode>;
export const awardKind = z.enum(['danh_hieu', 'hinh_thuc']);
export type AwardKind = z.infer<typeof awardKind>;
const ratio = z.object({ num: int, den: int });

// ---- catalogue --------------------------------------------------------------------------------

export const dossierItem = z.object({
  id: str,
  name: str,
  template: str.optional(),
  subjects: ro(subjectCode).optional(),
  ref: str,
  confidence,
});
export type DossierItem = z.infer<typeof dossierItem>;

export const catalogCoefficient = z.object({
  /** exact, in tenths (0,3 → 3); null when unconfirmed and not set by the tenant */
  tenths: int.nullable(),
  text: str.nullable(),
  upTo: z.boolean(),
  confidence,
  ref: str,
  /** the parameter to set when unconfirmed */
  param: str.optional(),
  /** household amounts derived from the individual one */
  derived: z.object({ fromSubject: z.literal('ca_nhan'), factorTenths: int.nullable(), factorText: str.nullable() }).optional(),
});
export type CatalogCoefficient = z.infer<typeof catalogCoefficient>;

export const catalogVote = z.object({
  required: z.boolean(),
  threshold: str.nullable(),
  num: int.nullable(),
  den: int.nullable(),
  confidence,
  ref: str,
  param: str.optional(),
});
export type CatalogVote = z.infer<typeof catalogVote>;

export const catalogDecider = z.object({ level: str, decider: str, refs: ro(str), confidence });
export type CatalogDecider = z.infer<typeof catalogDecider>;

export const catalogEntry = z.object({
  kind: awardKind,
  code: str,
  name: str,
  /** award forms only */
  group: str.optional(),
  subjects: ro(subjectCode),
  awardTypes: ro(str),
  period: str,
  items: ro(str),
  dossier: ro(dossierItem),
  citations: ro(str),
  notes: ro(str).optional(),
  armedForces: z.boolean().optional(),
  coefficients: z.partialRecord(subjectCode, catalogCoefficient),
  vote: catalogVote,
  deciders: z.array(catalogDecider),
  /** a tenant's own title or form */
  tenant: z.boolean(),
});
export type CatalogEntry = z.infer<typeof catalogEntry>;

export const rulesetInfo = z.object({
  id: str,
  name: str,
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  confidence,
  instruments: ro(str),
  notes: ro(str),
});
export type RulesetInfo = z.infer<typeof rulesetInfo>;

export const baseSalaryInfo = z.object({ amount: int, from: isoDate, ref: str, confidence });
export type BaseSalaryInfo = z.infer<typeof baseSalaryInfo>;

export const catalog = z.object({ date: isoDate, ruleset: rulesetInfo, baseSalary: baseSalaryInfo, entries: z.array(catalogEntry) });
export type Catalog = z.infer<typeof catalog>;

// ---- money, authority -------------------------------------------------------------------------

export const moneyResult = z.object({
  award: str,
  subject: subjectCode,
  date: isoDate,
  ruleset: str,
  coefficient: str.nullable(),
  coefficientTenths: int.nullable(),
  coefficientConfidence: confidence,
  householdFactor: str.nullable(),
  baseSalary: z.number(),
  baseSalaryFrom: isoDate,
  /** the exact amount before rounding, as decimal text */
  exactAmount: str.nullable(),
  amount: z.number().nullable(),
  amountInWords: str.nullable(),
  rounding: z.enum(['ceil_10000', 'none']),
  refs: ro(str),
  /** parameters to set before the amount can be computed */
  missing: ro(z.object({ param: str, text: str })),
  notes: ro(str),
});
export type MoneyResult = z.infer<typeof moneyResult>;

export const authorityResult = z.object({
  award: str,
  level: str,
  date: isoDate,
  ruleset: str,
  /** null when the law names no decider (unconfirmed): the tenant must configure one */
  allowed: z.boolean().nullable(),
  decider: str.nullable(),
  refs: z.array(str),
  confidence,
  reason: str,
  /** who does decide this award on that date, at any level */
  competent: z.array(z.object({ level: str, decider: str, confidence })),
});
export type AuthorityResult = z.infer<typeof authorityResult>;

// ---- eligibility ------------------------------------------------------------------------------

export const criterion = z.object({ id: str, ok: z.boolean().nullable(), text: str, ref: str });
export type Criterion = z.infer<typeof criterion>;

export const checkResult = z.object({ award: str, ruleset: str, eligible: z.boolean().nullable(), criteria: z.array(criterion) });
export type CheckResult = z.infer<typeof checkResult>;

const workFact = z.object({
  id: str.optional(),
  title: str.optional(),
  year: int,
  scope: str,
  usedFor: z.object({ award: str, year: int }).optional(),
});

/** The facts of a case as the engine reads them (absent list: unknown; empty list: known, none). */
export const caseFacts = z.object({
  ratings: z.record(str, str).optional(),
  awards: z.array(z.object({ award: str, year: int, type: str.optional(), movementKind: str.optional(), decisionDate: isoDate.optional() })).optional(),
  initiatives: z.array(workFact).optional(),
  research: z.array(workFact).optional(),
  discipline: z.array(z.object({ level: str, from: isoDate, to: isoDate.nullable().optional() })).optional(),
  pending: z.array(str).optional(),
  unitRating: str.optional(),
  members: z
    .object({ total: int.optional(), completedDuties: int.optional(), ldtt: int.optional(), cstdcs: int.optional(), disciplinedCanhCaoOrAbove: int.optional() })
    .optional(),
  clusterLeader: z.boolean().optional(),
  exceededTargets: z.boolean().optional(),
  vote: z.object({ for: int, total: int }).optional(),
});
export type CaseFacts = z.infer<typeof caseFacts>;

/** POST /rules/check-subject: the subject, the facts loaded from the registry and the engine's verdict. */
export const subjectCheck = z.object({
  subject: z.enum(['person', 'unit']),
  id: int,
  name: str,
  award: str,
  year: int,
  /** the day of the check (pending matters are those open on it) */
  date: isoDate,
  facts: caseFacts,
  result: checkResult,
});
export type SubjectCheck = z.infer<typeof subjectCheck>;

// ---- the tenant's rule parameters -------------------------------------------------------------

const tenantEntry = z.object({
  kind: awardKind,
  code: str,
  name: str,
  subjects: z.array(subjectCode),
  awardTypes: z.array(str).optional(),
  period: str.optional(),
  items: z.array(str).optional(),
  citations: z.array(str).optional(),
  coefficients: z.partialRecord(subjectCode, int).optional(),
  dossier: z.array(dossierItem).optional(),
  deciders: z.array(z.object({ level: str, decider: str })).optional(),
});

/** The stored parameters, the JSON as saved (validated on save by the domain's ruleParamsSchema). */
export const ruleParams = z.object({
  enableRulesets: z.array(str).optional(),
  baseSalaries: z.array(z.object({ from: isoDate, amount: int, ref: str.optional() })).optional(),
  money: z
    .object({ rounding: z.enum(['ceil_10000', 'none']).optional(), householdRounding: z.enum(['after_factor', 'before_factor']).optional(), householdFactor: int.optional() })
    .optional(),
  /** tenths per award and subject */
  coefficients: z.record(str, z.partialRecord(subjectCode, int)).optional(),
  /** council vote thresholds per award; null: no vote required */
  votes: z.record(str, ratio.nullable()).optional(),
  criteria: z.object({ ttldttLdttShare: ratio.optional() }).optional(),
  streak: z.object(STREAK_CHOICES).catchall(z.union([str, z.boolean()])).optional(),
  initiativeReuseAcrossTitles: z.boolean().optional(),
  authority: z.array(z.object({ level: str, awards: z.array(str), decider: str, ref: str.optional() })).optional(),
  dossier: z.record(str, z.array(dossierItem)).optional(),
  workflow: z
    .object({
      deadlines: z.partialRecord(z.enum(['receive', 'appraise', 'resubmit', 'decide']), int).optional(),
      consultationDays: int.optional(),
      consultationDaysByAward: z.record(str, int).optional(),
      directWorkerMinPercent: int.optional(),
      councilQuorum: ratio.optional(),
      recuseSameUnit: z.boolean().optional(),
      defaultVoteShare: ratio.optional(),
    })
    .optional(),
  /** emulation planning (docs/planning.md) */
  planning: z.object({ unregisteredNominee: z.enum(['warning', 'block', 'off']).optional(), reminderDaysBefore: int.optional() }).optional(),
  /** the tenant's own titles and forms */
  additions: z.array(tenantEntry).optional(),
});
export type RuleParams = z.infer<typeof ruleParams>;

/** version 0: nothing saved yet */
export const ruleSettings = z.object({ params: ruleParams, version: int });
export type RuleSettings = z.infer<typeof ruleSettings>;
