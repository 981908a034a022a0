/**
 * Legal dates are calendar dates without a time zone: 'YYYY-MM-DD' strings. Internally a date is a
 * day number (days since 1970-01-01, proleptic Gregorian), computed arithmetically — no Date object,
 * no time zone, fast enough for the calendar's million-calls-per-second budget.
 */

export type IsoDate = string;

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number of y-m-d (m 1–12). Valid for years 1–9999. */
export function dayNumber(y: number, m: number, d: number): number {
  // days from 0001-01-01 to the start of year y, then shift to the Unix epoch (719162 days later)
  const py = y - 1;
  let n = py * 365 + Math.floor(py / 4) - Math.floor(py / 100) + Math.floor(py / 400);
  n += DAYS_BEFORE_MONTH[m - 1] + d - 1;
  if (m > 2 && isLeapYear(y)) n += 1;
  return n - 719162;
}

/** Inverse of dayNumber (Howard Hinnant's civil_from_days). */
export function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return [y, m, d];
}

const C0 = 48; // '0'

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - C0;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Parse 'YYYY-MM-DD' into a day number, or NaN when the string is malformed or the date impossible
 * (2025-02-29, 2025-13-01…).
 */
export function parseDay(s: string): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y0 = digit(s, 0), y1 = digit(s, 1), y2 = digit(s, 2), y3 = digit(s, 3);
  const m0 = digit(s, 5), m1 = digit(s, 6), d0 = digit(s, 8), d1 = digit(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return dayNumber(y, m, d);
}

export function isValidIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && !Number.isNaN(parseDay(s));
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function formatDay(z: number): IsoDate {
  const [y, m, d] = civilFromDays(z);
  const ys = y < 10 ? '000' + y : y < 100 ? '00' + y : y < 1000 ? '0' + y : String(y);
  return ys + '-' + pad2(m) + '-' + pad2(d);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(z: number): number {
  return (((z + 4) % 7) + 7) % 7;
}

export function yearOfDay(z: number): number {
  return civilFromDays(z)[0];
}

/** Year of a 'YYYY-MM-DD' string (no validation beyond the first four digits). */
export function yearOf(s: IsoDate): number {
  return Number(s.slice(0, 4));
}

/** A date as official documents and every message write it: 01/07/2025 (the one formatter of dd/mm/yyyy). */
export function docDate(s: IsoDate): string {
  const [y, m, d] = s.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** Compare two ISO dates (lexicographic order is chronological for 'YYYY-MM-DD'). */
export function cmpDate(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
