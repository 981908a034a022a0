/**
 * The current regime: Luật Thi đua, khen thưởng 2022 + Nghị định 152/2025/NĐ-CP (from 1/7/2025) and
 * Nghị định 129/2025/NĐ-CP Điều 59 for the commune chair's powers (two-tier local government).
 */
import type { AwardCode } from '../codes.js';
import { LAW_AUTHORITY, STATE_AWARDS, confirmed, partial, titleCoefficients, unconfirmed, unconfirmedPair } from './common.js';
import { CV5007, LAW, LUAT_TCCQDP_2025, ND129, ND152, QD638, lawArt } from './refs.js';
import type { CoefficientSet, Ruleset, VoteRule } from './types.js';

const ART49 = `Điều 49 ${ND152}`;
const ART51 = `Điều 51 ${ND152}`;
const ART52 = `Điều 52 ${ND152}`;
const ART54 = `Điều 54 ${ND152}`;
const NOTE_VOTES = 'Nghị định 98/2023 (Khoản 7 Điều 30) quy định tỷ lệ này; việc Nghị định 152/2025 giữ nguyên chưa xác nhận';

/** Vote required (carried over from NĐ 98, partial) with a threshold the tenant must set. */
function voteParam(code: AwardCode, requiredRef: string, requiredConfidence: 'confirmed' | 'partial'): VoteRule {
  return {
    required: requiredConfidence === 'confirmed' ? confirmed(true, requiredRef) : partial(true, requiredRef, NOTE_VOTES),
    threshold: unconfirmed(`votes.${code}`, `${ND152} (tỷ lệ biểu quyết)`, NOTE_VOTES),
  };
}

const c = (tenths: number, ref: string) => confirmed({ tenths }, ref);
const p = (tenths: number, ref: string, note?: string) => partial({ tenths }, ref, note);
const pair = (ind: number, col: number, ref: string): CoefficientSet => ({ ca_nhan: c(ind, ref), tap_the: c(col, ref) });

const coefficients: Partial<Record<AwardCode, CoefficientSet>> = {
  ...titleCoefficients(`Điều 50 ${ND152}`),
  HC_SAO_VANG: pair(460, 920, ART51),
  HC_HCM: pair(305, 610, ART51),
  HCDL_1: pair(150, 300, ART51),
  HCQC_1: pair(150, 300, ART51),
  HCDL_2: pair(125, 250, ART51),
  HCQC_2: pair(125, 250, ART51),
  HCDL_3: { ca_nhan: c(105, ART51), tap_the: p(210, `Khoản 2 ${ART51}`, 'Suy ra từ quy tắc tập thể gấp hai lần cá nhân') },
  HCQC_3: { ca_nhan: c(105, ART51), tap_the: p(210, `Khoản 2 ${ART51}`, 'Suy ra từ quy tắc tập thể gấp hai lần cá nhân') },
  HCLD_1: pair(90, 180, ART51),
  HCCC_1: pair(90, 180, ART51),
  HCBVTQ_1: pair(90, 180, ART51),
  HCLD_2: pair(75, 150, ART51),
  HCCC_2: pair(75, 150, ART51),
  HCBVTQ_2: pair(75, 150, ART51),
  HC_DDKDT: pair(75, 150, ART51),
  HCLD_3: pair(45, 90, ART51),
  HCCC_3: pair(45, 90, ART51),
  HCBVTQ_3: pair(45, 90, ART51),
  HC_DUNG_CAM: pair(45, 90, ART51),
  AH_LD: { ca_nhan: p(155, ART52, 'Suy ra: 31,0 = 2 × 15,5 (Nghị định 98/2023 Điều 56)'), tap_the: c(310, ART52) },
  AH_LLVT: { ca_nhan: p(155, ART52, 'Suy ra: 31,0 = 2 × 15,5 (Nghị định 98/2023 Điều 56)'), tap_the: c(310, ART52) },
  BK_TTG: pair(35, 70, `Điểm a khoản 1 ${ART54}`),
  BK_TINH: pair(15, 30, `Điểm b khoản 1 ${ART54}`),
  BK_QK: { ca_nhan: p(10, `Điểm đ khoản 1 ${ART54}`, 'Nguồn: bản dịch máy'), tap_the: c(20, ART54) },
  GK: { ca_nhan: p(3, `Điểm e khoản 1 ${ART54}`, 'Nguồn: bản dịch máy'), tap_the: c(6, ART54) },
  KNC_UBTVQH: { ca_nhan: confirmed({ tenths: 8, upTo: true }, `Điểm c khoản 1 ${ART54}`) },
  KNC: { ca_nhan: confirmed({ tenths: 6, upTo: true }, `Điểm d khoản 1 ${ART54}`) },
};
for (const code of [...STATE_AWARDS] as AwardCode[]) {
  if (!coefficients[code]) coefficients[code] = unconfirmedPair(code, `${ND152} (chưa tìm thấy mức thưởng)`);
}

