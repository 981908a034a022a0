import { describe, expect, it } from 'vitest';
import type { EligibilityResult } from '../eligibility/engine.js';
import type { DossierItem } from '../params.js';
import {
  DOSSIER_LEVEL_DOCS,
  compositionChecks,
  dossierDocChecks,
  nomineeChecks,
  percentText,
  statusOf,
  type CheckItem,
  type Composition,
  type NomineeCheckInput,
  type OtherProposal,
} from './checks.js';

const ART84 = 'khoản 1 Điều 84 Luật Thi đua, khen thưởng 2022';
const DIEU5 = 'Điểm c khoản 2 Điều 5 Luật Thi đua, khen thưởng 2022';

const TO_TRINH: DossierItem = { id: 'to_trinh', name: 'Tờ trình đề nghị khen thưởng', template: 'Mẫu số 01', ref: `Điểm a ${ART84}`, confidence: 'confirmed' };
const BAO_CAO: DossierItem = { id: 'bao_cao_thanh_tich', name: 'Báo cáo thành tích của cá nhân, tập thể', template: 'Mẫu số 05', ref: `Điểm b ${ART84}`, confidence: 'confirmed' };
const BIEN_BAN: DossierItem = {
  id: 'bien_ban',
  name: 'Biên bản bình xét thi đua, có kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng',
  ref: `Điểm c ${ART84}; Điểm c khoản 2 Điều 34 NĐ 98/2023; QĐ 638/QĐ-BNV`,
  confidence: 'confirmed',
};
const SANG_KIEN: DossierItem = {
  id: 'chung_nhan_sang_kien',
  name: 'Giấy chứng nhận hoặc xác nhận của cấp có thẩm quyền về sáng kiến, đề tài khoa học, hoặc kết quả hoàn thành xuất sắc nhiệm vụ',
  ref: `Điểm d ${ART84}`,
  confidence: 'confirmed',
};

const ELIGIBLE: EligibilityResult = {
  award: 'CSTD_CS',
  ruleset: 'LAW2022+ND152',
  eligible: true,
  criteria: [
    { id: 'rating', ok: true, text: 'Hoàn thành xuất sắc nhiệm vụ năm 2025', ref: 'Điều 21 Luật Thi đua, khen thưởng 2022' },
    { id: 'initiative', ok: true, text: 'Có sáng kiến được công nhận', ref: 'Điều 21 Luật Thi đua, khen thưởng 2022' },
  ],
};
const INELIGIBLE: EligibilityResult = {
  award: 'CSTD_CS',
  ruleset: 'LAW2022+ND152',
  eligible: false,
  criteria: [
    { id: 'rating', ok: false, text: 'Năm 2025 chỉ hoàn thành tốt nhiệm vụ', ref: 'Điều 21 Luật Thi đua, khen thưởng 2022' },
    { id: 'initiative', ok: true, text: 'Có sáng kiến được công nhận', ref: 'Điều 21 Luật Thi đua, khen thưởng 2022' },
    { id: 'no_pending', ok: false, text: 'Chưa đề nghị khen thưởng: đang bị xem xét kỷ luật', ref: 'Điều 4 NĐ 152/2025' },
  ],
};
const UNDECIDED: EligibilityResult = {
  award: 'CSTD_CS',
  ruleset: 'LAW2022+ND152',
  eligible: null,
  criteria: [
    { id: 'rating', ok: true, text: 'Hoàn thành xuất sắc nhiệm vụ năm 2025', ref: 'Điều 21 Luật Thi đua, khen thưởng 2022' },
    { id: 'initiative', ok: null, text: 'Thiếu thông tin về sáng kiến (facts.initiatives)', ref: 'Điều 21 Luật Thi đua, khen thưởng 2022' },
  ],
};

const ALLOWED: NomineeCheckInput['authority'] = {
  allowed: true,
  decider: 'Chủ tịch UBND xã',
  reason: 'Chủ tịch UBND xã quyết định tặng Chiến sĩ thi đua cơ sở',
  refs: ['Điều 78 Luật Thi đua, khen thưởng 2022'],
};

