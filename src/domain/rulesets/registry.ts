import { cmpDate, isValidIsoDate, docDate, type IsoDate } from '../dates.js';
import { invalid } from '../errors.js';
import { LAW2022_ND98 } from './law2022-nd98.js';
import { LAW2022_ND152 } from './law2022-nd152.js';
import { LAW2022_2026_ND152 } from './law2026-nd152.js';
import type { Ruleset } from './types.js';

/** Every known ruleset, oldest first. Adding a decree = adding a file and a line here. */
export const RULESETS: readonly Ruleset[] = [LAW2022_ND98, LAW2022_ND152, LAW2022_2026_ND152];

export interface RulesetSelection {
  /** Ids of opt-in rulesets the tenant has enabled. */
  enableRulesets?: readonly string[];
}

const EMPTY: readonly string[] = [];

/**
 * The ruleset in force on `date`: among the enabled rulesets whose period contains the date, the one
 * that took effect last. Undefined before the first ruleset (1/1/2024).
 */
export function findRulesetAt(date: IsoDate, params?: RulesetSelection): Ruleset | undefined {
  const enabled = params?.enableRulesets ?? EMPTY;
  let best: Ruleset | undefined;
  for (const r of RULESETS) {
    if (r.optIn && !enabled.includes(r.id)) continue;
    if (cmpDate(date, r.effectiveFrom) < 0) continue;
    if (r.effectiveTo !== null && cmpDate(date, r.effectiveTo) > 0) continue;
    if (!best || cmpDate(r.effectiveFrom, best.effectiveFrom) >= 0) best = r;
  }
  return best;
}

/** Like findRulesetAt but throws a Vietnamese DomainError naming the field. */
export function rulesetAt(date: IsoDate, params?: RulesetSelection, field = 'date'): Ruleset {
  if (!isValidIsoDate(date)) throw invalid(`Ngày không hợp lệ (trường '${field}'): '${String(date)}', cần dạng YYYY-MM-DD`, field);
  const r = findRulesetAt(date, params);
  if (!r) {
    throw invalid(
      `Chưa có bộ quy tắc cho ngày ${docDate(date)} (trường '${field}'): hệ thống áp dụng Luật Thi đua, khen thưởng 2022 từ ngày 1/1/2024`,
      field,
    );
  }
  return r;
}

export function rulesetById(id: string): Ruleset | undefined {
  return RULESETS.find((r) => r.id === id);
}
