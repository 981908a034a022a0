import { describe, expect, it } from 'vitest';
import type { RuleParams } from '../params.js';
import { checkEligibility, type EligibilityResult } from './engine.js';

type Facts = Record<string, unknown>;
interface Row {
  ref: string;
  name: string;
  award: string;
  subject?: string;
  year?: number;
  date?: string;
  type?: string;
  facts: Facts;
  params?: RuleParams;
  eligible: boolean | null;
  /** criterion id → expected ok */
  expect?: Record<string, boolean | null>;
  /** substring expected in the text of a criterion */
  text?: [string, string];
}

const CLEAN = { pending: [], discipline: [] };
const cs = (...years: number[]) => years.map((year) => ({ award: 'CSTD_CS', year }));

function run(r: Row): EligibilityResult {
  return checkEligibility(
    {
      award: r.award,
      subject: r.subject ?? 'ca_nhan',
      year: r.year ?? 2026,
      date: r.date ?? '2026-12-15',
      ...(r.type ? { type: r.type } : {}),
      facts: r.facts,
    },
    r.params,
  );
}

function check(r: Row): void {
  const out = run(r);
  expect(out.award).toBe(r.award);
  expect(out.eligible).toBe(r.eligible);
  for (const [id, ok] of Object.entries(r.expect ?? {})) {
    const c = out.criteria.find((k) => k.id === id);
    expect(c, `criterion ${id} in ${JSON.stringify(out.criteria)}`).toBeDefined();
    expect(c!.ok, `${id}: ${c!.text}`).toBe(ok);
  }
  if (r.text) {
    const c = out.criteria.find((k) => k.id === r.text![0]);
    expect(c?.text).toContain(r.text[1]);
  }
  for (const c of out.criteria) {
    expect(c.ref.length).toBeGreaterThan(0);
    expect(Object.keys(c).sort()).toEqual(['id', 'ok', 'ref', 'text']);
  }
}

// ---- the example of shared/domain/codes.md -------------------------------------------------------
describe('codes.md example', () => {
  it('Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022 — CSTĐ tỉnh, exact output format', () => {
    const out = checkEligibility({
      award: 'CSTD_TINH', subject: 'ca_nhan', year: 2026, date: '2026-12-15',
      facts: {
        ratings: { 2024: 'HTXSNV', 2025: 'HTXSNV', 2026: 'HTXSNV' },
        awards: cs(2024, 2025, 2026),
        initiatives: [{ year: 2026, scope: 'tinh' }],
        research: [{ year: 2025, scope: 'co_so' }],
        discipline: [{ level: 'khien_trach', from: '2022-03-01', to: '2022-09-01' }],
        pending: [],
        unitRating: 'HTXSNV',
        members: { total: 20, completedDuties: 20, ldtt: 15, cstdcs: 1, disciplinedCanhCaoOrAbove: 0 },
      },
    });
    expect(out.ruleset).toBe('LAW2022+ND152');
    expect(out.eligible).toBe(true);
    expect(out.criteria.find((c) => c.id === 'cstd_cs_streak')).toEqual({
      id: 'cstd_cs_streak', ok: true,
      text: 'Đạt Chiến sĩ thi đua cơ sở 3 lần liên tục: 2024, 2025, 2026',
      ref: 'Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022',
    });
    expect(Object.keys(out).sort()).toEqual(['award', 'criteria', 'eligible', 'ruleset']);
  });
});

