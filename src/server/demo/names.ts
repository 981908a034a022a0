/**
 * Deterministic generator of synthetic Vietnamese people for the demo dataset: names with
 * diacritics by ethnicity and gender, birth dates, citizen ID numbers. Nothing here is a real
 * person; the same seed always gives the same people.
 */

/** mulberry32: small, fast, good enough for synthetic data, and the same on every platform. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
  /** picks from [value, weight] pairs */
  weighted<T>(list: readonly (readonly [T, number])[]): T {
    const total = list.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of list) {
      r -= w;
      if (r < 0) return v;
    }
    return list[list.length - 1][0];
  }
  /** a date 'YYYY-MM-DD' between two dates (inclusive) */
  date(from: string, to: string): string {
    const a = Date.parse(from + 'T00:00:00Z');
    const b = Date.parse(to + 'T00:00:00Z');
    const d = new Date(a + Math.floor(this.next() * ((b - a) / 86400000 + 1)) * 86400000);
    return d.toISOString().slice(0, 10);
  }
}

export type Ethnicity = 'Kinh' | 'Tày' | 'Nùng' | 'Dao' | 'Mông' | 'Sán Chay';
export type Sex = 'nam' | 'nu';

/** Surnames of the Kinh, weighted roughly as in the population. */
const KINH_SURNAMES: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 5], ['Vũ', 4], ['Phan', 3], ['Đặng', 2.5],
  ['Bùi', 2.5], ['Đỗ', 2.5], ['Ngô', 1.5], ['Dương', 1.5], ['Đinh', 1.2], ['Lý', 0.8], ['Trịnh', 1], ['Đào', 1],
  ['Mai', 0.8], ['Lương', 0.8], ['Tạ', 0.5], ['Cao', 0.6], ['Chu', 0.5], ['Hà', 0.7], ['Tô', 0.4], ['Lưu', 0.5],
];
const TAY_NUNG_SURNAMES: [string, number][] = [
  ['Hoàng', 14], ['Nông', 12], ['Lương', 8], ['Ma', 8], ['Lục', 5], ['Lành', 3], ['Hà', 5], ['Đinh', 4],
  ['Triệu', 4], ['Hứa', 3], ['Lưu', 3], ['Mông', 2], ['Sầm', 2], ['Vi', 2], ['Bế', 3], ['Nguyễn', 8], ['Dương', 3],
  ['Lâm', 3], ['Chu', 2], ['La', 2],
];
const DAO_SURNAMES: [string, number][] = [['Triệu', 30], ['Bàn', 25], ['Lý', 15], ['Đặng', 15], ['Phùng', 8], ['Chảo', 7]];
const MONG_SURNAMES: [string, number][] = [['Giàng', 25], ['Vàng', 20], ['Sùng', 15], ['Hầu', 10], ['Thào', 10], ['Lý', 10], ['Mùa', 5], ['Hờ', 5]];
const SAN_CHAY_SURNAMES: [string, number][] = [['Lâm', 20], ['La', 15], ['Trần', 15], ['Hoàng', 15], ['Ninh', 10], ['Đặng', 10], ['Lục', 15]];

const MIDDLE_MALE: [string, number][] = [
  ['Văn', 40], ['Đức', 8], ['Minh', 8], ['Quang', 6], ['Hữu', 5], ['Công', 4], ['Xuân', 4], ['Thanh', 4],
  ['Ngọc', 3], ['Trọng', 3], ['Tiến', 3], ['Mạnh', 2], ['Hoàng', 3], ['Đình', 4], ['Duy', 3], ['Quốc', 3], ['Anh', 2],
];
const MIDDLE_FEMALE: [string, number][] = [
  ['Thị', 55], ['Thu', 7], ['Thanh', 6], ['Ngọc', 5], ['Thúy', 3], ['Minh', 4], ['Hồng', 4], ['Kim', 3],
  ['Phương', 3], ['Bích', 2], ['Hải', 2], ['Mai', 2], ['Diệu', 1], ['Khánh', 2],
];
const GIVEN_MALE = [
  'An', 'Anh', 'Bình', 'Cường', 'Chiến', 'Công', 'Dũng', 'Duy', 'Dương', 'Đạt', 'Định', 'Đông', 'Đức', 'Giang', 'Hải',
  'Hiếu', 'Hòa', 'Hoàng', 'Hùng', 'Huy', 'Hưng', 'Khánh', 'Kiên', 'Lâm', 'Long', 'Lực', 'Mạnh', 'Minh', 'Nam', 'Nghĩa',
  'Ngọc', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Tâm', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Trường',
  'Tú', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vũ', 'Khải', 'Hậu', 'Lợi', 'Quyết', 'Thái', 'Tiến',
];
const GIVEN_FEMALE = [
  'An', 'Anh', 'Ánh', 'Bích', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Huệ', 'Hương',
  'Hường', 'Huyền', 'Lan', 'Liên', 'Linh', 'Loan', 'Ly', 'Mai', 'Mơ', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương',
  'Quyên', 'Quỳnh', 'Tâm', 'Thảo', 'Thơm', 'Thu', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Xuân', 'Hậu', 'Nhàn', 'Thoa',
];
const DAO_GIVEN_MALE = ['Lâm', 'Kiên', 'Sinh', 'Quẩy', 'Phú', 'Vảng', 'Chiêu', 'Tòn', 'Lai', 'Dìn', 'Phin', 'Nhất', 'Quý'];
const DAO_GIVEN_FEMALE = ['Mai', 'Nhất', 'Mỷ', 'Sìu', 'Sếnh', 'Dung', 'Nhì', 'Chạn', 'Chiêm', 'Xuân', 'Liên'];
const MONG_GIVEN_MALE = ['Páo', 'Chứ', 'Dế', 'Sểnh', 'Tủa', 'Chử', 'Lử', 'Súa', 'Pó', 'Nhè', 'Chá', 'Vư'];
const MONG_GIVEN_FEMALE = ['Mỷ', 'Dua', 'Dợ', 'Pà', 'Sua', 'Mai', 'Chi', 'Xúa', 'Mỉ', 'Sy', 'Dính'];

