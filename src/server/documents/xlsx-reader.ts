/**
 * A small, strict reader of the cell values of an .xlsx file (Office Open XML, transitional or
 * strict): ZIP central directory + raw inflate (node:zlib) + the four parts that carry values
 * (workbook, its relationships, shared strings, styles for dates) + the sheets.
 *
 * Why not ExcelJS's reader: its streaming WorkbookReader decodes each chunk of XML on its own, so a
 * Vietnamese character split across two chunks turns into "�" (a silent data corruption found on a
 * 2,000-row export), and its whole-file reader needs ~6 KB of heap per cell. Reading values only
 * needs neither: this reader is linear in the size of the XML and bounded by the caller's limits.
 * Files are still written with ExcelJS.
 */
import zlib from 'node:zlib';

export type RawValue = string | number | boolean | Date | null;

export interface RawSheet {
  name: string;
  /** rows in file order; `values` is indexed by column number (A = 1), like ExcelJS's row.values */
  rows: { number: number; values: RawValue[] }[];
}

export class XlsxFormatError extends Error {}

// ─── ZIP ────────────────────────────────────────────────────────────────────────────────────────

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const u64 = (buf: Buffer, at: number) => Number(buf.readBigUInt64LE(at));

/** The central directory of a ZIP file (ZIP64 included), or null when `buf` is not a ZIP. */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  if (buf.length < 22) return null;
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if ((cdOffset === 0xffffffff || cdSize === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === 0x07064b50) {
    const z64 = u64(buf, eocd - 20 + 8);
    if (z64 + 56 > buf.length || buf.readUInt32LE(z64) !== 0x06064b50) return null;
    cdSize = u64(buf, z64 + 40);
    cdOffset = u64(buf, z64 + 48);
  }
  if (cdOffset + cdSize > buf.length) return null;
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  while (p + 46 <= cdOffset + cdSize && buf.readUInt32LE(p) === 0x02014b50) {
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const e: ZipEntry = {
      name: buf.toString('utf8', p + 46, p + 46 + nameLen).replace(/^\//, ''),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    // ZIP64 extended information: the 8-byte values of the fields that hold 0xffffffff, in order
    let x = p + 46 + nameLen;
    const extraEnd = x + extraLen;
    while (x + 4 <= extraEnd) {
      const id = buf.readUInt16LE(x);
      const size = buf.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        const end = x + 4 + size;
        if (e.uncompressedSize === 0xffffffff && q + 8 <= end) {
          e.uncompressedSize = u64(buf, q);
          q += 8;
        }
        if (e.compressedSize === 0xffffffff && q + 8 <= end) {
          e.compressedSize = u64(buf, q);
          q += 8;
        }
        if (e.localOffset === 0xffffffff && q + 8 <= end) e.localOffset = u64(buf, q);
      }
      x += 4 + size;
    }
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function inflateEntry(buf: Buffer, e: ZipEntry, maxBytes: number): Buffer {
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw new XlsxFormatError(`bad local header: ${e.name}`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (data.length !== e.compressedSize) throw new XlsxFormatError(`truncated entry: ${e.name}`);
  if (e.method === 0) return data;
  if (e.method === 8) {
    try {
      return zlib.inflateRawSync(data, { maxOutputLength: maxBytes });
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new XlsxTooLarge();
      throw new XlsxFormatError(`cannot inflate ${e.name}`);
    }
  }
  throw new XlsxFormatError(`unsupported compression ${e.method}: ${e.name}`);
}

export class XlsxTooLarge extends Error {}

// ─── XML, just enough ───────────────────────────────────────────────────────────────────────────

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name!],
  );
}

/** Attributes of a start tag, by local name (prefixes such as r: dropped). */
function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1].includes(':') ? m[1].slice(m[1].indexOf(':') + 1) : m[1];
    out[name] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** `<x>…</x>` and `<x …/>` elements of one local name (any namespace prefix): [attributes text, inner XML or null]. */
