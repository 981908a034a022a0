import { describe, expect, it } from 'vitest';
import {
  TARGET_DIRECTIONS,
  TARGET_DIRECTION_NAMES,
  attainment,
  comparePeriods,
  isPeriod,
  isTargetDirection,
  latestActual,
  periodEnd,
  periodLabel,
  validateTarget,
  viNumber,
  type TargetDirection,
  type TargetInput,
} from './targets.js';

describe('target directions', () => {
  it('codes and Vietnamese names', () => {
    expect([...TARGET_DIRECTIONS]).toEqual(['at_least', 'at_most', 'equal', 'reduce_by']);
    expect(TARGET_DIRECTION_NAMES).toEqual({ at_least: 'Đạt tối thiểu', at_most: 'Không vượt quá', equal: 'Bằng', reduce_by: 'Giảm' });
  });
  it.each([
    ['at_least', true],
    ['reduce_by', true],
    ['giam', false],
    ['', false],
    [null, false],
  ])('isTargetDirection(%s) = %s', (s, ok) => {
    expect(isTargetDirection(s)).toBe(ok);
  });
});

describe('viNumber (Vietnamese notation)', () => {
  it.each([
    [95, '95'],
    [66.7, '66,7'],
    [1234.5, '1.234,5'],
    [1_000_000, '1.000.000'],
    [0.1 + 0.2, '0,3'],
    [-0.25, '-0,25'],
    [-0.0001, '0'],
    [2, '2'],
  ])('%d → %s', (x, s) => {
    expect(viNumber(x)).toBe(s);
  });
});

describe('attainment', () => {
  const rows: { name: string; direction: TargetDirection; baseline?: number | null; target: number; actual: number | null; percent: number | null; met: boolean | null; text: string }[] = [
    // at_least: "100% cơ quan, đơn vị đăng ký thi đua", "ít nhất 80 công trình"
    { name: 'at_least: short of the target', direction: 'at_least', target: 100, actual: 95, percent: 95, met: false, text: 'Chưa hoàn thành (đạt 95%)' },
    { name: 'at_least: exactly the target', direction: 'at_least', target: 100, actual: 100, percent: 100, met: true, text: 'Hoàn thành (đạt 100%)' },
    { name: 'at_least: over-fulfilled, not capped', direction: 'at_least', target: 80, actual: 100, percent: 125, met: true, text: 'Hoàn thành (đạt 125%)' },
    { name: 'at_least: one decimal', direction: 'at_least', target: 3, actual: 2, percent: 66.7, met: false, text: 'Chưa hoàn thành (đạt 66,7%)' },
    { name: 'at_least: decimal figures compare with a tolerance', direction: 'at_least', target: 0.3, actual: 0.1 + 0.2, percent: 100, met: true, text: 'Hoàn thành (đạt 100%)' },
    { name: 'at_least: target 0 is met by 0', direction: 'at_least', target: 0, actual: 0, percent: 100, met: true, text: 'Hoàn thành (đạt 100%)' },
    { name: 'at_least: target 0 is met by any positive figure', direction: 'at_least', target: 0, actual: 7, percent: 100, met: true, text: 'Hoàn thành (đạt 100%)' },
    // at_most: "không quá 5 vụ vi phạm"
    { name: 'at_most: below the ceiling', direction: 'at_most', target: 5, actual: 4, percent: 125, met: true, text: 'Hoàn thành (đạt 125%)' },
    { name: 'at_most: at the ceiling', direction: 'at_most', target: 5, actual: 5, percent: 100, met: true, text: 'Hoàn thành (đạt 100%)' },
    { name: 'at_most: twice the ceiling', direction: 'at_most', target: 5, actual: 10, percent: 50, met: false, text: 'Chưa hoàn thành (đạt 50%)' },
    { name: 'at_most: zero actual', direction: 'at_most', target: 5, actual: 0, percent: 100, met: true, text: 'Hoàn thành (đạt 100%)' },
    { name: 'at_most: ceiling 0 exceeded', direction: 'at_most', target: 0, actual: 2, percent: 0, met: false, text: 'Chưa hoàn thành (đạt 0%)' },
    // equal
    { name: 'equal: hit', direction: 'equal', target: 100, actual: 100, percent: 100, met: true, text: 'Hoàn thành (đạt 100%)' },
    { name: 'equal: 10% off', direction: 'equal', target: 100, actual: 90, percent: 90, met: false, text: 'Chưa hoàn thành (đạt 90%)' },
    { name: 'equal: over by 10%', direction: 'equal', target: 100, actual: 110, percent: 90, met: false, text: 'Chưa hoàn thành (đạt 90%)' },
    { name: 'equal: far off is floored at 0', direction: 'equal', target: 100, actual: 250, percent: 0, met: false, text: 'Chưa hoàn thành (đạt 0%)' },
    { name: 'equal: target 0 hit', direction: 'equal', target: 0, actual: 0, percent: 100, met: true, text: 'Hoàn thành (đạt 100%)' },
    { name: 'equal: target 0 missed', direction: 'equal', target: 0, actual: 1, percent: 0, met: false, text: 'Chưa hoàn thành (đạt 0%)' },
    // reduce_by: "giảm tỷ lệ hộ nghèo 2%/năm" from 3,5%
    { name: 'reduce_by: reduced by the target (3,5 → 1,5)', direction: 'reduce_by', baseline: 3.5, target: 2, actual: 1.5, percent: 100, met: true, text: 'Hoàn thành (giảm 2, đạt 100%)' },
    { name: 'reduce_by: reduced by 1,9 of 2', direction: 'reduce_by', baseline: 3.5, target: 2, actual: 1.6, percent: 95, met: false, text: 'Chưa hoàn thành (giảm 1,9, đạt 95%)' },
    { name: 'reduce_by: reduced by more', direction: 'reduce_by', baseline: 3.5, target: 2, actual: 1, percent: 125, met: true, text: 'Hoàn thành (giảm 2,5, đạt 125%)' },
    { name: 'reduce_by: the rate rose', direction: 'reduce_by', baseline: 3.5, target: 2, actual: 4, percent: -25, met: false, text: 'Chưa hoàn thành (tăng 0,5, đạt -25%)' },
    { name: 'reduce_by: no baseline', direction: 'reduce_by', baseline: null, target: 2, actual: 1.5, percent: null, met: null, text: 'Thiếu giá trị gốc' },
    // no figure yet
    ...TARGET_DIRECTIONS.map((direction) => ({ name: `${direction}: no actual figure`, direction, baseline: 3.5, target: 2, actual: null, percent: null, met: null, text: 'Chưa có số liệu' })),
  ];

  it.each(rows)('$name', ({ direction, baseline, target, actual, percent, met, text }) => {
    expect(attainment({ direction, baseline: baseline ?? null, target }, actual)).toEqual({ percent, met, text });
  });
});

