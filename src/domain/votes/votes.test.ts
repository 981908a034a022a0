import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { votePasses, votesNeeded, voteThreshold } from './votes.js';

describe('vote thresholds (legal-rules §7.3)', () => {
  const rows = [
    { ref: 'Khoản 7 Điều 30 NĐ 98/2023', award: 'CSTD_TQ', date: '2025-01-01', pct: 90 },
    { ref: 'Khoản 7 Điều 30 NĐ 98/2023', award: 'CSTD_TINH', date: '2025-01-01', pct: 90 },
    { ref: 'Khoản 7 Điều 30 NĐ 98/2023', award: 'AH_LD', date: '2025-01-01', pct: 90 },
    { ref: 'Khoản 7 Điều 30 NĐ 98/2023', award: 'CSTD_CS', date: '2025-01-01', pct: 80 },
    { ref: 'Khoản 7 Điều 30 NĐ 98/2023', award: 'CO_TINH', date: '2025-01-01', pct: 80 },
    { ref: 'Khoản 7 Điều 30 NĐ 98/2023', award: 'CO_CP', date: '2025-01-01', pct: 80 },
  ];
  it.each(rows)('$ref — $award: ≥$pct% of the total membership', (r) => {
    const t = voteThreshold(r.award, r.date);
    expect(t).toMatchObject({ required: true, threshold: { num: r.pct, den: 100 }, confidence: 'confirmed', ruleset: 'LAW2022+ND98' });
  });
  it('Khoản 7 Điều 30 NĐ 98/2023 — LĐTT, Giấy khen, Bằng khen: no vote mandated', () => {
    expect(voteThreshold('LDTT', '2025-01-01')).toMatchObject({ required: false, threshold: null });
    expect(voteThreshold('BK_TINH', '2025-01-01').required).toBe(false);
  });
  it('NĐ 152/2025 — the threshold is unconfirmed: a parameter with no default, then the tenant value', () => {
    expect(voteThreshold('CSTD_CS', '2026-01-01')).toMatchObject({ required: true, threshold: null, confidence: 'unconfirmed', missingParam: 'votes.CSTD_CS' });
    expect(voteThreshold('CSTD_CS', '2026-01-01', { votes: { CSTD_CS: { num: 80, den: 100 } } })).toMatchObject({ threshold: { num: 80, den: 100 }, confidence: 'tenant' });
    // a confirmed NĐ 98 value is not overridden by the tenant's NĐ 152 setting
    expect(voteThreshold('CSTD_CS', '2025-01-01', { votes: { CSTD_CS: { num: 2, den: 3 } } }).threshold).toEqual({ num: 80, den: 100 });
  });
  it('votePasses uses exact integers on the total membership', () => {
    expect(votePasses(18, 20, { num: 90, den: 100 })).toBe(true);
    expect(votePasses(17, 20, { num: 90, den: 100 })).toBe(false);
    expect(votePasses(9, 11, { num: 80, den: 100 })).toBe(true); // 81.8%
    expect(votePasses(8, 11, { num: 80, den: 100 })).toBe(false); // 72.7%
    expect(votePasses(2, 3, { num: 2, den: 3 })).toBe(true);
    expect(votesNeeded(11, { num: 80, den: 100 })).toBe(9);
    expect(() => votePasses(21, 20, { num: 90, den: 100 })).toThrow(/'votesFor'/);
    expect(() => votePasses(1, 0, { num: 90, den: 100 })).toThrow(/'totalMembers'/);
  });
  it('votesNeeded is the smallest passing count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 100 }), (total, pct) => {
        const th = { num: pct, den: 100 };
        const n = votesNeeded(total, th);
        expect(votePasses(n, total, th)).toBe(true);
        if (n > 0) expect(votePasses(n - 1, total, th)).toBe(false);
      }),
    );
  });
});
