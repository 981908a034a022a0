/**
 * The static part of the catalogue (legal-rules §2–3): what each title and form is. Values that change
 * with the decree (coefficients, votes, authority) come from the ruleset in force (catalogAt).
 */
import type { AwardType, FormCode, Subject, TitleCode } from '../codes.js';
import type { DossierItem } from '../params.js';
import { LAW, ND152, ND98, QD638, lawArt } from '../rulesets/refs.js';

export type PeriodCode = 'hang_nam' | 'theo_chuoi' | 'theo_nd86' | 'theo_thanh_tich';
export const PERIOD_NAMES: Record<PeriodCode, string> = {
  hang_nam: 'Hằng năm',
  theo_chuoi: 'Xét khi đủ chuỗi danh hiệu liên tục',
  theo_nd86: 'Theo Nghị định 86/2023/NĐ-CP (chu kỳ chưa xác nhận)',
  theo_thanh_tich: 'Theo thành tích',
};

export type FormGroup =
  | 'huan_chuong'
  | 'huy_chuong'
  | 'danh_hieu_vinh_du'
  | 'giai_thuong'
  | 'ky_niem_chuong'
  | 'bang_khen'
  | 'giay_khen';
export const FORM_GROUP_NAMES: Record<FormGroup, string> = {
  huan_chuong: 'Huân chương',
  huy_chuong: 'Huy chương',
  danh_hieu_vinh_du: 'Danh hiệu vinh dự nhà nước',
  giai_thuong: 'Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước',
  ky_niem_chuong: 'Kỷ niệm chương',
  bang_khen: 'Bằng khen',
  giay_khen: 'Giấy khen',
};

interface EntryBase {
  name: string;
  subjects: readonly Subject[];
  awardTypes: readonly AwardType[];
  period: PeriodCode;
  /** Physical items handed over (hiện vật); empty = money only. */
  items: readonly string[];
  dossier: readonly DossierItem[];
  citations: readonly string[];
  /** Army/police only — out of scope for civil tenants (Law Art. 80(5)). */
  armedForces?: boolean;
  notes?: readonly string[];
}

/** A title (danh hiệu thi đua). `kind` and `code` are tied: a TitleEntry can only carry a TitleCode. */
export interface TitleData extends EntryBase {
  kind: 'danh_hieu';
  code: TitleCode;
}
/** An award form (hình thức khen thưởng). */
export interface FormData extends EntryBase {
  kind: 'hinh_thuc';
  code: FormCode;
  group: FormGroup;
}
export type CatalogData = TitleData | FormData;

// ---- dossier checklists -------------------------------------------------------------------------
const ART84 = lawArt(84, 1);
const DELEGATED = `Điểm c khoản 2 Điều 6 ${ND152} (hồ sơ do bộ, ngành, tỉnh quy định)`;

const toTrinh = (template?: string): DossierItem => ({
  id: 'to_trinh',
  name: 'Tờ trình đề nghị khen thưởng',
  ...(template ? { template } : {}),
  ref: `Điểm a ${ART84}`,
  confidence: 'confirmed',
});
const baoCao = (template?: string): DossierItem => ({
  id: 'bao_cao_thanh_tich',
  name: 'Báo cáo thành tích của cá nhân, tập thể',
  ...(template ? { template } : {}),
  ref: `Điểm b ${ART84}`,
  confidence: 'confirmed',
});
const bienBan = (withVote: boolean): DossierItem => ({
  id: 'bien_ban',
  name: withVote
    ? 'Biên bản bình xét thi đua, có kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng'
    : 'Biên bản bình xét thi đua',
  ref: withVote ? `Điểm c ${ART84}; Điểm c khoản 2 Điều 34 ${ND98}; ${QD638}` : `Điểm c ${ART84}`,
  confidence: 'confirmed',
});
const chungNhan: DossierItem = {
  id: 'chung_nhan_sang_kien',
  name: 'Giấy chứng nhận hoặc xác nhận của cấp có thẩm quyền về sáng kiến, đề tài khoa học, hoặc kết quả hoàn thành xuất sắc nhiệm vụ',
  ref: `Điểm d ${ART84}`,
  confidence: 'confirmed',
};
const formDossier: readonly DossierItem[] = [
  { id: 'to_trinh', name: 'Tờ trình đề nghị khen thưởng', ref: `${LAW} (hồ sơ khen thưởng)`, confidence: 'partial' },
  { id: 'bao_cao_thanh_tich', name: 'Báo cáo thành tích của cá nhân, tập thể', ref: `${LAW} (hồ sơ khen thưởng)`, confidence: 'partial' },
  { id: 'bien_ban', name: 'Biên bản họp Hội đồng Thi đua - Khen thưởng', ref: `${LAW} (hồ sơ khen thưởng)`, confidence: 'partial' },
];

