/**
 * Reading one spreadsheet row into typed fields, collecting every problem as a row error with the
 * Excel row number, the column header and a Vietnamese reason. Nothing here touches the database.
 */
import { docDate } from '../../../domain/dates.js';
import type { CellValue, TableRow } from '../../documents/xlsx.js';

export interface RowError {
  /** row number as Excel shows it */
  row: number;
  /** the column header, or null for a problem of the whole row */
  column: string | null;
  message: string;
}

export class ErrorList {
  readonly items: RowError[] = [];
  /** rows that have at least one error: they take no further part in planning */
  readonly rows = new Set<number>();
  add(row: number, column: string | null, message: string) {
    this.items.push({ row, column, message });
    this.rows.add(row);
  }
  get size() {
    return this.items.length;
  }
  /** by row, then in the order the columns were checked */
  sorted(): RowError[] {
    return this.items.map((e, i) => ({ e, i })).sort((a, b) => a.e.row - b.e.row || a.i - b.i).map((x) => x.e);
  }
}

const foldCache = new Map<string, string>();

/** Lower case, no diacritics, single spaces: "Nữ" → "nu", "Công chức" → "cong chuc". */
export function fold(s: string): string {
  const hit = foldCache.get(s);
  if (hit !== undefined) return hit;
  const out = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
  // the same few labels repeat on every row (Có, Không, Nam, Công chức...)
  if (s.length <= 40) {
    if (foldCache.size > 5000) foldCache.clear();
    foldCache.set(s, out);
  }
  return out;
}

function two(n: number) {
  return String(n).padStart(2, '0');
}


/** 'YYYY-MM-DD' → the Date Excel shows as that day (UTC midnight) */
export function excelDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${two(m)}-${two(d)}`;
}

/** Text of a cell: numbers without exponent, dates as dd/mm/yyyy. */
export function cellText(v: CellValue): string | null {
  if (v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v).toString() : String(v);
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  return isoOf(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) ? docDate(v.toISOString().slice(0, 10)) : null;
}

const TRUE = new Set(['co', 'c', 'x', '1', 'true', 'yes', 'y', 'dung']);
const FALSE = new Set(['khong', 'k', '0', 'false', 'no', 'n', 'sai']);

const folded = new WeakMap<object, Map<string, string>>();

/** folded code and folded name → code, built once per list */
function foldedIndex<T extends string>(options: { code: T; name: string }[]): Map<string, T> {
  let index = folded.get(options);
  if (!index) {
    index = new Map();
    for (const o of options) {
      index.set(fold(o.name), o.code);
      index.set(fold(o.code), o.code);
    }
    folded.set(options, index);
  }
  return index as Map<string, T>;
}

export interface TextRule {
  required?: boolean;
  max?: number;
  min?: number;
  pattern?: RegExp;
  patternMessage?: string;
}

/**
 * Field readers over one row. Each returns the value, or `undefined` after recording an error, so a
 * row reports all of its problems at once.
 */
export class RowReader {
  constructor(
    private readonly r: TableRow,
    private readonly headers: Record<string, string>,
    private readonly errors: ErrorList,
  ) {}

  get row() {
    return this.r.row;
  }

  fail(key: string | null, message: string): undefined {
    this.errors.add(this.r.row, key === null ? null : (this.headers[key] ?? key), message);
    return undefined;
  }

  private missing(key: string): undefined {
    return this.fail(key, `Chưa nhập ${this.headers[key] ?? key} (cột bắt buộc).`);
  }

  text(key: string, rule: TextRule = {}): string | null | undefined {
    const raw = cellText(this.r.cells[key] ?? null);
    // cells arrive trimmed and in NFC (see readTable)
    const v = raw === null ? null : /\s\s|[\t\n\r]/.test(raw) ? raw.replace(/\s+/g, ' ').trim() || null : raw.trim() || null;
    if (v === null) return rule.required ? this.missing(key) : null;
    if (rule.min && v.length < rule.min) return this.fail(key, `Quá ngắn (tối thiểu ${rule.min} ký tự).`);
    if (rule.max && v.length > rule.max) return this.fail(key, `Quá dài (tối đa ${rule.max} ký tự, đang có ${v.length}).`);
    if (rule.pattern && !rule.pattern.test(v)) return this.fail(key, rule.patternMessage ?? 'Giá trị không đúng định dạng.');
    return v;
  }

  /** Digits kept as typed; a number cell that lost its leading zeros is padded back to `digits`. */
  digits(key: string, digits: number): string | null {
    const v = this.r.cells[key] ?? null;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && String(v).length <= digits) return String(v).padStart(digits, '0');
    const t = cellText(v);
    return t === null ? null : t.replace(/[\s.]/g, '') || null;
  }

  /** A real Excel date, or text dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd). */
  date(key: string, opts: { required?: boolean; min?: string; max?: string; what?: string } = {}): string | null | undefined {
    const v = this.r.cells[key] ?? null;
    if (v === null) return opts.required ? this.missing(key) : null;
    let iso: string | null = null;
    if (v instanceof Date) {
      iso = Number.isNaN(v.getTime()) ? null : isoOf(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
    } else if (typeof v === 'number') {
      // a date serial in a cell without a date format; small numbers (a bare year) are not dates
      if (Number.isInteger(v) && v > 3653 && v < 2958466) {
        const d = new Date(Math.round((v - 25569) * 86400000));
        iso = isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      }
    } else if (typeof v === 'string') {
      const s = v.trim();
      let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
      if (m) iso = isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
      else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    }
    if (!iso) return this.fail(key, `"${cellText(v) ?? String(v)}" không phải là ngày hợp lệ (nhập theo dạng dd/mm/yyyy).`);
    if (opts.min && iso < opts.min) return this.fail(key, `${opts.what ?? 'Ngày'} không được trước ${docDate(opts.min)}.`);
    if (opts.max && iso > opts.max) return this.fail(key, `${opts.what ?? 'Ngày'} không được sau ${docDate(opts.max)}.`);
    return iso;
  }

  /** Có/Không (also x, 1/0, true/false); empty is Không. */
  bool(key: string): boolean | undefined {
    const v = this.r.cells[key] ?? null;
    if (v === null) return false;
    if (typeof v === 'boolean') return v;
    const f = fold(cellText(v) ?? '');
    if (TRUE.has(f)) return true;
    if (FALSE.has(f) || f === '') return false;
    return this.fail(key, `"${cellText(v)}" không hợp lệ: chỉ nhập "Có" hoặc "Không".`);
  }

  /** One of a list of codes, given as the code or its Vietnamese name, in any case, with or without diacritics. */
  oneOf<T extends string>(key: string, options: { code: T; name: string }[], opts: { required?: boolean; listName: string }): T | null | undefined {
    const raw = this.text(key, { required: opts.required });
    if (raw === undefined || raw === null) return raw;
    const hit = foldedIndex(options).get(fold(raw));
    if (hit !== undefined) return hit;
    return this.fail(key, `"${raw}" không có trong danh mục ${opts.listName} (xem trang "Hướng dẫn").`);
  }
}
