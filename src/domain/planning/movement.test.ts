import { describe, expect, it } from 'vitest';
import { MOVEMENT_KINDS as CODES_MOVEMENT_KINDS } from '../codes.js';
import { statusOf, type CheckItem } from '../dossier/checks.js';
import { DomainError } from '../errors.js';
import {
  DURATION_BANDS,
  DURATION_BAND_NAMES,
  LAUNCH_LEVELS,
  LAUNCH_LEVEL_NAMES,
  MILESTONE_KINDS,
  MILESTONE_KIND_NAMES,
  MOVEMENT_KINDS,
  MOVEMENT_KIND_NAMES,
  MOVEMENT_SCOPES,
  MOVEMENT_SCOPE_NAMES,
  STATISTICS_METHOD_NAMES,
  checkMovementDossier,
  durationBand,
  milestoneProblem,
  movementMonths,
  quotaText,
  statisticsMethod,
  twoDigits,
  type MovementDossierFacts,
  type MovementQuota,
  type MovementRules,
  type NomineeSubject,
} from './movement.js';

// Sources: codes.md "Movement kinds"; legal-rules.md §4 (forms of organising emulation) and §10
// (TT 02/2023/TT-BNV form 0601.N/BNV-TĐKT: scope, duration, method, launching level).
const F0601 = 'TT 02/2023/TT-BNV, biểu 0601.N/BNV-TĐKT';

describe('movement code lists and names', () => {
  it('MOVEMENT_KINDS is the canonical list of codes.md (one definition)', () => {
    expect(MOVEMENT_KINDS).toBe(CODES_MOVEMENT_KINDS);
    expect(MOVEMENT_KINDS).toEqual(['thuong_xuyen', 'theo_dot', 'chuyen_de']);
  });

  it.each([
    { name: 'movement kinds (codes.md)', map: MOVEMENT_KIND_NAMES as Record<string, string>, expected: { thuong_xuyen: 'Thường xuyên (hằng năm)', theo_dot: 'Theo đợt', chuyen_de: 'Chuyên đề' } },
    { name: 'milestones', map: MILESTONE_KIND_NAMES as Record<string, string>, expected: { phat_dong: 'Phát động', so_ket: 'Sơ kết', tong_ket: 'Tổng kết' } },
  ])('names of $name', ({ map, expected }) => {
    expect(map).toEqual(expected);
  });

  it.each([
    { name: `scopes (${F0601})`, codes: MOVEMENT_SCOPES, names: MOVEMENT_SCOPE_NAMES as Record<string, string>, expected: ['toan_quoc', 'bo_nganh_dia_phuong', 'cum_khoi', 'co_quan_don_vi'] },
    { name: `launch levels (${F0601})`, codes: LAUNCH_LEVELS, names: LAUNCH_LEVEL_NAMES as Record<string, string>, expected: ['trung_uong', 'bo_tinh', 'co_quan_don_vi'] },
    { name: `duration bands (${F0601})`, codes: DURATION_BANDS, names: DURATION_BAND_NAMES as Record<string, string>, expected: ['duoi_1_nam', '1_nam', '1_3_nam', '3_5_nam', 'tu_5_nam'] },
    { name: 'milestones', codes: MILESTONE_KINDS, names: MILESTONE_KIND_NAMES as Record<string, string>, expected: ['phat_dong', 'so_ket', 'tong_ket'] },
  ])('$name: codes in order, every code named, no extra names', ({ codes, names, expected }) => {
    expect([...codes]).toEqual(expected);
    expect(Object.keys(names).sort()).toEqual([...codes].sort());
    for (const c of codes) expect(names[c]).toMatch(/\S/);
  });
});

