/** What the planning routes share: their policy, the version of a write, downloads (DOCX, PDF, Excel, evidence files). */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { MIME, fileResponse, policy } from '../../platform/http.js';

/** The route's policy: the resource and action (the service then checks the unit scope). */
export const P = policy;
export { versionQuery } from '../../platform/http.js';
export const versionBody = z.object({ version: z.number().int().positive() }).strict();

export function sendFile(reply: FastifyReply, mime: string, filename: string, buf: Buffer) {
  return reply.header('content-type', mime).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`).send(buf);
}

/** A file name part from a document number ("27/KH-UBND" → "27-KH-UBND"). */
export const slug = (s: string | null, fallback: string) => (s ?? fallback).replace(/[^\p{L}\p{N}-]+/gu, '-');

export const docxResponse = fileResponse('Tệp Word', MIME.docx);
export const pdfResponse = fileResponse('Tệp PDF', MIME.pdf);
export const xlsxResponse = fileResponse('Tệp Excel', MIME.xlsx);
