/**
 * Council vote thresholds as a share of the council's *total* membership (NĐ 98/2023 Khoản 7 Điều 30:
 * ≥90% for CSTĐ toàn quốc, CSTĐ bộ/tỉnh, Anh hùng; ≥80% for CSTĐ cơ sở, Cờ thi đua). Under NĐ 152/2025
 * the thresholds are unconfirmed: a parameter with no default.
 */
import { isAwardCode, type AwardCode } from '../codes.js';
import type { Confidence } from '../confidence.js';
import type { IsoDate } from '../dates.js';
import { invalid } from '../errors.js';
import type { RuleParams } from '../params.js';
import { rulesetAt } from '../rulesets/registry.js';
import { formatRatio, voteRuleOf } from '../rulesets/resolve.js';
import type { Ratio } from '../rulesets/types.js';

export interface VoteThreshold {
  award: AwardCode;
  ruleset: string;
  /** Whether the council must vote; null never happens today but is kept for unconfirmed rules. */
  required: boolean | null;
  /** Share of the total membership; null when no vote is required or the threshold is a missing parameter. */
  threshold: Ratio | null;
  /** "90%" etc. */
  text: string;
  confidence: Confidence;
  ref: string;
  /** The parameter to set when the threshold is unconfirmed. */
  missingParam?: string;
}

export function voteThreshold(award: string, date: IsoDate, params?: RuleParams): VoteThreshold {
  if (!isAwardCode(award)) throw invalid(`Mã danh hiệu/hình thức không tồn tại (trường 'award'): '${award}'`, 'award');
  const rs = rulesetAt(date, params);
  const rule = voteRuleOf(rs, award, params);
  const required = rule.required.value;
  if (!required) {
    return {
      award, ruleset: rs.id, required, threshold: null, text: 'Không bắt buộc bỏ phiếu', confidence: rule.required.confidence, ref: rule.required.ref,
    };
  }
  const th = rule.threshold;
  if (!th || th.value === null) {
    return {
      award, ruleset: rs.id, required: true, threshold: null,
      text: 'Thiếu tham số: tỷ lệ biểu quyết chưa xác nhận',
      confidence: 'unconfirmed', ref: th?.ref ?? rule.required.ref,
      missingParam: th && th.value === null ? th.param : `votes.${award}`,
    };
  }
  return {
    award, ruleset: rs.id, required: true, threshold: th.value,
    text: `Từ ${formatRatio(th.value)} tổng số thành viên Hội đồng trở lên`,
    confidence: th.confidence, ref: th.ref,
  };
}

/**
 * Exact integer test: votesFor / totalMembers ≥ num / den, i.e. votesFor × den ≥ num × totalMembers.
 * The base is the council's total membership, not those present (absent members vote in writing).
 */
export function votePasses(votesFor: number, totalMembers: number, threshold: Ratio): boolean {
  if (!Number.isSafeInteger(totalMembers) || totalMembers <= 0) {
    throw invalid(`Tổng số thành viên Hội đồng phải là số nguyên dương (trường 'totalMembers'): ${totalMembers}`, 'totalMembers');
  }
  if (!Number.isSafeInteger(votesFor) || votesFor < 0 || votesFor > totalMembers) {
    throw invalid(`Số phiếu đồng ý phải là số nguyên từ 0 đến ${totalMembers} (trường 'votesFor'): ${votesFor}`, 'votesFor');
  }
  if (!Number.isSafeInteger(threshold.num) || !Number.isSafeInteger(threshold.den) || threshold.den <= 0 || threshold.num < 0) {
    throw invalid(`Tỷ lệ biểu quyết không hợp lệ (trường 'threshold')`, 'threshold');
  }
  return BigInt(votesFor) * BigInt(threshold.den) >= BigInt(threshold.num) * BigInt(totalMembers);
}

/** The smallest number of votes that passes. */
export function votesNeeded(totalMembers: number, threshold: Ratio): number {
  // ceil(num × total / den) with integers
  return Math.floor((threshold.num * totalMembers + threshold.den - 1) / threshold.den);
}