const OTHER_SAME: OtherProposal = { dossierId: 7, dossierCode: 'HS-2025-007', award: 'CSTD_CS', awardName: 'Chiến sĩ thi đua cơ sở', receivingUnit: 'UBND xã Tân Hòa' };
const OTHER_AWARD: OtherProposal = { dossierId: 9, dossierCode: 'HS-2025-009', award: 'BK_TINH', awardName: 'Bằng khen của Chủ tịch UBND tỉnh', receivingUnit: 'UBND tỉnh' };

function input(over: Partial<NomineeCheckInput> = {}): NomineeCheckInput {
  return {
    subjectName: 'Nguyễn Thị Lan',
    awardName: 'Chiến sĩ thi đua cơ sở',
    year: 2025,
    eligibility: ELIGIBLE,
    sameAwardElsewhere: [],
    otherAwardsElsewhere: [],
    alreadyHeld: null,
    authority: ALLOWED,
    requiredDocs: [BAO_CAO],
    attachedDocs: new Set(['bao_cao_thanh_tich']),
    ...over,
  };
}
const byId = (items: CheckItem[], id: string) => items.find((i) => i.id === id);

describe('nomineeChecks — eligibility', () => {
  const rows = [
    {
      name: 'eligible → info item, status ok',
      eligibility: ELIGIBLE,
      item: { ok: true, severity: 'info', text: 'Đủ điều kiện Chiến sĩ thi đua cơ sở năm 2025 (bộ quy định LAW2022+ND152)' },
      status: 'ok',
    },
    {
      name: 'ineligible → error item listing the failed criteria, status fail',
      eligibility: INELIGIBLE,
      item: {
        ok: false,
        severity: 'error',
        text: 'Chưa đủ điều kiện Chiến sĩ thi đua cơ sở năm 2025: Năm 2025 chỉ hoàn thành tốt nhiệm vụ; Chưa đề nghị khen thưởng: đang bị xem xét kỷ luật',
      },
      status: 'fail',
    },
    {
      name: 'undecided → warning item listing the undecided criteria, status warning',
      eligibility: UNDECIDED,
      item: { ok: null, severity: 'warning', text: 'Chưa đủ dữ liệu để kết luận điều kiện Chiến sĩ thi đua cơ sở: Thiếu thông tin về sáng kiến (facts.initiatives)' },
      status: 'warning',
    },
    {
      name: 'no encoded criteria (null) → warning item for the appraiser, status warning',
      eligibility: null,
      item: { ok: null, severity: 'warning', text: 'Chiến sĩ thi đua cơ sở: tiêu chuẩn chưa được kiểm tra tự động; người thẩm định xem xét hồ sơ' },
      status: 'warning',
    },
  ] as const;

  it.each(rows)('$name', (r) => {
    const items = nomineeChecks(input({ eligibility: r.eligibility }));
    expect(items[0]).toEqual({ id: 'eligibility', ...r.item });
    expect(statusOf(items)).toBe(r.status);
  });

  it.each([ELIGIBLE, INELIGIBLE, UNDECIDED])('one item per criterion, with its ref; a failed criterion is an error (eligible: $eligible)', (e) => {
    const items = nomineeChecks(input({ eligibility: e }));
    const crit = items.filter((i) => i.id.startsWith('eligibility:'));
    expect(crit).toEqual(e.criteria.map((c) => ({ id: `eligibility:${c.id}`, ok: c.ok, severity: c.ok === false ? 'error' : 'info', text: c.text, ref: c.ref })));
  });

  it('no encoded criteria: no per-criterion items', () => {
    expect(nomineeChecks(input({ eligibility: null })).filter((i) => i.id.startsWith('eligibility:'))).toEqual([]);
  });

  it('no encoded criteria and a note (nominee typed by name) → the note is the text', () => {
    const note = 'Người được đề nghị nhập bằng tên, không có trong danh sách: không kiểm tra được tiêu chuẩn';
    expect(byId(nomineeChecks(input({ eligibility: null, eligibilityNote: note })), 'eligibility')).toEqual({ id: 'eligibility', ok: null, severity: 'warning', text: note });
  });
});

