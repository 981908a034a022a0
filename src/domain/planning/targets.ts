/**
 * Targets (chỉ tiêu) of a plan or movement — "tỷ lệ hộ nghèo giảm 2%/năm", "100% cơ quan đăng ký
 * thi đua", "không quá 5 vụ" — and how far an actual figure attains them. Actual figures are reported
 * per period: a year ('2026'), a quarter ('2026-Q1') or a month ('2026-M03').
 */
import { daysInMonth } from '../dates.js';

export const TARGET_DIRECTIONS = ['at_least', 'at_most', 'equal', 'reduce_by'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];
export const TARGET_DIRECTION_NAMES: Record<TargetDirection, string> = {
  at_least: 'Đạt tối thiểu',
  at_most: 'Không vượt quá',
  equal: 'Bằng',
  reduce_by: 'Giảm',
};

export function isTargetDirection(s: unknown): s is TargetDirection {
  return typeof s === 'string' && (TARGET_DIRECTIONS as readonly string[]).includes(s);
}

export interface TargetSpec {
  direction: TargetDirection;
  /** the starting value (e.g. last year's rate); required for 'reduce_by' */
  baseline: number | null;
  /** the target value; for 'reduce_by' the reduction to achieve */
  target: number;
}

export interface Attainment {
  /** share of the target attained, in percent, one decimal; null when it cannot be computed */
  percent: number | null;
  /** null when there is no actual figure (or no baseline for a reduction) */
  met: boolean | null;
  text: string;
}

/** Tolerance for comparing decimal figures (0,1 + 0,2 = 0,3). */
const EPS = 1e-9;

const round1 = (x: number): number => {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
};

/**
 * A number in Vietnamese notation: "." groups thousands, "," separates decimals (at most 3,
 * trailing zeros dropped): 1234.5 → "1.234,5", 95 → "95", -0.25 → "-0,25".
 */
export function viNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const neg = x < 0;
  const [int, frac = ''] = Math.abs(x).toFixed(3).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const f = frac.replace(/0+$/, '');
  const s = f ? `${grouped},${f}` : grouped;
  return neg && s !== '0' ? '-' + s : s;
}

/**
 * How far `actual` attains the target:
 * - at_least: percent = actual / target; met when actual ≥ target (target 0: met when actual ≥ 0);
 * - at_most: met when actual ≤ target; percent = target / actual (100 when actual ≤ 0);
 * - equal: met when actual = target; percent = 100 − |actual − target| / |target|, at least 0;
 * - reduce_by ("giảm tỷ lệ hộ nghèo 2%/năm"): the reduction achieved is baseline − actual;
 *   percent = reduction / target; met when the reduction ≥ target. Needs a baseline.
 * Percent is rounded to one decimal and not capped (130% is over-fulfilment).
 */
export function attainment(t: TargetSpec, actual: number | null): Attainment {
  if (actual == null || !Number.isFinite(actual)) return { percent: null, met: null, text: 'Chưa có số liệu' };
  const { target } = t;
  let percent: number;
  let met: boolean;
  let detail = '';
  switch (t.direction) {
    case 'at_least':
      met = actual >= target - EPS;
      percent = target === 0 ? (met ? 100 : 0) : (actual / target) * 100;
      break;
    case 'at_most':
      met = actual <= target + EPS;
      percent = actual > 0 ? (target / actual) * 100 : 100;
      break;
    case 'equal':
      met = Math.abs(actual - target) < EPS;
      percent = met ? 100 : target === 0 ? 0 : Math.max(0, 100 - (Math.abs(actual - target) / Math.abs(target)) * 100);
      break;
    case 'reduce_by': {
      if (t.baseline == null || !Number.isFinite(t.baseline)) return { percent: null, met: null, text: 'Thiếu giá trị gốc' };
      const reduction = t.baseline - actual;
      met = reduction >= target - EPS;
      percent = target === 0 ? (met ? 100 : 0) : (reduction / target) * 100;
      detail = reduction >= 0 ? `giảm ${viNumber(reduction)}, ` : `tăng ${viNumber(-reduction)}, `;
      break;
    }
  }
  const p = round1(percent);
  return { percent: p, met, text: `${met ? 'Hoàn thành' : 'Chưa hoàn thành'} (${detail}đạt ${viNumber(p)}%)` };
}

