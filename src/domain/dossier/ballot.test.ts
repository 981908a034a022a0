import { describe, expect, it } from 'vitest';
import { ballotResult } from './ballot.js';
import type { VoteThreshold } from '../votes/votes.js';

const ND98_90: VoteThreshold = { award: 'CSTD_TINH', ruleset: 'LAW2022+ND98', required: true, threshold: { num: 90, den: 100 }, text: 'Từ 90% tổng số thành viên Hội đồng trở lên', confidence: 'confirmed', ref: 'Khoản 7 Điều 30 Nghị định 98/2023/NĐ-CP' };
const ND98_80: VoteThreshold = { ...ND98_90, award: 'CSTD_CS', threshold: { num: 80, den: 100 }, text: 'Từ 80% tổng số thành viên Hội đồng trở lên' };
const MISSING: VoteThreshold = { award: 'CSTD_CS', ruleset: 'LAW2022+ND152', required: true, threshold: null, text: 'Thiếu tham số', confidence: 'unconfirmed', ref: 'NĐ 152/2025', missingParam: 'votes.CSTD_CS' };
const NONE: VoteThreshold = { award: 'GK', ruleset: 'LAW2022+ND152', required: false, threshold: null, text: 'Không bắt buộc bỏ phiếu', confidence: 'confirmed', ref: 'NĐ 152/2025' };

describe('ballot result on the total membership', () => {
  it.each([
    { name: 'Khoản 7 Điều 30 NĐ 98: 9 of 10 reach 90%', t: ND98_90, yes: 9, total: 10, passed: true, needed: 9 },
    { name: 'Khoản 7 Điều 30 NĐ 98: 8 of 10 miss 90%', t: ND98_90, yes: 8, total: 10, passed: false, needed: 9 },
    { name: 'Khoản 7 Điều 30 NĐ 98: 8 of 10 reach 80%', t: ND98_80, yes: 8, total: 10, passed: true, needed: 8 },
    { name: 'Khoản 7 Điều 30 NĐ 98: 7 of 9 miss 80% (7,2 needed → 8)', t: ND98_80, yes: 7, total: 9, passed: false, needed: 8 },
    { name: 'Khoản 7 Điều 30 NĐ 98: the base is all members, absent ones included (8 present, 8 yes of 11)', t: ND98_80, yes: 8, total: 11, passed: false, needed: 9 },
    { name: 'no vote mandated: more than half of the members (3 of 5)', t: NONE, yes: 3, total: 5, passed: true, needed: 3 },
    { name: 'no vote mandated: exactly half is not more than half (2 of 4)', t: NONE, yes: 2, total: 4, passed: false, needed: 3 },
  ])('$name', ({ t, yes, total, passed, needed }) => {
    const r = ballotResult({ yes, no: total - yes, abstain: 0 }, total, t);
    expect(r).toMatchObject({ passed, needed });
    expect(r.rule).toContain(`${needed}/${total}`);
  });

  it('NĐ 152/2025: an unconfirmed threshold gives no verdict and names the parameter', () => {
    const r = ballotResult({ yes: 10, no: 0, abstain: 0 }, 10, MISSING);
    expect(r.passed).toBeNull();
    expect(r.rule).toContain('votes.CSTD_CS');
  });

  it('a council without members gives no verdict', () => {
    expect(ballotResult({ yes: 0, no: 0, abstain: 0 }, 0, ND98_80).passed).toBeNull();
  });
});
