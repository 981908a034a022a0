import { describe, expect, it } from 'vitest';
import { amountFor, catalogAmount } from './money';

describe('amountFor (web mirror of the domain rule)', () => {
  it.each([
    // [tenths, base salary, rounding, factor, expected]
    [30, 2_340_000, 'ceil_10000', undefined, 7_020_000],
    [3, 2_340_000, 'ceil_10000', undefined, 710_000], // 702.000 → 710.000
    [3, 2_340_000, 'none', undefined, 702_000],
    [3, 2_530_000, 'ceil_10000', undefined, 760_000], // 759.000 → 760.000
    [15, 2_530_000, 'ceil_10000', 15, 5_700_000], // 3.795.000 × 1,5 = 5.692.500 → 5.700.000
    [3, 2_530_000, 'none', 15, 1_138_500],
    [10, 3_000_000, 'ceil_10000', undefined, 3_000_000],
  ] as const)('%i tenths × %i (%s, factor %s) = %i', (tenths, salary, rounding, factor, expected) => {
    expect(amountFor(tenths, salary, rounding, factor)).toBe(expected);
  });

  it('derives the household amount from the individual coefficient', () => {
    const ind = { tenths: 3, text: '0,3', upTo: false, confidence: 'confirmed' as const, ref: '' };
    const hh = { tenths: null, text: null, upTo: false, confidence: 'confirmed' as const, ref: '', derived: { fromSubject: 'ca_nhan' as const, factorTenths: 15, factorText: '1,5' } };
    expect(catalogAmount(hh, ind, 2_340_000, 'ceil_10000')).toBe(1_060_000); // 1.053.000 → 1.060.000
    expect(catalogAmount({ ...ind, upTo: true }, undefined, 2_340_000, 'ceil_10000')).toBeNull();
    expect(catalogAmount({ ...ind, tenths: null }, undefined, 2_340_000, 'ceil_10000')).toBeNull();
  });
});