const titleDossier = (opts: { vote: boolean; initiative: boolean; individual: boolean }): readonly DossierItem[] => [
  toTrinh('Mẫu số 01'),
  baoCao(opts.individual ? 'Mẫu số 05' : undefined),
  bienBan(opts.vote),
  ...(opts.initiative ? [chungNhan] : []),
];

// ---- titles -------------------------------------------------------------------------------------
const INDIVIDUAL_LIST = lawArt(19);
const COLLECTIVE_LIST = lawArt(20);
const CERT = ['Bằng chứng nhận', 'Khung'];
const CSTD_ITEMS = ['Bằng chứng nhận', 'Khung', 'Huy hiệu', 'Hộp đựng'];

export const TITLES: readonly TitleData[] = [
  {
    kind: 'danh_hieu', code: 'LDTT', name: 'Lao động tiên tiến', subjects: ['ca_nhan'], awardTypes: ['cong_trang'],
    period: 'hang_nam', items: [], dossier: titleDossier({ vote: false, initiative: false, individual: true }),
    citations: [INDIVIDUAL_LIST, lawArt(24, 1), lawArt(24, 3)],
    notes: ['Tiêu chuẩn đối với công nhân, nông dân, người lao động khác do UBND tỉnh quy định (Khoản 3 Điều 24).', `Hồ sơ do bộ, ngành, tỉnh quy định: ${DELEGATED}`],
  },
  {
    kind: 'danh_hieu', code: 'CSTT', name: 'Chiến sĩ tiên tiến', subjects: ['ca_nhan'], awardTypes: ['cong_trang'],
    period: 'hang_nam', items: [], dossier: titleDossier({ vote: false, initiative: false, individual: true }),
    citations: [INDIVIDUAL_LIST, lawArt(24, 2)], armedForces: true,
  },
  {
    kind: 'danh_hieu', code: 'CSTD_CS', name: 'Chiến sĩ thi đua cơ sở', subjects: ['ca_nhan'], awardTypes: ['cong_trang'],
    period: 'hang_nam', items: CERT, dossier: titleDossier({ vote: true, initiative: true, individual: true }),
    citations: [INDIVIDUAL_LIST, lawArt(23)],
    notes: ['Không còn giới hạn 15% số Lao động tiên tiến từ 1/1/2024.', `Hồ sơ do bộ, ngành, tỉnh quy định: ${DELEGATED}`],
  },
  {
    kind: 'danh_hieu', code: 'CSTD_TINH', name: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', subjects: ['ca_nhan'], awardTypes: ['cong_trang'],
    period: 'theo_chuoi', items: CSTD_ITEMS, dossier: titleDossier({ vote: true, initiative: true, individual: true }),
    citations: [INDIVIDUAL_LIST, lawArt(22)],
  },
  {
    kind: 'danh_hieu', code: 'CSTD_TQ', name: 'Chiến sĩ thi đua toàn quốc', subjects: ['ca_nhan'], awardTypes: ['cong_trang'],
    period: 'theo_chuoi', items: CSTD_ITEMS, dossier: titleDossier({ vote: true, initiative: true, individual: true }),
    citations: [INDIVIDUAL_LIST, lawArt(21)],
  },
  {
    kind: 'danh_hieu', code: 'TTLDTT', name: 'Tập thể lao động tiên tiến', subjects: ['tap_the'], awardTypes: ['cong_trang'],
    period: 'hang_nam', items: [], dossier: titleDossier({ vote: false, initiative: false, individual: false }),
    citations: [COLLECTIVE_LIST, lawArt(28)], notes: [`Hồ sơ do bộ, ngành, tỉnh quy định: ${DELEGATED}`],
  },
  {
    kind: 'danh_hieu', code: 'DVTT', name: 'Đơn vị tiên tiến', subjects: ['tap_the'], awardTypes: ['cong_trang'],
    period: 'hang_nam', items: [], dossier: titleDossier({ vote: false, initiative: false, individual: false }),
    citations: [COLLECTIVE_LIST, lawArt(28)], armedForces: true,
  },
  {
    kind: 'danh_hieu', code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', subjects: ['tap_the'], awardTypes: ['cong_trang'],
    period: 'hang_nam', items: CERT, dossier: titleDossier({ vote: false, initiative: false, individual: false }),
    citations: [COLLECTIVE_LIST, lawArt(27)],
  },
  {
    kind: 'danh_hieu', code: 'DVQT', name: 'Đơn vị quyết thắng', subjects: ['tap_the'], awardTypes: ['cong_trang'],
    period: 'hang_nam', items: CERT, dossier: titleDossier({ vote: false, initiative: false, individual: false }),
    citations: [COLLECTIVE_LIST, lawArt(27)], armedForces: true,
  },
  {
    kind: 'danh_hieu', code: 'CO_TINH', name: 'Cờ thi đua cấp bộ, ban, ngành, tỉnh', subjects: ['tap_the'], awardTypes: ['cong_trang'],
    period: 'hang_nam', items: ['Cờ'], dossier: titleDossier({ vote: true, initiative: false, individual: false }),
    citations: [COLLECTIVE_LIST, lawArt(26)],
  },
  {
    kind: 'danh_hieu', code: 'CO_QK', name: 'Cờ thi đua của quân khu, quân đoàn, quân chủng, binh chủng, Ban Cơ yếu Chính phủ, Đại học Quốc gia',
    subjects: ['tap_the'], awardTypes: ['cong_trang'], period: 'hang_nam', items: ['Cờ'],
    dossier: titleDossier({ vote: true, initiative: false, individual: false }), citations: [COLLECTIVE_LIST, lawArt(26)], armedForces: true,
  },
  {
    kind: 'danh_hieu', code: 'CO_CP', name: 'Cờ thi đua của Chính phủ', subjects: ['tap_the'], awardTypes: ['cong_trang'],
    period: 'hang_nam', items: ['Cờ'], dossier: titleDossier({ vote: true, initiative: false, individual: false }),
    citations: [COLLECTIVE_LIST, lawArt(25)], notes: ['Hồ sơ gửi Bộ Nội vụ trước 30/6 (ngành giáo dục trước 31/12) theo Điểm b khoản 1 Điều 32 Nghị định 98/2023/NĐ-CP; theo Nghị định 152/2025 chưa xác nhận.'],
  },
  {
    kind: 'danh_hieu', code: 'XA_TB', name: 'Xã, phường, đặc khu tiêu biểu', subjects: ['tap_the'], awardTypes: ['cong_trang'],
    period: 'theo_nd86', items: CERT, dossier: titleDossier({ vote: false, initiative: false, individual: false }),
    citations: [COLLECTIVE_LIST, 'Nghị định 86/2023/NĐ-CP'], notes: ['Trước 1/7/2025: Xã, phường, thị trấn tiêu biểu.'],
  },
  {
    kind: 'danh_hieu', code: 'THON_VH', name: 'Thôn, tổ dân phố văn hóa', subjects: ['tap_the'], awardTypes: ['cong_trang'],
    period: 'theo_nd86', items: CERT, dossier: titleDossier({ vote: false, initiative: false, individual: false }),
    citations: [COLLECTIVE_LIST, 'Nghị định 86/2023/NĐ-CP'],
  },
  {
    kind: 'danh_hieu', code: 'GDVH', name: 'Gia đình văn hóa', subjects: ['ho_gia_dinh'], awardTypes: ['cong_trang'],
    period: 'theo_nd86', items: [], dossier: titleDossier({ vote: false, initiative: false, individual: false }),
    citations: [COLLECTIVE_LIST, 'Nghị định 86/2023/NĐ-CP'],
  },
];

