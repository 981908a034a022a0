import type { AwardCode, Level, Subject } from '../codes.js';
import type { Confidence, Sourced } from '../confidence.js';
import type { IsoDate } from '../dates.js';

/** A reward coefficient in exact tenths (0,3 → 3; 30,5 → 305). `upTo` marks a ceiling ("tối đa") the issuer fills in. */
export interface Coefficient {
  tenths: number;
  upTo?: boolean;
}

/** Coefficients of one award per subject. Households are derived from the individual amount (see householdFactor). */
export type CoefficientSet = Partial<Record<'ca_nhan' | 'tap_the' | 'ho_gia_dinh', Sourced<Coefficient>>>;

/** A share of the council's total membership: votes ≥ num/den × total. */
export interface Ratio {
  num: number;
  den: number;
}

export interface VoteRule {
  required: Sourced<boolean>;
  /** Share of the *total* membership (absent members' written opinions count). Null value when unconfirmed. */
  threshold: Sourced<Ratio> | null;
}

/** One row of the authority matrix: at `level`, `decider` may decide `awards`. */
export interface AuthorityRow {
  level: Level;
  awards: readonly AwardCode[];
  decider: string;
  refs: readonly string[];
  confidence: Confidence;
  note?: string;
}

/** A level that decides nothing in this ruleset (e.g. the abolished district level). */
export interface AuthorityAbsence {
  level: Level;
  reason: string;
  refs: readonly string[];
}

/** Citations and confidence of the cross-cutting rules the eligibility engine applies. */
export interface PrincipleRules {
  /** Pending discipline/investigation/inspection/complaint blocks a proposal. */
  blocking: Sourced<boolean>;
  /** Achievements count only from the end of a discipline period. */
  disciplineCount: Sourced<boolean>;
  /** Đột xuất and thematic awards are not a basis for a higher công trạng award. */
  adHocNotCounted: Sourced<boolean>;
  /** One initiative is the basis of one award form only; no reuse between titles and forms. */
  initiativeSingleUse: Sourced<boolean>;
}

export interface MoneyRules {
  /** Base salary of the decision date; round up to 10,000; same period → highest title only… */
  principlesRef: string;
  roundingUp: Sourced<boolean>;
  /** Household gets factor × the individual amount of the same form; factor in tenths (15 = 1,5). */
  householdFactor: Sourced<number>;
  /** Several titles with the same qualifying period: only the highest is paid. */
  samePeriodHighestOnly: Sourced<boolean>;
}

/** Thresholds of collective titles that the law states as percentages. */
export interface CriteriaRules {
  /** TTLĐ tiên tiến: share of members who are LĐTT. */
  ttldttLdttShare: Sourced<Ratio>;
  /** TTLĐ xuất sắc: share of members who are LĐTT. */
  ttldxsLdttShare: Sourced<Ratio>;
}

export interface Ruleset {
  /** Stable id, e.g. "LAW2022+ND152" (shared/domain/codes.md). */
  id: string;
  name: string;
  effectiveFrom: IsoDate;
  /** Inclusive last day, or null while in force. */
  effectiveTo: IsoDate | null;
  confidence: Confidence;
  /** An opt-in ruleset is only selected when the tenant enables it (RuleParams.enableRulesets). */
  optIn: boolean;
  /** Legal bases, in Vietnamese (căn cứ). */
  instruments: readonly string[];
  notes: readonly string[];
  coefficients: Partial<Record<AwardCode, CoefficientSet>>;
  coefficientRef: Partial<Record<AwardCode, string>>;
  money: MoneyRules;
  votes: Partial<Record<AwardCode, VoteRule>>;
  /** Rule for awards not listed in `votes`. */
  defaultVote: VoteRule;
  authority: readonly AuthorityRow[];
  authorityAbsent: readonly AuthorityAbsence[];
  principles: PrincipleRules;
  criteria: CriteriaRules;
  /** The citation of the blocking/discipline principles, per ruleset (article numbers change with the decree). */
  principlesRef: string;
}

export type SubjectKey = Extract<Subject, 'ca_nhan' | 'tap_the' | 'ho_gia_dinh'>;