describe('nomineeChecks — duplicates and overlaps', () => {
  it('the same award in another open dossier → duplicate_open error naming the other dossier', () => {
    const items = nomineeChecks(input({ sameAwardElsewhere: [OTHER_SAME] }));
    expect(byId(items, 'duplicate_open')).toEqual({
      id: 'duplicate_open',
      ok: false,
      severity: 'error',
      text: 'Nguyễn Thị Lan đã được đề nghị Chiến sĩ thi đua cơ sở năm 2025 trong hồ sơ khác đang xử lý: HS-2025-007 (Chiến sĩ thi đua cơ sở, gửi UBND xã Tân Hòa)',
    });
    expect(statusOf(items)).toBe('fail');
  });

  it('several other dossiers are all named, separated by "; "', () => {
    const second = { ...OTHER_SAME, dossierId: 8, dossierCode: 'HS-2025-008', receivingUnit: 'UBND phường An Lạc' };
    const text = byId(nomineeChecks(input({ sameAwardElsewhere: [OTHER_SAME, second] })), 'duplicate_open')!.text;
    expect(text).toMatch(/: HS-2025-007 \(Chiến sĩ thi đua cơ sở, gửi UBND xã Tân Hòa\); HS-2025-008 \(Chiến sĩ thi đua cơ sở, gửi UBND phường An Lạc\)$/);
  });

  const held = [
    {
      name: `${DIEU5} — already held in the register, with the decision number → already_held error`,
      alreadyHeld: { decisionNo: '125/QĐ-UBND' },
      text: 'Nguyễn Thị Lan đã được tặng Chiến sĩ thi đua cơ sở năm 2025 (Quyết định số 125/QĐ-UBND)',
    },
    {
      name: `${DIEU5} — already held, decision number unknown → already_held error without it`,
      alreadyHeld: { decisionNo: null },
      text: 'Nguyễn Thị Lan đã được tặng Chiến sĩ thi đua cơ sở năm 2025',
    },
  ];
  it.each(held)('$name', (r) => {
    const items = nomineeChecks(input({ alreadyHeld: r.alreadyHeld }));
    expect(byId(items, 'already_held')).toEqual({
      id: 'already_held',
      ok: false,
      severity: 'error',
      text: r.text,
      ref: `${DIEU5} (thành tích đến đâu khen thưởng đến đó)`,
    });
    expect(statusOf(items)).toBe('fail');
  });

  it(`${DIEU5} — another award for the same year elsewhere → two_levels warning`, () => {
    const items = nomineeChecks(input({ otherAwardsElsewhere: [OTHER_AWARD] }));
    expect(byId(items, 'two_levels')).toEqual({
      id: 'two_levels',
      ok: false,
      severity: 'warning',
      text: 'Cùng thành tích năm 2025 của Nguyễn Thị Lan đang được đề nghị ở hồ sơ khác: HS-2025-009 (Bằng khen của Chủ tịch UBND tỉnh, gửi UBND tỉnh)',
      ref: DIEU5,
    });
    expect(statusOf(items)).toBe('warning');
  });

  it('none of them → no duplicate_open, already_held or two_levels item', () => {
    const ids = nomineeChecks(input()).map((i) => i.id);
    expect(ids).not.toContain('duplicate_open');
    expect(ids).not.toContain('already_held');
    expect(ids).not.toContain('two_levels');
  });

  it('all three at once: three items, status fail', () => {
    const items = nomineeChecks(input({ sameAwardElsewhere: [OTHER_SAME], otherAwardsElsewhere: [OTHER_AWARD], alreadyHeld: { decisionNo: '1/QĐ' } }));
    expect(items.map((i) => i.id)).toEqual(['eligibility', 'eligibility:rating', 'eligibility:initiative', 'duplicate_open', 'already_held', 'two_levels', 'authority', 'doc:bao_cao_thanh_tich']);
    expect(statusOf(items)).toBe('fail');
  });
});

