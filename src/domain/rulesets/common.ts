/**
 * Rules set by the Law itself (Luật Thi đua, khen thưởng 2022), shared by every ruleset built on it.
 * Decree-specific values live in the ruleset files.
 */
import type { AwardCode } from '../codes.js';
import { confirmed, partial, unconfirmed, type Sourced } from '../confidence.js';
import { LAW, QD311, lawArt } from './refs.js';
import type { AuthorityRow, Coefficient, CoefficientSet } from './types.js';

export const STATE_AWARDS: readonly AwardCode[] = [
  'HC_SAO_VANG', 'HC_HCM', 'HCDL_1', 'HCDL_2', 'HCDL_3', 'HCQC_1', 'HCQC_2', 'HCQC_3',
  'HCLD_1', 'HCLD_2', 'HCLD_3', 'HCBVTQ_1', 'HCBVTQ_2', 'HCBVTQ_3', 'HCCC_1', 'HCCC_2', 'HCCC_3',
  'HC_DDKDT', 'HC_DUNG_CAM', 'HC_HUU_NGHI',
  'HUYC_QKQT', 'HUYC_VANTQ', 'HUYC_CSVV_1', 'HUYC_CSVV_2', 'HUYC_CSVV_3', 'HUYC_HUU_NGHI',
  'AH_LD', 'AH_LLVT', 'BM_VNAH', 'NGND', 'NGUT', 'TTND', 'TTUT', 'NSND', 'NSUT', 'NNND', 'NNUT',
  'GT_HCM', 'GT_NN',
];

/** Authority rows that do not depend on the two-tier reform. */
export const LAW_AUTHORITY: readonly AuthorityRow[] = [
  {
    level: 'trung_uong',
    awards: STATE_AWARDS,
    decider: 'Chủ tịch nước',
    refs: [`${LAW} (thẩm quyền của Chủ tịch nước, theo đề nghị của Thủ tướng Chính phủ)`, QD311],
    confidence: 'confirmed',
  },
  {
    level: 'trung_uong',
    awards: ['CO_CP', 'CSTD_TQ', 'BK_TTG'],
    decider: 'Thủ tướng Chính phủ',
    refs: [`${LAW} (thẩm quyền của Thủ tướng Chính phủ)`, QD311],
    confidence: 'confirmed',
  },
  {
    level: 'trung_uong',
    awards: ['CO_TINH', 'CSTD_TINH', 'TTLDXS', 'BK_TINH', 'KNC'],
    decider: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan trung ương',
    refs: [`${LAW} (thẩm quyền của Bộ trưởng; số điều chưa xác nhận)`],
    confidence: 'partial',
  },
  {
    level: 'tinh',
    awards: ['CO_TINH', 'CSTD_TINH', 'TTLDXS', 'BK_TINH', 'KNC'],
    decider: 'Chủ tịch UBND tỉnh',
    refs: [`${LAW} (thẩm quyền của Chủ tịch UBND tỉnh; số điều chưa xác nhận)`, 'Điều 5 Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh'],
    confidence: 'partial',
  },
  {
    level: 'don_vi',
    awards: ['TTLDTT', 'CSTD_CS', 'LDTT', 'GK'],
    decider:
      'Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân; Thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh; Tổng giám đốc, Giám đốc doanh nghiệp, hợp tác xã',
    refs: [lawArt(80, 1), lawArt(80, 4)],
    confidence: 'confirmed',
    note: 'Chủ tịch Hội đồng quản trị, Hội đồng thành viên chỉ tặng Giấy khen (Khoản 4 Điều 80). Trường học: theo phân cấp của tỉnh, ngành (tham số của đơn vị).',
  },
];

const t = (tenths: number): Coefficient => ({ tenths });
const upTo = (tenths: number): Coefficient => ({ tenths, upTo: true });

/** Title coefficients (danh hiệu): identical in NĐ 98/2023 Điều 54 and NĐ 152/2025 Điều 50 (legal-rules §2). */
export function titleCoefficients(ref: string): Partial<Record<AwardCode, CoefficientSet>> {
  const c = (tenths: number) => confirmed(t(tenths), ref);
  return {
    CSTD_TQ: { ca_nhan: c(45) },
    CSTD_TINH: { ca_nhan: c(30) },
    CSTD_CS: { ca_nhan: c(10) },
    LDTT: { ca_nhan: c(3) },
    CSTT: { ca_nhan: c(3) },
    CO_CP: { tap_the: c(120) },
    CO_TINH: { tap_the: c(80) },
    CO_QK: { tap_the: c(60) },
    TTLDXS: { tap_the: c(15) },
    DVQT: { tap_the: c(15) },
    TTLDTT: { tap_the: c(8) },
    DVTT: { tap_the: c(8) },
    XA_TB: { tap_the: c(20) },
    THON_VH: { tap_the: c(15) },
    GDVH: { ho_gia_dinh: unconfirmed('coefficients.GDVH.ho_gia_dinh', ref, 'Điều khoản tiền thưởng không liệt kê Gia đình văn hóa') },
  };
}

export { t as tenthsCoefficient, upTo as upToCoefficient };

export function unconfirmedPair(code: AwardCode, ref: string): CoefficientSet {
  return {
    ca_nhan: unconfirmed(`coefficients.${code}.ca_nhan`, ref),
    tap_the: unconfirmed(`coefficients.${code}.tap_the`, ref),
  };
}

export function pair(ind: Sourced<Coefficient>, col: Sourced<Coefficient>): CoefficientSet {
  return { ca_nhan: ind, tap_the: col };
}

export { confirmed, partial, unconfirmed };
