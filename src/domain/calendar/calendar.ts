/**
 * Working days: Monday–Friday, minus public holidays (holidays.ts) and the days off the government
 * declares, plus the declared make-up working days (làm bù, usually a Saturday). Dates are 'YYYY-MM-DD'.
 *
 * Semantics: workingDaysBetween(a, b) counts the working days in (a, b] — the day of receipt is not
 * counted, the deadline day is — and is negative when b < a. addWorkingDays(a, n) is the n-th working
 * day after a (n = 0 → a itself; n < 0 → before a), so workingDaysBetween(a, addWorkingDays(a, n)) === n
 * for n ≥ 0, and for n < 0 when a is itself a working day.
 *
 * Speed: one table per year (working flag and prefix count per day), built once and cached per
 * adjustments object, so every call is a parse, a few array reads and a format.
 */
import { dayNumber, formatDay, isLeapYear, parseDay, docDate } from '../dates.js';
import { invalid } from '../errors.js';
import { publicHolidays } from './holidays.js';

export interface CalendarAdjustments {
  /** Extra days off declared for the year (nghỉ bù, nghỉ thêm), 'YYYY-MM-DD'. */
  extraDaysOff: readonly string[];
  /** Saturdays (or Sundays) declared working days to make up for a swapped day (làm bù). */
  makeUpWorkingDays: readonly string[];
}

export const NO_ADJUSTMENTS: CalendarAdjustments = Object.freeze({ extraDaysOff: [], makeUpWorkingDays: [] });

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2200;

interface YearTable {
  jan1: number;
  /** 1 = working day */
  working: Uint8Array;
  /** prefix[i] = working days among the first i days of the year */
  prefix: Int32Array;
  total: number;
}

export type DayKind = 'working' | 'weekend' | 'holiday' | 'declared_off' | 'make_up';

export interface DayInfo {
  date: string;
  working: boolean;
  kind: DayKind;
  /** Vietnamese name of the holiday, or of the declaration. */
  name?: string;
}

function checkYear(y: number, field: string, s: string): void {
  if (y < MIN_YEAR || y > MAX_YEAR) throw invalid(`Năm ngoài phạm vi lịch ${MIN_YEAR}–${MAX_YEAR} (trường '${field}'): '${s}'`, field);
}

function parseField(s: string, field: string): number {
  const z = parseDay(s);
  if (Number.isNaN(z)) throw invalid(`Ngày không hợp lệ (trường '${field}'): '${String(s)}', cần dạng YYYY-MM-DD`, field);
  return z;
}

export class WorkingCalendar {
  private readonly years = new Map<number, YearTable>();
  private readonly off: ReadonlySet<number>;
  private readonly makeUp: ReadonlySet<number>;

  constructor(readonly adjustments: CalendarAdjustments = NO_ADJUSTMENTS) {
    const off = new Set<number>();
    const mk = new Set<number>();
    adjustments.extraDaysOff.forEach((s, i) => off.add(parseField(s, `extraDaysOff[${i}]`)));
    adjustments.makeUpWorkingDays.forEach((s, i) => {
      const z = parseField(s, `makeUpWorkingDays[${i}]`);
      if (off.has(z)) throw invalid(`Ngày ${docDate(s)} vừa là ngày nghỉ vừa là ngày làm bù (trường 'makeUpWorkingDays[${i}]')`, `makeUpWorkingDays[${i}]`);
      mk.add(z);
    });
    this.off = off;
    this.makeUp = mk;
  }

  private table(y: number): YearTable {
    let t = this.years.get(y);
    if (t) return t;
    const jan1 = dayNumber(y, 1, 1);
    const len = isLeapYear(y) ? 366 : 365;
    const working = new Uint8Array(len);
    const holidays = new Set(publicHolidays(y).map((h) => parseDay(h.date)));
    for (let i = 0; i < len; i++) {
      const z = jan1 + i;
      const wd = (((z + 4) % 7) + 7) % 7;
      let w = wd !== 0 && wd !== 6 && !holidays.has(z) && !this.off.has(z);
      if (this.makeUp.has(z)) w = true;
      working[i] = w ? 1 : 0;
    }
    const prefix = new Int32Array(len + 1);
    for (let i = 0; i < len; i++) prefix[i + 1] = prefix[i] + working[i];
    t = { jan1, working, prefix, total: prefix[len] };
    this.years.set(y, t);
    return t;
  }