describe(`movementMonths / durationBand (${F0601}: whole months, end date included)`, () => {
  it.each([
    { name: 'calendar-year movement 1/1–31/12', from: '2026-01-01', to: '2026-12-31', months: 12, band: '1_nam' },
    { name: 'one day short of a year', from: '2026-01-01', to: '2026-12-30', months: 11, band: 'duoi_1_nam' },
    { name: 'đợt thi đua of three months', from: '2026-03-01', to: '2026-05-31', months: 3, band: 'duoi_1_nam' },
    { name: 'one-day movement', from: '2026-09-02', to: '2026-09-02', months: 0, band: 'duoi_1_nam' },
    { name: 'year from mid-month (15/3–14/3)', from: '2026-03-15', to: '2027-03-14', months: 12, band: '1_nam' },
    { name: 'twelve months and a part month stays 1 year', from: '2026-01-01', to: '2027-01-15', months: 12, band: '1_nam' },
    { name: 'thirteen months', from: '2026-01-01', to: '2027-01-31', months: 13, band: '1_3_nam' },
    { name: 'two years', from: '2025-01-01', to: '2026-12-31', months: 24, band: '1_3_nam' },
    { name: '35 months', from: '2021-01-01', to: '2023-11-30', months: 35, band: '1_3_nam' },
    { name: 'three years exactly', from: '2021-01-01', to: '2023-12-31', months: 36, band: '3_5_nam' },
    { name: 'one day short of five years', from: '2021-01-01', to: '2025-12-30', months: 59, band: '3_5_nam' },
    { name: 'five-year movement 2021–2025 (60 months)', from: '2021-01-01', to: '2025-12-31', months: 60, band: 'tu_5_nam' },
    { name: 'five years from mid-year', from: '2025-06-01', to: '2030-05-31', months: 60, band: 'tu_5_nam' },
    { name: 'ten-year movement', from: '2021-01-01', to: '2030-12-31', months: 120, band: 'tu_5_nam' },
    { name: 'month end to month end (31/1–28/2)', from: '2026-01-31', to: '2026-02-28', months: 1, band: 'duoi_1_nam' },
    { name: 'from 29/2 of a leap year', from: '2024-02-29', to: '2025-02-28', months: 12, band: '1_nam' },
  ])('$name: $from..$to → $months months, $band', ({ from, to, months, band }) => {
    expect(movementMonths(from, to)).toBe(months);
    expect(durationBand(from, to)).toBe(band);
  });

  it.each([
    { name: 'ends before it starts', from: '2026-12-31', to: '2026-01-01', field: 'endsOn' },
    { name: 'impossible start date', from: '2026-02-30', to: '2026-12-31', field: 'startsOn' },
    { name: 'malformed end date', from: '2026-01-01', to: '31/12/2026', field: 'endsOn' },
  ])('$name → DomainError on $field', ({ from, to, field }) => {
    expect(() => durationBand(from, to)).toThrow(DomainError);
    try {
      durationBand(from, to);
    } catch (e) {
      expect((e as DomainError).field).toBe(field);
    }
  });
});

describe(`statisticsMethod (${F0601}: "Thi đua theo chuyên đề" / "Thi đua thường xuyên hàng năm")`, () => {
  it.each([
    { kind: 'thuong_xuyen', method: 'thuong_xuyen' },
    { kind: 'theo_dot', method: 'chuyen_de' },
    { kind: 'chuyen_de', method: 'chuyen_de' },
  ] as const)('$kind → $method', ({ kind, method }) => {
    expect(statisticsMethod(kind)).toBe(method);
    expect(STATISTICS_METHOD_NAMES[statisticsMethod(kind)]).toMatch(/^Thi đua /);
  });
});

describe('quotaText (counts written with two digits, as in official documents)', () => {
  it.each([
    { q: { maxIndividuals: 5 }, text: 'không quá 05 cá nhân' },
    { q: { maxCollectives: 1, maxIndividuals: 3 }, text: 'không quá 01 tập thể và 03 cá nhân' },
    { q: { maxTotal: 2 }, text: 'không quá 02 trường hợp tập thể hoặc cá nhân' },
    { q: { maxCollectives: 2 }, text: 'không quá 02 tập thể' },
    { q: { maxIndividuals: 12 }, text: 'không quá 12 cá nhân' },
    { q: { maxIndividuals: null, maxCollectives: 3, maxTotal: null }, text: 'không quá 03 tập thể' },
    { q: { maxTotal: 5, maxIndividuals: 3 }, text: 'không quá 05 trường hợp tập thể hoặc cá nhân, trong đó không quá 03 cá nhân' },
    { q: {}, text: 'không giới hạn số lượng' },
  ])('$text', ({ q, text }) => {
    expect(quotaText(q)).toBe(text);
  });

  it.each([
    [0, '00'],
    [5, '05'],
    [10, '10'],
    [120, '120'],
  ])('twoDigits(%i) = %s', (n, s) => {
    expect(twoDigits(n)).toBe(s);
  });
});