describe('validateTarget', () => {
  const OK: TargetInput = { name: 'Tỷ lệ hộ nghèo', measure: '%', direction: 'reduce_by', baseline: 3.5, target: 2 };
  it.each([
    { name: 'valid reduction', input: OK, errors: [] },
    { name: 'valid at_least without baseline', input: { ...OK, direction: 'at_least', baseline: undefined, target: 100 }, errors: [] },
    { name: 'missing name', input: { ...OK, name: '  ' }, errors: ['Chỉ tiêu phải có tên.'] },
    { name: 'missing unit of measure', input: { ...OK, measure: '' }, errors: ['Chỉ tiêu phải có đơn vị tính.'] },
    {
      name: 'unknown direction',
      input: { ...OK, direction: 'tang' },
      errors: ['Cách đánh giá chỉ tiêu không hợp lệ (tang); chọn một trong: Đạt tối thiểu, Không vượt quá, Bằng, Giảm.'],
    },
    { name: 'non-finite target (NaN)', input: { ...OK, target: Number.NaN }, errors: ['Giá trị chỉ tiêu phải là một số.'] },
    { name: 'non-finite target (Infinity)', input: { ...OK, target: Number.POSITIVE_INFINITY }, errors: ['Giá trị chỉ tiêu phải là một số.'] },
    { name: 'reduction without baseline', input: { ...OK, baseline: null }, errors: ['Chỉ tiêu giảm phải có giá trị gốc để tính mức giảm.'] },
    { name: 'non-finite baseline', input: { ...OK, baseline: Number.NaN }, errors: ['Giá trị gốc của chỉ tiêu phải là một số.'] },
    {
      name: 'several errors at once, in field order',
      input: { name: '', measure: '', direction: 'reduce_by', target: Number.NaN },
      errors: ['Chỉ tiêu phải có tên.', 'Chỉ tiêu phải có đơn vị tính.', 'Giá trị chỉ tiêu phải là một số.', 'Chỉ tiêu giảm phải có giá trị gốc để tính mức giảm.'],
    },
  ])('$name', ({ input, errors }) => {
    expect(validateTarget(input)).toEqual(errors);
  });
});