// ---- forms --------------------------------------------------------------------------------------
const HC_TYPES: readonly AwardType[] = ['cong_trang', 'dot_xuat', 'cong_hien', 'phong_trao'];
const ART33 = lawArt(33, 2);

function hc(code: FormCode, name: string, extra: Partial<FormData> = {}): FormData {
  return {
    kind: 'hinh_thuc', code, name, group: 'huan_chuong', subjects: ['ca_nhan', 'tap_the'], awardTypes: HC_TYPES,
    period: 'theo_thanh_tich', items: ['Huân chương', 'Bằng chứng nhận'], dossier: formDossier, citations: [ART33], ...extra,
  };
}
function huyc(code: FormCode, name: string): FormData {
  return {
    kind: 'hinh_thuc', code, name, group: 'huy_chuong', subjects: ['ca_nhan'], awardTypes: ['nien_han', 'doi_ngoai'],
    period: 'theo_thanh_tich', items: ['Huy chương', 'Bằng chứng nhận'], dossier: formDossier, citations: [lawArt(54, 2)],
  };
}
function vinhDu(code: FormCode, name: string, subjects: readonly Subject[] = ['ca_nhan']): FormData {
  return {
    kind: 'hinh_thuc', code, name, group: 'danh_hieu_vinh_du', subjects, awardTypes: ['cong_trang', 'cong_hien'],
    period: 'theo_thanh_tich', items: ['Bằng chứng nhận', 'Huy hiệu'], dossier: formDossier, citations: [`${LAW} (danh hiệu vinh dự nhà nước)`],
  };
}

