import { describe, expect, it } from 'vitest';
import { authorityFor } from './authority.js';

const rows = [
  { ref: 'Khoản 3 Điều 80 Luật TĐKT 2022', name: 'commune chair: CSTĐ cơ sở not before 1/7/2025', award: 'CSTD_CS', level: 'xa', date: '2025-06-30', allowed: false, decider: null },
  { ref: 'Khoản 2 Điều 80 Luật TĐKT 2022', name: 'district chair: CSTĐ cơ sở before 1/7/2025', award: 'CSTD_CS', level: 'huyen', date: '2025-06-30', allowed: true, decider: 'Chủ tịch UBND huyện' },
  { ref: 'Điều 59 NĐ 129/2025', name: 'commune chair: CSTĐ cơ sở from 1/7/2025', award: 'CSTD_CS', level: 'xa', date: '2025-07-01', allowed: true, decider: 'Chủ tịch UBND xã' },
  { ref: 'Luật 72/2025/QH15', name: 'no district from 1/7/2025', award: 'CSTD_CS', level: 'huyen', date: '2025-07-01', allowed: false, decider: null },
  { ref: 'Khoản 3 Điều 80 Luật TĐKT 2022', name: 'commune chair: LĐTT before 2025', award: 'LDTT', level: 'xa', date: '2024-05-01', allowed: true, decider: 'Chủ tịch UBND xã' },
  { ref: 'Khoản 3 Điều 80 Luật TĐKT 2022', name: 'commune chair: Gia đình văn hóa before 2025', award: 'GDVH', level: 'xa', date: '2024-05-01', allowed: true, decider: 'Chủ tịch UBND xã' },
  { ref: 'Khoản 2 Điều 80 Luật TĐKT 2022', name: 'commune chair: Thôn văn hóa not before 2025', award: 'THON_VH', level: 'xa', date: '2024-05-01', allowed: false, decider: null },
  { ref: 'Điều 59 NĐ 129/2025', name: 'commune chair: Thôn văn hóa from 2025', award: 'THON_VH', level: 'xa', date: '2025-09-01', allowed: true, decider: 'Chủ tịch UBND xã' },
  { ref: 'Điều 59 NĐ 129/2025', name: 'commune chair: TTLĐ tiên tiến from 2025', award: 'TTLDTT', level: 'xa', date: '2025-09-01', allowed: true, decider: 'Chủ tịch UBND xã' },
  { ref: 'Điều 59 NĐ 129/2025', name: 'commune chair: never CSTĐ tỉnh', award: 'CSTD_TINH', level: 'xa', date: '2026-01-01', allowed: false, decider: null },
  { ref: 'Luật TĐKT 2022 (chưa xác nhận số điều)', name: 'provincial chair: CSTĐ tỉnh', award: 'CSTD_TINH', level: 'tinh', date: '2026-01-01', allowed: true, decider: 'Chủ tịch UBND tỉnh' },
  { ref: 'Luật TĐKT 2022 (chưa xác nhận số điều)', name: 'provincial chair: Bằng khen tỉnh', award: 'BK_TINH', level: 'tinh', date: '2026-01-01', allowed: true, decider: 'Chủ tịch UBND tỉnh' },
  { ref: 'Luật TĐKT 2022', name: 'provincial chair: not CSTĐ toàn quốc', award: 'CSTD_TQ', level: 'tinh', date: '2026-01-01', allowed: false, decider: null },
  { ref: 'QĐ 311/QĐ-BNV 2025', name: 'Prime Minister: CSTĐ toàn quốc', award: 'CSTD_TQ', level: 'trung_uong', date: '2026-01-01', allowed: true, decider: 'Thủ tướng Chính phủ' },
  { ref: 'QĐ 311/QĐ-BNV 2025', name: 'President: Huân chương Lao động hạng Ba', award: 'HCLD_3', level: 'trung_uong', date: '2026-01-01', allowed: true, decider: 'Chủ tịch nước' },
  { ref: 'Khoản 1 Điều 80 Luật TĐKT 2022', name: 'head of a unit with legal personality: Giấy khen', award: 'GK', level: 'don_vi', date: '2024-03-01', allowed: true, decider: null },
  { ref: 'Khoản 5 Điều 80 Luật TĐKT 2022', name: 'armed-forces titles are not civil', award: 'CSTT', level: 'xa', date: '2026-01-01', allowed: false, decider: null },
  { ref: 'Luật TĐKT 2022', name: 'a village never decides', award: 'GK', level: 'thon', date: '2026-01-01', allowed: false, decider: null },
];

describe('authority (legal-rules §8)', () => {
  it.each(rows)('$ref — $name', (r) => {
    const a = authorityFor(r.award, r.level, r.date);
    expect(a.allowed).toBe(r.allowed);
    if (r.decider) expect(a.decider).toBe(r.decider);
    if (!r.allowed) expect(a.decider).toBeNull();
    expect(a.refs.length).toBeGreaterThan(0);
    expect(a.reason.length).toBeGreaterThan(0);
  });
  it('Xã, phường tiêu biểu: the decider is unconfirmed → allowed null, a tenant configures it', () => {
    const a = authorityFor('XA_TB', 'tinh', '2026-01-01');
    expect(a.allowed).toBeNull();
    expect(a.reason).toContain("'authority'");
    const t = authorityFor('XA_TB', 'tinh', '2026-01-01', { authority: [{ level: 'tinh', awards: ['XA_TB'], decider: 'Chủ tịch UBND tỉnh' }] });
    expect(t).toMatchObject({ allowed: true, decider: 'Chủ tịch UBND tỉnh', confidence: 'tenant' });
  });
  it('explains who decides instead', () => {
    const a = authorityFor('CSTD_CS', 'xa', '2025-06-30');
    expect(a.reason).toContain('Chủ tịch UBND huyện');
    expect(a.competent.map((c) => c.level).sort()).toEqual(['don_vi', 'huyen']);
  });
  it('bad input names the field', () => {
    expect(() => authorityFor('XX', 'xa', '2026-01-01')).toThrow(/'award'/);
    expect(() => authorityFor('GK', 'quan', '2026-01-01')).toThrow(/'level'/);
    expect(() => authorityFor('GK', 'xa', '2026-02-30')).toThrow(/'date'/);
  });
});