// ---------------------------------------------------------------------------------------------
// checkMovementDossier

const MOVEMENT = 'Chung tay xây dựng nông thôn mới';
const REF = (what: string) => `Kế hoạch/phát động phong trào «${MOVEMENT}»: ${what}`;
const REPORT = { id: 'bao_cao_phong_trao', name: 'Báo cáo kết quả thực hiện phong trào của đơn vị' };

const RULES: MovementRules = { forms: [], quotas: [], dossierDeadline: null, requiredDocs: [] };

const nominees = (...subjects: NomineeSubject[]) => subjects.map((subject, i) => ({ subject, award: 'GK', name: `Người/đơn vị ${i + 1}` }));
const others = (unitId: number, ...subjects: NomineeSubject[]) => subjects.map((subject) => ({ unitId, subject }));

function facts(over: Partial<MovementDossierFacts> = {}): MovementDossierFacts {
  return {
    proposingUnitId: 10,
    submittedOn: '2026-09-10',
    nominees: nominees('ca_nhan', 'ca_nhan'),
    others: [],
    attachedDocIds: [],
    movementName: MOVEMENT,
    ...over,
  };
}
const only = (items: CheckItem[], prefix: string) => items.filter((i) => i.id === prefix || i.id.startsWith(prefix + ':'));

