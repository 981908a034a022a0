/**
 * "Today" in Việt Nam. Legal dates have no time zone, but today does. End-to-end tests of
 * multi-day procedures (a consultation window of N working days) move the clock forward through
 * a route that exists only when the server starts with TDKT_TEST_CLOCK=1 (scripts/e2e-server.mjs);
 * in production the offset is always 0.
 */
let offsetDays = 0;

export function todayVN(): string {
  const now = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

export const testClockEnabled = () => process.env.TDKT_TEST_CLOCK === '1';

export function setClockOffsetDays(days: number): void {
  if (!testClockEnabled()) throw new Error('test clock disabled');
  offsetDays = days;
}