// ---- blocking rules ------------------------------------------------------------------------------
const LDTT_OK = { ratings: { 2026: 'HTTNV' }, ...CLEAN };
const blockingRows: Row[] = [
  { ref: 'Điều 4 Nghị định 152/2025/NĐ-CP', name: 'under disciplinary review blocks', award: 'LDTT', facts: { ...LDTT_OK, pending: ['ky_luat'] }, eligible: false, expect: { no_pending: false }, text: ['no_pending', 'đang bị xem xét kỷ luật'] },
  { ref: 'Điều 4 Nghị định 152/2025/NĐ-CP', name: 'investigation blocks', award: 'CSTD_CS', facts: { ratings: { 2026: 'HTXSNV' }, discipline: [], pending: ['dieu_tra'] }, eligible: false, expect: { no_pending: false } },
  { ref: 'Điều 4 Nghị định 152/2025/NĐ-CP', name: 'inspection with signs of violation blocks a collective', award: 'TTLDTT', subject: 'tap_the', facts: { unitRating: 'HTTNV', members: { total: 10, ldtt: 8, disciplinedCanhCaoOrAbove: 0 }, discipline: [], pending: ['thanh_tra'] }, eligible: false, expect: { no_pending: false } },
  { ref: 'Điều 4 Nghị định 152/2025/NĐ-CP', name: 'unresolved complaint blocks', award: 'GK', facts: { ...LDTT_OK, pending: ['khieu_nai'] }, eligible: false, expect: { no_pending: false } },
  { ref: 'Điều 4 Nghị định 152/2025/NĐ-CP', name: 'pending matters unknown → null, never eligible by default', award: 'LDTT', facts: { ratings: { 2026: 'HTTNV' }, discipline: [] }, eligible: null, expect: { no_pending: null } },
  { ref: 'Điều 4 Nghị định 152/2025/NĐ-CP', name: 'discipline unknown → null', award: 'LDTT', facts: { ratings: { 2026: 'HTTNV' }, pending: [] }, eligible: null, expect: { discipline_period: null } },
  { ref: 'Điều 4 Nghị định 152/2025/NĐ-CP', name: 'in a discipline period during the year: the year does not count', award: 'LDTT', facts: { ...LDTT_OK, discipline: [{ level: 'canh_cao', from: '2026-03-01', to: '2026-09-01' }] }, eligible: false, expect: { discipline_period: false }, text: ['discipline_period', 'năm 2026 không được tính'] },
  { ref: 'Điều 4 Nghị định 152/2025/NĐ-CP', name: 'discipline ended the year before: counts again', award: 'LDTT', facts: { ...LDTT_OK, discipline: [{ level: 'khien_trach', from: '2025-01-10', to: '2025-07-10' }] }, eligible: true, expect: { discipline_period: true }, text: ['discipline_period', 'tính từ năm 2026'] },
  { ref: 'Điều 4 Nghị định 152/2025/NĐ-CP', name: 'discipline without an end date → null', award: 'LDTT', facts: { ...LDTT_OK, discipline: [{ level: 'canh_cao', from: '2026-03-01' }] }, eligible: null, expect: { discipline_period: null }, text: ['discipline_period', 'facts.discipline[0].to'] },
  { ref: 'Điều 4 Nghị định 152/2025/NĐ-CP', name: 'discipline starting after the evaluation date is ignored', award: 'LDTT', date: '2026-12-15', facts: { ...LDTT_OK, discipline: [{ level: 'canh_cao', from: '2027-01-05', to: '2027-07-05' }] }, eligible: true },
  { ref: 'Điều 4 Nghị định 152/2025/NĐ-CP', name: 'tenant option: the year the discipline ended counts', award: 'LDTT', facts: { ...LDTT_OK, discipline: [{ level: 'khien_trach', from: '2026-01-05', to: '2026-07-05' }] }, params: { streak: { disciplineYear: 'from_end_year' } }, eligible: true },
  { ref: 'Điều 5 Luật Thi đua, khen thưởng 2022 (NĐ 98/2023, chưa xác nhận)', name: 'blocking under the 2024 regime', award: 'LDTT', year: 2024, date: '2024-12-20', facts: { ratings: { 2024: 'HTTNV' }, discipline: [], pending: ['khieu_nai'] }, eligible: false, expect: { no_pending: false } },
];
describe('blocking rules', () => {
  it.each(blockingRows)('$ref — $name', check);
  it('Điều 5 Luật Thi đua, khen thưởng 2022 — under NĐ 98 the blocking rule is flagged "chưa xác nhận"', () => {
    const out = run(blockingRows[blockingRows.length - 1]);
    expect(out.ruleset).toBe('LAW2022+ND98');
    expect(out.criteria.find((c) => c.id === 'no_pending')!.ref).toContain('(chưa xác nhận)');
  });
});