export interface TargetInput {
  name: string;
  /** đơn vị tính: "%", "hộ", "công trình" */
  measure: string;
  direction: string;
  baseline?: number | null;
  target: number;
}

/** Vietnamese messages for what is wrong with a target as entered; empty when it is fine. */
export function validateTarget(input: TargetInput): string[] {
  const errors: string[] = [];
  if (!input.name?.trim()) errors.push('Chỉ tiêu phải có tên.');
  if (!input.measure?.trim()) errors.push('Chỉ tiêu phải có đơn vị tính.');
  if (!isTargetDirection(input.direction)) {
    errors.push(`Cách đánh giá chỉ tiêu không hợp lệ (${input.direction}); chọn một trong: ${TARGET_DIRECTIONS.map((d) => TARGET_DIRECTION_NAMES[d]).join(', ')}.`);
  }
  if (typeof input.target !== 'number' || !Number.isFinite(input.target)) errors.push('Giá trị chỉ tiêu phải là một số.');
  if (input.baseline != null && (typeof input.baseline !== 'number' || !Number.isFinite(input.baseline))) {
    errors.push('Giá trị gốc của chỉ tiêu phải là một số.');
  } else if (input.direction === 'reduce_by' && input.baseline == null) {
    errors.push('Chỉ tiêu giảm phải có giá trị gốc để tính mức giảm.');
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Reporting periods

const PERIOD_RE = /^(\d{4})(?:-Q([1-4])|-M(0[1-9]|1[0-2]))?$/;

/** 'YYYY', 'YYYY-Qn' (n 1–4) or 'YYYY-Mmm' (mm 01–12). */
export function isPeriod(s: unknown): s is string {
  return typeof s === 'string' && PERIOD_RE.test(s) && s.slice(0, 4) !== '0000';
}

interface ParsedPeriod {
  year: number;
  kind: 'year' | 'quarter' | 'month';
  /** quarter 1–4 or month 1–12; 0 for a year */
  n: number;
}

function parsePeriod(s: string): ParsedPeriod | null {
  if (!isPeriod(s)) return null;
  const m = PERIOD_RE.exec(s)!;
  const year = Number(m[1]);
  if (m[2]) return { year, kind: 'quarter', n: Number(m[2]) };
  if (m[3]) return { year, kind: 'month', n: Number(m[3]) };
  return { year, kind: 'year', n: 0 };
}

const QUARTER_ROMAN = ['I', 'II', 'III', 'IV'];

/** 'Năm 2026', 'Quý I/2026', 'Tháng 3/2026'; the input unchanged when it is not a period. */
export function periodLabel(s: string): string {
  const p = parsePeriod(s);
  if (!p) return s;
  if (p.kind === 'quarter') return `Quý ${QUARTER_ROMAN[p.n - 1]}/${p.year}`;
  if (p.kind === 'month') return `Tháng ${p.n}/${p.year}`;
  return `Năm ${p.year}`;
}

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));

/** Last day of a period (ISO date), or null when it is not a period. */
export function periodEnd(s: string): string | null {
  const p = parsePeriod(s);
  if (!p) return null;
  const month = p.kind === 'year' ? 12 : p.kind === 'quarter' ? p.n * 3 : p.n;
  return `${p.year}-${pad2(month)}-${pad2(daysInMonth(p.year, month))}`;
}

const SPAN: Record<ParsedPeriod['kind'], number> = { month: 0, quarter: 1, year: 2 };

/**
 * Period order: by the period's last day; periods ending on the same day order shorter first, so the
 * year's figure comes after the fourth quarter's and December's ('2026-M12' < '2026-Q4' < '2026').
 * Invalid periods sort first.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0);
  const ea = periodEnd(a)!;
  const eb = periodEnd(b)!;
  if (ea !== eb) return ea < eb ? -1 : 1;
  return SPAN[pa.kind] - SPAN[pb.kind];
}

/**
 * The latest actual figure by period order (see `comparePeriods`); entries with an invalid period are
 * ignored; of two entries for the same period the later one in the list wins. null when none.
 */
export function latestActual<T extends { period: string; value: number }>(actuals: readonly T[]): T | null {
  let best: T | null = null;
  for (const a of actuals) {
    if (!isPeriod(a.period)) continue;
    if (!best || comparePeriods(a.period, best.period) >= 0) best = a;
  }
  return best;
}