describe('nomineeChecks — authority', () => {
  const rows = [
    {
      name: 'allowed → info, the reason as text, refs joined',
      authority: { ...ALLOWED, refs: ['Điều 78 Luật Thi đua, khen thưởng 2022', 'Điều 6 NĐ 152/2025'] },
      item: { ok: true, severity: 'info', text: ALLOWED.reason, ref: 'Điều 78 Luật Thi đua, khen thưởng 2022; Điều 6 NĐ 152/2025' },
      status: 'ok',
    },
    {
      name: 'not allowed → warning: send it up',
      authority: { allowed: false, decider: null, reason: 'Bằng khen của Thủ tướng Chính phủ do Thủ tướng quyết định', refs: ['Điều 77 Luật Thi đua, khen thưởng 2022'] },
      item: {
        ok: false,
        severity: 'warning',
        text: 'Cấp nhận hồ sơ không có thẩm quyền, cần trình cấp trên: Bằng khen của Thủ tướng Chính phủ do Thủ tướng quyết định',
        ref: 'Điều 77 Luật Thi đua, khen thưởng 2022',
      },
      status: 'warning',
    },
    {
      name: 'unknown (no decider found) → warning, undecided, no ref when refs are empty',
      authority: { allowed: null, decider: null, reason: 'Chưa xác định được người có thẩm quyền: quản trị cấu hình tham số', refs: [] },
      item: { ok: null, severity: 'warning', text: 'Chưa xác định được người có thẩm quyền: quản trị cấu hình tham số', ref: undefined },
      status: 'warning',
    },
  ] as const;
  it.each(rows)('$name', (r) => {
    const items = nomineeChecks(input({ authority: { ...r.authority, refs: [...r.authority.refs] } }));
    expect(byId(items, 'authority')).toEqual({ id: 'authority', ...r.item });
    expect(statusOf(items)).toBe(r.status);
  });
});

describe('nomineeChecks — documents', () => {
  const required = [BAO_CAO, SANG_KIEN];
  const rows = [
    { name: `Điểm b ${ART84} — báo cáo thành tích missing`, attached: ['chung_nhan_sang_kien'], missing: [BAO_CAO] },
    { name: `Điểm d ${ART84} — certificate of the initiative missing`, attached: ['bao_cao_thanh_tich'], missing: [SANG_KIEN] },
    { name: 'both missing', attached: [], missing: [BAO_CAO, SANG_KIEN] },
    { name: 'both present', attached: ['bao_cao_thanh_tich', 'chung_nhan_sang_kien'], missing: [] },
    { name: 'unrelated attachments do not count', attached: ['to_trinh', 'anh_chan_dung'], missing: [BAO_CAO, SANG_KIEN] },
  ];
  it.each(rows)('$name', (r) => {
    const items = nomineeChecks(input({ requiredDocs: required, attachedDocs: new Set(r.attached) }));
    const docs = items.filter((i) => i.id.startsWith('doc:'));
    expect(docs).toEqual(
      required.map((d) => {
        const missing = r.missing.includes(d);
        return { id: `doc:${d.id}`, ok: !missing, severity: missing ? 'error' : 'info', text: missing ? `Thiếu: ${d.name}` : `Đã có: ${d.name}`, ref: d.ref };
      }),
    );
    expect(statusOf(items)).toBe(r.missing.length ? 'fail' : 'ok');
  });

  it('no documents required → no doc items', () => {
    expect(nomineeChecks(input({ requiredDocs: [], attachedDocs: new Set() })).filter((i) => i.id.startsWith('doc:'))).toEqual([]);
  });

  it('a clean nominee: all items pass, status ok, items in order', () => {
    const items = nomineeChecks(input());
    expect(items.map((i) => i.id)).toEqual(['eligibility', 'eligibility:rating', 'eligibility:initiative', 'authority', 'doc:bao_cao_thanh_tich']);
    expect(items.every((i) => i.ok === true)).toBe(true);
    expect(statusOf(items)).toBe('ok');
  });
});

