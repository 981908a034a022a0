import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { isValidIsoDate } from '../../../domain/index.js';
import { MIME, ctxOf, fileResponse, idParam, zapp, type Deps } from '../../platform/http.js';
import { decision, decisionIssued, decisionList, noticeList } from '../../../shared/contract/decisions.js';
import { verification } from '../../../shared/contract/public.js';
import { certificates, decisionDocx, decisionPdf } from './document.js';
import * as svc from './service.js';

const tags = ['decisions'];
const isoDate = z.string().refine(isValidIsoDate, { message: 'Ngày không hợp lệ, cần dạng YYYY-MM-DD' });
const fields = {
  number: z.string().trim().min(1).max(100).nullish(),
  decisionDate: isoDate.nullish(),
  signerName: z.string().trim().min(2).max(150).nullish(),
  signerTitle: z.string().trim().min(2).max(200).nullish(),
  signerAuthority: z.string().trim().max(200).nullish(),
  bases: z.array(z.string().trim().min(5).max(1000)).max(30).optional(),
};

function send(reply: FastifyReply, type: string, doc: { filename: string; buffer: Buffer }) {
  return reply.header('content-type', type).header('content-disposition', `attachment; filename="${doc.filename}"`).send(doc.buffer);
}

/** Decisions of a dossier, their documents and certificates, and the public verification of a certificate. */
export async function decisionRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  const read = { policy: { resource: 'decision' as const, action: 'read' as const } };
  r.get('/dossiers/:id/decisions', { config: read, schema: { tags, summary: 'Quyết định của một hồ sơ', params: idParam, response: { 200: decisionList } } }, async (req) => svc.forDossier(deps, ctxOf(req), req.params.id));
  r.post(
    '/dossiers/:id/decisions',
    { config: { policy: { resource: 'decision', action: 'create' } }, schema: { tags, summary: 'Dự thảo quyết định từ các trường hợp Hội đồng thông qua', params: idParam, body: z.object(fields).strict(), response: { 201: decision } } },
    async (req, reply) => {
      reply.status(201);
      return svc.createDraft(deps, ctxOf(req), req.params.id, req.body);
    },
  );
  r.get('/decisions/:id', { config: read, schema: { tags, summary: 'Chi tiết quyết định', params: idParam, response: { 200: decision } } }, async (req) => svc.get(deps, ctxOf(req), req.params.id));
  r.patch(
    '/decisions/:id',
    { config: { policy: { resource: 'decision', action: 'update' } }, schema: { tags, summary: 'Sửa dự thảo quyết định', params: idParam, body: z.object({ version: z.number().int().positive(), ...fields }).strict(), response: { 200: decision } } },
    async (req) => svc.update(deps, ctxOf(req), req.params.id, req.body),
  );
  r.post(
    '/decisions/:id/issue',
    { config: { policy: { resource: 'decision', action: 'decide' } }, schema: { tags, summary: 'Ký ban hành: ghi sổ khen thưởng, tạo giấy chứng nhận, thông báo đơn vị', params: idParam, body: z.object({ version: z.number().int().positive() }).strict(), response: { 200: decisionIssued } } },
    async (req) => svc.issue(deps, ctxOf(req), req.params.id, req.body.version),
  );
  r.get('/decisions/:id/document.docx', { config: read, schema: { tags, summary: 'Quyết định (DOCX)', params: idParam, response: { 200: fileResponse('Tệp Word', MIME.docx) } } }, async (req, reply) =>
    send(reply, MIME.docx, await decisionDocx(deps, ctxOf(req), req.params.id)),
  );
  r.get('/decisions/:id/document.pdf', { config: read, schema: { tags, summary: 'Quyết định (PDF)', params: idParam, response: { 200: fileResponse('Tệp PDF', MIME.pdf) } } }, async (req, reply) =>
    send(reply, MIME.pdf, await decisionPdf(deps, ctxOf(req), req.params.id)),
  );
  r.get('/decisions/:id/certificates.pdf', { config: { policy: { resource: 'decision', action: 'export' } }, schema: { tags, summary: 'Giấy khen, bằng khen (PDF, mỗi trang một người, có mã QR)', params: idParam, response: { 200: fileResponse('Tệp PDF', MIME.pdf) } } }, async (req, reply) => {
    const base = deps.cfg.publicUrl ?? `${req.protocol}://${req.host}`;
    return send(reply, MIME.pdf, await certificates(deps, ctxOf(req), req.params.id, base));
  });
  r.get(
    '/units/:id/notifications',
    { config: { policy: { resource: 'dossier', action: 'read' } }, schema: { tags, summary: 'Thông báo gửi đơn vị (kết quả xét khen thưởng)', params: idParam, response: { 200: noticeList } } },
    async (req) => svc.notificationsFor(deps, ctxOf(req), req.params.id),
  );

  // public: anyone holding a certificate can check it
  r.get(
    '/public/verify/:code',
    { config: { policy: { public: true } }, schema: { tags, summary: 'Xác thực giấy khen, bằng khen theo mã QR', params: z.object({ code: z.string().trim().toUpperCase().regex(/^[A-Z2-7]{20,40}$/, 'Mã xác thực không hợp lệ') }), response: { 200: verification } } },
    async (req) => svc.verify(deps, req.params.code),
  );
}
