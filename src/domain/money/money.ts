/**
 * Reward money (tiền thưởng), NĐ 152/2025 Điều 49 (same principles in NĐ 98/2023): coefficient × the
 * base salary in force on the decision date, rounded up to the next 10,000 VND; a household gets 1,5 ×
 * the individual amount of the same form. Integer VND only: the coefficient is kept in tenths, so the
 * exact product is tenths × salary / 10, computed on integers.
 */
import { isAwardCode, kindOf, type AwardCode, type Subject } from '../codes.js';
import type { Confidence, Sourced } from '../confidence.js';
import { isValidIsoDate, type IsoDate } from '../dates.js';
import { invalid } from '../errors.js';
import { awardName, catalogData } from '../catalog/names.js';
import type { RuleParams } from '../params.js';
import { baseSalaryAt, type BaseSalaryRow } from '../rulesets/base-salary.js';
import { rulesetAt } from '../rulesets/registry.js';
import { coefficientOf, formatTenths, householdFactorOf } from '../rulesets/resolve.js';
import type { Coefficient, Ruleset } from '../rulesets/types.js';
import { amountInWords } from './words.js';

export const ROUNDING_UNIT = 10_000;

/**
 * Round an exact amount given in 1/scale đồng up to the next 10,000 đồng (or, with rounding off, up to
 * the whole đồng). scaledAmount and scale are integers; the result is an integer number of đồng.
 */
export function roundUpScaled(scaledAmount: number, scale: number, rounding: 'ceil_10000' | 'none' = 'ceil_10000'): number {
  const unit = rounding === 'ceil_10000' ? ROUNDING_UNIT * scale : scale;
  const q = Math.floor(scaledAmount / unit);
  const up = q * unit === scaledAmount ? q : q + 1;
  return up * (rounding === 'ceil_10000' ? ROUNDING_UNIT : 1);
}

/** coefficient (tenths) × base salary, rounded up to 10,000 đồng by default. The fast core. */
export function amountFor(tenths: number, baseSalary: number, rounding: 'ceil_10000' | 'none' = 'ceil_10000'): number {
  const scaled = tenths * baseSalary; // in tenths of a đồng
  if (!Number.isSafeInteger(scaled) || tenths < 0 || baseSalary < 0) {
    throw invalid(`Hệ số và mức lương cơ sở phải là số nguyên không âm, tích trong giới hạn an toàn`, 'coefficient');
  }
  return roundUpScaled(scaled, 10, rounding);
}

/** The exact (unrounded) product as a decimal string, e.g. "702000" or "447000.5". */
export function exactAmountString(scaled: number, scale: number): string {
  const whole = Math.floor(scaled / scale);
  const rest = scaled - whole * scale;
  if (rest === 0) return String(whole);
  const digits = String(scale).length - 1;
  return `${whole}.${String(rest).padStart(digits, '0').replace(/0+$/, '')}`;
}

export interface MoneyRequest {
  award: string;
  subject: string;
  /** Decision date: selects the base salary (and the ruleset). */
  date: IsoDate;
  /** The concrete coefficient in tenths where the law gives a ceiling (Kỷ niệm chương). */
  coefficientTenths?: number;
}

export interface MissingParam {
  param: string;
  text: string;
}

/** A frozen, memoised result (do not mutate). */
export interface MoneyResult {
  award: AwardCode;
  subject: Subject;
  date: IsoDate;
  ruleset: string;
  /** "0,3"; null when unconfirmed and not set. */
  coefficient: string | null;
  coefficientTenths: number | null;
  coefficientConfidence: Confidence;
  /** "1,5" for households, else null. */
  householdFactor: string | null;
  baseSalary: number;
  baseSalaryFrom: IsoDate;
  /** Exact product in đồng as a decimal string ("702000"), null when a parameter is missing. */
  exactAmount: string | null;
  /** Integer VND, null when a parameter is missing. */
  amount: number | null;
  amountInWords: string | null;
  rounding: 'ceil_10000' | 'none';
  refs: readonly string[];
  /** Non-empty exactly when amount is null ("thiếu tham số"). */
  missing: readonly MissingParam[];
  /** Vietnamese notes (e.g. "chưa xác nhận"). */
  notes: readonly string[];
}

const SUBJECTS: readonly string[] = ['ca_nhan', 'tap_the', 'ho_gia_dinh'];

interface DateContext {
  rs: Ruleset;
  salary: BaseSalaryRow;
  /** Memoised results of this pure function, per award|subject|coefficient. */
  results: Map<string, MoneyResult>;
}
const NO_PARAMS: RuleParams = {};
const contexts = new WeakMap<RuleParams, Map<string, DateContext>>();

