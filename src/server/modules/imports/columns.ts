/**
 * The spreadsheet layout of each import kind: one column list serves the template, the guide
 * sheet, the reader and the export, so an export can be edited and imported back unchanged.
 */
import { EMPLOYMENT_CATEGORY_NAMES, GENDER_NAMES, LEVEL_NAMES } from '../../../shared/codes.js';
import type { TemplateColumn, TemplateList } from '../../documents/xlsx.js';
import type { ResourceType } from '../../platform/policy.js';

import { IMPORT_KINDS, type ImportKind } from '../../../shared/contract/imports.js';

export { IMPORT_KINDS, type ImportKind };

export interface KindInfo {
  resource: ResourceType;
  /** name of the data sheet and of the things in it */
  sheetName: string;
  /** file name stem: mau-nhap-<slug>.xlsx, <slug>-YYYY-MM-DD.xlsx */
  slug: string;
}

export const KIND_INFO: Record<ImportKind, KindInfo> = {
  units: { resource: 'unit', sheetName: 'Đơn vị', slug: 'don-vi' },
  people: { resource: 'person', sheetName: 'Cá nhân', slug: 'ca-nhan' },
  households: { resource: 'household', sheetName: 'Hộ gia đình', slug: 'ho-gia-dinh' },
};

export interface ColumnSpec extends TemplateColumn {
  key: string;
}

const TEXT = '@';
const DATE = 'dd/mm/yyyy';

export const UNIT_COLUMNS: ColumnSpec[] = [
  { key: 'code', header: 'Mã đơn vị', required: true, width: 16, numFmt: TEXT, help: 'Mã duy nhất của đơn vị: chữ, số, dấu chấm, gạch ngang, gạch dưới; tối đa 40 ký tự. Đơn vị đã có mã này sẽ được cập nhật, chưa có sẽ được thêm mới.' },
  { key: 'name', header: 'Tên đơn vị', required: true, width: 40, help: 'Tên đầy đủ của đơn vị, tối đa 300 ký tự.' },
  { key: 'level', header: 'Cấp', required: true, width: 14, list: 'levels', help: 'Mã cấp đơn vị (xem danh sách "Cấp" bên dưới).' },
  { key: 'kind', header: 'Loại hình', required: true, width: 22, list: 'kinds', help: 'Mã loại hình đơn vị (xem danh sách "Loại hình" bên dưới).' },
  { key: 'legalPersonality', header: 'Có tư cách pháp nhân', width: 14, list: 'yesno', help: 'Có hoặc Không; để trống là Không.' },
  { key: 'parentCode', header: 'Mã đơn vị cấp trên', required: true, width: 18, numFmt: TEXT, help: 'Mã của đơn vị cấp trên: một đơn vị đã có trong hệ thống hoặc một dòng khác trong tệp này (thứ tự dòng tùy ý). Đổi mã này của đơn vị đã có là chuyển đơn vị (cùng các đơn vị trực thuộc) sang cấp trên mới.' },
  { key: 'address', header: 'Địa chỉ', width: 36, help: 'Địa chỉ trụ sở, tối đa 500 ký tự.' },
  { key: 'validFrom', header: 'Hiệu lực từ', width: 13, numFmt: DATE, help: 'Ngày bắt đầu hoạt động, dạng dd/mm/yyyy (ví dụ 01/07/2025).' },
  { key: 'validTo', header: 'Hiệu lực đến', width: 13, numFmt: DATE, help: 'Ngày cuối cùng hoạt động (để trống nếu đang hoạt động), dạng dd/mm/yyyy.' },
];

export const PEOPLE_COLUMNS: ColumnSpec[] = [
  { key: 'fullName', header: 'Họ và tên', required: true, width: 28, help: 'Họ, chữ đệm và tên, chỉ gồm chữ cái; 2–150 ký tự.' },
  { key: 'gender', header: 'Giới tính', required: true, width: 10, list: 'genders', help: 'Nam hoặc Nữ.' },
  { key: 'birthDate', header: 'Ngày sinh', width: 13, numFmt: DATE, help: 'Dạng dd/mm/yyyy (ví dụ 05/01/1980), từ 01/01/1900 đến hôm nay.' },
  { key: 'ethnicity', header: 'Dân tộc', width: 12, help: 'Ví dụ: Kinh, Tày, Thái; tối đa 50 ký tự.' },
  { key: 'citizenId', header: 'Số CCCD', width: 16, numFmt: TEXT, help: 'Số căn cước công dân: đúng 12 chữ số (giữ số 0 ở đầu; nên định dạng ô là Văn bản). Cá nhân có số CCCD được nhận biết theo số này; không có thì theo Mã đơn vị + Họ và tên + Ngày sinh.' },
  { key: 'position', header: 'Chức vụ', width: 24, help: 'Chức vụ, chức danh hiện tại; tối đa 200 ký tự.' },
  { key: 'employmentCategory', header: 'Đối tượng', required: true, width: 18, list: 'categories', help: 'Đối tượng (xem danh sách "Đối tượng" bên dưới): nhập tên hoặc mã.' },
  { key: 'isLeader', header: 'Lãnh đạo', width: 10, list: 'yesno', help: 'Có nếu giữ chức vụ lãnh đạo, quản lý; để trống là Không.' },
  { key: 'isDirectWorker', header: 'Trực tiếp LĐSX, công tác', width: 14, list: 'yesno', help: 'Có nếu trực tiếp lao động sản xuất, công tác; để trống là Không.' },
  { key: 'unitCode', header: 'Mã đơn vị', required: true, width: 16, numFmt: TEXT, help: 'Mã đơn vị nơi cá nhân công tác, sinh sống. Đổi mã đơn vị của cá nhân đã có là điều chuyển (từ hôm nay).' },
];