describe('statusOf — fail > warning > ok', () => {
  const it_ = (severity: CheckItem['severity'], ok: boolean | null): CheckItem => ({ id: `${severity}:${ok}`, ok, severity, text: '' });
  const rows: { name: string; items: CheckItem[]; status: 'ok' | 'warning' | 'fail' }[] = [
    { name: 'no items', items: [], status: 'ok' },
    { name: 'passed error-level item', items: [it_('error', true)], status: 'ok' },
    { name: 'failed error item', items: [it_('error', false)], status: 'fail' },
    { name: 'undecided error item (not a failure)', items: [it_('error', null)], status: 'ok' },
    { name: 'failed warning item', items: [it_('warning', false)], status: 'warning' },
    { name: 'undecided warning item', items: [it_('warning', null)], status: 'warning' },
    { name: 'passed warning item', items: [it_('warning', true)], status: 'ok' },
    { name: 'failed info item', items: [it_('info', false)], status: 'ok' },
    { name: 'undecided info item', items: [it_('info', null)], status: 'ok' },
    { name: 'failed error and failed warning → fail wins', items: [it_('warning', false), it_('error', false)], status: 'fail' },
    { name: 'failed error and undecided warning → fail wins', items: [it_('error', false), it_('warning', null)], status: 'fail' },
    { name: 'undecided warning among passes → warning', items: [it_('info', true), it_('error', true), it_('warning', null)], status: 'warning' },
  ];
  it.each(rows)('$name → $status', ({ items, status }) => {
    expect(statusOf(items)).toBe(status);
  });
});

describe('percentText — one decimal, Vietnamese comma', () => {
  const rows = [
    { part: 0, whole: 0, text: '0%' },
    { part: 5, whole: 0, text: '0%' },
    { part: 0, whole: 7, text: '0%' },
    { part: 1, whole: 3, text: '33,3%' },
    { part: 1, whole: 2, text: '50%' },
    { part: 2, whole: 3, text: '66,7%' },
    { part: 3, whole: 10, text: '30%' },
    { part: 1, whole: 8, text: '12,5%' },
    { part: 1, whole: 7, text: '14,3%' },
    { part: 1, whole: 16, text: '6,3%' }, // 6.25 rounds half up
    { part: 1, whole: 1000, text: '0,1%' },
    { part: 1, whole: 2001, text: '0%' },
    { part: 10, whole: 10, text: '100%' },
    { part: 1999, whole: 2000, text: '100%' }, // 99.95 rounds up
  ];
  it.each(rows)('$part/$whole → "$text"', ({ part, whole, text }) => {
    expect(percentText(part, whole)).toBe(text);
  });

  it('matches exact half-up rounding to one decimal for every part ≤ whole ≤ 400', () => {
    for (let whole = 1; whole <= 400; whole++) {
      for (let part = 0; part <= whole; part++) {
        const tenths = Math.floor((part * 2000 + whole) / (2 * whole)); // round(part*1000/whole) in integers
        const expected = `${Math.floor(tenths / 10)}${tenths % 10 ? ',' + (tenths % 10) : ''}%`;
        if (percentText(part, whole) !== expected) expect(`${part}/${whole} → ${percentText(part, whole)}`).toBe(expected);
      }
    }
  });
});

