/**
 * The demo locality: a fictional province, "Tỉnh Sơn Lâm", in the midland and mountains of the
 * North, shaped like the localities of the seed plans (Định Hóa, Chợ Đồn, a provincial city).
 * Place names are borrowed for realism; the province, the people and the 2025 merges below are
 * synthetic and are not the legal resolutions of any real place.
 *
 * Before 1/7/2025: province → districts (huyện, thành phố) → communes (xã, phường, thị trấn) →
 * villages (thôn, bản, tổ dân phố). On 1/7/2025 the districts are abolished and the communes
 * merged into new, larger communes directly under the province.
 */
import { MIX_MIDLAND, MIX_MOUNTAIN, MIX_TOWN, type EthnicMix } from './names.js';

export const PROVINCE = { code: 'SL', name: 'Tỉnh Sơn Lâm', short: 'Sơn Lâm', address: 'Số 1 đường Trường Chinh, phường Sơn Lâm, tỉnh Sơn Lâm' };
export const REFORM_DATE = '2025-07-01';
/** Sở Nông nghiệp và Môi trường is formed by merging two departments (Nghị quyết of the provincial council, 2025). */
export const DEPARTMENT_MERGE_DATE = '2025-03-01';

export interface OldCommune {
  code: string;
  /** "Xã Lam Vỹ", "Thị trấn Chợ Chu", "Phường Đức Xuân" */
  name: string;
  /** a village name pool is used when absent */
  villages?: string[];
  coop?: string;
  thcs?: boolean;
}

export interface NewCommune {
  code: string;
  name: string;
  /** codes of the old communes merged into it */
  from: string[];
}

export interface District {
  code: string;
  name: string;
  /** "huyện" or "thành phố", for positions and addresses */
  word: string;
  short: string;
  mix: EthnicMix;
  villageWord: 'Thôn' | 'Tổ dân phố';
  villagePool: string[];
  communes: OldCommune[];
  newCommunes: NewCommune[];
}

const TAY_VILLAGES = [
  'Nà Mòn', 'Khau Lấu', 'Bản Quyên', 'Nà Lẹng', 'Pác Nặm', 'Làng Bầng', 'Bản Lác', 'Nà Tồng', 'Khuổi Tát', 'Bản Cọ',
  'Nà Pài', 'Phiêng Tung', 'Lũng Vài', 'Khau Ca', 'Bản Piềng', 'Nà Kham', 'Pác Cáp', 'Bản Chang', 'Nà Quang', 'Khuổi Đáp',
  'Bản Màn', 'Nà Làng', 'Phja Khao', 'Cốc Lải', 'Bản Tàn', 'Nà Hu', 'Pò Đon', 'Khuổi Lùng', 'Bản Duồng', 'Nà Áng',
];
const KINH_VILLAGES = [
  'Đồng Tâm', 'Tân Lập', 'Trung Tâm', 'Làng Mới', 'Đồng Xuân', 'Hợp Thành', 'Tân Tiến', 'Quyết Tiến', 'Thống Nhất',
  'Đoàn Kết', 'Văn Hòa', 'Đèo Bụt', 'Tiến Thành', 'Đồng Hòa', 'Bình Định', 'Cầu Đá', 'Đồng Chùa', 'Phố Chợ', 'Làng Vường',
  'Na Mao', 'Bảo Biên', 'Khẩu Đồn', 'Đồng Vinh', 'Gốc Thông',
];