// ---- individual titles ---------------------------------------------------------------------------
const ldttRows: Row[] = [
  { ref: 'Điểm a khoản 1 Điều 24 Luật Thi đua, khen thưởng 2022', name: 'LĐTT: HTTNV', award: 'LDTT', facts: LDTT_OK, eligible: true, expect: { rating: true, ldtt_spirit: null } },
  { ref: 'Điểm a khoản 1 Điều 24 Luật Thi đua, khen thưởng 2022', name: 'LĐTT: HTXSNV', award: 'LDTT', facts: { ratings: { 2026: 'HTXSNV' }, ...CLEAN }, eligible: true },
  { ref: 'Điểm a khoản 1 Điều 24 Luật Thi đua, khen thưởng 2022', name: 'LĐTT: HTNV fails', award: 'LDTT', facts: { ratings: { 2026: 'HTNV' }, ...CLEAN }, eligible: false, expect: { rating: false }, text: ['rating', 'Hoàn thành nhiệm vụ'] },
  { ref: 'Điểm a khoản 1 Điều 24 Luật Thi đua, khen thưởng 2022', name: 'LĐTT: no rating → null', award: 'LDTT', facts: { ratings: { 2025: 'HTTNV' }, ...CLEAN }, eligible: null, expect: { rating: null }, text: ['rating', 'facts.ratings.2026'] },
];

const csRows: Row[] = [
  { ref: 'Khoản 2 Điều 23 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ cơ sở: HTXSNV', award: 'CSTD_CS', facts: { ratings: { 2026: 'HTXSNV' }, ...CLEAN }, eligible: true, expect: { ldtt_standard: true, cstd_cs_achievement: true, council_vote: null } },
  { ref: 'Khoản 2 Điều 23 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ cơ sở: HTTNV + sáng kiến cơ sở in the year', award: 'CSTD_CS', facts: { ratings: { 2026: 'HTTNV' }, initiatives: [{ year: 2026, scope: 'co_so' }], ...CLEAN }, eligible: true, expect: { cstd_cs_achievement: true } },
  { ref: 'Khoản 2 Điều 23 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ cơ sở: HTTNV + accepted research in the year', award: 'CSTD_CS', facts: { ratings: { 2026: 'HTTNV' }, initiatives: [], research: [{ year: 2026, scope: 'tinh' }], ...CLEAN }, eligible: true, expect: { cstd_cs_achievement: true }, text: ['cstd_cs_achievement', 'đề tài'] },
  { ref: 'Khoản 2 Điều 23 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ cơ sở: HTTNV and no initiative fails', award: 'CSTD_CS', facts: { ratings: { 2026: 'HTTNV' }, initiatives: [], research: [], ...CLEAN }, eligible: false, expect: { cstd_cs_achievement: false } },
  { ref: 'Khoản 2 Điều 23 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ cơ sở: initiative of another year does not count', award: 'CSTD_CS', facts: { ratings: { 2026: 'HTTNV' }, initiatives: [{ year: 2025, scope: 'co_so' }], ...CLEAN }, eligible: false, expect: { cstd_cs_achievement: false } },
  { ref: 'Khoản 2 Điều 23 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ cơ sở: initiative facts unknown → null', award: 'CSTD_CS', facts: { ratings: { 2026: 'HTTNV' }, ...CLEAN }, eligible: null, expect: { cstd_cs_achievement: null } },
  { ref: 'Khoản 1 Điều 23 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ cơ sở: not LĐTT (HTNV) fails', award: 'CSTD_CS', facts: { ratings: { 2026: 'HTNV' }, initiatives: [{ year: 2026, scope: 'co_so' }], ...CLEAN }, eligible: false, expect: { ldtt_standard: false } },
  { ref: 'Công văn 5007/BNV-TĐKT năm 2023 (chưa xác nhận)', name: 'single use: an initiative used for a Bằng khen cannot found a title', award: 'CSTD_CS', facts: { ratings: { 2026: 'HTTNV' }, initiatives: [{ year: 2026, scope: 'co_so', usedFor: { award: 'BK_TINH', year: 2026 } }], research: [], ...CLEAN }, eligible: false, expect: { cstd_cs_achievement: false }, text: ['cstd_cs_achievement', 'đã được dùng làm căn cứ tặng Bằng khen'] },
  { ref: 'Công văn 5007/BNV-TĐKT năm 2023 (chưa xác nhận)', name: 'reuse between titles is allowed by default', award: 'CSTD_CS', facts: { ratings: { 2026: 'HTTNV' }, initiatives: [{ year: 2026, scope: 'co_so', usedFor: { award: 'LDTT', year: 2026 } }], ...CLEAN }, eligible: true },
  { ref: 'Công văn 5007/BNV-TĐKT năm 2023 (chưa xác nhận)', name: 'tenant forbids reuse between titles', award: 'CSTD_CS', facts: { ratings: { 2026: 'HTTNV' }, initiatives: [{ year: 2026, scope: 'co_so', usedFor: { award: 'LDTT', year: 2026 } }], research: [], ...CLEAN }, params: { initiativeReuseAcrossTitles: false }, eligible: false },
  { ref: 'Khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP', name: 'vote 16/20 = 80% passes (NĐ 98)', award: 'CSTD_CS', year: 2024, date: '2025-01-10', facts: { ratings: { 2024: 'HTXSNV' }, ...CLEAN, vote: { for: 16, total: 20 } }, eligible: true, expect: { council_vote: true } },
  { ref: 'Khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP', name: 'vote 15/20 = 75% fails (NĐ 98)', award: 'CSTD_CS', year: 2024, date: '2025-01-10', facts: { ratings: { 2024: 'HTXSNV' }, ...CLEAN, vote: { for: 15, total: 20 } }, eligible: false, expect: { council_vote: false }, text: ['council_vote', 'ít nhất 16 phiếu'] },
  { ref: 'Nghị định 152/2025/NĐ-CP (tỷ lệ biểu quyết chưa xác nhận)', name: 'vote held but threshold is a missing parameter → null', award: 'CSTD_CS', facts: { ratings: { 2026: 'HTXSNV' }, ...CLEAN, vote: { for: 19, total: 20 } }, eligible: null, expect: { council_vote: null }, text: ['council_vote', 'Thiếu tham số'] },
  { ref: 'Nghị định 152/2025/NĐ-CP (tham số của đơn vị)', name: 'vote with the tenant threshold 80%', award: 'CSTD_CS', facts: { ratings: { 2026: 'HTXSNV' }, ...CLEAN, vote: { for: 16, total: 20 } }, params: { votes: { CSTD_CS: { num: 80, den: 100 } } }, eligible: true, expect: { council_vote: true } },
];