describe('checkMovementDossier — quotas', () => {
  const UNIT: MovementQuota = { unitIds: null, maxIndividuals: 5 };
  const rows: { name: string; quotas: MovementQuota[]; facts: Partial<MovementDossierFacts>; expected: { ok: boolean; text: string }[] }[] = [
    {
      name: 'per-unit quota reached exactly: this dossier 2 + the unit’s other dossiers 3 = 5',
      quotas: [UNIT],
      facts: { others: others(10, 'ca_nhan', 'ca_nhan', 'ca_nhan') },
      expected: [{ ok: true, text: `Trong chỉ tiêu khen thưởng của phong trào «${MOVEMENT}»: không quá 05 cá nhân, đơn vị đã đề nghị 05` }],
    },
    {
      name: 'per-unit quota exceeded: 3 + 3 = 6',
      quotas: [UNIT],
      facts: { nominees: nominees('ca_nhan', 'ca_nhan', 'ca_nhan'), others: others(10, 'ca_nhan', 'ca_nhan', 'ca_nhan') },
      expected: [{ ok: false, text: `Vượt chỉ tiêu khen thưởng của phong trào «${MOVEMENT}»: không quá 05 cá nhân, đơn vị đã đề nghị 06` }],
    },
    {
      name: 'per-unit quota: other units’ nominees do not count',
      quotas: [UNIT],
      facts: { others: [...others(10, 'ca_nhan'), ...others(11, 'ca_nhan', 'ca_nhan', 'ca_nhan', 'ca_nhan')] },
      expected: [{ ok: true, text: `Trong chỉ tiêu khen thưởng của phong trào «${MOVEMENT}»: không quá 05 cá nhân, đơn vị đã đề nghị 03` }],
    },
    {
      name: 'group quota: the group’s units count together (2 + 3 + 4 = 9 > 8)',
      quotas: [{ unitIds: [10, 11], maxIndividuals: 8 }],
      facts: { others: [...others(10, 'ca_nhan', 'ca_nhan', 'ca_nhan'), ...others(11, 'ca_nhan', 'ca_nhan', 'ca_nhan', 'ca_nhan'), ...others(12, 'ca_nhan')] },
      expected: [{ ok: false, text: `Vượt chỉ tiêu khen thưởng của phong trào «${MOVEMENT}»: không quá 08 cá nhân, các đơn vị trong nhóm đã đề nghị 09` }],
    },
    {
      name: 'group quota of other units does not apply',
      quotas: [{ unitIds: [11, 12], maxIndividuals: 1 }],
      facts: { others: others(11, 'ca_nhan', 'ca_nhan') },
      expected: [],
    },
    {
      name: 'a per-unit and a group quota both apply: one item each',
      quotas: [UNIT, { unitIds: [10, 11], maxTotal: 4 }],
      facts: { others: others(11, 'tap_the', 'ca_nhan') },
      expected: [
        { ok: true, text: `Trong chỉ tiêu khen thưởng của phong trào «${MOVEMENT}»: không quá 05 cá nhân, đơn vị đã đề nghị 02` },
        { ok: true, text: `Trong chỉ tiêu khen thưởng của phong trào «${MOVEMENT}»: không quá 04 trường hợp tập thể hoặc cá nhân, các đơn vị trong nhóm đã đề nghị 04` },
      ],
    },
    {
      name: 'collectives and individuals: one limit exceeded fails the quota, counts shown with nouns',
      quotas: [{ unitIds: null, maxCollectives: 1, maxIndividuals: 5 }],
      facts: { nominees: nominees('tap_the', 'tap_the', 'ca_nhan'), others: others(10, 'ca_nhan', 'ca_nhan', 'ca_nhan', 'ca_nhan') },
      expected: [{ ok: false, text: `Vượt chỉ tiêu khen thưởng của phong trào «${MOVEMENT}»: không quá 01 tập thể và 05 cá nhân, đơn vị đã đề nghị 02 tập thể và 05 cá nhân` }],
    },
    {
      name: 'households count toward "trường hợp tập thể hoặc cá nhân" (1 + 2 households + 1 = 4 > 3)',
      quotas: [{ unitIds: null, maxTotal: 3 }],
      facts: { nominees: nominees('ca_nhan', 'ho_gia_dinh', 'ho_gia_dinh', 'tap_the') },
      expected: [{ ok: false, text: `Vượt chỉ tiêu khen thưởng của phong trào «${MOVEMENT}»: không quá 03 trường hợp tập thể hoặc cá nhân, đơn vị đã đề nghị 04` }],
    },
    {
      name: 'households in other dossiers count toward the total too',
      quotas: [{ unitIds: null, maxTotal: 3 }],
      facts: { nominees: nominees('ca_nhan', 'ca_nhan'), others: others(10, 'ho_gia_dinh', 'ho_gia_dinh') },
      expected: [{ ok: false, text: `Vượt chỉ tiêu khen thưởng của phong trào «${MOVEMENT}»: không quá 03 trường hợp tập thể hoặc cá nhân, đơn vị đã đề nghị 04` }],
    },
    {
      name: 'households are not collectives',
      quotas: [{ unitIds: null, maxCollectives: 1 }],
      facts: { nominees: nominees('tap_the', 'ho_gia_dinh', 'ho_gia_dinh') },
      expected: [{ ok: true, text: `Trong chỉ tiêu khen thưởng của phong trào «${MOVEMENT}»: không quá 01 tập thể, đơn vị đã đề nghị 01` }],
    },
    {
      name: 'households are not individuals',
      quotas: [{ unitIds: null, maxIndividuals: 1 }],
      facts: { nominees: nominees('ca_nhan', 'ho_gia_dinh') },
      expected: [{ ok: true, text: `Trong chỉ tiêu khen thưởng của phong trào «${MOVEMENT}»: không quá 01 cá nhân, đơn vị đã đề nghị 01` }],
    },
    {
      name: 'a quota without any limit gives no item',
      quotas: [{ unitIds: null, maxIndividuals: null, maxCollectives: null, maxTotal: null }],
      facts: {},
      expected: [],
    },
  ];

  it.each(rows)('$name', ({ quotas, facts: over, expected }) => {
    const items = checkMovementDossier({ ...RULES, quotas }, facts(over));
    expect(items).toEqual(expected.map((e) => ({ id: 'movement:quota', ok: e.ok, severity: e.ok ? 'info' : 'error', text: e.text, ref: REF('chỉ tiêu khen thưởng') })));
  });
});

describe('checkMovementDossier — deadline', () => {
  it.each([
    { name: 'before the deadline', submittedOn: '2026-09-10', ok: true, text: 'Hồ sơ gửi trong hạn của phong trào (hạn 15/09/2026, gửi 10/09/2026)' },
    { name: 'on the deadline day', submittedOn: '2026-09-15', ok: true, text: 'Hồ sơ gửi trong hạn của phong trào (hạn 15/09/2026, gửi 15/09/2026)' },
    { name: 'after the deadline', submittedOn: '2026-09-20', ok: false, text: 'Hồ sơ gửi sau hạn của phong trào (hạn 15/09/2026, gửi 20/09/2026)' },
    { name: 'a year late', submittedOn: '2027-01-05', ok: false, text: 'Hồ sơ gửi sau hạn của phong trào (hạn 15/09/2026, gửi 05/01/2027)' },
  ])('$name', ({ submittedOn, ok, text }) => {
    const items = checkMovementDossier({ ...RULES, dossierDeadline: '2026-09-15' }, facts({ submittedOn }));
    expect(items).toEqual([{ id: 'movement:deadline', ok, severity: ok ? 'info' : 'error', text, ref: REF('thời hạn gửi hồ sơ') }]);
  });

  it('no deadline → no item', () => {
    expect(only(checkMovementDossier(RULES, facts({ submittedOn: '2030-01-01' })), 'movement:deadline')).toEqual([]);
  });
});

