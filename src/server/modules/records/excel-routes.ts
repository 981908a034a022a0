import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, Invalid } from '../../platform/errors.js';
import { recordImportResult } from '../../../shared/contract/records.js';
import { MIME, boolQuery, ctxOf, fileResponse, sendXlsx, zapp, type Deps } from '../../platform/http.js';
import { EXCEL_KINDS, exportWorkbook, importFile, template } from './excel.js';
import { KINDS } from './kinds.js';
import { listQuery } from './schemas.js';

const tags = ['records'];

async function readUpload(req: FastifyRequest, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new AppError(413, 'FILE_TOO_LARGE', `Tệp tải lên vượt quá dung lượng cho phép (tối đa ${Math.round(maxBytes / 1048576)} MB).`);
  if (!req.isMultipart()) throw new AppError(415, 'NOT_MULTIPART', 'Hãy gửi tệp Excel dưới dạng multipart/form-data, trong trường "file".');
  try {
    const part = await req.file();
    if (!part || part.fieldname !== 'file') throw new Invalid('Chưa có tệp nào được tải lên (trường "file").', undefined, 'NO_FILE');
    const buf = await part.toBuffer();
    if (part.file.truncated) throw tooLarge();
    return buf;
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) throw new Invalid('Nội dung tải lên không hợp lệ (multipart/form-data bị lỗi).', undefined, 'BAD_MULTIPART');
    throw err;
  }
}

/** /records/{ratings|awards|initiatives}/template | /import?dryRun=1 | /export (same filters as the list). */
export async function recordExcelRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  for (const kind of EXCEL_KINDS) {
    const spec = KINDS[kind];
    const resource = spec.resource;
    r.get(`/records/${kind}/template`, { config: { policy: { resource, action: 'import' } }, schema: { tags, summary: `Tệp mẫu nhập ${spec.name} (.xlsx)`, response: { 200: fileResponse('Tệp Excel mẫu', MIME.xlsx) } } }, async (req, reply) => {
      const { filename, buffer } = await template(ctxOf(req), kind);
      return sendXlsx(reply, filename, buffer);
    });
    r.post(
      `/records/${kind}/import`,
      {
        config: { policy: { resource, action: 'import' } },
        schema: { tags, summary: `Nhập ${spec.name} từ Excel (multipart, trường "file"); dryRun=1 chỉ kiểm tra`, consumes: ['multipart/form-data'], querystring: z.object({ dryRun: boolQuery }), response: { 200: recordImportResult } },
      },
      async (req) => importFile(deps, ctxOf(req), kind, await readUpload(req, deps.cfg.uploadMaxBytes), { dryRun: req.query.dryRun ?? false }),
    );
    r.get(
      `/records/${kind}/export`,
      { config: { policy: { resource, action: 'export' } }, schema: { tags, summary: `Xuất ${spec.name} ra Excel`, querystring: listQuery.omit({ page: true, pageSize: true }), response: { 200: fileResponse('Tệp Excel', MIME.xlsx) } } },
      async (req, reply) => {
        const { filename, buffer } = await exportWorkbook(deps, ctxOf(req), kind, req.query);
        return sendXlsx(reply, filename, buffer);
      },
    );
  }
}