describe('compositionChecks', () => {
  const base: Composition = { individuals: 10, women: 4, directWorkers: 4, leaders: 2, collectives: 0, households: 0 };
  const direct = (c: Composition, min?: number | null) => byId(compositionChecks(c, min === undefined ? undefined : { directWorkerMinPercent: min }), 'composition:direct_workers');

  const rows = [
    { name: 'direct workers 3/10 = 30% with "trên 30%": not more than 30% → warning', d: 3, n: 10, min: 30, ok: false, pct: '30%' },
    { name: 'direct workers 4/10 = 40% with "trên 30%" → passes', d: 4, n: 10, min: 30, ok: true, pct: '40%' },
    { name: 'direct workers 0/10 with "trên 30%" → warning', d: 0, n: 10, min: 30, ok: false, pct: '0%' },
    { name: 'direct workers 10/10 with "trên 30%" → passes', d: 10, n: 10, min: 30, ok: true, pct: '100%' },
    { name: 'direct workers 1/3 = 33,3% with "trên 30%" → passes', d: 1, n: 3, min: 30, ok: true, pct: '33,3%' },
    { name: 'direct workers 30/100 with "trên 30%" → warning (boundary)', d: 30, n: 100, min: 30, ok: false, pct: '30%' },
    { name: 'direct workers 31/100 with "trên 30%" → passes', d: 31, n: 100, min: 30, ok: true, pct: '31%' },
    { name: 'direct workers 0/10 with "trên 0%" → warning (strictly more)', d: 0, n: 10, min: 0, ok: false, pct: '0%' },
    { name: 'direct workers 1/10 with "trên 0%" → passes', d: 1, n: 10, min: 0, ok: true, pct: '10%' },
  ];
  it.each(rows)('$name', (r) => {
    const c = { ...base, individuals: r.n, directWorkers: r.d };
    expect(direct(c, r.min)).toEqual({
      id: 'composition:direct_workers',
      ok: r.ok,
      severity: r.ok ? 'info' : 'warning',
      text: `Trực tiếp lao động sản xuất, công tác: ${r.d}/${r.n} cá nhân (${r.pct}); yêu cầu trên ${r.min}%`,
      ref: 'Kế hoạch thi đua, khen thưởng của địa phương (tham số)',
    });
    expect(statusOf(compositionChecks(c, { directWorkerMinPercent: r.min }))).toBe(r.ok ? 'ok' : 'warning');
  });

  it.each([
    { name: 'no rules argument', min: undefined },
    { name: 'minimum null', min: null },
  ])('without a minimum ($name) the direct-worker share is informational, even at 0', ({ min }) => {
    const c = { ...base, directWorkers: 0 };
    expect(direct(c, min)).toEqual({ id: 'composition:direct_workers', ok: true, severity: 'info', text: 'Trực tiếp lao động sản xuất, công tác: 0/10 cá nhân (0%)' });
    expect(statusOf(compositionChecks(c, min === undefined ? undefined : { directWorkerMinPercent: min }))).toBe('ok');
  });

  it.each([
    { women: 0, n: 10, text: 'Nữ: 0/10 cá nhân (0%)' },
    { women: 4, n: 10, text: 'Nữ: 4/10 cá nhân (40%)' },
    { women: 1, n: 3, text: 'Nữ: 1/3 cá nhân (33,3%)' },
    { women: 2, n: 3, text: 'Nữ: 2/3 cá nhân (66,7%)' },
  ])('women $women/$n → "$text" (informational)', ({ women, n, text }) => {
    expect(byId(compositionChecks({ ...base, individuals: n, women, directWorkers: 0, leaders: 0 }), 'composition:women')).toEqual({
      id: 'composition:women',
      ok: true,
      severity: 'info',
      text,
    });
  });

  it('leaders line', () => {
    expect(byId(compositionChecks({ ...base, leaders: 1, individuals: 3 }), 'composition:leaders')).toEqual({
      id: 'composition:leaders',
      ok: true,
      severity: 'info',
      text: 'Cán bộ lãnh đạo, quản lý: 1/3 cá nhân (33,3%)',
    });
  });

  const presence = [
    { name: 'individuals only', c: { ...base }, ids: ['composition:women', 'composition:direct_workers', 'composition:leaders'] },
    { name: 'individuals and collectives', c: { ...base, collectives: 2 }, ids: ['composition:women', 'composition:direct_workers', 'composition:leaders', 'composition:collectives'] },
    {
      name: 'individuals, collectives and households',
      c: { ...base, collectives: 2, households: 3 },
      ids: ['composition:women', 'composition:direct_workers', 'composition:leaders', 'composition:collectives', 'composition:households'],
    },
    { name: 'collectives only', c: { individuals: 0, women: 0, directWorkers: 0, leaders: 0, collectives: 2, households: 0 }, ids: ['composition:collectives'] },
    { name: 'households only', c: { individuals: 0, women: 0, directWorkers: 0, leaders: 0, collectives: 0, households: 1 }, ids: ['composition:households'] },
    { name: 'nothing', c: { individuals: 0, women: 0, directWorkers: 0, leaders: 0, collectives: 0, households: 0 }, ids: [] },
  ];
  it.each(presence)('lines present: $name', ({ c, ids }) => {
    expect(compositionChecks(c, { directWorkerMinPercent: 30 }).map((i) => i.id)).toEqual(ids);
  });

  it('collective and household lines give the counts', () => {
    const items = compositionChecks({ ...base, collectives: 2, households: 3 });
    expect(byId(items, 'composition:collectives')).toEqual({ id: 'composition:collectives', ok: true, severity: 'info', text: 'Tập thể: 2' });
    expect(byId(items, 'composition:households')).toEqual({ id: 'composition:households', ok: true, severity: 'info', text: 'Hộ gia đình: 3' });
  });

  it('no individuals: the direct-worker minimum is not checked (nothing to count)', () => {
    const items = compositionChecks({ individuals: 0, women: 0, directWorkers: 0, leaders: 0, collectives: 3, households: 0 }, { directWorkerMinPercent: 30 });
    expect(byId(items, 'composition:direct_workers')).toBeUndefined();
    expect(statusOf(items)).toBe('ok');
  });

  it('"trên N%" is strictly more than N% for every count up to 200 and every integer N', () => {
    for (let n = 1; n <= 200; n++) {
      for (let d = 0; d <= n; d++) {
        for (const min of [10, 25, 30, 33, 50]) {
          const ok = direct({ ...base, individuals: n, directWorkers: d }, min)!.ok;
          if (ok !== d * 100 > min * n) expect(`${d}/${n} trên ${min}% → ${ok}`).toBe(`${d}/${n} trên ${min}% → ${d * 100 > min * n}`);
        }
      }
    }
  });
});