/** Ruleset and base salary of a date, cached per params object (validated on a miss: errors name 'date'). */
function dateContext(date: IsoDate, params?: RuleParams): DateContext {
  const key = params ?? NO_PARAMS;
  let m = contexts.get(key);
  if (!m) {
    m = new Map();
    contexts.set(key, m);
  }
  let c = m.get(date);
  if (!c) {
    if (!isValidIsoDate(date)) throw invalid(`Ngày không hợp lệ (trường 'date'): '${String(date)}', cần dạng YYYY-MM-DD`, 'date');
    c = { rs: rulesetAt(date, params), salary: baseSalaryAt(date, params), results: new Map() };
    if (m.size > 4096) m.clear();
    m.set(date, c);
  }
  return c;
}

/**
 * Reward money for one award. Throws a DomainError (Vietnamese, naming the field) for unknown codes,
 * impossible dates or a subject the award does not apply to; returns amount null with `missing` when an
 * unconfirmed value has no parameter.
 */
export function rewardAmount(req: MoneyRequest, params?: RuleParams): MoneyResult {
  const ctx = dateContext(req.date, params);
  const key = req.coefficientTenths === undefined ? req.award + '|' + req.subject : req.award + '|' + req.subject + '|' + req.coefficientTenths;
  let r = ctx.results.get(key);
  if (r === undefined) {
    r = deepFreeze(computeRewardAmount(req, ctx, params));
    if (ctx.results.size > 1024) ctx.results.clear();
    ctx.results.set(key, r);
  }
  return r;
}

function deepFreeze(r: MoneyResult): MoneyResult {
  Object.freeze(r.refs);
  Object.freeze(r.notes);
  r.missing.forEach((m) => Object.freeze(m));
  Object.freeze(r.missing);
  return Object.freeze(r);
}

function computeRewardAmount(req: MoneyRequest, ctx: DateContext, params?: RuleParams): MoneyResult {
  const { award, subject, date } = req;
  if (!isAwardCode(award)) throw invalid(`Mã danh hiệu/hình thức không tồn tại (trường 'award'): '${award}'`, 'award');
  if (!SUBJECTS.includes(subject)) throw invalid(`Đối tượng không hợp lệ (trường 'subject'): '${subject}'; dùng ca_nhan, tap_the hoặc ho_gia_dinh`, 'subject');
  const subj = subject as Subject;
  const data = catalogData(award)!;
  if (!data.subjects.includes(subj)) {
    throw invalid(`${awardName(award)} không áp dụng cho đối tượng '${subject}' (trường 'subject')`, 'subject');
  }
  const { rs, salary } = ctx;
  const rounding = params?.money?.rounding ?? 'ceil_10000';
  const refs: string[] = [rs.money.principlesRef, salary.ref];
  const notes: string[] = [];
  const missing: MissingParam[] = [];
  if (salary.confidence === 'partial') notes.push('Mức lương cơ sở chưa xác nhận');
  if (rounding === 'none') notes.push('Đơn vị đã tắt làm tròn lên hàng chục nghìn đồng');

  // Household: its own coefficient if the award has one (Gia đình văn hóa), else 1,5 × the individual amount.
  let coef: Sourced<Coefficient> | undefined;
  let factor: Sourced<number> | undefined;
  if (subj === 'ho_gia_dinh') {
    coef = coefficientOf(rs, award, 'ho_gia_dinh', params);
    if (!coef) {
      coef = coefficientOf(rs, award, 'ca_nhan', params);
      factor = householdFactorOf(rs, params);
    }
  } else {
    coef = coefficientOf(rs, award, subj, params);
  }
  if (!coef) {
    // Catalogue says the subject applies but no decree lists an amount (e.g. a household Giấy khen
    // under a ruleset without the ×1,5 rule handled above): a parameter.
    coef = { value: null, confidence: 'unconfirmed', ref: rs.money.principlesRef, param: `coefficients.${award}.${subj}` };
  }
  refs.push(coef.ref);
  let tenths: number | null = coef.value?.tenths ?? null;
  if (coef.value === null) {
    missing.push({ param: coef.param, text: `Thiếu tham số: hệ số tiền thưởng của ${awardName(award)} (${subjectText(subj)}) chưa xác nhận` });
  } else if (coef.value.upTo) {
    const given = req.coefficientTenths;
    if (given === undefined) {
      missing.push({
        param: 'coefficientTenths',
        text: `Thiếu tham số: hệ số cụ thể của ${awardName(award)} do cơ quan ban hành quyết định, tối đa ${formatTenths(coef.value.tenths)}`,
      });
      tenths = null;
    } else if (!Number.isSafeInteger(given) || given < 0 || given > coef.value.tenths) {
      throw invalid(`Hệ số phải từ 0 đến ${formatTenths(coef.value.tenths)} (trường 'coefficientTenths')`, 'coefficientTenths');
    } else {
      tenths = given;
    }
  }
  if (coef.confidence === 'partial') notes.push(`Hệ số chưa xác nhận${coef.note ? ': ' + coef.note : ''}`);
  if (factor) {
    refs.push(factor.ref);
    if (factor.value === null) missing.push({ param: factor.param, text: 'Thiếu tham số: hệ số tiền thưởng hộ gia đình so với cá nhân chưa xác nhận' });
    else if (factor.confidence === 'partial') notes.push('Hệ số hộ gia đình chưa xác nhận');
  }

  // One object literal with a fixed shape (an object spread here cost ~10 µs per call in V8).
  const result = (exactAmount: string | null, amount: number | null): MoneyResult => ({
    award, subject: subj, date, ruleset: rs.id,
    coefficient: tenths === null ? null : formatTenths(tenths),
    coefficientTenths: tenths,
    coefficientConfidence: coef.confidence,
    householdFactor: factor?.value != null ? formatTenths(factor.value) : null,
    baseSalary: salary.amount, baseSalaryFrom: salary.from,
    exactAmount, amount, amountInWords: amount === null ? null : amountInWords(amount),
    rounding, refs: uniq(refs), missing, notes,
  });
  if (missing.length > 0 || tenths === null) return result(null, null);
  if (factor && factor.value !== null) {
    const f = factor.value;
    const scaled = f * tenths * salary.amount; // hundredths of a đồng
    const amount = params?.money?.householdRounding === 'before_factor'
      ? roundUpScaled(f * amountFor(tenths, salary.amount, rounding), 10, rounding)
      : roundUpScaled(scaled, 100, rounding);
    if (params?.money?.householdRounding === undefined) notes.push('Thứ tự làm tròn đối với hộ gia đình chưa xác nhận: làm tròn sau khi nhân 1,5');
    return result(exactAmountString(scaled, 100), amount);
  }
  return result(exactAmountString(tenths * salary.amount, 10), amountFor(tenths, salary.amount, rounding));
}

