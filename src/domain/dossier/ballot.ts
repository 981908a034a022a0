/**
 * The result of a council's secret ballot on one nominee. The base is the council's total
 * membership on the session day (absent members give written opinions), per NĐ 98/2023 Khoản 7
 * Điều 30; where no vote is mandated, the installation's default share applies (a parameter).
 */
import type { VoteThreshold } from '../votes/votes.js';
import { votePasses, votesNeeded } from '../votes/votes.js';
import type { Ratio } from '../rulesets/types.js';

export interface BallotCount {
  yes: number;
  no: number;
  abstain: number;
}

export interface BallotResult {
  /** null: the threshold is a missing parameter, no verdict */
  passed: boolean | null;
  /** the rule applied, for the minutes */
  rule: string;
  /** votes needed to pass, when known */
  needed: number | null;
}

/** Where the law mandates no vote: more than half of the members (tdkt default, `workflow.defaultVoteShare`). */
export const DEFAULT_VOTE_SHARE: Ratio = { num: 1, den: 2 };

export function ballotResult(count: BallotCount, membersTotal: number, threshold: VoteThreshold, defaultShare: Ratio = DEFAULT_VOTE_SHARE): BallotResult {
  if (membersTotal <= 0) return { passed: null, rule: 'Hội đồng chưa có thành viên', needed: null };
  if (threshold.required && threshold.threshold) {
    const needed = votesNeeded(membersTotal, threshold.threshold);
    return {
      passed: votePasses(Math.min(count.yes, membersTotal), membersTotal, threshold.threshold),
      rule: `${threshold.text} (${needed}/${membersTotal} phiếu; ${threshold.ref})`,
      needed,
    };
  }
  if (threshold.required) {
    return { passed: null, rule: `${threshold.text}: cần đặt tham số ${threshold.missingParam ?? 'votes'} (${threshold.ref})`, needed: null };
  }
  // strictly more than the share: "quá bán"
  const needed = Math.floor((defaultShare.num * membersTotal) / defaultShare.den) + 1;
  return {
    passed: count.yes >= needed,
    rule: `Không bắt buộc bỏ phiếu theo quy định; thông qua khi trên ${defaultShare.num}/${defaultShare.den} tổng số thành viên đồng ý (${needed}/${membersTotal} phiếu; tham số của đơn vị)`,
    needed,
  };
}
