/**
 * Micro-benchmark of the money and calendar functions (target: > 1,000,000 calls/s each).
 * Run: npx tsx bench/domain.ts
 */
import { performance } from 'node:perf_hooks';
import { addWorkingDays, calendarFor, isWorkingDay, workingDaysBetween, type CalendarAdjustments } from '../src/domain/calendar/calendar.js';
import { formatDay, parseDay } from '../src/domain/dates.js';
import { checkEligibility } from '../src/domain/eligibility/engine.js';
import { amountFor, rewardAmount } from '../src/domain/money/money.js';
import { amountInWords } from '../src/domain/money/words.js';

function bench(name: string, n: number, fn: (i: number) => unknown): void {
  for (let i = 0; i < Math.min(n, 20_000); i++) fn(i); // warm-up
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const r = fn(i);
    if (r) sink++;
  }
  const ms = performance.now() - t0;
  const perSec = Math.round((n / ms) * 1000);
  console.log(`${name.padEnd(58)} ${perSec.toLocaleString('en-US').padStart(13)} calls/s  (${n.toLocaleString('en-US')} calls, ${ms.toFixed(0)} ms)${sink < 0 ? '' : ''}`);
}

const start = parseDay('2024-01-01');
const DAYS = Array.from({ length: 4018 }, (_, i) => formatDay(start + i)); // 2024–2034
const adj: CalendarAdjustments = {
  extraDaysOff: ['2024-02-08', '2024-02-14', '2024-04-29', '2024-09-03', '2025-01-27', '2025-09-01'],
  makeUpWorkingDays: ['2024-05-04'],
};
calendarFor(adj);
const AWARDS = ['LDTT', 'CSTD_CS', 'CSTD_TINH', 'TTLDTT', 'TTLDXS', 'BK_TINH', 'CO_TINH'];
const SUBJECT: Record<string, string> = { LDTT: 'ca_nhan', CSTD_CS: 'ca_nhan', CSTD_TINH: 'ca_nhan', TTLDTT: 'tap_the', TTLDXS: 'tap_the', BK_TINH: 'ca_nhan', CO_TINH: 'tap_the' };
const DATES = ['2025-08-01', '2026-01-15', '2026-07-01', '2026-12-15'];

const N = 2_000_000;
console.log(`node ${process.version}`);
bench('money: amountFor(tenths, salary) — the rounding core', N, (i) => amountFor(3 + (i % 40), 2_340_000 + (i & 1) * 190_000));
bench('money: amountInWords(amount) (cached)', N, (i) => amountInWords(((i % 500) + 1) * 10_000));
bench('money: rewardAmount({award, subject, date}) (memoised)', N, (i) => {
  const a = AWARDS[i % AWARDS.length];
  return rewardAmount({ award: a, subject: SUBJECT[a], date: DATES[i & 3] }).amount;
});
bench('money: rewardAmount cold (new params object per call: no memo)', 300_000, (i) => {
  const a = AWARDS[i % AWARDS.length];
  return rewardAmount({ award: a, subject: SUBJECT[a], date: DATES[i & 3] }, {}).amount;
});
bench('calendar: isWorkingDay(date)', N, (i) => isWorkingDay(DAYS[i % DAYS.length]));
bench('calendar: isWorkingDay(date, adjustments)', N, (i) => isWorkingDay(DAYS[i % DAYS.length], adj));
bench('calendar: addWorkingDays(date, 20)', N, (i) => addWorkingDays(DAYS[i % DAYS.length], 20));
bench('calendar: addWorkingDays(date, 1..400, adjustments)', N, (i) => addWorkingDays(DAYS[i % DAYS.length], (i % 400) + 1, adj));
bench('calendar: addWorkingDays(date, -30)', N, (i) => addWorkingDays(DAYS[i % DAYS.length], -30));
bench('calendar: workingDaysBetween(a, a + 0..730 days)', N, (i) => workingDaysBetween(DAYS[i % 2000], DAYS[(i % 2000) + (i % 730)]));

const CASE = {
  award: 'CSTD_TINH', subject: 'ca_nhan', year: 2026, date: '2026-12-15',
  facts: {
    ratings: { 2024: 'HTXSNV', 2025: 'HTXSNV', 2026: 'HTXSNV' },
    awards: [{ award: 'CSTD_CS', year: 2024 }, { award: 'CSTD_CS', year: 2025 }, { award: 'CSTD_CS', year: 2026 }],
    initiatives: [{ year: 2026, scope: 'tinh' }], research: [], discipline: [], pending: [],
  },
};
bench('eligibility: checkEligibility(codes.md case), incl. validation', 100_000, () => checkEligibility(CASE).eligible);