function uniq(xs: string[]): string[] {
  const out: string[] = [];
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out;
}

function subjectText(s: Subject): string {
  return s === 'ca_nhan' ? 'cá nhân' : s === 'tap_the' ? 'tập thể' : 'hộ gia đình';
}

// ---- several awards at once --------------------------------------------------------------------

export interface PayItem {
  award: string;
  subject: string;
  /** The qualifying period (thời gian đạt được), e.g. "2026" or "2024-2026". Titles with the same period compete. */
  period: string;
  /** Concrete coefficient for "up to" forms. */
  coefficientTenths?: number;
}

export interface PayLine {
  award: AwardCode;
  period: string;
  paid: boolean;
  amount: number | null;
  reason: string;
  ref: string;
  money: MoneyResult;
}

export interface PayResult {
  lines: PayLine[];
  /** Sum of paid amounts; null when a paid line is missing a parameter. */
  total: number | null;
}

/**
 * Several awards on one decision date for one subject (NĐ 152/2025 Điều 49): titles with the same
 * qualifying period → only the highest is paid; titles with different periods, award forms, and a
 * title together with a form are each paid.
 */
export function payableAwards(items: readonly PayItem[], date: IsoDate, params?: RuleParams): PayResult {
  const moneys = items.map((it, i) => {
    try {
      return rewardAmount({ award: it.award, subject: it.subject, date, ...(it.coefficientTenths !== undefined ? { coefficientTenths: it.coefficientTenths } : {}) }, params);
    } catch (e) {
      if (e instanceof Error && 'field' in e) {
        throw invalid(`${e.message} (mục ${i + 1})`, `items[${i}].${String((e as { field?: string }).field ?? '')}`);
      }
      throw e;
    }
  });
  const rs = rulesetAt(date, params);
  const ref = rs.money.principlesRef;
  const lines: PayLine[] = moneys.map((m, i) => ({
    award: m.award, period: items[i].period, paid: true, amount: m.amount,
    reason: kindOf(m.award) === 'danh_hieu' ? 'Danh hiệu được thưởng' : 'Hình thức khen thưởng được thưởng', ref, money: m,
  }));
  // Among titles with the same period, keep the highest coefficient (the higher title gets more money).
  const byPeriod = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (kindOf(l.award) !== 'danh_hieu') return;
    const key = `${l.money.subject}|${l.period}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), i]);
  });
  for (const idx of byPeriod.values()) {
    if (idx.length < 2) continue;
    const rank = (i: number) => lines[i].money.coefficientTenths ?? -1;
    const best = idx.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    for (const i of idx) {
      if (i === best) continue;
      lines[i].paid = false;
      lines[i].amount = 0;
      lines[i].reason = `Cùng thời gian đạt được (${lines[i].period}) với danh hiệu cao hơn ${awardName(lines[best].award)}: chỉ thưởng danh hiệu cao nhất`;
    }
  }
  let total: number | null = 0;
  for (const l of lines) {
    if (!l.paid) continue;
    if (l.amount === null) { total = null; break; }
    total += l.amount;
  }
  return { lines, total };
}
