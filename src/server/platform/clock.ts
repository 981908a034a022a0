/**
 * "Today" in Việt Nam — the one source of the current legal date on the server (and, through the
 * session, in the web app). Legal dates have no time zone, but today does.
 *
 * End-to-end tests pin and move the clock: with TDKT_TEST_CLOCK=1 (scripts/e2e-server.mjs),
 * TDKT_TEST_TODAY=YYYY-MM-DD fixes the starting day so that no test depends on the real date, and
 * POST /api/v1/test/clock moves it forward (a consultation window of N working days). In production
 * neither exists and the clock is the machine's.
 */
let offsetDays = 0;
let baseShiftDays = 0;

const DAY = 86_400_000;

function vnDate(ms: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
}

export const testClockEnabled = () => process.env.TDKT_TEST_CLOCK === '1';

/** The shift that makes the real today read as TDKT_TEST_TODAY (test clock only). */
function pinnedShift(): number {
  const pinned = testClockEnabled() ? process.env.TDKT_TEST_TODAY : undefined;
  if (!pinned || !/^\d{4}-\d{2}-\d{2}$/.test(pinned)) return 0;
  const realToday = vnDate(Date.now());
  return Math.round((Date.parse(`${pinned}T00:00:00Z`) - Date.parse(`${realToday}T00:00:00Z`)) / DAY);
}
baseShiftDays = pinnedShift();

export function todayVN(): string {
  return vnDate(Date.now() + (baseShiftDays + offsetDays) * DAY);
}

/**
 * Now, by the same clock as `todayVN()`: the instant a legal event happens (a dossier sent, whose
 * day is checked against a deadline). In production this is the machine's time.
 */
export function nowInstant(): Date {
  return new Date(Date.now() + (baseShiftDays + offsetDays) * DAY);
}

/** Moves today `days` after the starting day (the pinned one when TDKT_TEST_TODAY is set). */
export function setClockOffsetDays(days: number): void {
  if (!testClockEnabled()) throw new Error('test clock disabled');
  baseShiftDays = pinnedShift();
  offsetDays = days;
}
