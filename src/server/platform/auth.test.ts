import { describe, expect, it } from 'vitest';
import { isValidCitizenId } from '../../shared/codes.js';
import { generatePassword, passwordProblems } from './auth.js';
import { maskCitizenId, redact } from './audit.js';

describe('password policy', () => {
  it.each([
    ['Demo@12345678', 'demo', []],
    ['short1', 'x', ['Mật khẩu phải có ít nhất 10 ký tự.']],
    ['chỉtoànchữcái', 'x', ['Mật khẩu phải có cả chữ và số.']],
    ['12345678901', 'x', ['Mật khẩu phải có cả chữ và số.']],
    ['nguyenvan12', 'nguyenvan12', ['Mật khẩu không được trùng tên đăng nhập.']],
  ])('%s', (pw, user, problems) => {
    expect(passwordProblems(pw, user)).toEqual(problems);
  });
  it('generated passwords pass the policy', () => {
    for (let i = 0; i < 20; i++) expect(passwordProblems(generatePassword(), 'admin')).toEqual([]);
  });
});

describe('citizen ID (CCCD)', () => {
  it.each([
    ['001080000123', true],
    ['079195012345', true],
    ['00108000012', false],
    ['0010800001234', false],
    ['00108000012a', false],
    ['000080000123', false],
    ['097080000123', false],
  ])('%s valid: %s', (id, ok) => {
    expect(isValidCitizenId(id)).toBe(ok);
  });
  it('is masked in lists and in the audit trail', () => {
    expect(maskCitizenId('001080000123')).toBe('001******123');
    expect(redact({ citizenId: '001080000123', passwordHash: 'h', nested: [{ password: 'p', name: 'A' }] })).toEqual({
      citizenId: '001******123',
      nested: [{ name: 'A' }],
    });
  });
});