describe('dossierDocChecks', () => {
  const required = [TO_TRINH, BIEN_BAN];
  const rows = [
    { name: `Điểm a ${ART84} — tờ trình missing`, attached: ['bien_ban'], missing: ['to_trinh'] },
    { name: `Điểm c ${ART84} — biên bản (with the vote) missing`, attached: ['to_trinh'], missing: ['bien_ban'] },
    { name: 'both missing', attached: [], missing: ['to_trinh', 'bien_ban'] },
    { name: 'both present', attached: ['to_trinh', 'bien_ban'], missing: [] },
  ];
  it.each(rows)('$name', (r) => {
    const items = dossierDocChecks(required, new Set(r.attached));
    expect(items).toEqual(
      required.map((d) => {
        const missing = r.missing.includes(d.id);
        return { id: `doc:${d.id}`, ok: !missing, severity: missing ? 'error' : 'info', text: missing ? `Thiếu: ${d.name}` : `Đã có: ${d.name}`, ref: d.ref };
      }),
    );
    expect(statusOf(items)).toBe(r.missing.length ? 'fail' : 'ok');
  });

  it('the missing tờ trình reads "Thiếu: Tờ trình đề nghị khen thưởng"', () => {
    expect(dossierDocChecks([TO_TRINH], new Set())[0].text).toBe('Thiếu: Tờ trình đề nghị khen thưởng');
  });

  it('nothing required → no items', () => {
    expect(dossierDocChecks([], new Set(['to_trinh']))).toEqual([]);
  });

  it('the dossier-level documents are the tờ trình and the biên bản', () => {
    expect([...DOSSIER_LEVEL_DOCS].sort()).toEqual(['bien_ban', 'to_trinh']);
  });
});
