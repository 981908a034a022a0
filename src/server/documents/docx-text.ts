/**
 * The plain text of a .docx file's body (word/document.xml), for tests and for checking what a
 * generated document says. Paragraphs end with "\n"; the cells of a table row are separated by
 * "\t" (the paragraphs inside one cell by "\n"), roughly what Word's "Save as plain text" gives.
 *
 * The ZIP is read with the central-directory reader of xlsx-reader.ts and node:zlib, like the
 * spreadsheet import: no extra dependency.
 */
import zlib from 'node:zlib';
import { zipEntries, type ZipEntry } from './xlsx-reader.js';

/** document.xml of a generated document is well below this; a larger one is not ours */
const MAX_PART_BYTES = 64 * 1024 * 1024;

export class DocxFormatError extends Error {}

function entryBytes(buf: Buffer, e: ZipEntry): Buffer {
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) throw new DocxFormatError(`bad local header: ${e.name}`);
  // the local header's own name and extra field lengths, which may differ from the central directory's
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (data.length !== e.compressedSize) throw new DocxFormatError(`truncated entry: ${e.name}`);
  if (e.method === 0) return data;
  if (e.method === 8) return zlib.inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
  throw new DocxFormatError(`unsupported compression ${e.method}: ${e.name}`);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_m, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name!],
  );
}

/**
 * Walks the tags that carry or separate text. `w:t` holds the text (deleted text is `w:delText`
 * and field codes `w:instrText`, both left out); tabs and breaks inside a run become "\t" and "\n".
 * Enough for the documents this software writes, not a general WordprocessingML reader.
 */
function documentText(xml: string): string {
  let out = '';
  let inText = false;
  // tab stops in paragraph properties are also <w:tab/>: they are not text
  let inProps = false;
  const token = /<(\/?)w:(t|p|tc|tr|tab|br|cr|pPr)(?=[\s/>])[^>]*?(\/?)>|([^<]+)|<[^>]*>/g;
  for (const m of xml.matchAll(token)) {
    const [, closing, name, selfClosing, text] = m;
    if (text !== undefined) {
      if (inText) out += unescapeXml(text);
      continue;
    }
    if (!name) continue;
    if (name === 'pPr') inProps = !closing && !selfClosing;
    else if (inProps) continue;
    else if (name === 't') inText = !closing && !selfClosing;
    else if (closing) {
      // a cell's last paragraph ends the cell, not a line; a row's last cell ends the line
      if (name === 'p') out += '\n';
      else if (name === 'tc') out = (out.endsWith('\n') ? out.slice(0, -1) : out) + '\t';
      else if (name === 'tr') out = (out.endsWith('\t') ? out.slice(0, -1) : out) + '\n';
    } else if (name === 'tab') out += '\t';
    else if (name === 'br' || name === 'cr') out += '\n';
  }
  return out;
}

export async function docxText(buf: Buffer): Promise<string> {
  const entries = zipEntries(buf);
  if (!entries) throw new DocxFormatError('not a zip');
  const doc = entries.find((e) => e.name.toLowerCase() === 'word/document.xml');
  if (!doc) throw new DocxFormatError('no word/document.xml');
  return documentText(entryBytes(buf, doc).toString('utf8'));
}