const INI_TINH = [{ year: 2026, scope: 'tinh' }];
const tinhRows: Row[] = [
  { ref: 'Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ tỉnh: a gap year breaks the streak', award: 'CSTD_TINH', facts: { awards: cs(2023, 2024, 2026), initiatives: INI_TINH, ...CLEAN }, eligible: false, expect: { cstd_cs_streak: false }, text: ['cstd_cs_streak', 'năm 2025 không đạt Chiến sĩ thi đua cơ sở'] },
  { ref: 'Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ tỉnh: the streak must end at the review year', award: 'CSTD_TINH', facts: { awards: cs(2023, 2024, 2025), initiatives: [{ year: 2025, scope: 'tinh' }], ...CLEAN }, eligible: false, expect: { cstd_cs_streak: false } },
  { ref: 'Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022 (tham số)', name: 'CSTĐ tỉnh: tenant option streak ends the year before', award: 'CSTD_TINH', facts: { awards: cs(2023, 2024, 2025), initiatives: [{ year: 2025, scope: 'tinh' }], ...CLEAN }, params: { streak: { endsAt: 'previous_year' } }, eligible: true },
  { ref: 'Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022 (tham số)', name: 'CSTĐ tỉnh: tenant option a year with no record is skipped', award: 'CSTD_TINH', facts: { awards: cs(2023, 2024, 2026), initiatives: INI_TINH, ...CLEAN }, params: { streak: { missingYear: 'skips_unrated' } }, eligible: true },
  { ref: 'Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ tỉnh: a rated year without the title still breaks with skips_unrated', award: 'CSTD_TINH', facts: { ratings: { 2025: 'HTTNV' }, awards: cs(2023, 2024, 2026), initiatives: INI_TINH, ...CLEAN }, params: { streak: { missingYear: 'skips_unrated' } }, eligible: false },
  { ref: 'Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ tỉnh: years used for a previous CSTĐ tỉnh are not counted again', award: 'CSTD_TINH', facts: { awards: [...cs(2022, 2023, 2024, 2025, 2026), { award: 'CSTD_TINH', year: 2024 }], initiatives: INI_TINH, ...CLEAN }, eligible: false, text: ['cstd_cs_streak', 'đã được tính để tặng Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh năm 2024'] },
  { ref: 'Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022 (tham số)', name: 'CSTĐ tỉnh: tenant option no reset after a higher title', award: 'CSTD_TINH', facts: { awards: [...cs(2022, 2023, 2024, 2025, 2026), { award: 'CSTD_TINH', year: 2024 }], initiatives: INI_TINH, ...CLEAN }, params: { streak: { resetAfterHigherAward: false } }, eligible: true },
  { ref: 'Điều 4 Nghị định 152/2025/NĐ-CP', name: 'CSTĐ tỉnh: achievements before the end of a discipline period are not counted', award: 'CSTD_TINH', facts: { awards: cs(2024, 2025, 2026), initiatives: INI_TINH, pending: [], discipline: [{ level: 'khien_trach', from: '2024-02-01', to: '2024-08-01' }] }, eligible: false, expect: { cstd_cs_streak: false, discipline_period: true }, text: ['cstd_cs_streak', 'do kỷ luật khiển trách'] },
  { ref: 'Khoản 3 Điều 4 Nghị định 152/2025/NĐ-CP', name: 'CSTĐ tỉnh: a đột xuất CSTĐ cơ sở is not a basis', award: 'CSTD_TINH', facts: { awards: [{ award: 'CSTD_CS', year: 2024, type: 'dot_xuat' }, ...cs(2025, 2026)], initiatives: INI_TINH, ...CLEAN }, eligible: false },
  { ref: 'Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ tỉnh: a base-level initiative is not enough', award: 'CSTD_TINH', facts: { awards: cs(2024, 2025, 2026), initiatives: [{ year: 2026, scope: 'co_so' }], research: [], ...CLEAN }, eligible: false, expect: { initiative_tinh: false } },
  { ref: 'Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ tỉnh: a provincial initiative in the qualifying period counts', award: 'CSTD_TINH', facts: { awards: cs(2024, 2025, 2026), initiatives: [{ year: 2024, scope: 'toan_quoc' }], ...CLEAN }, eligible: true },
  { ref: 'Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022 (tham số)', name: 'CSTĐ tỉnh: tenant option initiative of the review year only', award: 'CSTD_TINH', facts: { awards: cs(2024, 2025, 2026), initiatives: [{ year: 2024, scope: 'tinh' }], research: [], ...CLEAN }, params: { streak: { initiativeWindow: 'review_year' } }, eligible: false },
  { ref: 'Khoản 1 Điều 22 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ tỉnh: award history unknown → null', award: 'CSTD_TINH', facts: { initiatives: INI_TINH, ...CLEAN }, eligible: null, expect: { cstd_cs_streak: null } },
  { ref: 'Khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP', name: 'CSTĐ tỉnh under NĐ 98: 17/20 < 90% fails', award: 'CSTD_TINH', year: 2024, date: '2025-03-01', facts: { awards: cs(2022, 2023, 2024), initiatives: [{ year: 2024, scope: 'tinh' }], ...CLEAN, vote: { for: 17, total: 20 } }, eligible: false, expect: { council_vote: false } },
];