describe('checkMovementDossier — award forms', () => {
  const FORM_REF = REF('hình thức khen thưởng');
  const rows: { name: string; forms: string[]; nominees: MovementDossierFacts['nominees']; expected: { ok: boolean; text: string }[] }[] = [
    { name: 'empty forms: any award is accepted, no item', forms: [], nominees: [{ subject: 'ca_nhan', award: 'BK_TTG', name: 'Nguyễn Văn An' }], expected: [] },
    {
      name: 'every award offered → one info item',
      forms: ['GK', 'BK_TINH'],
      nominees: [
        { subject: 'ca_nhan', award: 'GK', name: 'Nguyễn Văn An' },
        { subject: 'tap_the', award: 'BK_TINH', name: 'UBND xã Tân Hòa' },
      ],
      expected: [{ ok: true, text: `Hình thức khen thưởng đúng với phong trào «${MOVEMENT}»` }],
    },
    {
      name: 'an award not offered → error naming it from the catalogue and its nominees',
      forms: ['GK', 'BK_TINH'],
      nominees: [
        { subject: 'ca_nhan', award: 'GK', name: 'Nguyễn Văn An' },
        { subject: 'ca_nhan', award: 'BK_TTG', name: 'Trần Thị Bình' },
        { subject: 'tap_the', award: 'BK_TTG', name: 'Trường THCS Tân Hòa' },
      ],
      expected: [{ ok: false, text: `Hình thức Bằng khen của Thủ tướng Chính phủ không thuộc các hình thức khen thưởng của phong trào «${MOVEMENT}»: Trần Thị Bình; Trường THCS Tân Hòa` }],
    },
    {
      name: 'a tenant code not in the catalogue → named by its code; one item per award',
      forms: ['GK'],
      nominees: [
        { subject: 'ca_nhan', award: 'GK_HND', name: 'Lê Văn Cường' },
        { subject: 'ho_gia_dinh', award: 'BK_TINH', name: 'Hộ ông Phạm Văn Dũng' },
      ],
      expected: [
        { ok: false, text: `Hình thức GK_HND không thuộc các hình thức khen thưởng của phong trào «${MOVEMENT}»: Lê Văn Cường` },
        { ok: false, text: `Hình thức Bằng khen cấp bộ, ban, ngành, tỉnh không thuộc các hình thức khen thưởng của phong trào «${MOVEMENT}»: Hộ ông Phạm Văn Dũng` },
      ],
    },
    { name: 'no nominees → no item', forms: ['GK'], nominees: [], expected: [] },
  ];

  it.each(rows)('$name', ({ forms, nominees: ns, expected }) => {
    const items = checkMovementDossier({ ...RULES, forms }, facts({ nominees: ns }));
    expect(items).toEqual(expected.map((e) => ({ id: 'movement:form', ok: e.ok, severity: e.ok ? 'info' : 'error', text: e.text, ref: FORM_REF })));
  });
});