export const LAW2022_ND152: Ruleset = {
  id: 'LAW2022+ND152',
  name: 'Luật Thi đua, khen thưởng 2022, Nghị định 152/2025/NĐ-CP và Nghị định 129/2025/NĐ-CP',
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  confidence: 'confirmed',
  optIn: false,
  instruments: [
    'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022',
    `${ND152} ngày 14/6/2025`,
    `${ND129} ngày 11/6/2025`,
  ],
  notes: [
    'Nghị định 152/2025 thay thế Nghị định 98/2023 từ 1/7/2025 (Điều 59). Thời điểm hết hiệu lực 1/3/2027 chỉ thấy trong siêu dữ liệu: chưa xác nhận.',
    'Ngày hiệu lực của Nghị định 129/2025 chưa thấy trong văn bản; áp dụng từ 1/7/2025 cùng với việc bỏ cấp huyện (chưa xác nhận).',
    'Tỷ lệ biểu quyết của Hội đồng theo Nghị định 152/2025 chưa xác nhận: phải nhập tham số.',
  ],
  coefficients,
  coefficientRef: {},
  money: {
    principlesRef: ART49,
    roundingUp: confirmed(true, ART49),
    householdFactor: confirmed(15, ND152, 'Hộ gia đình được thưởng 1,5 lần mức tiền thưởng đối với cá nhân'),
    samePeriodHighestOnly: confirmed(true, ART49),
  },
  votes: {
    AH_LD: voteParam('AH_LD', `${ND152} (kế thừa Khoản 7 Điều 30 Nghị định 98/2023)`, 'partial'),
    AH_LLVT: voteParam('AH_LLVT', `${ND152} (kế thừa Khoản 7 Điều 30 Nghị định 98/2023)`, 'partial'),
    CSTD_TQ: voteParam('CSTD_TQ', `${ND152} (kế thừa Khoản 7 Điều 30 Nghị định 98/2023)`, 'partial'),
    CSTD_TINH: voteParam('CSTD_TINH', `${ND152} (kế thừa Khoản 7 Điều 30 Nghị định 98/2023)`, 'partial'),
    CSTD_CS: voteParam('CSTD_CS', `${QD638} (biên bản có kết quả bỏ phiếu)`, 'confirmed'),
    CO_TINH: voteParam('CO_TINH', `${ND152} (kế thừa Khoản 7 Điều 30 Nghị định 98/2023)`, 'partial'),
    CO_CP: voteParam('CO_CP', `${ND152} (kế thừa Khoản 7 Điều 30 Nghị định 98/2023)`, 'partial'),
  },
  defaultVote: { required: partial(false, `${ND152} (kế thừa Khoản 7 Điều 30 Nghị định 98/2023)`, NOTE_VOTES), threshold: null },
  authority: [
    ...LAW_AUTHORITY,
    {
      level: 'xa',
      awards: ['THON_VH', 'GDVH', 'TTLDTT', 'CSTD_CS', 'LDTT', 'GK'],
      decider: 'Chủ tịch UBND xã',
      refs: [`Điều 59 ${ND129}`, lawArt(80, 2), lawArt(80, 3)],
      confidence: 'confirmed',
    },
  ],
  authorityAbsent: [
    {
      level: 'huyen',
      reason: 'Cấp huyện không còn từ 1/7/2025; thẩm quyền của Chủ tịch UBND huyện chuyển cho Chủ tịch UBND xã',
      refs: [LUAT_TCCQDP_2025, `Điều 59 ${ND129}`],
    },
  ],
  principles: {
    blocking: confirmed(true, `Điều 4 ${ND152}`),
    disciplineCount: confirmed(true, `Điều 4 ${ND152}`),
    adHocNotCounted: confirmed(true, `Khoản 3 Điều 4 ${ND152}`),
    initiativeSingleUse: partial(true, CV5007, 'Công văn hướng dẫn, không phải văn bản quy phạm; còn áp dụng hay không chưa xác nhận'),
  },
  criteria: {
    ttldttLdttShare: partial({ num: 70, den: 100 }, lawArt(28), 'Theo bản trích dẫn của tỉnh Bắc Ninh; luật cũ quy định trên 50%'),
    ttldxsLdttShare: confirmed({ num: 70, den: 100 }, lawArt(27)),
  },
  principlesRef: `Điều 4 ${ND152}; Điều 5 ${LAW}`,
};
