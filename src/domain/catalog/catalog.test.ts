import { describe, expect, it } from 'vitest';
import { FORM_CODES, TITLE_CODES, type FormCode, type TitleCode } from '../codes.js';
import { catalogAt, type CatalogEntry } from './catalog.js';
import { FORMS, TITLES } from './data.js';

const byCode = (entries: CatalogEntry[], code: string) => entries.find((e) => e.code === code)!;

describe('catalogue (legal-rules §2–3)', () => {
  it('every title and form has exactly one entry, and kinds never mix', () => {
    expect(TITLES.map((t) => t.code).sort()).toEqual([...TITLE_CODES].sort());
    expect(FORMS.map((f) => f.code).sort()).toEqual([...FORM_CODES].sort());
    expect(TITLES.every((t) => t.kind === 'danh_hieu')).toBe(true);
    expect(FORMS.every((f) => f.kind === 'hinh_thuc')).toBe(true);
    expect(TITLE_CODES.filter((c) => (FORM_CODES as readonly string[]).includes(c))).toEqual([]);
  });
  it('the type system ties kind to code', () => {
    // @ts-expect-error a form code cannot be a title
    const bad: TitleCode = 'GK';
    // @ts-expect-error a title code cannot be a form
    const bad2: FormCode = 'LDTT';
    expect([bad, bad2]).toHaveLength(2);
  });

  const coefRows = [
    { ref: 'Điều 50 NĐ 152/2025', code: 'LDTT', subject: 'ca_nhan', text: '0,3', tenths: 3 },
    { ref: 'Điều 50 NĐ 152/2025', code: 'CSTD_TQ', subject: 'ca_nhan', text: '4,5', tenths: 45 },
    { ref: 'Điều 50 NĐ 152/2025', code: 'CO_CP', subject: 'tap_the', text: '12,0', tenths: 120 },
    { ref: 'Điều 51 NĐ 152/2025', code: 'HC_HCM', subject: 'ca_nhan', text: '30,5', tenths: 305 },
    { ref: 'Điểm b khoản 1 Điều 54 NĐ 152/2025', code: 'BK_TINH', subject: 'tap_the', text: '3,0', tenths: 30 },
    { ref: 'Điểm d khoản 1 Điều 54 NĐ 152/2025', code: 'KNC', subject: 'ca_nhan', text: '≤ 0,6', tenths: 6 },
  ];
  it.each(coefRows)('$ref — $code $subject = $text (exact tenths)', (r) => {
    const e = byCode(catalogAt('2026-07-01').entries, r.code);
    const c = e.coefficients[r.subject as 'ca_nhan']!;
    expect(c.text).toBe(r.text);
    expect(c.tenths).toBe(r.tenths);
  });

  it('Điều 50 NĐ 152/2025 — Giấy khen cá nhân 0,3 is partial; household derived ×1,5; GĐVH unconfirmed', () => {
    const cat = catalogAt('2026-07-01');
    const gk = byCode(cat.entries, 'GK');
    expect(gk.coefficients.ca_nhan).toMatchObject({ tenths: 3, confidence: 'partial' });
    expect(gk.coefficients.ho_gia_dinh?.derived).toEqual({ fromSubject: 'ca_nhan', factorTenths: 15, factorText: '1,5' });
    expect(byCode(cat.entries, 'GDVH').coefficients.ho_gia_dinh).toMatchObject({ tenths: null, confidence: 'unconfirmed', param: 'coefficients.GDVH.ho_gia_dinh' });
  });

  it('votes per ruleset: NĐ 98 90%/80%; NĐ 152 a parameter with no default', () => {
    const old = catalogAt('2025-01-01');
    expect(byCode(old.entries, 'CSTD_TINH').vote).toMatchObject({ required: true, threshold: '90%', confidence: 'confirmed' });
    expect(byCode(old.entries, 'CSTD_CS').vote).toMatchObject({ required: true, threshold: '80%' });
    expect(byCode(old.entries, 'LDTT').vote.required).toBe(false);
    const now = catalogAt('2026-07-01');
    expect(byCode(now.entries, 'CSTD_TINH').vote).toMatchObject({ required: true, threshold: null, confidence: 'unconfirmed', param: 'votes.CSTD_TINH' });
    const tenant = catalogAt('2026-07-01', { votes: { CSTD_TINH: { num: 90, den: 100 } } });
    expect(byCode(tenant.entries, 'CSTD_TINH').vote).toMatchObject({ threshold: '90%', confidence: 'tenant' });
  });

  it('deciders follow the date: CSTĐ cơ sở by the district chair before 1/7/2025, the commune chair after', () => {
    const levels = (d: string) => byCode(catalogAt(d).entries, 'CSTD_CS').deciders.map((x) => x.level).sort();
    expect(levels('2025-06-30')).toEqual(['don_vi', 'huyen']);
    expect(levels('2025-07-01')).toEqual(['don_vi', 'xa']);
  });

  it('dossier checklist: CSTĐ titles need the vote minutes and the initiative certificate (Khoản 1 Điều 84 Luật 2022)', () => {
    const e = byCode(catalogAt('2026-07-01').entries, 'CSTD_TINH');
    expect(e.dossier.map((d) => d.id)).toEqual(['to_trinh', 'bao_cao_thanh_tich', 'bien_ban', 'chung_nhan_sang_kien']);
    const tenant = catalogAt('2026-07-01', { dossier: { LDTT: [{ id: 'x', name: 'Danh sách', ref: 'QĐ tỉnh', confidence: 'tenant' }] } });
    expect(byCode(tenant.entries, 'LDTT').dossier.map((d) => d.id)).toEqual(['x']);
  });

  it('tenant additions never reuse a canonical code', () => {
    const cat = catalogAt('2026-07-01', { additions: [{ kind: 'danh_hieu', code: 'CONG_DAN_UU_TU', name: 'Công dân Thủ đô ưu tú', subjects: ['ca_nhan'], coefficients: { ca_nhan: 20 } }] });
    expect(byCode(cat.entries, 'CONG_DAN_UU_TU')).toMatchObject({ tenant: true, kind: 'danh_hieu' });
    expect(() => catalogAt('2026-07-01', { additions: [{ kind: 'hinh_thuc', code: 'GK', name: 'x', subjects: ['ca_nhan'] }] })).toThrow(/additions\[0\]\.code/);
  });

  it('the catalogue states its ruleset and base salary', () => {
    const cat = catalogAt('2026-07-01');
    expect(cat.ruleset.id).toBe('LAW2022+ND152');
    expect(cat.baseSalary.amount).toBe(2_530_000);
    expect(cat.entries.every((e) => e.citations.length > 0)).toBe(true);
  });
});