export const FORMS: readonly FormData[] = [
  {
    kind: 'hinh_thuc', code: 'GK', name: 'Giấy khen', group: 'giay_khen', subjects: ['ca_nhan', 'tap_the', 'ho_gia_dinh'],
    awardTypes: ['cong_trang', 'phong_trao', 'dot_xuat', 'cong_hien'], period: 'theo_thanh_tich', items: ['Giấy khen'],
    dossier: formDossier, citations: [lawArt(75)],
    notes: ['Người ký (Chủ tịch UBND xã, Giám đốc Sở, Thủ trưởng đơn vị…) là dữ liệu của quyết định.', `Hồ sơ do bộ, ngành, tỉnh quy định: ${DELEGATED}`],
  },
  {
    kind: 'hinh_thuc', code: 'BK_TINH', name: 'Bằng khen cấp bộ, ban, ngành, tỉnh', group: 'bang_khen', subjects: ['ca_nhan', 'tap_the', 'ho_gia_dinh'],
    awardTypes: ['cong_trang', 'phong_trao', 'dot_xuat', 'cong_hien'], period: 'theo_thanh_tich', items: ['Bằng khen', 'Khung'],
    dossier: formDossier, citations: [lawArt(74)],
  },
  {
    kind: 'hinh_thuc', code: 'BK_QK', name: 'Bằng khen của quân khu, quân đoàn, quân chủng, binh chủng, Đại học Quốc gia', group: 'bang_khen',
    subjects: ['ca_nhan', 'tap_the'], awardTypes: ['cong_trang', 'phong_trao', 'dot_xuat'], period: 'theo_thanh_tich', items: ['Bằng khen', 'Khung'],
    dossier: formDossier, citations: [lawArt(74)], armedForces: true,
  },
  {
    kind: 'hinh_thuc', code: 'BK_TTG', name: 'Bằng khen của Thủ tướng Chính phủ', group: 'bang_khen', subjects: ['ca_nhan', 'tap_the', 'ho_gia_dinh'],
    awardTypes: ['cong_trang', 'phong_trao', 'dot_xuat', 'cong_hien', 'doi_ngoai'], period: 'theo_thanh_tich', items: ['Bằng khen', 'Khung'],
    dossier: formDossier, citations: [lawArt(73)], notes: ['Tiêu chuẩn theo Điều 73 chưa xác nhận.'],
  },
  {
    kind: 'hinh_thuc', code: 'KNC', name: 'Kỷ niệm chương của bộ, ban, ngành, tỉnh, tổ chức', group: 'ky_niem_chuong', subjects: ['ca_nhan'],
    awardTypes: ['cong_hien'], period: 'theo_thanh_tich', items: ['Kỷ niệm chương'], dossier: formDossier, citations: [`${LAW} (Kỷ niệm chương)`],
    notes: ['Hệ số tiền thưởng là mức tối đa; cơ quan ban hành quyết định mức cụ thể (tham số).'],
  },
  {
    kind: 'hinh_thuc', code: 'KNC_UBTVQH', name: 'Kỷ niệm chương của Ủy ban Thường vụ Quốc hội', group: 'ky_niem_chuong', subjects: ['ca_nhan'],
    awardTypes: ['cong_hien'], period: 'theo_thanh_tich', items: ['Kỷ niệm chương'], dossier: formDossier, citations: [`${LAW} (Kỷ niệm chương)`],
  },
  hc('HC_SAO_VANG', 'Huân chương Sao vàng'),
  hc('HC_HCM', 'Huân chương Hồ Chí Minh'),
  hc('HCDL_1', 'Huân chương Độc lập hạng Nhất'),
  hc('HCDL_2', 'Huân chương Độc lập hạng Nhì'),
  hc('HCDL_3', 'Huân chương Độc lập hạng Ba'),
  hc('HCQC_1', 'Huân chương Quân công hạng Nhất', { armedForces: true }),
  hc('HCQC_2', 'Huân chương Quân công hạng Nhì', { armedForces: true }),
  hc('HCQC_3', 'Huân chương Quân công hạng Ba', { armedForces: true }),
  hc('HCLD_1', 'Huân chương Lao động hạng Nhất'),
  hc('HCLD_2', 'Huân chương Lao động hạng Nhì'),
  hc('HCLD_3', 'Huân chương Lao động hạng Ba', { citations: [ART33, lawArt(44)] }),
  hc('HCBVTQ_1', 'Huân chương Bảo vệ Tổ quốc hạng Nhất', { armedForces: true }),
  hc('HCBVTQ_2', 'Huân chương Bảo vệ Tổ quốc hạng Nhì', { armedForces: true }),
  hc('HCBVTQ_3', 'Huân chương Bảo vệ Tổ quốc hạng Ba', { armedForces: true }),
  hc('HCCC_1', 'Huân chương Chiến công hạng Nhất', { armedForces: true }),
  hc('HCCC_2', 'Huân chương Chiến công hạng Nhì', { armedForces: true }),
  hc('HCCC_3', 'Huân chương Chiến công hạng Ba', { armedForces: true }),
  hc('HC_DDKDT', 'Huân chương Đại đoàn kết dân tộc'),
  hc('HC_DUNG_CAM', 'Huân chương Dũng cảm', { subjects: ['ca_nhan'], awardTypes: ['dot_xuat'] }),
  hc('HC_HUU_NGHI', 'Huân chương Hữu nghị', { awardTypes: ['doi_ngoai'] }),
  huyc('HUYC_QKQT', 'Huy chương Quân kỳ quyết thắng'),
  huyc('HUYC_VANTQ', 'Huy chương Vì an ninh Tổ quốc'),
  huyc('HUYC_CSVV_1', 'Huy chương Chiến sĩ vẻ vang hạng Nhất'),
  huyc('HUYC_CSVV_2', 'Huy chương Chiến sĩ vẻ vang hạng Nhì'),
  huyc('HUYC_CSVV_3', 'Huy chương Chiến sĩ vẻ vang hạng Ba'),
  huyc('HUYC_HUU_NGHI', 'Huy chương Hữu nghị'),
  vinhDu('AH_LD', 'Anh hùng Lao động', ['ca_nhan', 'tap_the']),
  vinhDu('AH_LLVT', 'Anh hùng Lực lượng vũ trang nhân dân', ['ca_nhan', 'tap_the']),
  vinhDu('BM_VNAH', 'Bà mẹ Việt Nam anh hùng'),
  vinhDu('NGND', 'Nhà giáo nhân dân'),
  vinhDu('NGUT', 'Nhà giáo ưu tú'),
  vinhDu('TTND', 'Thầy thuốc nhân dân'),
  vinhDu('TTUT', 'Thầy thuốc ưu tú'),
  vinhDu('NSND', 'Nghệ sĩ nhân dân'),
  vinhDu('NSUT', 'Nghệ sĩ ưu tú'),
  vinhDu('NNND', 'Nghệ nhân nhân dân'),
  vinhDu('NNUT', 'Nghệ nhân ưu tú'),
  {
    kind: 'hinh_thuc', code: 'GT_HCM', name: 'Giải thưởng Hồ Chí Minh', group: 'giai_thuong', subjects: ['ca_nhan', 'tap_the'],
    awardTypes: ['cong_trang'], period: 'theo_thanh_tich', items: ['Bằng chứng nhận', 'Huy hiệu'], dossier: formDossier, citations: [`${LAW} (giải thưởng)`],
  },
  {
    kind: 'hinh_thuc', code: 'GT_NN', name: 'Giải thưởng Nhà nước', group: 'giai_thuong', subjects: ['ca_nhan', 'tap_the'],
    awardTypes: ['cong_trang'], period: 'theo_thanh_tich', items: ['Bằng chứng nhận', 'Huy hiệu'], dossier: formDossier, citations: [`${LAW} (giải thưởng)`],
  },
];

export const CATALOG_DATA: readonly CatalogData[] = [...TITLES, ...FORMS];
