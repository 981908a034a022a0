import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, dayNumber, formatDay, isValidIsoDate, parseDay, weekday } from './dates.js';

describe('legal dates', () => {
  it.each([
    ['2024-02-29', true], ['2025-02-29', false], ['2100-02-29', false], ['2000-02-29', true], ['2026-13-01', false],
    ['2026-04-31', false], ['2026-4-1', false], ['2026-04-01T00:00', false], ['abcd-ef-gh', false], ['2026-12-31', true],
  ])('%s valid: %s', (s, ok) => {
    expect(isValidIsoDate(s)).toBe(ok);
  });
  it('agrees with Date.UTC and round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (z) => {
        const s = formatDay(z);
        expect(parseDay(s)).toBe(z);
        expect(new Date(z * 86_400_000).toISOString().slice(0, 10)).toBe(s);
        const [y, m, d] = civilFromDays(z);
        expect(dayNumber(y, m, d)).toBe(z);
        expect(weekday(z)).toBe(new Date(z * 86_400_000).getUTCDay());
      }),
    );
  });
});