const TQ_BASE = { awards: [...cs(2021, 2022, 2023, 2024, 2025, 2026), { award: 'CSTD_TINH', year: 2023 }, { award: 'CSTD_TINH', year: 2026 }], initiatives: [{ year: 2026, scope: 'toan_quoc' }], ...CLEAN };
const tqRows: Row[] = [
  { ref: 'Điều 21 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ toàn quốc: 2 consecutive CSTĐ tỉnh (2023, 2026) + nationwide initiative', award: 'CSTD_TQ', facts: TQ_BASE, eligible: true, expect: { cstd_tinh_streak: true, initiative_toan_quoc: true, outstanding: null } },
  { ref: 'Điều 21 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ toàn quốc: a break in CSTĐ cơ sở between them', award: 'CSTD_TQ', facts: { ...TQ_BASE, awards: [...cs(2021, 2022, 2023, 2024, 2026), { award: 'CSTD_TINH', year: 2023 }, { award: 'CSTD_TINH', year: 2026 }] }, eligible: false, expect: { cstd_tinh_streak: false }, text: ['cstd_tinh_streak', 'năm 2025 không đạt Chiến sĩ thi đua cơ sở'] },
  { ref: 'Điều 21 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ toàn quốc: only one CSTĐ tỉnh', award: 'CSTD_TQ', facts: { ...TQ_BASE, awards: [...cs(2024, 2025, 2026), { award: 'CSTD_TINH', year: 2026 }] }, eligible: false, expect: { cstd_tinh_streak: false } },
  { ref: 'Điều 21 Luật Thi đua, khen thưởng 2022 (tham số)', name: 'CSTĐ toàn quốc: tenant option consecutive calendar years', award: 'CSTD_TQ', facts: { ...TQ_BASE, awards: [{ award: 'CSTD_TINH', year: 2025 }, { award: 'CSTD_TINH', year: 2026 }] }, params: { streak: { higherTitleConsecutive: 'consecutive_years' } }, eligible: true },
  { ref: 'Điều 21 Luật Thi đua, khen thưởng 2022', name: 'CSTĐ toàn quốc: a provincial initiative is not enough', award: 'CSTD_TQ', facts: { ...TQ_BASE, initiatives: [{ year: 2026, scope: 'tinh' }], research: [] }, eligible: false, expect: { initiative_toan_quoc: false } },
];