export const DISTRICTS: District[] = [
  {
    code: 'SL-H01',
    name: 'Huyện Định Hóa',
    word: 'huyện',
    short: 'Định Hóa',
    mix: MIX_MIDLAND,
    villageWord: 'Thôn',
    villagePool: [...KINH_VILLAGES.slice(0, 12), ...TAY_VILLAGES.slice(0, 15)],
    communes: [
      { code: 'SL-H01-X01', name: 'Thị trấn Chợ Chu', thcs: true, villages: ['Tổ dân phố Tân Lập', 'Tổ dân phố Trung Kiên', 'Tổ dân phố Hợp Thành', 'Tổ dân phố Đồng Tâm'] },
      { code: 'SL-H01-X02', name: 'Xã Phúc Chu', coop: 'Hợp tác xã Chè Phúc Chu' },
      { code: 'SL-H01-X03', name: 'Xã Bảo Linh', thcs: true },
      { code: 'SL-H01-X04', name: 'Xã Đồng Thịnh' },
      { code: 'SL-H01-X05', name: 'Xã Lam Vỹ', thcs: true, coop: 'Hợp tác xã Nông nghiệp Lam Vỹ' },
      { code: 'SL-H01-X06', name: 'Xã Linh Thông' },
      { code: 'SL-H01-X07', name: 'Xã Tân Thịnh', coop: 'Hợp tác xã Dược liệu Tân Thịnh' },
      { code: 'SL-H01-X08', name: 'Xã Kim Phượng', thcs: true },
      { code: 'SL-H01-X09', name: 'Xã Quy Kỳ' },
    ],
    newCommunes: [
      { code: 'SL-X01', name: 'Xã Định Hóa', from: ['SL-H01-X01', 'SL-H01-X02', 'SL-H01-X03', 'SL-H01-X04'] },
      { code: 'SL-X02', name: 'Xã Lam Vỹ', from: ['SL-H01-X05', 'SL-H01-X06', 'SL-H01-X07'] },
      { code: 'SL-X03', name: 'Xã Kim Phượng', from: ['SL-H01-X08', 'SL-H01-X09'] },
    ],
  },
  {
    code: 'SL-H02',
    name: 'Huyện Chợ Đồn',
    word: 'huyện',
    short: 'Chợ Đồn',
    mix: MIX_MOUNTAIN,
    villageWord: 'Thôn',
    villagePool: [...TAY_VILLAGES.slice(12), ...KINH_VILLAGES.slice(12, 18)],
    communes: [
      { code: 'SL-H02-X01', name: 'Thị trấn Bằng Lũng', thcs: true, villages: ['Tổ dân phố Bắc Lũng', 'Tổ dân phố Nà Chợ', 'Tổ dân phố Phố Chợ', 'Tổ dân phố Đông Kẹn'] },
      { code: 'SL-H02-X02', name: 'Xã Ngọc Phái', coop: 'Hợp tác xã Miến dong Ngọc Phái' },
      { code: 'SL-H02-X03', name: 'Xã Phương Viên', thcs: true },
      { code: 'SL-H02-X04', name: 'Xã Bằng Lãng' },
      { code: 'SL-H02-X05', name: 'Xã Đại Sảo', coop: 'Hợp tác xã Chăn nuôi Đại Sảo' },
      { code: 'SL-H02-X06', name: 'Xã Nghĩa Tá', thcs: true },
      { code: 'SL-H02-X07', name: 'Xã Yên Mỹ' },
      { code: 'SL-H02-X08', name: 'Xã Nam Cường', thcs: true, coop: 'Hợp tác xã Nông lâm nghiệp Nam Cường' },
      { code: 'SL-H02-X09', name: 'Xã Xuân Lạc' },
    ],
    newCommunes: [
      { code: 'SL-X04', name: 'Xã Chợ Đồn', from: ['SL-H02-X01', 'SL-H02-X02', 'SL-H02-X03', 'SL-H02-X04'] },
      { code: 'SL-X05', name: 'Xã Nghĩa Tá', from: ['SL-H02-X05', 'SL-H02-X06', 'SL-H02-X07'] },
      { code: 'SL-X06', name: 'Xã Nam Cường', from: ['SL-H02-X08', 'SL-H02-X09'] },
    ],
  },
  {
    code: 'SL-H03',
    name: 'Thành phố Sơn Lâm',
    word: 'thành phố',
    short: 'Sơn Lâm',
    mix: MIX_TOWN,
    villageWord: 'Tổ dân phố',
    villagePool: ['Tổ 1', 'Tổ 2', 'Tổ 3', 'Tổ 4', 'Tổ 5', 'Tổ 6', 'Tổ 7', 'Tổ 8', 'Tổ 9', 'Tổ 10', 'Tổ 11', 'Tổ 12'],
    communes: [
      { code: 'SL-H03-X01', name: 'Phường Minh Khai', thcs: true },
      { code: 'SL-H03-X02', name: 'Phường Đức Xuân', thcs: true },
      { code: 'SL-H03-X03', name: 'Phường Phùng Chí Kiên' },
      { code: 'SL-H03-X04', name: 'Phường Sông Cầu', thcs: true },
      { code: 'SL-H03-X05', name: 'Phường Nguyễn Thị Minh Khai' },
      { code: 'SL-H03-X06', name: 'Xã Dương Quang', coop: 'Hợp tác xã Rau an toàn Dương Quang', villages: ['Thôn Nà Pài', 'Thôn Khuổi Cuồng', 'Thôn Bản Pèn'] },
      { code: 'SL-H03-X07', name: 'Xã Nông Thượng', villages: ['Thôn Nà Ỏi', 'Thôn Thôm Luông', 'Thôn Khuổi Chặng'] },
    ],
    newCommunes: [
      { code: 'SL-X07', name: 'Phường Sơn Lâm', from: ['SL-H03-X01', 'SL-H03-X02', 'SL-H03-X03'] },
      { code: 'SL-X08', name: 'Phường Sông Cầu', from: ['SL-H03-X04', 'SL-H03-X05', 'SL-H03-X06', 'SL-H03-X07'] },
    ],
  },
];

/** Enterprises registered in the province (directly under it). */
export const ENTERPRISES = [
  { code: 'SL-DN01', name: 'Công ty TNHH May Sơn Lâm', renamedTo: 'Công ty Cổ phần May Sơn Lâm', renameDate: '2023-01-01', trade: 'may' as const, size: 70 },
  { code: 'SL-DN02', name: 'Công ty Cổ phần Chè Định Hóa', trade: 'che' as const, size: 30 },
  { code: 'SL-DN03', name: 'Công ty Cổ phần Khoáng sản Chợ Đồn', trade: 'mo' as const, size: 34 },
  { code: 'SL-DN04', name: 'Công ty Cổ phần Xây dựng và Giao thông Sơn Lâm', trade: 'xay_dung' as const, size: 20 },
];