export function surnameFor(rng: Rng, eth: Ethnicity): string {
  switch (eth) {
    case 'Kinh':
      return rng.weighted(KINH_SURNAMES);
    case 'Tày':
    case 'Nùng':
      return rng.weighted(TAY_NUNG_SURNAMES);
    case 'Dao':
      return rng.weighted(DAO_SURNAMES);
    case 'Mông':
      return rng.weighted(MONG_SURNAMES);
    case 'Sán Chay':
      return rng.weighted(SAN_CHAY_SURNAMES);
  }
}

/** A full name; `surname` forces the family name (children take their father's). */
export function fullName(rng: Rng, eth: Ethnicity, sex: Sex, surname?: string): string {
  const sur = surname ?? surnameFor(rng, eth);
  if (eth === 'Mông') {
    const mid = sex === 'nam' ? 'A' : 'Thị';
    return `${sur} ${mid} ${rng.pick(sex === 'nam' ? MONG_GIVEN_MALE : MONG_GIVEN_FEMALE)}`;
  }
  if (eth === 'Dao' && rng.chance(0.6)) {
    const mid = sex === 'nam' ? rng.pick(['Văn', 'Tiến', 'Kim', 'Văn']) : rng.pick(['Thị', 'Thị', 'Mùi']);
    return `${sur} ${mid} ${rng.pick(sex === 'nam' ? DAO_GIVEN_MALE : DAO_GIVEN_FEMALE)}`;
  }
  const mid = rng.weighted(sex === 'nam' ? MIDDLE_MALE : MIDDLE_FEMALE);
  const given = rng.pick(sex === 'nam' ? GIVEN_MALE : GIVEN_FEMALE);
  // some women carry two middle names (Nguyễn Thị Thu Hà)
  if (sex === 'nu' && mid === 'Thị' && rng.chance(0.15)) return `${sur} Thị ${rng.pick(['Thu', 'Thanh', 'Minh', 'Hồng', 'Kim'])} ${given}`;
  if (mid === given) return `${sur} ${mid === 'Văn' ? 'Đức' : 'Thị'} ${given}`;
  return `${sur} ${mid} ${given}`;
}

export type EthnicMix = readonly (readonly [Ethnicity, number])[];

export const MIX_MOUNTAIN: EthnicMix = [['Tày', 55], ['Kinh', 20], ['Nùng', 8], ['Dao', 10], ['Mông', 4], ['Sán Chay', 3]];
export const MIX_MIDLAND: EthnicMix = [['Kinh', 50], ['Tày', 32], ['Nùng', 5], ['Dao', 8], ['Sán Chay', 5]];
export const MIX_TOWN: EthnicMix = [['Kinh', 68], ['Tày', 22], ['Nùng', 6], ['Dao', 3], ['Mông', 1]];

/**
 * A 12-digit citizen ID (CCCD) that passes `isValidCitizenId`: province code 019, the
 * gender/century digit (0/1 male/female born 1900–1999, 2/3 born 2000–2099), the two-digit birth
 * year and a 6-digit serial.
 */
export function citizenIdFor(birthDate: string, sex: Sex, serial: number): string {
  const year = Number(birthDate.slice(0, 4));
  const centuryDigit = (year >= 2000 ? 2 : 0) + (sex === 'nu' ? 1 : 0);
  return `019${centuryDigit}${birthDate.slice(2, 4)}${String(serial % 1_000_000).padStart(6, '0')}`;
}