describe('individual titles', () => {
  it.each(ldttRows)('$ref — $name', check);
  it.each(csRows)('$ref — $name', check);
  it.each(tinhRows)('$ref — $name', check);
  it.each(tqRows)('$ref — $name', check);
});

// ---- collective titles ---------------------------------------------------------------------------
const M = (m: Record<string, number>) => ({ total: 20, completedDuties: 20, ldtt: 15, cstdcs: 1, disciplinedCanhCaoOrAbove: 0, ...m });
const collectiveRows: Row[] = [
  { ref: 'Điều 28 Luật Thi đua, khen thưởng 2022 (70% chưa xác nhận)', name: 'TTLĐ tiên tiến: HTTNV, 75% LĐTT, no discipline', award: 'TTLDTT', subject: 'tap_the', facts: { unitRating: 'HTTNV', members: M({}), ...CLEAN }, eligible: true, expect: { unit_rating: true, ldtt_share: true, members_no_discipline: true } },
  { ref: 'Điều 28 Luật Thi đua, khen thưởng 2022 (70% chưa xác nhận)', name: 'TTLĐ tiên tiến: exactly 70% passes', award: 'TTLDTT', subject: 'tap_the', facts: { unitRating: 'HTTNV', members: M({ ldtt: 14 }), ...CLEAN }, eligible: true },
  { ref: 'Điều 28 Luật Thi đua, khen thưởng 2022 (70% chưa xác nhận)', name: 'TTLĐ tiên tiến: 65% fails', award: 'TTLDTT', subject: 'tap_the', facts: { unitRating: 'HTTNV', members: M({ ldtt: 13 }), ...CLEAN }, eligible: false, expect: { ldtt_share: false }, text: ['ldtt_share', '13/20'] },
  { ref: 'Điều 28 Luật Thi đua, khen thưởng 2022 (tham số)', name: 'TTLĐ tiên tiến: tenant share 80% → 75% fails', award: 'TTLDTT', subject: 'tap_the', facts: { unitRating: 'HTTNV', members: M({}), ...CLEAN }, params: { criteria: { ttldttLdttShare: { num: 80, den: 100 } } }, eligible: false, expect: { ldtt_share: false } },
  { ref: 'Điều 28 Luật Thi đua, khen thưởng 2022', name: 'TTLĐ tiên tiến: a member disciplined (cảnh cáo) fails', award: 'TTLDTT', subject: 'tap_the', facts: { unitRating: 'HTTNV', members: M({ disciplinedCanhCaoOrAbove: 1 }), ...CLEAN }, eligible: false, expect: { members_no_discipline: false } },
  { ref: 'Điều 28 Luật Thi đua, khen thưởng 2022', name: 'TTLĐ tiên tiến: unit HTNV fails', award: 'TTLDTT', subject: 'tap_the', facts: { unitRating: 'HTNV', members: M({}), ...CLEAN }, eligible: false, expect: { unit_rating: false } },
  { ref: 'Điều 28 Luật Thi đua, khen thưởng 2022', name: 'TTLĐ tiên tiến: member figures missing → null', award: 'TTLDTT', subject: 'tap_the', facts: { unitRating: 'HTTNV', ...CLEAN }, eligible: null, expect: { ldtt_share: null } },
  { ref: 'Điều 27 Luật Thi đua, khen thưởng 2022', name: 'TTLĐ xuất sắc: HTXSNV, 100% complete, 75% LĐTT, 1 CSTĐ cơ sở', award: 'TTLDXS', subject: 'tap_the', facts: { unitRating: 'HTXSNV', members: M({}), ...CLEAN }, eligible: true, expect: { unit_rating: true, members_complete: true, ldtt_share: true, has_cstd_cs: true, emulation: null } },
  { ref: 'Điều 27 Luật Thi đua, khen thưởng 2022', name: 'TTLĐ xuất sắc: unit only HTTNV fails', award: 'TTLDXS', subject: 'tap_the', facts: { unitRating: 'HTTNV', members: M({}), ...CLEAN }, eligible: false, expect: { unit_rating: false } },
  { ref: 'Điều 27 Luật Thi đua, khen thưởng 2022', name: 'TTLĐ xuất sắc: one member did not complete duties', award: 'TTLDXS', subject: 'tap_the', facts: { unitRating: 'HTXSNV', members: M({ completedDuties: 19 }), ...CLEAN }, eligible: false, expect: { members_complete: false } },
  { ref: 'Điều 27 Luật Thi đua, khen thưởng 2022', name: 'TTLĐ xuất sắc: no CSTĐ cơ sở', award: 'TTLDXS', subject: 'tap_the', facts: { unitRating: 'HTXSNV', members: M({ cstdcs: 0 }), ...CLEAN }, eligible: false, expect: { has_cstd_cs: false } },
  { ref: 'Điều 27 Luật Thi đua, khen thưởng 2022', name: 'TTLĐ xuất sắc: unit rating from facts.ratings', award: 'TTLDXS', subject: 'tap_the', facts: { ratings: { 2026: 'HTXSNV' }, members: M({}), ...CLEAN }, eligible: true },
  { ref: 'Điều 26 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Cờ thi đua tỉnh: leads its cluster and exceeded targets', award: 'CO_TINH', subject: 'tap_the', facts: { clusterLeader: true, exceededTargets: true, ...CLEAN }, eligible: true, expect: { cluster_leader: true, exceeded_targets: true, co_tinh_standout: null, council_vote: null } },
  { ref: 'Điều 26 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Cờ thi đua tỉnh: not the cluster leader', award: 'CO_TINH', subject: 'tap_the', facts: { clusterLeader: false, exceededTargets: true, ...CLEAN }, eligible: false, expect: { cluster_leader: false } },
  { ref: 'Điều 26 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Cờ thi đua tỉnh: cluster result unknown → null', award: 'CO_TINH', subject: 'tap_the', facts: { exceededTargets: true, ...CLEAN }, eligible: null, expect: { cluster_leader: null } },
  { ref: 'Khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP', name: 'Cờ thi đua tỉnh under NĐ 98: 16/20 = 80% passes', award: 'CO_TINH', subject: 'tap_the', year: 2024, date: '2024-12-20', facts: { clusterLeader: true, exceededTargets: true, ...CLEAN, vote: { for: 16, total: 20 } }, eligible: true, expect: { council_vote: true } },
];
describe('collective titles', () => {
  it.each(collectiveRows)('$ref — $name', check);
});

