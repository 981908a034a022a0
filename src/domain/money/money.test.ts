import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { amountFor, payableAwards, rewardAmount, roundUpScaled } from './money.js';

// legal-rules §6.4: worked amounts with the ceiling rule. 2,340,000 applies 1/7/2024–30/6/2026; the
// dates below are in the NĐ 152 regime (from 1/7/2025) where every form coefficient is known.
const D2340 = '2026-01-15';
const D2530 = '2026-07-01';
const rows = [
  { ref: 'Điều 50 NĐ 152/2025', name: 'LĐTT', award: 'LDTT', subject: 'ca_nhan', a2340: 710_000, a2530: 760_000, e2340: '702000' },
  { ref: 'Điều 54 NĐ 152/2025', name: 'Giấy khen cá nhân', award: 'GK', subject: 'ca_nhan', a2340: 710_000, a2530: 760_000, e2340: '702000' },
  { ref: 'Điều 50 NĐ 152/2025', name: 'TTLĐ tiên tiến', award: 'TTLDTT', subject: 'tap_the', a2340: 1_880_000, a2530: 2_030_000, e2340: '1872000' },
  { ref: 'Điều 50 NĐ 152/2025', name: 'CSTĐ cơ sở', award: 'CSTD_CS', subject: 'ca_nhan', a2340: 2_340_000, a2530: 2_530_000, e2340: '2340000' },
  { ref: 'Điều 54 NĐ 152/2025', name: 'Giấy khen tập thể', award: 'GK', subject: 'tap_the', a2340: 1_410_000, a2530: 1_520_000, e2340: '1404000' },
  { ref: 'Điều 50 NĐ 152/2025', name: 'TTLĐ xuất sắc', award: 'TTLDXS', subject: 'tap_the', a2340: 3_510_000, a2530: 3_800_000, e2340: '3510000' },
  { ref: 'Điều 50 NĐ 152/2025', name: 'Thôn, tổ dân phố văn hóa', award: 'THON_VH', subject: 'tap_the', a2340: 3_510_000, a2530: 3_800_000, e2340: '3510000' },
  { ref: 'Điểm b khoản 1 Điều 54 NĐ 152/2025', name: 'Bằng khen tỉnh cá nhân', award: 'BK_TINH', subject: 'ca_nhan', a2340: 3_510_000, a2530: 3_800_000, e2340: '3510000' },
  { ref: 'Điều 50 NĐ 152/2025', name: 'Xã, phường, đặc khu tiêu biểu', award: 'XA_TB', subject: 'tap_the', a2340: 4_680_000, a2530: 5_060_000, e2340: '4680000' },
  { ref: 'Điều 50 NĐ 152/2025', name: 'CSTĐ tỉnh', award: 'CSTD_TINH', subject: 'ca_nhan', a2340: 7_020_000, a2530: 7_590_000, e2340: '7020000' },
  { ref: 'Điểm b khoản 1 Điều 54 NĐ 152/2025', name: 'Bằng khen tỉnh tập thể', award: 'BK_TINH', subject: 'tap_the', a2340: 7_020_000, a2530: 7_590_000, e2340: '7020000' },
  { ref: 'Điểm a khoản 1 Điều 54 NĐ 152/2025', name: 'Bằng khen Thủ tướng cá nhân', award: 'BK_TTG', subject: 'ca_nhan', a2340: 8_190_000, a2530: 8_860_000, e2340: '8190000' },
  { ref: 'Điều 50 NĐ 152/2025', name: 'CSTĐ toàn quốc', award: 'CSTD_TQ', subject: 'ca_nhan', a2340: 10_530_000, a2530: 11_390_000, e2340: '10530000' },
  { ref: 'Điều 51 NĐ 152/2025', name: 'HCLĐ hạng Ba cá nhân', award: 'HCLD_3', subject: 'ca_nhan', a2340: 10_530_000, a2530: 11_390_000, e2340: '10530000' },
  { ref: 'Điều 50 NĐ 152/2025', name: 'Cờ thi đua tỉnh', award: 'CO_TINH', subject: 'tap_the', a2340: 18_720_000, a2530: 20_240_000, e2340: '18720000' },
  { ref: 'Điều 50 NĐ 152/2025', name: 'Cờ thi đua Chính phủ', award: 'CO_CP', subject: 'tap_the', a2340: 28_080_000, a2530: 30_360_000, e2340: '28080000' },
];

describe('reward money — legal-rules §6.4 worked amounts', () => {
  it.each(rows)('$ref — $name: base 2.340.000 → $a2340', (r) => {
    const m = rewardAmount({ award: r.award, subject: r.subject, date: D2340 });
    expect(m.baseSalary).toBe(2_340_000);
    expect(m.exactAmount).toBe(r.e2340);
    expect(m.amount).toBe(r.a2340);
    expect(m.missing).toEqual([]);
  });
  it.each(rows)('$ref — $name: base 2.530.000 → $a2530', (r) => {
    const m = rewardAmount({ award: r.award, subject: r.subject, date: D2530 });
    expect(m.baseSalary).toBe(2_530_000);
    expect(m.amount).toBe(r.a2530);
  });
  it('Điều 49 NĐ 152/2025 — the amount in words for the decision', () => {
    expect(rewardAmount({ award: 'LDTT', subject: 'ca_nhan', date: D2530 }).amountInWords).toBe('Bảy trăm sáu mươi nghìn đồng');
    expect(rewardAmount({ award: 'CSTD_TQ', subject: 'ca_nhan', date: D2530 }).amountInWords).toBe('Mười một triệu ba trăm chín mươi nghìn đồng');
  });
});

