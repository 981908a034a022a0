/** Names of the legal instruments, as cited in Vietnamese. */
export const LAW = 'Luật Thi đua, khen thưởng 2022';
export const LAW_2026 = 'Luật 06/2026/QH16 sửa đổi, bổ sung Luật Thi đua, khen thưởng';
export const ND98 = 'Nghị định 98/2023/NĐ-CP';
export const ND152 = 'Nghị định 152/2025/NĐ-CP';
export const ND129 = 'Nghị định 129/2025/NĐ-CP';
export const ND86 = 'Nghị định 86/2023/NĐ-CP';
export const QD638 = 'Quyết định 638/QĐ-BNV năm 2025';
export const QD311 = 'Quyết định 311/QĐ-BNV năm 2025';
export const CV5007 = 'Công văn 5007/BNV-TĐKT năm 2023';
export const BAC_NINH_86 = 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh';
export const LUAT_TCCQDP_2025 = 'Luật Tổ chức chính quyền địa phương 72/2025/QH15';

export function lawArt(article: number, clause?: number, point?: string): string {
  return cite(LAW, article, clause, point);
}

export function cite(instrument: string, article: number, clause?: number, point?: string): string {
  const parts: string[] = [];
  if (point) parts.push(`Điểm ${point}`);
  if (clause !== undefined) parts.push(parts.length ? `khoản ${clause}` : `Khoản ${clause}`);
  parts.push(parts.length ? `Điều ${article}` : `Điều ${article}`);
  return `${parts.join(' ')} ${instrument}`;
}
