/** Canonical codes shared by server and web (shared/domain/codes.md). Labels live in locale files. */
export const LEVELS = ['trung_uong', 'tinh', 'huyen', 'xa', 'don_vi', 'thon'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_NAMES: Record<Level, string> = {
  trung_uong: 'Trung ương',
  tinh: 'Tỉnh, thành phố',
  huyen: 'Huyện, thị xã (trước 1/7/2025)',
  xa: 'Xã, phường, đặc khu',
  don_vi: 'Cơ quan, đơn vị',
  thon: 'Thôn, tổ dân phố',
};

export const GENDERS = ['nam', 'nu'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_NAMES: Record<Gender, string> = { nam: 'Nam', nu: 'Nữ' };

export const EMPLOYMENT_CATEGORIES = [
  'can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong', 'cong_nhan', 'nong_dan', 'luc_luong_vu_trang', 'khac',
] as const;
export type EmploymentCategory = (typeof EMPLOYMENT_CATEGORIES)[number];
export const EMPLOYMENT_CATEGORY_NAMES: Record<EmploymentCategory, string> = {
  can_bo: 'Cán bộ',
  cong_chuc: 'Công chức',
  vien_chuc: 'Viên chức',
  nguoi_lao_dong: 'Người lao động',
  cong_nhan: 'Công nhân',
  nong_dan: 'Nông dân',
  luc_luong_vu_trang: 'Lực lượng vũ trang',
  khac: 'Khác',
};

export const ROLE_NAMES = {
  quan_tri: 'Quản trị hệ thống',
  chuyen_vien: 'Chuyên viên TĐKT',
  can_bo_don_vi: 'Cán bộ TĐKT đơn vị',
  thanh_vien_hd: 'Thành viên hội đồng',
  lanh_dao: 'Lãnh đạo',
  truong_cum: 'Cụm/khối trưởng',
} as const;

export const LINEAGE_KINDS = ['merged_into', 'split_from', 'renamed', 'abolished'] as const;
export type LineageKind = (typeof LINEAGE_KINDS)[number];

/** A 12-digit citizen identity number (CCCD): 3-digit province code, gender/century digit, 2-digit birth year, 6 digits. */
export function isValidCitizenId(id: string): boolean {
  if (!/^\d{12}$/.test(id)) return false;
  const province = Number(id.slice(0, 3));
  const genderCentury = Number(id[3]);
  // province codes run 001–096 in the Ministry of Public Security's list
  return province >= 1 && province <= 96 && genderCentury <= 9;
}