  /** Year and table of a day number (years are tried around the estimate). */
  private locate(z: number, field: string, s: string): [YearTable, number] {
    let y = 1970 + Math.floor(z / 365.2425);
    while (dayNumber(y, 1, 1) > z) y--;
    while (dayNumber(y + 1, 1, 1) <= z) y++;
    checkYear(y, field, s);
    return [this.table(y), y];
  }

  isWorkingDay(date: string): boolean {
    const z = parseField(date, 'date');
    const [t] = this.locate(z, 'date', date);
    return t.working[z - t.jan1] === 1;
  }

  dayInfo(date: string): DayInfo {
    const z = parseField(date, 'date');
    const [t, y] = this.locate(z, 'date', date);
    const working = t.working[z - t.jan1] === 1;
    if (this.makeUp.has(z)) return { date, working, kind: 'make_up', name: 'Ngày làm bù' };
    if (this.off.has(z)) return { date, working, kind: 'declared_off', name: 'Ngày nghỉ theo thông báo' };
    const h = publicHolidays(y).find((p) => p.date === date);
    if (h) return { date, working, kind: 'holiday', name: h.name };
    return { date, working, kind: working ? 'working' : 'weekend' };
  }

  addWorkingDays(date: string, n: number): string {
    if (!Number.isSafeInteger(n)) throw invalid(`Số ngày làm việc phải là số nguyên (trường 'days'): ${n}`, 'days');
    const z = parseField(date, 'date');
    if (n === 0) return date;
    let [t, y] = this.locate(z, 'date', date);
    let i = z - t.jan1;
    if (n > 0) {
      let remaining = n;
      // working days after day i in this year
      let avail = t.total - t.prefix[i + 1];
      let base = t.prefix[i + 1];
      while (remaining > avail) {
        remaining -= avail;
        y++;
        checkYear(y, 'days', String(n));
        t = this.table(y);
        avail = t.total;
        base = 0;
      }
      // smallest k with prefix[k+1] - base === remaining
      const target = base + remaining;
      let lo = 0, hi = t.working.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (t.prefix[mid + 1] >= target) hi = mid;
        else lo = mid + 1;
      }
      return formatDay(t.jan1 + lo);
    }
    let remaining = -n;
    // working days before day i in this year
    let avail = t.prefix[i];
    while (remaining > avail) {
      remaining -= avail;
      y--;
      checkYear(y, 'days', String(n));
      t = this.table(y);
      i = t.working.length;
      avail = t.total;
    }
    // largest k < i with prefix[i] - prefix[k] === remaining  → prefix[k] === prefix[i] - remaining and day k working
    const target = t.prefix[i] - remaining;
    let lo = 0, hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (t.prefix[mid] <= target) lo = mid;
      else hi = mid - 1;
    }
    return formatDay(t.jan1 + lo);
  }

  workingDaysBetween(a: string, b: string): number {
    const za = parseField(a, 'from');
    const zb = parseField(b, 'to');
    if (zb < za) return -this.workingDaysBetween(b, a);
    const [ta, ya] = this.locate(za, 'from', a);
    const [tb, yb] = this.locate(zb, 'to', b);
    const ia = za - ta.jan1;
    const ib = zb - tb.jan1;
    if (ya === yb) return ta.prefix[ib + 1] - ta.prefix[ia + 1];
    let n = ta.total - ta.prefix[ia + 1];
    for (let y = ya + 1; y < yb; y++) n += this.table(y).total;
    return n + tb.prefix[ib + 1];
  }
}

const DEFAULT_CALENDAR = new WorkingCalendar(NO_ADJUSTMENTS);
const calendars = new WeakMap<CalendarAdjustments, WorkingCalendar>();

/** The calendar of a set of adjustments, cached per adjustments object (pass the same object again). */
export function calendarFor(adjustments?: CalendarAdjustments): WorkingCalendar {
  if (!adjustments || adjustments === NO_ADJUSTMENTS) return DEFAULT_CALENDAR;
  let c = calendars.get(adjustments);
  if (!c) {
    c = new WorkingCalendar(adjustments);
    calendars.set(adjustments, c);
  }
  return c;
}

export function isWorkingDay(date: string, adjustments?: CalendarAdjustments): boolean {
  return calendarFor(adjustments).isWorkingDay(date);
}

export function addWorkingDays(date: string, n: number, adjustments?: CalendarAdjustments): string {
  return calendarFor(adjustments).addWorkingDays(date, n);
}

export function workingDaysBetween(a: string, b: string, adjustments?: CalendarAdjustments): number {
  return calendarFor(adjustments).workingDaysBetween(a, b);
}

export function dayInfo(date: string, adjustments?: CalendarAdjustments): DayInfo {
  return calendarFor(adjustments).dayInfo(date);
}