describe('checkMovementDossier — documents required by the movement', () => {
  const PHOTOS = { id: 'hinh_anh', name: 'Hình ảnh minh họa công trình' };
  it.each([
    {
      name: 'attached → info',
      attached: ['bao_cao_phong_trao'],
      expected: [
        { id: 'movement:doc:bao_cao_phong_trao', ok: true, text: `Đã có tài liệu theo yêu cầu của phong trào: ${REPORT.name}` },
        { id: 'movement:doc:hinh_anh', ok: false, text: `Thiếu tài liệu theo yêu cầu của phong trào: ${PHOTOS.name}` },
      ],
    },
    {
      name: 'none attached → one error per document',
      attached: ['to_trinh'],
      expected: [
        { id: 'movement:doc:bao_cao_phong_trao', ok: false, text: `Thiếu tài liệu theo yêu cầu của phong trào: ${REPORT.name}` },
        { id: 'movement:doc:hinh_anh', ok: false, text: `Thiếu tài liệu theo yêu cầu của phong trào: ${PHOTOS.name}` },
      ],
    },
    {
      name: 'all attached',
      attached: ['hinh_anh', 'bao_cao_phong_trao'],
      expected: [
        { id: 'movement:doc:bao_cao_phong_trao', ok: true, text: `Đã có tài liệu theo yêu cầu của phong trào: ${REPORT.name}` },
        { id: 'movement:doc:hinh_anh', ok: true, text: `Đã có tài liệu theo yêu cầu của phong trào: ${PHOTOS.name}` },
      ],
    },
  ])('$name', ({ attached, expected }) => {
    const items = checkMovementDossier({ ...RULES, requiredDocs: [REPORT, PHOTOS] }, facts({ attachedDocIds: attached }));
    expect(items).toEqual(expected.map((e) => ({ ...e, severity: e.ok ? 'info' : 'error', ref: REF('thành phần hồ sơ') })));
  });
});

describe('checkMovementDossier — the whole dossier', () => {
  const FULL: MovementRules = {
    forms: ['GK', 'BK_TINH'],
    quotas: [{ unitIds: null, maxCollectives: 1, maxIndividuals: 3 }],
    dossierDeadline: '2026-09-15',
    requiredDocs: [REPORT],
  };
  it.each([
    { name: 'everything in order → items in order quota, deadline, form, docs; status ok', over: {}, status: 'ok', failed: [] as string[] },
    { name: 'late and missing the report → fail', over: { submittedOn: '2026-09-16', attachedDocIds: [] }, status: 'fail', failed: ['movement:deadline', 'movement:doc:bao_cao_phong_trao'] },
    { name: 'over quota → fail', over: { others: others(10, 'ca_nhan', 'ca_nhan') }, status: 'fail', failed: ['movement:quota'] },
  ])('$name', ({ over, status, failed }) => {
    const items = checkMovementDossier(FULL, facts({ attachedDocIds: [REPORT.id], ...over }));
    expect(items.map((i) => i.id)).toEqual(['movement:quota', 'movement:deadline', 'movement:form', 'movement:doc:bao_cao_phong_trao']);
    expect(statusOf(items)).toBe(status);
    expect(items.filter((i) => i.ok === false).map((i) => i.id)).toEqual(failed);
    for (const i of items) expect(i.ref).toMatch(/^Kế hoạch\/phát động phong trào «Chung tay xây dựng nông thôn mới»: /);
  });
});

// Milestones (issue 12): a movement's sơ kết / tổng kết reviews what happened, so it may fall after
// the period (the seeds review a year's movements in the following month); nothing precedes the
// start, and the launch lies within the period.
describe('milestoneProblem: where a launch, a sơ kết and a tổng kết may fall', () => {
  const period = { startsOn: '2026-01-01', endsOn: '2026-12-31' };
  it.each([
    { name: 'launch on the first day', kind: 'phat_dong', date: '2026-01-01', problem: null },
    { name: 'launch after the period', kind: 'phat_dong', date: '2027-01-05', problem: 'Mốc Phát động (05/01/2027) sau ngày kết thúc phong trào (31/12/2026).' },
    { name: 'launch before the start', kind: 'phat_dong', date: '2025-12-20', problem: 'Mốc Phát động (20/12/2025) trước ngày bắt đầu phong trào (01/01/2026).' },
    { name: 'sơ kết at mid-year', kind: 'so_ket', date: '2026-06-30', problem: null },
    { name: 'sơ kết of a phase held after it', kind: 'so_ket', date: '2027-01-10', problem: null },
    { name: 'tổng kết the month after the period', kind: 'tong_ket', date: '2027-01-15', problem: null },
    { name: 'tổng kết on the last day', kind: 'tong_ket', date: '2026-12-31', problem: null },
    { name: 'tổng kết before the launch', kind: 'tong_ket', date: '2025-11-30', problem: 'Mốc Tổng kết (30/11/2025) trước ngày bắt đầu phong trào (01/01/2026).' },
  ] as const)('$name', ({ kind, date, problem }) => {
    expect(milestoneProblem({ kind, date }, period)).toBe(problem);
  });
});
