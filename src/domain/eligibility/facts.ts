/**
 * Reading the facts of a case: which years count (discipline, ad-hoc awards), streaks of consecutive
 * titles, and which initiatives may still be used. Pure helpers for the engine.
 */
import { kindOf, type AwardCode, type Rating, type Scope, DISCIPLINE_NAMES, SCOPE_NAMES, scopeAtLeast } from '../codes.js';
import { docDate } from '../dates.js';
import { awardName } from '../catalog/names.js';
import type { RuleParams, StreakParams } from '../params.js';
import type { Ruleset } from '../rulesets/types.js';
import type { EligibilityCase, InitiativeFact } from './schema.js';

export interface Ctx {
  c: EligibilityCase;
  rs: Ruleset;
  params: RuleParams | undefined;
  streak: StreakParams;
  discipline: DisciplineInfo;
}

export interface DisciplineInfo {
  /** facts.discipline was given. */
  known: boolean;
  /** Indexes of disciplines in effect by the date with no end date. */
  missingEnd: number[];
  /** Years ≤ this are not counted (achievements count only after a discipline period ends). */
  excludedThrough: number | null;
  /** The discipline that sets excludedThrough, for the explanation. */
  cause: string | null;
}

export function disciplineInfo(c: EligibilityCase, rs: Ruleset, streak: StreakParams): DisciplineInfo {
  const list = c.facts.discipline;
  if (!list) return { known: false, missingEnd: [], excludedThrough: null, cause: null };
  const missingEnd: number[] = [];
  let excludedThrough: number | null = null;
  let cause: string | null = null;
  if (!rs.principles.disciplineCount.value) return { known: true, missingEnd, excludedThrough, cause };
  list.forEach((d, i) => {
    if (d.from > c.date) return; // after the evaluation date: not yet relevant
    if (!d.to) {
      missingEnd.push(i);
      return;
    }
    const endYear = Number(d.to.slice(0, 4));
    const through = streak.disciplineYear === 'after_end_year' ? endYear : endYear - 1;
    if (excludedThrough === null || through > excludedThrough) {
      excludedThrough = through;
      cause = `kỷ luật ${DISCIPLINE_NAMES[d.level]} từ ${docDate(d.from)} đến ${docDate(d.to)}`;
    }
  });
  return { known: true, missingEnd, excludedThrough, cause };
}

export function yearCounts(ctx: Ctx, y: number): boolean {
  const t = ctx.discipline.excludedThrough;
  return t === null || y > t;
}

export function ratingOf(ctx: Ctx, y: number): Rating | undefined {
  const { c } = ctx;
  if (y === c.year && c.subject === 'tap_the' && c.facts.unitRating) return c.facts.unitRating;
  return c.facts.ratings?.[String(y)];
}

/** Award records that may serve as a basis: not đột xuất / thematic when the ruleset says so. */
function countableAward(ctx: Ctx, a: NonNullable<EligibilityCase['facts']['awards']>[number]): boolean {
  if (!ctx.rs.principles.adHocNotCounted.value) return true;
  return a.type !== 'dot_xuat' && a.movementKind !== 'chuyen_de';
}

export function awardYears(ctx: Ctx, code: AwardCode): Set<number> {
  const out = new Set<number>();
  for (const a of ctx.c.facts.awards ?? []) if (a.award === code && countableAward(ctx, a)) out.add(a.year);
  return out;
}

export function yearsList(ys: readonly number[]): string {
  return [...ys].sort((a, b) => a - b).join(', ');
}

export interface StreakResult {
  ok: boolean;
  years: number[];
  endYear: number;
  /** Why the streak stopped, in Vietnamese (empty when ok). */
  stop: string;
}

/** Latest year of a reset award strictly before the review year (a higher title already awarded). */
function resetYear(ctx: Ctx, resetBy: readonly AwardCode[]): number | null {
  if (!ctx.streak.resetAfterHigherAward) return null;
  let y: number | null = null;
  for (const a of ctx.c.facts.awards ?? []) {
    if (resetBy.includes(a.award) && a.year < ctx.c.year && (y === null || a.year > y)) y = a.year;
  }
  return y;
}

/**
 * k consecutive yearly titles `code`, ending at the review year (or the year before), after the last
 * higher award in `resetBy` and after any discipline period.
 */
