/** Reading a ruleset's values through the tenant parameters (overrides win, confidence becomes 'tenant'). */
import type { AwardCode } from '../codes.js';
import { tenant, type Sourced } from '../confidence.js';
import type { RuleParams } from '../params.js';
import { invalid } from '../errors.js';
import type { Coefficient, Ratio, Ruleset, VoteRule } from './types.js';

export type CoefficientSubject = 'ca_nhan' | 'tap_the' | 'ho_gia_dinh';

/**
 * The coefficient of `award` for `subject` in `rs`, with tenant overrides applied. Undefined when the
 * award has no coefficient for that subject at all (e.g. LĐTT for a collective). For households, only
 * an explicit household coefficient is returned; the ×1,5 rule is applied by the money module.
 */
export function coefficientOf(
  rs: Ruleset,
  award: AwardCode,
  subject: CoefficientSubject,
  params?: RuleParams,
): Sourced<Coefficient> | undefined {
  const o = params?.coefficients?.[award]?.[subject];
  const base = rs.coefficients[award]?.[subject];
  if (o === undefined || !overridable(base)) return base;
  if (base?.value?.upTo && o > base.value.tenths) {
    throw invalid(
      `Hệ số ${formatTenths(o)} vượt mức tối đa ${formatTenths(base.value.tenths)} (trường 'coefficients.${award}.${subject}'; ${base.ref})`,
      `coefficients.${award}.${subject}`,
    );
  }
  return tenant<Coefficient>({ tenths: o }, 'Tham số của đơn vị (hệ số)');
}

/**
 * Confirmed legal values are not overridable: a tenant value is ignored for them (it may target another
 * period where the value is unconfirmed). Partial and unconfirmed values, and the concrete value under an
 * "up to" ceiling, are.
 */
function overridable(v: Sourced<unknown> | undefined): boolean {
  if (!v) return true;
  if (v.confidence !== 'confirmed') return true;
  return Boolean((v.value as Coefficient | null)?.upTo);
}

/** The household factor in tenths (15 = 1,5), with the tenant override. */
export function householdFactorOf(rs: Ruleset, params?: RuleParams): Sourced<number> {
  const o = params?.money?.householdFactor;
  if (o !== undefined && overridable(rs.money.householdFactor)) return tenant(o, 'Tham số của đơn vị (hệ số hộ gia đình)');
  return rs.money.householdFactor;
}

export interface ResolvedVote {
  required: Sourced<boolean>;
  threshold: Sourced<Ratio> | null;
}

/** The vote rule of `award`, with the tenant's threshold (null in params = no vote required). */
export function voteRuleOf(rs: Ruleset, award: AwardCode, params?: RuleParams): ResolvedVote {
  const rule: VoteRule = rs.votes[award] ?? rs.defaultVote;
  const votes = params?.votes;
  if (votes && Object.prototype.hasOwnProperty.call(votes, award) && (rule.threshold === null ? overridable(rule.required) : overridable(rule.threshold))) {
    const o = votes[award];
    if (o === null || o === undefined) return { required: tenant(false, 'Tham số của đơn vị (biểu quyết)'), threshold: null };
    return { required: tenant(true, 'Tham số của đơn vị (biểu quyết)'), threshold: tenant(o, 'Tham số của đơn vị (tỷ lệ biểu quyết)') };
  }
  return rule;
}

/** Share of LĐTT members required for TTLĐ tiên tiến. */
export function ttldttShareOf(rs: Ruleset, params?: RuleParams): Sourced<Ratio> {
  const o = params?.criteria?.ttldttLdttShare;
  return o && overridable(rs.criteria.ttldttLdttShare) ? tenant(o, 'Tham số của đơn vị (tỷ lệ Lao động tiên tiến)') : rs.criteria.ttldttLdttShare;
}

/** "0,3", "30,5", "12,0": a coefficient in tenths written the Vietnamese way. */
export function formatTenths(tenths: number): string {
  const whole = Math.trunc(tenths / 10);
  const frac = Math.abs(tenths % 10);
  return `${whole},${frac}`;
}

/** "90%" or "2/3". */
export function formatRatio(r: Ratio): string {
  if (r.den === 100) return `${r.num}%`;
  return `${r.num}/${r.den}`;
}
