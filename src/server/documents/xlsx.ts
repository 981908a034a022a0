/**
 * Spreadsheets (ExcelJS): a data sheet with Vietnamese headers plus a "Hướng dẫn" sheet, written and
 * read with the streaming API so a 100,000-row file costs seconds and tens of MB, not a gigabyte.
 * Uploaded files are checked by content (a ZIP holding an Office Open XML workbook) before ExcelJS
 * sees them, and every failure is a 4xx with a Vietnamese message.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { fileTypeFromBuffer } from 'file-type';
import { AppError, Invalid } from '../platform/errors.js';
import { readWorkbook, XlsxFormatError, XlsxTooLarge, zipEntries, type RawSheet } from './xlsx-reader.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const GUIDE_SHEET = 'Hướng dẫn';

export type CellValue = string | number | boolean | Date | null;

// ─── writing ─────────────────────────────────────────────────────────────────────────────────────

export interface TemplateColumn {
  /** header text without the required-marker (a `*` is appended for required columns) */
  header: string;
  required?: boolean;
  width?: number;
  /** Excel number format of the column, e.g. '@' (text) or 'dd/mm/yyyy' */
  numFmt?: string;
  /** one line for the guide sheet: what to enter */
  help: string;
  /** key of a list in `lists`: a dropdown in the data sheet, the values shown in the guide */
  list?: string;
  /** the dropdown only suggests: other values are allowed (they are checked on import) */
  listLoose?: boolean;
}

export interface TemplateList {
  key: string;
  title: string;
  items: { value: string; meaning?: string }[];
}

export interface WorkbookSpec {
  sheetName: string;
  columns: TemplateColumn[];
  lists: TemplateList[];
  /** lines at the top of the guide sheet */
  intro: string[];
  /** data rows (an export); none for an empty template */
  rows?: Iterable<CellValue[]>;
}

export const headerText = (c: TemplateColumn) => (c.required ? `${c.header}*` : c.header);

/** Rows after which dropdowns stop (Excel's own limit is 1,048,576). */
const VALIDATION_ROWS = 100_001;

function colLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

interface GuideLayout {
  rows: { values: CellValue[]; style?: 'title' | 'head' | 'section' }[];
  /** list key → absolute range of its values in the guide sheet */
  ranges: Map<string, string>;
}

function guideLayout(spec: WorkbookSpec): GuideLayout {
  const rows: GuideLayout['rows'] = [];
  const ranges = new Map<string, string>();
  rows.push({ values: [`Hướng dẫn nhập: ${spec.sheetName}`], style: 'title' });
  for (const line of spec.intro) rows.push({ values: [line] });
  rows.push({ values: [] });
  rows.push({ values: ['Cột', 'Bắt buộc', 'Cách nhập'], style: 'head' });
  for (const c of spec.columns) rows.push({ values: [headerText(c), c.required ? 'Có' : 'Không', c.help] });
  for (const list of spec.lists) {
    rows.push({ values: [] });
    rows.push({ values: [list.title], style: 'section' });
    rows.push({ values: ['Giá trị nhập', 'Ý nghĩa'], style: 'head' });
    const first = rows.length + 1;
    for (const item of list.items) rows.push({ values: [item.value, item.meaning ?? ''] });
    const last = rows.length;
    const quoted = `'${GUIDE_SHEET.replace(/'/g, "''")}'`;
    ranges.set(list.key, `${quoted}!$A$${first}:$A$${Math.max(first, last)}`);
  }
  return { rows, ranges };
}

const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDECEA' } };

type WithValidations = { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } };

/** A data sheet (headers, dropdowns, formats, rows) followed by the guide sheet, as .xlsx bytes. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  wb.creator = 'tdkt';
  const guide = guideLayout(spec);

  const ws = wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({
    width: c.width ?? Math.max(12, headerText(c).length + 4),
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const head = ws.addRow(spec.columns.map(headerText));
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = HEAD_FILL;
    cell.numFmt = 'General';
  });
  head.commit();
  spec.columns.forEach((c, i) => {
    if (!c.list) return;
    const range = guide.ranges.get(c.list);
    if (!range) return;
    const letter = colLetter(i + 1);
    (ws as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${VALIDATION_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      errorStyle: c.listLoose ? 'warning' : 'stop',
      errorTitle: headerText(c),
      error: 'Giá trị không có trong danh sách, xem trang "Hướng dẫn".',
    });
  });
  for (const values of spec.rows ?? []) ws.addRow(values).commit();
  ws.commit();

  const gs = wb.addWorksheet(GUIDE_SHEET);
  gs.columns = [{ width: 34 }, { width: 16 }, { width: 90 }];
  for (const r of guide.rows) {
    const row = gs.addRow(r.values);
    if (r.style === 'title') row.font = { bold: true, size: 14 };
    if (r.style === 'section') row.font = { bold: true };
    if (r.style === 'head') {
      row.font = { bold: true };
      row.eachCell((cell) => (cell.fill = HEAD_FILL));
    }
    row.commit();
  }
  gs.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

// ─── checking an upload ──────────────────────────────────────────────────────────────────────────

export const unsupportedType = (what?: string) =>
  new AppError(
    415,
    'UNSUPPORTED_FILE_TYPE',
    `${what ? `Tệp tải lên là ${what}, không phải` : 'Tệp tải lên không phải là'} tệp Excel (.xlsx). Hãy tải mẫu nhập và lưu tệp ở định dạng Excel Workbook (.xlsx).`,
  );

/** Whole decompressed workbook, and any one part of it (a JS string holds at most ~512 M characters). */
const MAX_UNCOMPRESSED = 400 * 1024 * 1024;
const MAX_PART = 200 * 1024 * 1024;
const MAX_FALLBACK = 16 * 1024 * 1024;
const HEADER_SEARCH_ROWS = 10;
const contentTooLarge = () => new AppError(413, 'FILE_TOO_LARGE', 'Nội dung tệp Excel quá lớn sau khi giải nén. Hãy chia thành nhiều tệp nhỏ hơn.');

const malformed = () => new Invalid('Tệp Excel bị hỏng hoặc không đọc được. Hãy mở lại bằng Excel, lưu dưới dạng .xlsx rồi tải lên lại.', undefined, 'MALFORMED_FILE');

const KNOWN_NAMES: Record<string, string> = {
  pdf: 'tệp PDF',
  docx: 'tệp Word (.docx)',
  pptx: 'tệp PowerPoint (.pptx)',
  cfb: 'tệp Office cũ (.xls/.doc)',
  ods: 'tệp OpenDocument (.ods)',
  zip: 'tệp nén ZIP',
  png: 'ảnh PNG',
  jpg: 'ảnh JPEG',
  gif: 'ảnh GIF',
  rar: 'tệp nén RAR',
  '7z': 'tệp nén 7z',
};

/**
 * Accepts only an Office Open XML workbook, judged by content, never by file name: a ZIP whose
 * central directory holds `[Content_Types].xml` and `xl/workbook.xml`. Declared uncompressed sizes
 * are capped so a small "zip bomb" cannot exhaust memory.
 */
export async function assertXlsx(buf: Buffer, opts: { maxUncompressedBytes?: number } = {}): Promise<void> {
  if (buf.length === 0) throw new Invalid('Tệp tải lên rỗng (0 byte).', undefined, 'EMPTY_FILE');
  const detected = await fileTypeFromBuffer(buf).catch(() => undefined);
  if (detected && detected.ext !== 'xlsx' && detected.ext !== 'zip') {
    throw unsupportedType(KNOWN_NAMES[detected.ext] ?? `tệp .${detected.ext}`);
  }
  const entries = zipEntries(buf);
  if (!entries) {
    if (detected) throw malformed();
    throw unsupportedType();
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    throw unsupportedType(detected && detected.ext !== 'zip' && detected.ext !== 'xlsx' ? KNOWN_NAMES[detected.ext] : names.has('word/document.xml') ? KNOWN_NAMES.docx : KNOWN_NAMES.zip);
  }
  const total = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (total > (opts.maxUncompressedBytes ?? MAX_UNCOMPRESSED)) throw contentTooLarge();
}

// ─── reading ─────────────────────────────────────────────────────────────────────────────────────

/** Comparable form of a header: NFC, no required-marker, single spaces, case-folded. */
export function headerKey(s: string): string {
  return s.normalize('NFC').replace(/\*/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/** The plain value of an ExcelJS cell (formulas give their result, rich text its text). */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? '').join('');
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return plainValue(o.result);
    if ('text' in o) return plainValue(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

export interface TableColumn {
  key: string;
  header: string;
  required?: boolean;
}

export interface TableRow {
  /** the row number as Excel shows it */
  row: number;
  cells: Record<string, CellValue>;
}

const isBlank = (v: CellValue) => v === null || (typeof v === 'string' && v.trim() === '');

/** ExcelJS's whole-file reader: slower and hungrier, used only when the strict reader gives up on a file. */
async function loadedSheets(buf: Buffer): Promise<RawSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: RawSheet['rows'] = [];
    ws.eachRow((r) => rows.push({ number: r.number, values: (Array.isArray(r.values) ? r.values : []).map(plainValue) }));
    return { name: ws.name, rows };
  });
}

