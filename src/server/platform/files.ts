/**
 * Uploaded files: recognised by their content (never by the name), stored content-addressed by
 * sha256 in `files` (an upload of the same bytes twice is stored once).
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { Executor } from './db.js';
import { rows } from './db.js';
import { AppError, Invalid } from './errors.js';

/** Accepted attachments. */
const ALLOWED: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  jpg: 'image/jpeg',
  png: 'image/png',
};

export async function sniff(buf: Buffer): Promise<{ ext: string; mime: string }> {
  const t = await fileTypeFromBuffer(buf).catch(() => undefined);
  if (t && ALLOWED[t.ext]) return { ext: t.ext, mime: ALLOWED[t.ext] };
  // Word 97–2003 is an OLE compound file: file-type names it "cfb"
  if (t?.ext === 'cfb') return { ext: 'doc', mime: ALLOWED.doc };
  throw new AppError(415, 'FILE_TYPE', 'Chỉ nhận tệp PDF, Word (.docx, .doc), Excel (.xlsx) hoặc ảnh (JPG, PNG); nội dung tệp gửi lên không thuộc các loại này.');
}

/** A file name safe to send back in a header, ending in the detected extension. */
export const safeName = (name: string, ext: string) => {
  const base = [...name.normalize('NFC')].map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('').trim().slice(0, 180) || 'tep';
  return base.toLowerCase().endsWith(`.${ext}`) ? base : `${base}.${ext}`;
};

export interface StoredFile {
  sha256: string;
  mime: string;
  size: number;
  filename: string;
}

/** Checks the type, then stores the bytes (once per content). */
export async function storeFile(ex: Executor, content: Buffer, filename: string): Promise<StoredFile> {
  if (content.length === 0) throw new Invalid('Tệp rỗng.', undefined, 'EMPTY_FILE');
  const { ext, mime } = await sniff(content);
  const sha256 = crypto.createHash('sha256').update(content).digest('hex');
  await ex.execute(sql`INSERT INTO files (sha256, size, mime, content) VALUES (${sha256}, ${content.length}, ${mime}, ${content}) ON CONFLICT (sha256) DO NOTHING`);
  return { sha256, mime, size: content.length, filename: safeName(filename, ext) };
}

export async function fileContent(ex: Executor, sha256: string): Promise<{ content: Buffer; mime: string } | undefined> {
  const [r] = await rows<{ content: Buffer | Uint8Array; mime: string }>(ex, sql`SELECT content, mime FROM files WHERE sha256 = ${sha256}`);
  return r ? { content: Buffer.from(r.content), mime: r.mime } : undefined;
}
