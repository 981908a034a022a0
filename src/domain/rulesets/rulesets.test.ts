import { describe, expect, it } from 'vitest';
import { AWARD_CODES } from '../codes.js';
import { baseSalaryAt, BASE_SALARIES } from './base-salary.js';
import { findRulesetAt, rulesetAt, RULESETS } from './registry.js';

describe('rulesets by effective date', () => {
  const rows = [
    { ref: 'Luật TĐKT 2022 + NĐ 98/2023 (hiệu lực 1/1/2024)', date: '2024-01-01', id: 'LAW2022+ND98' },
    { ref: 'NĐ 98/2023 (bị thay thế từ 1/7/2025)', date: '2025-06-30', id: 'LAW2022+ND98' },
    { ref: 'Điều 59 NĐ 152/2025 (hiệu lực 1/7/2025)', date: '2025-07-01', id: 'LAW2022+ND152' },
    { ref: 'NĐ 152/2025 — codes.md example date', date: '2026-12-15', id: 'LAW2022+ND152' },
  ];
  it.each(rows)('$ref — $date → $id', (r) => {
    expect(rulesetAt(r.date).id).toBe(r.id);
  });
  it('Luật 06/2026/QH16 (chưa xác nhận) — the 2026 amendment is opt-in from 1/10/2026', () => {
    const p = { enableRulesets: ['LAW2022/2026+ND152'] };
    expect(rulesetAt('2026-09-30', p).id).toBe('LAW2022+ND152');
    expect(rulesetAt('2026-10-01', p).id).toBe('LAW2022/2026+ND152');
    expect(rulesetAt('2026-10-01', p).confidence).toBe('partial');
    expect(rulesetAt('2026-10-01', p).instruments.join(' ')).toContain('06/2026/QH16');
  });
  it('before 1/1/2024 there is no ruleset: a Vietnamese error naming the field', () => {
    expect(findRulesetAt('2023-12-31')).toBeUndefined();
    expect(() => rulesetAt('2023-12-31')).toThrow(/Chưa có bộ quy tắc cho ngày 31\/12\/2023 \(trường 'date'\)/);
    expect(() => rulesetAt('2024-02-30')).toThrow(/trường 'date'/);
  });
  it('periods do not overlap among default rulesets and every value is sourced', () => {
    const defaults = RULESETS.filter((r) => !r.optIn);
    for (let i = 1; i < defaults.length; i++) {
      expect(defaults[i - 1].effectiveTo! < defaults[i].effectiveFrom).toBe(true);
    }
    for (const r of RULESETS) {
      for (const [code, set] of Object.entries(r.coefficients)) {
        expect(AWARD_CODES).toContain(code);
        for (const v of Object.values(set!)) {
          expect(v!.ref.length).toBeGreaterThan(0);
          if (v!.value === null) expect(v!.confidence).toBe('unconfirmed');
          else expect(Number.isInteger(v!.value.tenths)).toBe(true);
        }
      }
    }
  });
});

describe('base salary as data (legal-rules §6.3)', () => {
  const rows = [
    { ref: 'NĐ 24/2023/NĐ-CP', date: '2023-07-01', amount: 1_800_000 },
    { ref: 'NĐ 24/2023/NĐ-CP', date: '2024-06-30', amount: 1_800_000 },
    { ref: 'Khoản 2 Điều 3 NĐ 73/2024/NĐ-CP', date: '2024-07-01', amount: 2_340_000 },
    { ref: 'Khoản 2 Điều 3 NĐ 73/2024/NĐ-CP', date: '2026-06-30', amount: 2_340_000 },
    { ref: 'NĐ 161/2026/NĐ-CP', date: '2026-07-01', amount: 2_530_000 },
  ];
  it.each(rows)('$ref — $date → $amount', (r) => {
    expect(baseSalaryAt(r.date).amount).toBe(r.amount);
  });
  it('a tenant adds a new decree row', () => {
    const p = { baseSalaries: [{ from: '2027-07-01', amount: 2_800_000, ref: 'Nghị định mới' }] };
    expect(baseSalaryAt('2027-07-01', p)).toMatchObject({ amount: 2_800_000, confidence: 'tenant', ref: 'Nghị định mới' });
    expect(baseSalaryAt('2027-06-30', p).amount).toBe(2_530_000);
    expect(BASE_SALARIES).toHaveLength(4);
  });
  it('bad tenant rows and dates are refused with the field', () => {
    expect(() => baseSalaryAt('2027-01-01', { baseSalaries: [{ from: '2027-02-30', amount: 1 }] })).toThrow(/baseSalaries\[0\]\.from/);
    expect(() => baseSalaryAt('2027-01-01', { baseSalaries: [{ from: '2027-01-01', amount: 1.5 }] })).toThrow(/baseSalaries\[0\]\.amount/);
    expect(() => baseSalaryAt('2019-01-01')).toThrow(/Chưa có mức lương cơ sở/);
  });
});