/**
 * Reads the sheet whose first non-empty row carries the template's headers (columns may be in any
 * order; other columns are ignored). Fails with a Vietnamese 4xx when the file cannot be read, no
 * sheet has the headers, a template column is missing or renamed, there is no data row, or there
 * are more than `maxRows` data rows. Wholly empty rows are skipped.
 */
export async function readTable(buf: Buffer, columns: TableColumn[], opts: { maxRows: number }): Promise<TableRow[]> {
  let sheets: RawSheet[];
  try {
    sheets = readWorkbook(buf, { maxPartBytes: MAX_PART });
  } catch (err) {
    if (err instanceof XlsxTooLarge) throw contentTooLarge();
    if (!(err instanceof XlsxFormatError)) throw err;
    // ExcelJS holds the whole workbook in memory: only worth a try on a small file
    const size = (zipEntries(buf) ?? []).reduce((n, e) => n + e.uncompressedSize, 0);
    if (size > MAX_FALLBACK) throw malformed();
    try {
      sheets = await loadedSheets(buf);
    } catch {
      throw malformed();
    }
  }
  return tableOf(sheets, columns, opts.maxRows);
}

function tableOf(sheets: RawSheet[], columns: TableColumn[], maxRows: number): TableRow[] {
  const wanted = new Map(columns.map((c) => [headerKey(c.header), c]));
  let best: { missing: string[]; unknown: string[] } | null = null;
  const headerIn = (values: RawSheet['rows'][number]['values']) => {
    const index = new Map<number, string>();
    const unknown: string[] = [];
    values.forEach((v, i) => {
      if (v === undefined || isBlank(v)) return;
      const col = wanted.get(headerKey(String(v)));
      if (col && ![...index.values()].includes(col.key)) index.set(i, col.key);
      else unknown.push(String(v).trim());
    });
    return { index, unknown };
  };
  for (const sheet of sheets) {
    if (sheet.name.normalize('NFC') === GUIDE_SHEET) continue;
    // the header is the first row naming a template column, among the first few non-empty rows
    // (a title above the table is tolerated)
    let at = -1;
    let head: ReturnType<typeof headerIn> | null = null;
    let looked = 0;
    for (let i = 0; i < sheet.rows.length && looked < HEADER_SEARCH_ROWS; i++) {
      if (sheet.rows[i].values.every((v) => v === undefined || isBlank(v))) continue;
      looked++;
      const h = headerIn(sheet.rows[i].values);
      if (h.index.size > 0) {
        at = i;
        head = h;
        break;
      }
    }
    if (!head) continue; // not a data sheet (e.g. the guide)
    const { index, unknown } = head;
    const missing = columns.filter((c) => ![...index.values()].includes(c.key)).map((c) => c.header);
    if (missing.length) {
      if (!best || missing.length < best.missing.length) best = { missing, unknown };
      continue;
    }
    const out: TableRow[] = [];
    for (const r of sheet.rows.slice(at + 1)) {
      const cells: Record<string, CellValue> = {};
      let empty = true;
      for (const [i, key] of index) {
        let v = r.values[i] ?? null;
        if (typeof v === 'string') v = v.normalize('NFC').trim();
        if (isBlank(v)) v = null;
        else empty = false;
        cells[key] = v;
      }
      if (empty) continue;
      if (out.length >= maxRows) {
        throw new AppError(413, 'TOO_MANY_ROWS', `Tệp có quá nhiều dòng (tối đa ${maxRows.toLocaleString('vi-VN')} dòng mỗi lần nhập). Hãy chia thành nhiều tệp.`);
      }
      out.push({ row: r.number, cells });
    }
    if (out.length === 0) throw new Invalid('Tệp không có dòng dữ liệu nào (chỉ có dòng tiêu đề).', undefined, 'EMPTY_FILE');
    return out;
  }
  if (best) {
    const extra = best.unknown.length ? ` Các cột không nhận ra: ${best.unknown.map((u) => `"${u}"`).join(', ')}.` : '';
    throw new Invalid(`Tệp thiếu cột ${best.missing.map((m) => `"${m}"`).join(', ')} (tên cột phải giữ nguyên như trong mẫu).${extra}`, undefined, 'BAD_HEADER');
  }
  throw new Invalid(
    `Không tìm thấy dòng tiêu đề của mẫu nhập (các cột ${columns.map((c) => `"${c.header}"`).join(', ')}). Hãy dùng đúng tệp mẫu.`,
    undefined,
    'BAD_HEADER',
  );
}