describe('reporting periods', () => {
  it.each([
    { s: '2026', ok: true, label: 'Năm 2026', end: '2026-12-31' },
    { s: '2026-Q1', ok: true, label: 'Quý I/2026', end: '2026-03-31' },
    { s: '2026-Q2', ok: true, label: 'Quý II/2026', end: '2026-06-30' },
    { s: '2026-Q3', ok: true, label: 'Quý III/2026', end: '2026-09-30' },
    { s: '2026-Q4', ok: true, label: 'Quý IV/2026', end: '2026-12-31' },
    { s: '2026-M03', ok: true, label: 'Tháng 3/2026', end: '2026-03-31' },
    { s: '2024-M02', ok: true, label: 'Tháng 2/2024', end: '2024-02-29' },
    { s: '2026-M12', ok: true, label: 'Tháng 12/2026', end: '2026-12-31' },
    { s: '2026-Q5', ok: false, label: '2026-Q5', end: null },
    { s: '2026-Q0', ok: false, label: '2026-Q0', end: null },
    { s: '2026-M3', ok: false, label: '2026-M3', end: null },
    { s: '2026-M13', ok: false, label: '2026-M13', end: null },
    { s: '2026-03', ok: false, label: '2026-03', end: null },
    { s: '26', ok: false, label: '26', end: null },
    { s: '0000', ok: false, label: '0000', end: null },
    { s: '2026-q1', ok: false, label: '2026-q1', end: null },
  ])('$s: period $ok, "$label", ends $end', ({ s, ok, label, end }) => {
    expect(isPeriod(s)).toBe(ok);
    expect(periodLabel(s)).toBe(label);
    expect(periodEnd(s)).toBe(end);
  });

  it.each([
    { a: '2026-Q1', b: '2026-Q2', sign: -1 },
    { a: '2026-M03', b: '2026-Q1', sign: -1 },
    { a: '2026-M04', b: '2026-Q1', sign: 1 },
    { a: '2025', b: '2026-M01', sign: -1 },
    { a: '2026-Q4', b: '2026', sign: -1 },
    { a: '2026-M12', b: '2026-Q4', sign: -1 },
    { a: '2026-Q2', b: '2026-Q2', sign: 0 },
    { a: 'bad', b: '2026', sign: -1 },
  ])('comparePeriods($a, $b) has sign $sign', ({ a, b, sign }) => {
    expect(Math.sign(comparePeriods(a, b))).toBe(sign);
    expect(Math.sign(comparePeriods(b, a))).toBe(-sign || 0);
  });

  it.each([
    { name: 'empty → null', actuals: [], latest: null },
    { name: 'quarters out of order', actuals: [{ period: '2026-Q2', value: 2 }, { period: '2026-Q3', value: 3 }, { period: '2026-Q1', value: 1 }], latest: { period: '2026-Q3', value: 3 } },
    { name: 'a later year beats an earlier year’s quarter', actuals: [{ period: '2026-Q4', value: 4 }, { period: '2027-M01', value: 5 }], latest: { period: '2027-M01', value: 5 } },
    { name: 'the year figure beats its fourth quarter and December', actuals: [{ period: '2026', value: 10 }, { period: '2026-Q4', value: 4 }, { period: '2026-M12', value: 1 }], latest: { period: '2026', value: 10 } },
    { name: 'a month after the quarter it starts', actuals: [{ period: '2026-Q1', value: 1 }, { period: '2026-M04', value: 2 }], latest: { period: '2026-M04', value: 2 } },
    { name: 'invalid periods are ignored', actuals: [{ period: '2026-Q1', value: 1 }, { period: '2099-Q9', value: 9 }], latest: { period: '2026-Q1', value: 1 } },
    { name: 'only invalid periods → null', actuals: [{ period: 'Q1/2026', value: 1 }], latest: null },
    { name: 'same period twice: the later entry wins', actuals: [{ period: '2026-Q1', value: 1 }, { period: '2026-Q1', value: 1.5 }], latest: { period: '2026-Q1', value: 1.5 } },
  ])('latestActual: $name', ({ actuals, latest }) => {
    expect(latestActual(actuals)).toEqual(latest);
  });

  it('latestActual returns the entry itself (extra fields kept)', () => {
    const row = { id: 7, period: '2026-Q2', value: 3, note: 'báo cáo quý II' };
    expect(latestActual([{ id: 6, period: '2026-Q1', value: 1, note: '' }, row])).toBe(row);
  });
});