export const HOUSEHOLD_COLUMNS: ColumnSpec[] = [
  { key: 'code', header: 'Mã hộ', required: true, width: 18, numFmt: TEXT, help: 'Mã duy nhất của hộ gia đình, tối đa 40 ký tự. Hộ đã có mã này sẽ được cập nhật, chưa có sẽ được thêm mới.' },
  { key: 'headName', header: 'Họ tên chủ hộ', required: true, width: 28, help: 'Họ và tên chủ hộ, 2–150 ký tự.' },
  { key: 'headCitizenId', header: 'Số CCCD chủ hộ', width: 16, numFmt: TEXT, help: 'Nếu có: 12 chữ số. Khi tìm thấy cá nhân có số này, hộ được gắn với cá nhân đó; để trống thì giữ nguyên liên kết đã có.' },
  { key: 'address', header: 'Địa chỉ', width: 36, help: 'Địa chỉ của hộ, tối đa 500 ký tự.' },
  { key: 'thonCode', header: 'Mã thôn/tổ dân phố', required: true, width: 18, numFmt: TEXT, help: 'Mã của thôn, tổ dân phố (hoặc xã, phường) nơi hộ cư trú.' },
];

export const COLUMNS: Record<ImportKind, ColumnSpec[]> = { units: UNIT_COLUMNS, people: PEOPLE_COLUMNS, households: HOUSEHOLD_COLUMNS };

export const headersOf = (cols: ColumnSpec[]) => Object.fromEntries(cols.map((c) => [c.key, c.header]));

export const YES = 'Có';
export const NO = 'Không';
export const yesNo = (b: boolean) => (b ? YES : NO);

const pairs = (o: Record<string, string>) => Object.entries(o).map(([code, name]) => ({ code, name }));
export const LEVEL_OPTIONS = pairs(LEVEL_NAMES) as { code: keyof typeof LEVEL_NAMES; name: string }[];
export const GENDER_OPTIONS = pairs(GENDER_NAMES) as { code: keyof typeof GENDER_NAMES; name: string }[];
export const CATEGORY_OPTIONS = pairs(EMPLOYMENT_CATEGORY_NAMES) as { code: keyof typeof EMPLOYMENT_CATEGORY_NAMES; name: string }[];

const YES_NO_LIST: TemplateList = { key: 'yesno', title: 'Có / Không', items: [{ value: YES }, { value: NO, meaning: 'hoặc để trống' }] };

export function listsFor(kind: ImportKind, unitKinds: { code: string; name: string }[]): TemplateList[] {
  switch (kind) {
    case 'units':
      return [
        { key: 'levels', title: 'Cấp', items: LEVEL_OPTIONS.map((o) => ({ value: o.code, meaning: o.name })) },
        { key: 'kinds', title: 'Loại hình', items: unitKinds.map((k) => ({ value: k.code, meaning: k.name })) },
        YES_NO_LIST,
      ];
    case 'people':
      return [
        { key: 'genders', title: 'Giới tính', items: GENDER_OPTIONS.map((o) => ({ value: o.name })) },
        { key: 'categories', title: 'Đối tượng', items: CATEGORY_OPTIONS.map((o) => ({ value: o.name, meaning: `mã: ${o.code}` })) },
        YES_NO_LIST,
      ];
    case 'households':
      return [];
  }
}

export const INTRO: Record<ImportKind, string[]> = {
  units: [
    'Mỗi dòng của trang "Đơn vị" là một đơn vị; dòng đầu tiên là tiêu đề, giữ nguyên tên các cột. Cột có dấu * là bắt buộc.',
    'Tệp được kiểm tra toàn bộ trước khi nhập: nếu có lỗi, hệ thống liệt kê mọi lỗi (dòng, cột, lý do) và không nhập dòng nào.',
    'Nhập lại cùng một tệp không làm thay đổi dữ liệu: dòng giống hệt dữ liệu đã có được bỏ qua.',
  ],
  people: [
    'Mỗi dòng của trang "Cá nhân" là một cá nhân; dòng đầu tiên là tiêu đề, giữ nguyên tên các cột. Cột có dấu * là bắt buộc.',
    'Tệp được kiểm tra toàn bộ trước khi nhập: nếu có lỗi, hệ thống liệt kê mọi lỗi (dòng, cột, lý do) và không nhập dòng nào.',
    'Nhập lại cùng một tệp không làm thay đổi dữ liệu: dòng giống hệt dữ liệu đã có được bỏ qua.',
  ],
  households: [
    'Mỗi dòng của trang "Hộ gia đình" là một hộ; dòng đầu tiên là tiêu đề, giữ nguyên tên các cột. Cột có dấu * là bắt buộc.',
    'Tệp được kiểm tra toàn bộ trước khi nhập: nếu có lỗi, hệ thống liệt kê mọi lỗi (dòng, cột, lý do) và không nhập dòng nào.',
    'Nhập lại cùng một tệp không làm thay đổi dữ liệu: dòng giống hệt dữ liệu đã có được bỏ qua.',
  ],
};
