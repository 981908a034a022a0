import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { checkEligibility } from './engine.js';
import { validateCase } from './schema.js';

const base = () => ({
  award: 'LDTT', subject: 'ca_nhan', year: 2026, date: '2026-12-15',
  facts: { ratings: { 2026: 'HTTNV' }, pending: [], discipline: [] } as Record<string, unknown>,
});

const rows: { name: string; input: unknown; field: string; message: RegExp }[] = [
  { name: 'unknown award code', input: { ...base(), award: 'CSTD_XA' }, field: 'award', message: /Mã danh hiệu\/hình thức không tồn tại/ },
  { name: 'unknown code in the award history', input: { ...base(), facts: { ...base().facts, awards: [{ award: 'ABC', year: 2025 }] } }, field: 'facts.awards[0].award', message: /không tồn tại/ },
  { name: 'impossible date', input: { ...base(), date: '2026-02-30' }, field: 'date', message: /Ngày không hợp lệ/ },
  { name: 'impossible discipline date', input: { ...base(), facts: { ...base().facts, discipline: [{ level: 'canh_cao', from: '2025-13-01', to: '2026-01-01' }] } }, field: 'facts.discipline[0].from', message: /Ngày không hợp lệ/ },
  { name: 'discipline ends before it starts', input: { ...base(), facts: { ...base().facts, discipline: [{ level: 'canh_cao', from: '2025-06-01', to: '2025-01-01' }] } }, field: 'facts.discipline[0].to', message: /trước ngày bắt đầu/ },
  { name: 'unknown rating', input: { ...base(), facts: { ...base().facts, ratings: { 2026: 'XUAT_SAC' } } }, field: 'facts.ratings.2026', message: /Xếp loại không hợp lệ/ },
  { name: 'rating key not a year', input: { ...base(), facts: { ...base().facts, ratings: { nam2026: 'HTTNV' } } }, field: 'facts.ratings.nam2026', message: /năm 4 chữ số/ },
  { name: 'unknown pending kind', input: { ...base(), facts: { ...base().facts, pending: ['kien_nghi'] } }, field: 'facts.pending[0]', message: /Vụ việc không hợp lệ/ },
  { name: 'unknown field (typo)', input: { ...base(), facts: { ...base().facts, rating: {} } }, field: 'facts', message: /Trường không được hỗ trợ: rating/ },
  { name: 'missing award', input: { subject: 'ca_nhan', year: 2026, date: '2026-12-15', facts: {} }, field: 'award', message: /Thiếu trường bắt buộc/ },
  { name: 'facts not an object', input: { ...base(), facts: [] }, field: 'facts', message: /đối tượng/ },
  { name: 'not an object at all', input: 'CSTD_TINH', field: '(gốc)', message: /đối tượng/ },
  { name: 'year not an integer', input: { ...base(), year: 2026.5 }, field: 'year', message: /số nguyên/ },
  { name: 'award does not apply to the subject', input: { ...base(), subject: 'tap_the' }, field: 'subject', message: /Lao động tiên tiến không áp dụng cho đối tượng 'tap_the'/ },
  { name: 'date before any ruleset', input: { ...base(), year: 2023, date: '2023-12-20' }, field: 'date', message: /Chưa có bộ quy tắc/ },
  { name: 'year after the date', input: { ...base(), year: 2027 }, field: 'year', message: /sau ngày xét/ },
  { name: 'members above total', input: { ...base(), award: 'TTLDTT', subject: 'tap_the', facts: { members: { total: 10, ldtt: 11 } } }, field: 'facts.members.ldtt', message: /lớn hơn tổng số thành viên/ },
  { name: 'votes above total', input: { ...base(), award: 'CSTD_CS', facts: { ...base().facts, vote: { for: 21, total: 20 } } }, field: 'facts.vote.for', message: /lớn hơn tổng số/ },
];

describe('case validation — Vietnamese errors naming the field', () => {
  it.each(rows)('$name → $field', (r) => {
    const v = validateCase(r.input);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const e = v.errors.find((x) => x.field === r.field);
    expect(e, JSON.stringify(v.errors)).toBeDefined();
    expect(e!.message).toMatch(r.message);
    expect(e!.message).toContain(`(trường '${r.field}')`);
  });
  it('checkEligibility throws a DomainError carrying every error', () => {
    try {
      checkEligibility({ ...base(), award: 'X', date: '2026-02-30' });
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const d = e as DomainError;
      expect(d.code).toBe('invalid');
      expect(d.errors.map((x) => x.field).sort()).toEqual(['award', 'date']);
    }
  });
  it('a valid case passes and keeps its facts', () => {
    const v = validateCase(base());
    expect(v.ok).toBe(true);
  });
});
