/** Base salary (mức lương cơ sở) as data: the amount in force on a date (legal-rules §6.3). */
import type { Confidence } from '../confidence.js';
import { cmpDate, isValidIsoDate, docDate, type IsoDate } from '../dates.js';
import { invalid } from '../errors.js';

export interface BaseSalaryRow {
  from: IsoDate;
  /** VND per month, integer. */
  amount: number;
  ref: string;
  confidence: Confidence;
}

export const BASE_SALARIES: readonly BaseSalaryRow[] = [
  { from: '2019-07-01', amount: 1_490_000, ref: 'Nghị định 38/2019/NĐ-CP', confidence: 'partial' },
  { from: '2023-07-01', amount: 1_800_000, ref: 'Nghị định 24/2023/NĐ-CP', confidence: 'confirmed' },
  { from: '2024-07-01', amount: 2_340_000, ref: 'Khoản 2 Điều 3 Nghị định 73/2024/NĐ-CP', confidence: 'confirmed' },
  { from: '2026-07-01', amount: 2_530_000, ref: 'Nghị định 161/2026/NĐ-CP', confidence: 'confirmed' },
];

/** A tenant-entered row (a new decree the admin enters before the code is updated). */
export interface BaseSalaryOverride {
  from: IsoDate;
  amount: number;
  ref?: string;
}

export interface BaseSalaryParams {
  baseSalaries?: readonly BaseSalaryOverride[];
}

const tableCache = new WeakMap<readonly BaseSalaryOverride[], readonly BaseSalaryRow[]>();

/** The effective table: built-in rows, with tenant rows added or replacing the row of the same date. */
export function baseSalaryTable(params?: BaseSalaryParams): readonly BaseSalaryRow[] {
  const extra = params?.baseSalaries;
  if (!extra || extra.length === 0) return BASE_SALARIES;
  const cached = tableCache.get(extra);
  if (cached) return cached;
  const byFrom = new Map<string, BaseSalaryRow>(BASE_SALARIES.map((r) => [r.from, r]));
  extra.forEach((o, i) => {
    if (!isValidIsoDate(o.from)) throw invalid(`Ngày không hợp lệ (trường 'baseSalaries[${i}].from'): '${String(o.from)}'`, `baseSalaries[${i}].from`);
    if (!Number.isSafeInteger(o.amount) || o.amount <= 0) {
      throw invalid(`Mức lương cơ sở phải là số nguyên dương (trường 'baseSalaries[${i}].amount')`, `baseSalaries[${i}].amount`);
    }
    byFrom.set(o.from, { from: o.from, amount: o.amount, ref: o.ref ?? 'Tham số của đơn vị', confidence: 'tenant' });
  });
  const table = [...byFrom.values()].sort((a, b) => cmpDate(a.from, b.from));
  tableCache.set(extra, table);
  return table;
}

/** The row in force on `date`, or undefined before the first row. */
export function findBaseSalaryAt(date: IsoDate, params?: BaseSalaryParams): BaseSalaryRow | undefined {
  const table = baseSalaryTable(params);
  for (let i = table.length - 1; i >= 0; i--) {
    if (table[i].from <= date) return table[i];
  }
  return undefined;
}

export function baseSalaryAt(date: IsoDate, params?: BaseSalaryParams, field = 'date'): BaseSalaryRow {
  if (!isValidIsoDate(date)) throw invalid(`Ngày không hợp lệ (trường '${field}'): '${String(date)}', cần dạng YYYY-MM-DD`, field);
  const row = findBaseSalaryAt(date, params);
  if (!row) throw invalid(`Chưa có mức lương cơ sở cho ngày ${docDate(date)} (trường '${field}')`, field);
  return row;
}
