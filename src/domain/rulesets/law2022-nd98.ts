/**
 * The 2024 regime: Luật Thi đua, khen thưởng 2022 + Nghị định 98/2023/NĐ-CP, 1/1/2024 – 30/6/2025
 * (NĐ 98 was repealed by NĐ 152/2025 Điều 59). Districts still existed: Law Art. 80(2)–(3).
 */
import type { AwardCode } from '../codes.js';
import { STATE_AWARDS, LAW_AUTHORITY, confirmed, partial, titleCoefficients, unconfirmed, unconfirmedPair } from './common.js';
import { CV5007, LAW, ND98, lawArt } from './refs.js';
import type { CoefficientSet, Ruleset, VoteRule } from './types.js';

const MONEY_REF = `Mục 2 Chương V ${ND98}`;
const VOTE_REF = `Khoản 7 Điều 30 ${ND98}`;

function vote(percent: number): VoteRule {
  return { required: confirmed(true, VOTE_REF), threshold: confirmed({ num: percent, den: 100 }, VOTE_REF) };
}

const coefficients: Partial<Record<AwardCode, CoefficientSet>> = {
  ...titleCoefficients(`Điều 54 ${ND98}`),
  AH_LD: { ca_nhan: confirmed({ tenths: 155 }, `Điều 56 ${ND98}`), tap_the: unconfirmed('coefficients.AH_LD.tap_the', `Điều 56 ${ND98}`) },
  AH_LLVT: { ca_nhan: confirmed({ tenths: 155 }, `Điều 56 ${ND98}`), tap_the: unconfirmed('coefficients.AH_LLVT.tap_the', `Điều 56 ${ND98}`) },
  BM_VNAH: { ca_nhan: confirmed({ tenths: 155 }, `Điều 56 ${ND98}`, 'Chi từ nguồn kinh phí riêng, không từ quỹ thi đua, khen thưởng') },
  NGND: { ca_nhan: confirmed({ tenths: 125 }, `Điều 56 ${ND98}`) },
  TTND: { ca_nhan: confirmed({ tenths: 125 }, `Điều 56 ${ND98}`) },
  NSND: { ca_nhan: confirmed({ tenths: 125 }, `Điều 56 ${ND98}`) },
  NNND: { ca_nhan: confirmed({ tenths: 125 }, `Điều 56 ${ND98}`) },
  NGUT: { ca_nhan: confirmed({ tenths: 90 }, `Điều 56 ${ND98}`) },
  TTUT: { ca_nhan: confirmed({ tenths: 90 }, `Điều 56 ${ND98}`) },
  NSUT: { ca_nhan: confirmed({ tenths: 90 }, `Điều 56 ${ND98}`) },
  NNUT: { ca_nhan: confirmed({ tenths: 90 }, `Điều 56 ${ND98}`) },
  KNC: { ca_nhan: confirmed({ tenths: 6, upTo: true }, `Điểm d khoản 1 Điều 58 ${ND98}`) },
};
// Forms whose NĐ 98 amounts were not found (legal-rules §3.2): explicit parameters, no default.
for (const code of [...STATE_AWARDS, 'GK', 'BK_TINH', 'BK_QK', 'BK_TTG', 'KNC_UBTVQH'] as AwardCode[]) {
  if (!coefficients[code]) coefficients[code] = unconfirmedPair(code, MONEY_REF);
}

export const LAW2022_ND98: Ruleset = {
  id: 'LAW2022+ND98',
  name: 'Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP',
  effectiveFrom: '2024-01-01',
  effectiveTo: '2025-06-30',
  confidence: 'confirmed',
  optIn: false,
  instruments: [`Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022`, `${ND98} ngày 31/12/2023`],
  notes: [
    'Cấp huyện còn tồn tại: Chủ tịch UBND huyện tặng Chiến sĩ thi đua cơ sở, Lao động tiên tiến, Tập thể lao động tiên tiến, Thôn, tổ dân phố văn hóa, Giấy khen.',
    'Hệ số tiền thưởng của Huân chương, Bằng khen, Giấy khen theo Nghị định 98/2023 chưa xác nhận: phải nhập tham số.',
  ],
  coefficients,
  coefficientRef: {},
  money: {
    principlesRef: MONEY_REF,
    roundingUp: confirmed(true, MONEY_REF),
    householdFactor: unconfirmed('money.householdFactor', MONEY_REF, 'Hệ số 1,5 lần chỉ xác nhận theo Nghị định 152/2025'),
    samePeriodHighestOnly: confirmed(true, MONEY_REF),
  },
  votes: {
    AH_LD: vote(90),
    AH_LLVT: vote(90),
    CSTD_TQ: vote(90),
    CSTD_TINH: vote(90),
    CSTD_CS: vote(80),
    CO_TINH: vote(80),
    CO_CP: vote(80),
  },
  defaultVote: { required: confirmed(false, VOTE_REF), threshold: null },
  authority: [
    ...LAW_AUTHORITY,
    {
      level: 'huyen',
      awards: ['THON_VH', 'TTLDTT', 'CSTD_CS', 'LDTT', 'GK'],
      decider: 'Chủ tịch UBND huyện',
      refs: [lawArt(80, 2)],
      confidence: 'confirmed',
    },
    {
      level: 'xa',
      awards: ['LDTT', 'GK', 'GDVH'],
      decider: 'Chủ tịch UBND xã',
      refs: [lawArt(80, 3)],
      confidence: 'confirmed',
    },
  ],
  authorityAbsent: [],
  principles: {
    blocking: partial(true, `Điều 5 ${LAW}; nguyên tắc khen thưởng tại ${ND98}`, 'Số điều của Nghị định 98/2023 chưa xác nhận'),
    disciplineCount: partial(true, `Nguyên tắc khen thưởng tại ${ND98}`, 'Số điều chưa xác nhận'),
    adHocNotCounted: partial(true, `Nguyên tắc khen thưởng tại ${ND98}`, 'Xác nhận theo Khoản 3 Điều 4 Nghị định 152/2025; với Nghị định 98/2023 chưa xác nhận'),
    initiativeSingleUse: partial(true, CV5007, 'Công văn hướng dẫn, không phải văn bản quy phạm'),
  },
  criteria: {
    ttldttLdttShare: partial({ num: 70, den: 100 }, lawArt(28), 'Theo bản trích dẫn của tỉnh Bắc Ninh; luật cũ quy định trên 50%'),
    ttldxsLdttShare: confirmed({ num: 70, den: 100 }, lawArt(27)),
  },
  principlesRef: `Điều 5 ${LAW}; ${ND98}`,
};