export function yearlyStreak(ctx: Ctx, code: AwardCode, k: number, resetBy: readonly AwardCode[]): StreakResult {
  const have = awardYears(ctx, code);
  const endYear = ctx.streak.endsAt === 'review_year' ? ctx.c.year : ctx.c.year - 1;
  const reset = resetYear(ctx, resetBy);
  const years: number[] = [];
  let stop = '';
  for (let y = endYear; years.length < k; y--) {
    if (reset !== null && y <= reset) {
      const higher = (ctx.c.facts.awards ?? []).find((a) => resetBy.includes(a.award) && a.year === reset);
      stop = `các năm đến ${reset} đã được tính để tặng ${higher ? awardName(higher.award) : 'danh hiệu cao hơn'} năm ${reset}`;
      break;
    }
    if (!yearCounts(ctx, y)) {
      stop = `thành tích từ năm ${y} trở về trước không được tính do ${ctx.discipline.cause}`;
      break;
    }
    if (have.has(y)) {
      years.push(y);
      continue;
    }
    const anyFact = ctx.c.facts.ratings?.[String(y)] !== undefined || (ctx.c.facts.awards ?? []).some((a) => a.year === y);
    if (ctx.streak.missingYear === 'skips_unrated' && !anyFact && y > endYear - 50) continue;
    stop = `năm ${y} không đạt ${awardName(code)}`;
    break;
  }
  return { ok: years.length >= k, years: years.sort((a, b) => a - b), endYear, stop };
}

/**
 * k consecutive higher titles (CSTĐ tỉnh for CSTĐ toàn quốc). The last must be in the end year. Two
 * are consecutive when the base title (CSTĐ cơ sở) is unbroken between them (default) or when they are
 * in consecutive years.
 */
export function chainStreak(ctx: Ctx, code: AwardCode, base: AwardCode, k: number, resetBy: readonly AwardCode[]): StreakResult {
  const endYear = ctx.streak.endsAt === 'review_year' ? ctx.c.year : ctx.c.year - 1;
  const reset = resetYear(ctx, resetBy);
  const held = [...awardYears(ctx, code)].filter((y) => y <= endYear && (reset === null || y > reset) && yearCounts(ctx, y)).sort((a, b) => b - a);
  const baseYears = awardYears(ctx, base);
  if (held[0] !== endYear) {
    return { ok: false, years: [], endYear, stop: `năm ${endYear} không đạt ${awardName(code)}` };
  }
  const years = [held[0]];
  let stop = '';
  for (let i = 1; i < held.length && years.length < k; i++) {
    const prev = held[i];
    const cur = years[years.length - 1];
    let linked: boolean;
    if (ctx.streak.higherTitleConsecutive === 'consecutive_years') {
      linked = cur - prev === 1;
      if (!linked) stop = `${awardName(code)} năm ${prev} và năm ${cur} không liền nhau`;
    } else {
      const gap: number[] = [];
      for (let y = prev + 1; y <= cur; y++) if (!baseYears.has(y) || !yearCounts(ctx, y)) gap.push(y);
      linked = gap.length === 0;
      if (!linked) stop = `giữa ${awardName(code)} năm ${prev} và năm ${cur}, năm ${yearsList(gap)} không đạt ${awardName(base)}`;
    }
    if (!linked) break;
    years.push(prev);
  }
  if (years.length < k && !stop) stop = `chỉ có ${awardName(code)} năm ${yearsList(years)}`;
  return { ok: years.length >= k, years: years.sort((a, b) => a - b), endYear, stop };
}

export interface InitiativeChoice {
  usable: InitiativeFact[];
  /** Explanations of candidates excluded by the single-use rule. */
  reused: string[];
}

/** Initiatives (or research) in `window` with scope ≥ minScope that the single-use rule still allows. */
export function usableInitiatives(ctx: Ctx, list: readonly InitiativeFact[], minScope: Scope, window: readonly number[], noun = 'sáng kiến'): InitiativeChoice {
  const { c } = ctx;
  const target = kindOf(c.award);
  const singleUse = Boolean(ctx.rs.principles.initiativeSingleUse.value);
  const reuseTitles = ctx.params?.initiativeReuseAcrossTitles ?? true;
  const usable: InitiativeFact[] = [];
  const reused: string[] = [];
  for (const it of list) {
    if (!window.includes(it.year) || !scopeAtLeast(it.scope, minScope) || !yearCounts(ctx, it.year)) continue;
    const u = it.usedFor;
    if (!singleUse || !u || (u.award === c.award && u.year === c.year)) {
      usable.push(it);
      continue;
    }
    const usedKind = kindOf(u.award);
    const allowed = target === 'danh_hieu' && usedKind === 'danh_hieu' && reuseTitles;
    if (allowed) usable.push(it);
    else reused.push(`${describe(it, noun)} đã được dùng làm căn cứ tặng ${awardName(u.award)} năm ${u.year}`);
  }
  return { usable, reused };
}

export function describe(it: InitiativeFact, noun = 'sáng kiến'): string {
  return `${noun}${it.title ? ` "${it.title}"` : ''} năm ${it.year} (phạm vi ${SCOPE_NAMES[it.scope]})`;
}
