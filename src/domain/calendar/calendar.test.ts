import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, parseDay, weekday } from '../dates.js';
import { DomainError } from '../errors.js';
import { addWorkingDays, dayInfo, isWorkingDay, WorkingCalendar, workingDaysBetween, type CalendarAdjustments } from './calendar.js';
import { publicHolidays } from './holidays.js';

const BLLD = 'Điều 112 Bộ luật Lao động 2019';

// Statutory public holidays as date-holidays computes them, checked against the lunar calendar
// (Tết: 10/2/2024, 29/1/2025, 17/2/2026, 6/2/2027; Giỗ Tổ 10/3 âm lịch).
const statutory = [
  { year: 2024, tet: ['2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13'], gioTo: '2024-04-18' },
  { year: 2025, tet: ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01'], gioTo: '2025-04-07' },
  { year: 2026, tet: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], gioTo: '2026-04-26' },
  { year: 2027, tet: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'], gioTo: '2027-04-16' },
].map((r) => ({ ...r, ref: BLLD }));

describe('public holidays from date-holidays (VN)', () => {
  it.each(statutory)('$ref — $year: Tết Dương lịch, Tết Nguyên Đán (5 ngày), Giỗ Tổ, 30/4, 1/5, 2/9', (r) => {
    const days = publicHolidays(r.year).map((h) => h.date);
    expect(days).toEqual([`${r.year}-01-01`, ...r.tet, r.gioTo, `${r.year}-04-30`, `${r.year}-05-01`, `${r.year}-09-02`].sort());
    expect(publicHolidays(r.year).find((h) => h.date === r.tet[2])?.name).toBe('Tết Nguyên Đán');
  });
  it(`${BLLD} — observances (Ngày thành lập Đảng 3/2, 20/11…) are working days`, () => {
    expect(isWorkingDay('2026-02-03')).toBe(true);
    expect(isWorkingDay('2026-11-20')).toBe(true);
  });
  it(`${BLLD} — the library gives only 2/9: the adjacent Quốc khánh day must be declared`, () => {
    expect(isWorkingDay('2025-09-01')).toBe(true);
    expect(isWorkingDay('2025-09-01', { extraDaysOff: ['2025-09-01'], makeUpWorkingDays: [] })).toBe(false);
  });
  it(`${BLLD} — Giỗ Tổ 2026 falls on Sunday 26/4: the compensatory Monday must be declared`, () => {
    expect(isWorkingDay('2026-04-26')).toBe(false);
    expect(isWorkingDay('2026-04-27')).toBe(true);
    expect(dayInfo('2026-04-26')).toEqual({ date: '2026-04-26', working: false, kind: 'holiday', name: 'Giỗ tổ Hùng Vương' });
  });
});

// 2024 as declared for civil servants: Tết 8/2–14/2; 27/4–1/5 with Monday 29/4 swapped for Saturday 4/5; 31/8–3/9.
const Y2024: CalendarAdjustments = {
  extraDaysOff: ['2024-02-08', '2024-02-14', '2024-04-29', '2024-09-03'],
  makeUpWorkingDays: ['2024-05-04'],
};

describe('declared days off and make-up days (admin-entered)', () => {
  const rows = [
    { ref: 'Thông báo nghỉ Tết 2024', name: 'Tết 2024: 8/2–14/2 off', a: '2024-02-07', b: '2024-02-15', n: 1 },
    { ref: 'Thông báo nghỉ 30/4 2024', name: '29/4 off, Saturday 4/5 worked', a: '2024-04-26', b: '2024-05-06', n: 4 },
    { ref: 'Thông báo nghỉ Quốc khánh 2024', name: '2/9 and 3/9 off', a: '2024-08-30', b: '2024-09-04', n: 1 },
  ];
  it.each(rows)('$ref — $name', (r) => {
    expect(workingDaysBetween(r.a, r.b, Y2024)).toBe(r.n);
  });
  it('a make-up Saturday is a working day and is reported as such', () => {
    expect(isWorkingDay('2024-05-04', Y2024)).toBe(true);
    expect(dayInfo('2024-05-04', Y2024).kind).toBe('make_up');
    expect(dayInfo('2024-02-08', Y2024).kind).toBe('declared_off');
  });
  it('a day both off and make-up is refused, naming the field', () => {
    expect(() => new WorkingCalendar({ extraDaysOff: ['2024-05-04'], makeUpWorkingDays: ['2024-05-04'] })).toThrow(/makeUpWorkingDays\[0\]/);
  });
});

describe('deadlines in working days', () => {
  it('QĐ 638/QĐ-BNV 2025 — 20 working days from receipt on 10/2/2026 skip Tết Bính Ngọ', () => {
    expect(addWorkingDays('2026-02-10', 20)).toBe('2026-03-17');
    expect(workingDaysBetween('2026-02-10', '2026-03-17')).toBe(20);
  });
  it('QĐ 311/QĐ-BNV 2025 — 5 working days across 30/4–1/5/2026', () => {
    expect(addWorkingDays('2026-04-28', 5)).toBe('2026-05-07');
  });
  it('n = 0 returns the date; negative n counts backwards', () => {
    expect(addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
    expect(addWorkingDays('2026-01-05', -3)).toBe('2025-12-30');
  });
  it('across years', () => {
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-02');
    expect(workingDaysBetween('2025-12-31', '2026-01-02')).toBe(1);
    expect(workingDaysBetween('2026-01-02', '2025-12-31')).toBe(-1);
  });
  it('bad input names the field', () => {
    const field = (f: () => unknown) => { try { f(); } catch (e) { return (e as DomainError).field; } return undefined; };
    expect(field(() => addWorkingDays('2026-02-30', 1))).toBe('date');
    expect(field(() => addWorkingDays('2026-02-10', 1.5))).toBe('days');
    expect(field(() => workingDaysBetween('x', '2026-01-01'))).toBe('from');
    expect(field(() => isWorkingDay('1800-01-01'))).toBe('date');
  });
});

// ---- properties ---------------------------------------------------------------------------------
const day = fc.integer({ min: parseDay('2020-01-01'), max: parseDay('2030-12-31') }).map(formatDay);
const adjustments = fc
  .tuple(fc.uniqueArray(day, { maxLength: 12 }), fc.uniqueArray(day, { maxLength: 6 }))
  .map(([off, mk]) => ({ extraDaysOff: off, makeUpWorkingDays: mk.filter((d) => !off.includes(d)) }));

describe('calendar properties', () => {
  it('adding n ≥ 1 working days never lands on a weekend, holiday or declared day off', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), adjustments, (d, n, adj) => {
        const r = addWorkingDays(d, n, adj);
        expect(isWorkingDay(r, adj)).toBe(true);
        const z = parseDay(r);
        const w = weekday(z);
        if (!adj.makeUpWorkingDays.includes(r)) expect(w === 0 || w === 6).toBe(false);
        expect(publicHolidays(Number(r.slice(0, 4))).some((h) => h.date === r) && !adj.makeUpWorkingDays.includes(r)).toBe(false);
        expect(adj.extraDaysOff.includes(r)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
  it('is monotone in n', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -300, max: 300 }), fc.integer({ min: -300, max: 300 }), adjustments, (d, a, b, adj) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addWorkingDays(d, lo, adj) <= addWorkingDays(d, hi, adj)).toBe(true);
        if (lo < hi && lo >= 0) expect(addWorkingDays(d, lo, adj) < addWorkingDays(d, hi, adj)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
  it('workingDaysBetween(a, addWorkingDays(a, n)) === n', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 600 }), adjustments, (d, n, adj) => {
        expect(workingDaysBetween(d, addWorkingDays(d, n, adj), adj)).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
  it('…and for negative n from a working day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -600, max: -1 }), (d, n) => {
        fc.pre(isWorkingDay(d));
        expect(workingDaysBetween(d, addWorkingDays(d, n))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
  it('workingDaysBetween agrees with a day-by-day count', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), adjustments, (a, len, adj) => {
        const za = parseDay(a);
        let n = 0;
        for (let z = za + 1; z <= za + len; z++) if (isWorkingDay(formatDay(z), adj)) n++;
        expect(workingDaysBetween(a, formatDay(za + len), adj)).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});
