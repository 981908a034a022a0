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

interface Element {
  /** the attributes part of the start tag */
  attrs: string;
  /** inner XML, or '' for an empty element */
  inner: string;
}

const openers = new Map<string, RegExp>();

/**
 * The `<name …>…</name>` and `<name …/>` elements (any namespace prefix) in `xml[from, to)`, not
 * nested in one another. Linear: each closing tag is found with indexOf from the start tag, so a
 * crafted file with unclosed tags cannot make this quadratic; an unclosed element ends the scan.
 */
function* elements(xml: string, name: string, from = 0, to = xml.length): Generator<Element> {
  let open = openers.get(name);
  if (!open) {
    open = new RegExp(`<([\\w.-]+:)?${name}(?=[\\s/>])`, 'g');
    openers.set(name, open);
  }
  let at = from;
  while (at < to) {
    open.lastIndex = at;
    const m = open.exec(xml);
    if (!m || m.index >= to) return;
    const tagEnd = xml.indexOf('>', m.index + m[0].length);
    if (tagEnd < 0 || tagEnd >= to) throw new XlsxFormatError(`unterminated <${name}>`);
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47; // '/'
    const attrText = xml.slice(m.index + m[0].length, selfClosing ? tagEnd - 1 : tagEnd);
    if (selfClosing) {
      at = tagEnd + 1;
      yield { attrs: attrText, inner: '' };
      continue;
    }
    const close = `</${m[1] ?? ''}${name}>`;
    const end = xml.indexOf(close, tagEnd + 1);
    if (end < 0 || end + close.length > to) throw new XlsxFormatError(`unclosed <${name}>`);
    at = end + close.length;
    yield { attrs: attrText, inner: xml.slice(tagEnd + 1, end) };
  }
}

const first = (xml: string, name: string): Element | undefined => elements(xml, name).next().value ?? undefined;

/** Text of a string item (shared string or inline string): all `<t>` runs, phonetic runs left out. */
function stringItem(inner: string | undefined): string {
  if (!inner) return '';
  let body = inner;
  if (body.includes('rPh')) {
    let kept = '';
    let at = 0;
    for (const m of body.matchAll(/<([\w.-]+:)?rPh(?=[\s/>])/g)) {
      if (m.index < at) continue;
      kept += body.slice(at, m.index);
      const close = `</${m[1] ?? ''}rPh>`;
      const end = body.indexOf(close, m.index);
      at = end < 0 ? body.length : end + close.length;
    }
    body = kept + body.slice(at);
  }
  let s = '';
  for (const t of elements(body, 't')) s += t.inner;
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
    const a = attrs(m.attrs);
    if (a.Id && a.Target) rels.set(a.Id, resolveTarget(a.Target));
  }
  const pr = first(workbook, 'workbookPr');
  const date1904 = pr ? ['1', 'true'].includes(attrs(pr.attrs).date1904 ?? '') : false;

  const shared: string[] = [];
  const sst = part('xl/sharedStrings.xml');
  if (sst !== null) for (const m of elements(sst, 'si')) shared.push(stringItem(m.inner));

  const dateStyles = new Set<number>();
  const styles = part('xl/styles.xml');
  if (styles !== null) {
    const custom = new Map<number, string>();
    for (const m of elements(styles, 'numFmt')) {
      const a = attrs(m.attrs);
      custom.set(Number(a.numFmtId), a.formatCode ?? '');
    }
    const xfs = first(styles, 'cellXfs')?.inner ?? '';
    let i = 0;
    for (const m of elements(xfs, 'xf')) {
      const id = Number(attrs(m.attrs).numFmtId ?? 0);
      if (BUILTIN_DATE_FORMATS.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!))) dateStyles.add(i);
      i++;
    }
  }

  const sheets: RawSheet[] = [];
  for (const m of elements(workbook, 'sheet')) {
    const a = attrs(m.attrs);
    const target = a.id ? rels.get(a.id) : undefined;
    const xml = target ? part(target) : null;
    if (xml === null) continue;
    sheets.push({ name: a.name ?? '', rows: readSheetRows(xml, shared, dateStyles, date1904) });
  }
  if (sheets.length === 0) throw new XlsxFormatError('no sheets');
  return sheets;
}

// the hot loop reads these per cell: compiled once, no attribute maps
const attrRe = (name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
const R_ATTR = attrRe('r');
const S_ATTR = attrRe('s');
const T_ATTR = attrRe('t');
const attr = (re: RegExp, tag: string): string | undefined => {
  const m = re.exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
};

function readSheetRows(xml: string, shared: string[], dateStyles: Set<number>, date1904: boolean): RawSheet['rows'] {
  const data = first(xml, 'sheetData')?.inner ?? '';
  const rows: RawSheet['rows'] = [];
  let lastRow = 0;
  for (const row of elements(data, 'row')) {
    const r = attr(R_ATTR, row.attrs);
    const number = r ? Number(r) : lastRow + 1;
    lastRow = number;
    const values: RawValue[] = [];
    let lastCol = 0;
    for (const cell of elements(row.inner, 'c')) {
      const ref = attr(R_ATTR, cell.attrs);
      const col = ref ? colNumber(ref) : lastCol + 1;
      lastCol = col;
      if (!cell.inner) continue;
      const type = attr(T_ATTR, cell.attrs) ?? 'n';
      let value: RawValue = null;
      if (type === 'inlineStr') {
        value = stringItem(first(cell.inner, 'is')?.inner);
      } else {
        const v = first(cell.inner, 'v')?.inner;
        if (v !== undefined) {
          const text = unescapeXml(v);
          if (type === 's') value = shared[Number(text)] ?? null;
          else if (type === 'str' || type === 'e') value = text;
          else if (type === 'b') value = text === '1' || text === 'true';
          else if (type === 'd') value = Number.isNaN(Date.parse(text)) ? text : new Date(text);
          else {
            const n = Number(text);
            if (Number.isNaN(n) || text.trim() === '') value = text;
            else value = dateStyles.size > 0 && dateStyles.has(Number(attr(S_ATTR, cell.attrs) ?? 0)) ? serialToDate(n, date1904) : n;
          }
        }
      }
      if (value !== null) values[col] = value;
    }
    rows.push({ number, values });
  }
  return rows;
}