// ---- award forms -------------------------------------------------------------------------------
const formRows: Row[] = [
  { ref: 'Điều 75 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Giấy khen cá nhân: HTTNV', award: 'GK', facts: LDTT_OK, eligible: true, expect: { gk_duties: true, gk_achievement: null } },
  { ref: 'Điều 75 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Giấy khen cá nhân: HTNV fails', award: 'GK', facts: { ratings: { 2026: 'HTNV' }, ...CLEAN }, eligible: false, expect: { gk_duties: false } },
  { ref: 'Điều 75 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Giấy khen cá nhân without a rating (a citizen): council judges', award: 'GK', facts: { ...CLEAN }, eligible: true, expect: { gk_duties: null } },
  { ref: 'Điều 75 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Giấy khen hộ gia đình: council judges the contribution', award: 'GK', subject: 'ho_gia_dinh', facts: { ...CLEAN }, eligible: true, expect: { gk_household: null } },
  { ref: 'Điều 74 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Bằng khen tỉnh cá nhân: 2 consecutive CSTĐ cơ sở', award: 'BK_TINH', facts: { awards: cs(2025, 2026), ...CLEAN }, eligible: true, expect: { bk_route: true }, text: ['bk_route', 'Đạt Chiến sĩ thi đua cơ sở 2 lần liên tục: 2025, 2026'] },
  { ref: 'Điều 74 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Bằng khen tỉnh cá nhân: HTXSNV 2 years + 2 base-level initiatives', award: 'BK_TINH', facts: { awards: [], ratings: { 2025: 'HTXSNV', 2026: 'HTXSNV' }, initiatives: [{ year: 2025, scope: 'co_so' }, { year: 2026, scope: 'co_so' }], ...CLEAN }, eligible: true, expect: { bk_route: true } },
  { ref: 'Điều 74 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Bằng khen tỉnh cá nhân: HTXSNV 2 years but one initiative', award: 'BK_TINH', facts: { awards: [], ratings: { 2025: 'HTXSNV', 2026: 'HTXSNV' }, initiatives: [{ year: 2026, scope: 'co_so' }], research: [], ...CLEAN }, eligible: false, expect: { bk_route: false } },
  { ref: 'Công văn 5007/BNV-TĐKT năm 2023 (chưa xác nhận)', name: 'Bằng khen tỉnh: initiatives already used for CSTĐ cơ sở cannot be reused for a form', award: 'BK_TINH', facts: { awards: [], ratings: { 2025: 'HTXSNV', 2026: 'HTXSNV' }, initiatives: [{ year: 2025, scope: 'co_so', usedFor: { award: 'CSTD_CS', year: 2025 } }, { year: 2026, scope: 'co_so' }], research: [], ...CLEAN }, eligible: false, expect: { bk_route: false }, text: ['bk_route', 'chỉ làm căn cứ một lần'] },
  { ref: 'Điều 74 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Bằng khen tỉnh tập thể: HTXSNV 2 consecutive years', award: 'BK_TINH', subject: 'tap_the', facts: { ratings: { 2025: 'HTXSNV' }, unitRating: 'HTXSNV', ...CLEAN }, eligible: true, expect: { bk_collective_2y: true, bk_collective: null } },
  { ref: 'Điều 74 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Bằng khen tỉnh tập thể: TTLĐ xuất sắc + HTXSNV', award: 'BK_TINH', subject: 'tap_the', facts: { awards: [{ award: 'TTLDXS', year: 2025 }], unitRating: 'HTXSNV', ...CLEAN }, eligible: true },
  { ref: 'Điều 74 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Bằng khen tỉnh tập thể: HTTNV the year before fails', award: 'BK_TINH', subject: 'tap_the', facts: { ratings: { 2025: 'HTTNV' }, unitRating: 'HTXSNV', ...CLEAN }, eligible: false },
  { ref: 'Điều 74 Luật Thi đua, khen thưởng 2022 (chưa xác nhận)', name: 'Bằng khen tỉnh đột xuất: council judges the achievement', award: 'BK_TINH', type: 'dot_xuat', facts: { ...CLEAN }, eligible: true, expect: { bk_achievement: null } },
  { ref: 'Luật Thi đua, khen thưởng 2022', name: 'a form without encoded criteria → null, never eligible by default', award: 'HCLD_3', facts: { ...CLEAN }, eligible: null, expect: { not_encoded: null } },
];
describe('award forms', () => {
  it.each(formRows)('$ref — $name', check);
});