describe('reward money — rules', () => {
  const cases = [
    { ref: 'Điều 49 NĐ 152/2025', name: 'base salary of the decision date: 30/6/2026 → 2.340.000', date: '2026-06-30', award: 'LDTT', subject: 'ca_nhan', amount: 710_000 },
    { ref: 'NĐ 24/2023', name: 'base 1.800.000 in the NĐ 98 regime (1/1/2024)', date: '2024-01-01', award: 'LDTT', subject: 'ca_nhan', amount: 540_000 },
    { ref: 'Khoản 2 Điều 3 NĐ 73/2024', name: 'base 2.340.000 from 1/7/2024', date: '2024-07-01', award: 'CSTD_CS', subject: 'ca_nhan', amount: 2_340_000 },
    { ref: 'Điều 54 NĐ 98/2023', name: 'title coefficients unchanged under NĐ 98 (CSTĐ tỉnh 3,0)', date: '2025-06-30', award: 'CSTD_TINH', subject: 'ca_nhan', amount: 7_020_000 },
    { ref: 'NĐ 152/2025 (hộ gia đình 1,5 lần)', name: 'household Giấy khen 1,5 × 0,3 × 2.530.000 = 1.138.500 → 1.140.000', date: D2530, award: 'GK', subject: 'ho_gia_dinh', amount: 1_140_000 },
    { ref: 'NĐ 152/2025 (hộ gia đình 1,5 lần)', name: 'household Bằng khen tỉnh 1,5 × 1,5 × 2.340.000 = 5.265.000 → 5.270.000', date: D2340, award: 'BK_TINH', subject: 'ho_gia_dinh', amount: 5_270_000 },
    { ref: 'Điều 51 NĐ 152/2025', name: 'HC Sao vàng tập thể 92,0', date: D2530, award: 'HC_SAO_VANG', subject: 'tap_the', amount: 232_760_000 },
    { ref: 'Điều 51 NĐ 152/2025', name: 'HC Hồ Chí Minh cá nhân 30,5', date: D2530, award: 'HC_HCM', subject: 'ca_nhan', amount: 77_170_000 },
    { ref: 'Điều 52 NĐ 152/2025', name: 'Anh hùng Lao động tập thể 31,0', date: D2530, award: 'AH_LD', subject: 'tap_the', amount: 78_430_000 },
  ];
  it.each(cases)('$ref — $name', (r) => {
    expect(rewardAmount({ award: r.award, subject: r.subject, date: r.date }).amount).toBe(r.amount);
  });

  it('Mục 2 Chương V NĐ 98/2023 — Giấy khen amount under NĐ 98 is unconfirmed: thiếu tham số, no guess', () => {
    const m = rewardAmount({ award: 'GK', subject: 'ca_nhan', date: '2025-01-10' });
    expect(m.amount).toBeNull();
    expect(m.missing[0].param).toBe('coefficients.GK.ca_nhan');
    expect(m.missing[0].text).toMatch(/^Thiếu tham số/);
    const withParam = rewardAmount({ award: 'GK', subject: 'ca_nhan', date: '2025-01-10' }, { coefficients: { GK: { ca_nhan: 3 } } });
    expect(withParam.amount).toBe(710_000);
    expect(withParam.coefficientConfidence).toBe('tenant');
  });

  it('Điều 50 NĐ 152/2025 — Gia đình văn hóa has no listed amount: thiếu tham số', () => {
    const m = rewardAmount({ award: 'GDVH', subject: 'ho_gia_dinh', date: D2530 });
    expect(m.amount).toBeNull();
    expect(m.missing.map((x) => x.param)).toEqual(['coefficients.GDVH.ho_gia_dinh']);
  });

  it('Điểm d khoản 1 Điều 54 NĐ 152/2025 — Kỷ niệm chương: up to 0,6, the issuer sets the coefficient', () => {
    expect(rewardAmount({ award: 'KNC', subject: 'ca_nhan', date: D2530 }).amount).toBeNull();
    expect(rewardAmount({ award: 'KNC', subject: 'ca_nhan', date: D2530, coefficientTenths: 5 }).amount).toBe(1_270_000);
    expect(() => rewardAmount({ award: 'KNC', subject: 'ca_nhan', date: D2530, coefficientTenths: 7 })).toThrow(/từ 0 đến 0,6/);
  });

  it('Điều 50 NĐ 152/2025 — a confirmed coefficient is not overridable by a tenant', () => {
    expect(rewardAmount({ award: 'LDTT', subject: 'ca_nhan', date: D2530 }, { coefficients: { LDTT: { ca_nhan: 9 } } }).amount).toBe(760_000);
  });

  it('tenant switches rounding off: exact amount, whole đồng', () => {
    const m = rewardAmount({ award: 'LDTT', subject: 'ca_nhan', date: D2530 }, { money: { rounding: 'none' } });
    expect(m.amount).toBe(759_000);
    expect(m.amountInWords).toBe('Bảy trăm năm mươi chín nghìn đồng');
  });

  it('household rounding order is a tenant option (legal-rules §6.2)', () => {
    // 1,5 × 0,3 × 2.530.000: after factor → ceil(1.138.500) = 1.140.000; before factor → 1,5 × 760.000 = 1.140.000
    // 1,5 × 1,0 × 1.490.000 style check with a tenant salary that makes the order matter:
    const params = { baseSalaries: [{ from: '2027-01-01', amount: 2_345_000 }] };
    const after = rewardAmount({ award: 'GK', subject: 'ho_gia_dinh', date: '2027-02-01' }, params);
    const before = rewardAmount({ award: 'GK', subject: 'ho_gia_dinh', date: '2027-02-01' }, { ...params, money: { householdRounding: 'before_factor' } });
    expect(after.exactAmount).toBe('1055250'); // 1,5 × 703.500
    expect(after.amount).toBe(1_060_000);
    expect(before.amount).toBe(1_070_000); // 1,5 × 710.000 = 1.065.000 → 1.070.000
  });

  it('bad input: Vietnamese errors naming the field', () => {
    const bad = (f: () => unknown, field: string) => {
      try { f(); } catch (e) { expect(e).toBeInstanceOf(DomainError); expect((e as DomainError).field).toBe(field); expect((e as Error).message).toContain(`'${field}'`); return; }
      throw new Error('no error');
    };
    bad(() => rewardAmount({ award: 'XYZ', subject: 'ca_nhan', date: D2530 }), 'award');
    bad(() => rewardAmount({ award: 'LDTT', subject: 'nhom', date: D2530 }), 'subject');
    bad(() => rewardAmount({ award: 'LDTT', subject: 'tap_the', date: D2530 }), 'subject');
    bad(() => rewardAmount({ award: 'LDTT', subject: 'ca_nhan', date: '2026-02-30' }), 'date');
    bad(() => rewardAmount({ award: 'LDTT', subject: 'ca_nhan', date: '2019-01-01' }), 'date');
  });
});

