/**
 * Canonical codes of the domain (shared/domain/codes.md), as string-literal unions.
 * Titles (danh hiệu thi đua) and award forms (hình thức khen thưởng) are two disjoint unions so the
 * type system never lets one stand for the other — a product that confused them once filled the
 * national database with wrong data.
 */

export const SUBJECTS = ['ca_nhan', 'tap_the', 'ho_gia_dinh'] as const;
export type Subject = (typeof SUBJECTS)[number];
export const SUBJECT_NAMES: Record<Subject, string> = {
  ca_nhan: 'Cá nhân',
  tap_the: 'Tập thể',
  ho_gia_dinh: 'Hộ gia đình',
};

/** Emulation titles (danh hiệu thi đua), Luật Thi đua, khen thưởng 2022 Điều 19–20. */
export const TITLE_CODES = [
  'LDTT', 'CSTT', 'CSTD_CS', 'CSTD_TINH', 'CSTD_TQ',
  'TTLDTT', 'DVTT', 'TTLDXS', 'DVQT', 'CO_TINH', 'CO_QK', 'CO_CP',
  'XA_TB', 'THON_VH', 'GDVH',
] as const;
export type TitleCode = (typeof TITLE_CODES)[number];

/** Award forms (hình thức khen thưởng), Luật Thi đua, khen thưởng 2022 Điều 9 and chapters on each form. */
export const FORM_CODES = [
  'GK', 'BK_TINH', 'BK_QK', 'BK_TTG', 'KNC', 'KNC_UBTVQH',
  'HC_SAO_VANG', 'HC_HCM',
  'HCDL_1', 'HCDL_2', 'HCDL_3',
  'HCQC_1', 'HCQC_2', 'HCQC_3',
  'HCLD_1', 'HCLD_2', 'HCLD_3',
  'HCBVTQ_1', 'HCBVTQ_2', 'HCBVTQ_3',
  'HCCC_1', 'HCCC_2', 'HCCC_3',
  'HC_DDKDT', 'HC_DUNG_CAM', 'HC_HUU_NGHI',
  'HUYC_QKQT', 'HUYC_VANTQ', 'HUYC_CSVV_1', 'HUYC_CSVV_2', 'HUYC_CSVV_3', 'HUYC_HUU_NGHI',
  'AH_LD', 'AH_LLVT', 'BM_VNAH',
  'NGND', 'NGUT', 'TTND', 'TTUT', 'NSND', 'NSUT', 'NNND', 'NNUT',
  'GT_HCM', 'GT_NN',
] as const;
export type FormCode = (typeof FORM_CODES)[number];

export type AwardCode = TitleCode | FormCode;
export const AWARD_CODES: readonly AwardCode[] = [...TITLE_CODES, ...FORM_CODES];

export type Kind = 'danh_hieu' | 'hinh_thuc';
export const KIND_NAMES: Record<Kind, string> = {
  danh_hieu: 'Danh hiệu thi đua',
  hinh_thuc: 'Hình thức khen thưởng',
};

const TITLE_SET: ReadonlySet<string> = new Set(TITLE_CODES);
const FORM_SET: ReadonlySet<string> = new Set(FORM_CODES);
export function isTitleCode(code: string): code is TitleCode {
  return TITLE_SET.has(code);
}
export function isFormCode(code: string): code is FormCode {
  return FORM_SET.has(code);
}
export function isAwardCode(code: string): code is AwardCode {
  return TITLE_SET.has(code) || FORM_SET.has(code);
}
export function kindOf(code: AwardCode): Kind {
  return isTitleCode(code) ? 'danh_hieu' : 'hinh_thuc';
}

/** Award types (loại hình khen thưởng), Luật 2022 Điều 8. */
export const AWARD_TYPES = ['cong_trang', 'phong_trao', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai'] as const;
export type AwardType = (typeof AWARD_TYPES)[number];
export const AWARD_TYPE_NAMES: Record<AwardType, string> = {
  cong_trang: 'Khen thưởng công trạng',
  phong_trao: 'Khen thưởng phong trào thi đua',
  dot_xuat: 'Khen thưởng đột xuất',
  cong_hien: 'Khen thưởng quá trình cống hiến',
  nien_han: 'Khen thưởng theo niên hạn',
  doi_ngoai: 'Khen thưởng đối ngoại',
};

export const MOVEMENT_KINDS = ['thuong_xuyen', 'theo_dot', 'chuyen_de'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** Annual ratings, best first. */
export const RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_NAMES: Record<Rating, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};
/** true when rating a is at least as good as b. */
export function ratingAtLeast(a: Rating, b: Rating): boolean {
  return RATINGS.indexOf(a) <= RATINGS.indexOf(b);
}

/** Initiative / research scope, narrowest first. */
export const SCOPES = ['co_so', 'tinh', 'toan_quoc'] as const;
export type Scope = (typeof SCOPES)[number];
export const SCOPE_NAMES: Record<Scope, string> = {
  co_so: 'cơ sở',
  tinh: 'cấp bộ, ban, ngành, tỉnh',
  toan_quoc: 'toàn quốc',
};
export function scopeAtLeast(a: Scope, b: Scope): boolean {
  return SCOPES.indexOf(a) >= SCOPES.indexOf(b);
}

/** Discipline levels, mildest first. */
export const DISCIPLINE_LEVELS = ['khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec'] as const;
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];
export const DISCIPLINE_NAMES: Record<DisciplineLevel, string> = {
  khien_trach: 'khiển trách',
  canh_cao: 'cảnh cáo',
  ha_bac_luong: 'hạ bậc lương',
  giang_chuc: 'giáng chức',
  cach_chuc: 'cách chức',
  buoc_thoi_viec: 'buộc thôi việc',
};

/** Pending matters that block a proposal (Nghị định 152/2025 Điều 4). */
export const PENDING_KINDS = ['ky_luat', 'dieu_tra', 'thanh_tra', 'khieu_nai'] as const;
export type PendingKind = (typeof PENDING_KINDS)[number];
export const PENDING_NAMES: Record<PendingKind, string> = {
  ky_luat: 'đang bị xem xét kỷ luật',
  dieu_tra: 'đang bị điều tra',
  thanh_tra: 'đang bị thanh tra, kiểm tra có dấu hiệu vi phạm',
  khieu_nai: 'có đơn khiếu nại, tố cáo đang được xác minh, làm rõ',
};

/** Organisation levels. `huyen` is historical (abolished 1/7/2025). */
export const LEVELS = ['trung_uong', 'tinh', 'huyen', 'xa', 'don_vi', 'thon'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_NAMES: Record<Level, string> = {
  trung_uong: 'Trung ương',
  tinh: 'Tỉnh, thành phố',
  huyen: 'Huyện (trước 1/7/2025)',
  xa: 'Xã, phường, đặc khu',
  don_vi: 'Cơ quan, đơn vị',
  thon: 'Thôn, tổ dân phố',
};