function elements(xml: string, name: string): IterableIterator<RegExpMatchArray> {
  return xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>)`, 'g'));
}

const RPH_RE = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh\s*>/g;
const T_RE = /<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t\s*>)/g;

/** Text of a string item (shared string or inline string): all `<t>` runs, phonetic runs left out. */
function stringItem(inner: string | undefined): string {
  if (!inner) return '';
  const body = inner.includes('rPh') ? inner.replace(RPH_RE, '') : inner;
  let s = '';
  T_RE.lastIndex = 0;
  for (let m = T_RE.exec(body); m; m = T_RE.exec(body)) s += m[1] ?? '';
  return unescapeXml(s);
}

// ─── dates ──────────────────────────────────────────────────────────────────────────────────────

/** Built-in number formats that show a date (ECMA-376 §18.8.30 and the CJK ones). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86400000));
}

// ─── the workbook ───────────────────────────────────────────────────────────────────────────────

function colNumber(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/**
 * The sheets of a workbook, in tab order, with their cell values. Throws XlsxFormatError when the
 * file is not a readable workbook and XlsxTooLarge when a part inflates past `maxPartBytes`.
 */
export function readWorkbook(buf: Buffer, opts: { maxPartBytes: number }): RawSheet[] {
  const entries = zipEntries(buf);
  if (!entries) throw new XlsxFormatError('not a zip');
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const part = (name: string): string | null => {
    const e = byName.get(name.toLowerCase());
    return e ? inflateEntry(buf, e, opts.maxPartBytes).toString('utf8') : null;
  };

  const workbook = part('xl/workbook.xml');
  if (workbook === null) throw new XlsxFormatError('no xl/workbook.xml');
  const rels = new Map<string, string>();
  for (const m of elements(part('xl/_rels/workbook.xml.rels') ?? '', 'Relationship')) {
    const a = attrs(m[1]);
    if (a.Id && a.Target) rels.set(a.Id, resolveTarget(a.Target));
  }
  const pr = [...elements(workbook, 'workbookPr')][0];
  const date1904 = pr ? ['1', 'true'].includes(attrs(pr[1]).date1904 ?? '') : false;

  const shared: string[] = [];
  const sst = part('xl/sharedStrings.xml');
  if (sst !== null) for (const m of elements(sst, 'si')) shared.push(stringItem(m[2]));

  const dateStyles = new Set<number>();
  const styles = part('xl/styles.xml');
  if (styles !== null) {
    const custom = new Map<number, string>();
    for (const m of elements(styles, 'numFmt')) {
      const a = attrs(m[1]);
      custom.set(Number(a.numFmtId), a.formatCode ?? '');
    }
    const xfs = [...elements(styles, 'cellXfs')][0]?.[2] ?? '';
    let i = 0;
    for (const m of xfs.matchAll(/<(?:[\w.-]+:)?xf\b([^>]*?)\/?>/g)) {
      const id = Number(attrs(m[1]).numFmtId ?? 0);
      if (BUILTIN_DATE_FORMATS.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!))) dateStyles.add(i);
      i++;
    }
  }

  const sheets: RawSheet[] = [];
  for (const m of elements(workbook, 'sheet')) {
    const a = attrs(m[1]);
    const target = a.id ? rels.get(a.id) : undefined;
    const xml = target ? part(target) : null;
    if (xml === null) continue;
    sheets.push({ name: a.name ?? '', rows: readSheetRows(xml, shared, dateStyles, date1904) });
  }
  if (sheets.length === 0) throw new XlsxFormatError('no sheets');
  return sheets;
}

// the hot loop runs these per cell: compiled once, no per-cell RegExp or attribute maps
const ROW_RE = /<(?:[\w.-]+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?row\s*>)/g;
const CELL_RE = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c\s*>)/g;
const V_RE = /<(?:[\w.-]+:)?v\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?v\s*>/;
const IS_RE = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is\s*>/;
const attrRe = (name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
const R_ATTR = attrRe('r');
const S_ATTR = attrRe('s');
const T_ATTR = attrRe('t');
const attr = (re: RegExp, tag: string): string | undefined => {
  const m = re.exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
};

function readSheetRows(xml: string, shared: string[], dateStyles: Set<number>, date1904: boolean): RawSheet['rows'] {
  const start = xml.search(/<(?:[\w.-]+:)?sheetData\b/);
  const end = xml.search(/<\/(?:[\w.-]+:)?sheetData\s*>/);
  const data = start >= 0 && end > start ? xml.slice(start, end) : '';
  const rows: RawSheet['rows'] = [];
  let lastRow = 0;
  ROW_RE.lastIndex = 0;
  for (let rm = ROW_RE.exec(data); rm; rm = ROW_RE.exec(data)) {
    const r = attr(R_ATTR, rm[1]);
    const number = r ? Number(r) : lastRow + 1;
    lastRow = number;
    const values: RawValue[] = [];
    const body = rm[2] ?? '';
    let lastCol = 0;
    CELL_RE.lastIndex = 0;
    for (let cm = CELL_RE.exec(body); cm; cm = CELL_RE.exec(body)) {
      const tag = cm[1];
      const ref = attr(R_ATTR, tag);
      const col = ref ? colNumber(ref) : lastCol + 1;
      lastCol = col;
      const inner = cm[2];
      if (!inner) continue;
      const type = attr(T_ATTR, tag) ?? 'n';
      let value: RawValue = null;
      if (type === 'inlineStr') {
        value = stringItem(IS_RE.exec(inner)?.[1]);
      } else {
        const v = V_RE.exec(inner)?.[1];
        if (v !== undefined) {
          const text = unescapeXml(v);
          if (type === 's') value = shared[Number(text)] ?? null;
          else if (type === 'str' || type === 'e') value = text;
          else if (type === 'b') value = text === '1' || text === 'true';
          else if (type === 'd') value = Number.isNaN(Date.parse(text)) ? text : new Date(text);
          else {
            const n = Number(text);
            if (Number.isNaN(n) || text.trim() === '') value = text;
            else value = dateStyles.size > 0 && dateStyles.has(Number(attr(S_ATTR, tag) ?? 0)) ? serialToDate(n, date1904) : n;
          }
        }
      }
      if (value !== null) values[col] = value;
    }
    rows.push({ number, values });
  }
  return rows;
}