describe('several awards at once — Điều 49 NĐ 152/2025', () => {
  it('same qualifying period → only the highest title is paid; a form is paid as well', () => {
    const r = payableAwards(
      [
        { award: 'LDTT', subject: 'ca_nhan', period: '2026' },
        { award: 'CSTD_CS', subject: 'ca_nhan', period: '2026' },
        { award: 'GK', subject: 'ca_nhan', period: '2026' },
      ],
      D2530,
    );
    expect(r.lines.map((l) => [l.award, l.paid, l.amount])).toEqual([
      ['LDTT', false, 0],
      ['CSTD_CS', true, 2_530_000],
      ['GK', true, 760_000],
    ]);
    expect(r.lines[0].reason).toContain('Chiến sĩ thi đua cơ sở');
    expect(r.total).toBe(3_290_000);
  });
  it('different qualifying periods → each title is paid', () => {
    const r = payableAwards(
      [
        { award: 'CSTD_CS', subject: 'ca_nhan', period: '2026' },
        { award: 'CSTD_TINH', subject: 'ca_nhan', period: '2024-2026' },
      ],
      D2530,
    );
    expect(r.lines.every((l) => l.paid)).toBe(true);
    expect(r.total).toBe(2_530_000 + 7_590_000);
  });
});

describe('money properties', () => {
  it('amount is a multiple of 10.000 and ≥ the exact product (rounding on)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 50_000_000 }), (tenths, salary) => {
        const a = amountFor(tenths, salary);
        expect(a % 10_000).toBe(0);
        expect(a * 10).toBeGreaterThanOrEqual(tenths * salary);
        expect((a - 10_000) * 10).toBeLessThan(tenths * salary === 0 ? 1 : tenths * salary);
      }),
    );
  });
  it('rounding off: the exact product rounded up to the whole đồng', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 50_000_000 }), (tenths, salary) => {
        const a = amountFor(tenths, salary, 'none');
        expect(a * 10).toBeGreaterThanOrEqual(tenths * salary);
        expect((a - 1) * 10).toBeLessThan(tenths * salary === 0 ? 1 : tenths * salary);
      }),
    );
  });
  it('roundUpScaled agrees with BigInt ceiling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.constantFrom(1, 10, 100), (s, scale) => {
        const unit = BigInt(10_000 * scale);
        const want = ((BigInt(s) + unit - 1n) / unit) * 10_000n;
        expect(BigInt(roundUpScaled(s, scale))).toBe(want);
      }),
    );
  });
});
