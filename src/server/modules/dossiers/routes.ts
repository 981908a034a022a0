import type { FastifyInstance } from 'fastify';
import { TRANSITIONS } from '../../../domain/index.js';
import { MIME, ctxOf, fileResponse, idParam, sendXlsx, zapp, type Deps } from '../../platform/http.js';
import { ok } from '../../../shared/contract/common.js';
import {
  dossier, dossierChecks, dossierDetail, dossierFile, dossierPage, dossierQueue, dossierTransitioned, nominee, nomineeImportResult,
} from '../../../shared/contract/dossiers.js';
import { readUpload, readUploadFile } from '../../platform/upload.js';
import { boolQuery } from '../../platform/http.js';
import { z } from 'zod';
import * as docs from './documents.js';
import * as excel from './excel.js';
import {
  createDossierBody, fileParams, listDossierQuery, nomineeBody, nomineeParams, overrideBody, transitionBody, updateDossierBody,
  updateNomineeBody, uploadQuery, versionQuery,
} from './schemas.js';
import { SIDE_ACTION } from './policy.js';
import * as svc from './service.js';

const tags = ['dossiers'];

/**
 * Proposal dossiers (hồ sơ đề nghị khen thưởng): list, queue, detail, header, nominees (with Excel
 * import), files, checks, generated documents, and one route per workflow action
 * (`POST /dossiers/:id/{submit|withdraw|receive|…}`) so each declares the side it needs.
 */
export async function dossierRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  const read = { policy: { resource: 'dossier' as const, action: 'read' as const } };
  const update = { policy: { resource: 'dossier' as const, action: 'update' as const } };

  r.get('/dossiers', { config: read, schema: { tags, summary: 'Danh sách hồ sơ đề nghị khen thưởng', querystring: listDossierQuery, response: { 200: dossierPage } } }, async (req) =>
    svc.list(deps, ctxOf(req), req.query),
  );
  r.get('/dossiers/queue', { config: read, schema: { tags, summary: 'Việc cần xử lý: hồ sơ đang chờ người dùng', response: { 200: dossierQueue } } }, async (req) => svc.queue(deps, ctxOf(req)));
  r.get('/dossiers/nominee-template', { config: { policy: { resource: 'dossier', action: 'import' } }, schema: { tags, summary: 'Tệp mẫu danh sách đề nghị (.xlsx)', response: { 200: fileResponse('Tệp Excel', MIME.xlsx) } } }, async (_req, reply) => {
    const { filename, buffer } = await excel.template();
    return sendXlsx(reply, filename, buffer);
  });
  r.post('/dossiers', { config: { policy: { resource: 'dossier', action: 'create' } }, schema: { tags, summary: 'Tạo hồ sơ đề nghị', body: createDossierBody, response: { 201: dossier } } }, async (req, reply) => {
    reply.status(201);
    return svc.create(deps, ctxOf(req), req.body);
  });
  r.get('/dossiers/:id', { config: read, schema: { tags, summary: 'Chi tiết hồ sơ', params: idParam, response: { 200: dossierDetail } } }, async (req) => svc.get(deps, ctxOf(req), req.params.id));
  r.patch('/dossiers/:id', { config: update, schema: { tags, summary: 'Sửa thông tin hồ sơ (dự thảo, trả lại)', params: idParam, body: updateDossierBody, response: { 200: dossier } } }, async (req) =>
    svc.update(deps, ctxOf(req), req.params.id, req.body),
  );
  r.delete('/dossiers/:id', { config: { policy: { resource: 'dossier', action: 'delete' } }, schema: { tags, summary: 'Xóa hồ sơ dự thảo', params: idParam, querystring: versionQuery, response: { 200: ok } } }, async (req) => {
    await svc.remove(deps, ctxOf(req), req.params.id, req.query.version);
    return { ok: true as const };
  });
  r.get('/dossiers/:id/checks', { config: read, schema: { tags, summary: 'Kết quả kiểm tra tự động', params: idParam, response: { 200: dossierChecks } } }, async (req) =>
    svc.checks(deps, ctxOf(req), req.params.id),
  );

  // nominees
  r.post('/dossiers/:id/nominees', { config: update, schema: { tags, summary: 'Thêm dòng đề nghị', params: idParam, body: nomineeBody, response: { 201: nominee } } }, async (req, reply) => {
    reply.status(201);
    return svc.addNominee(deps, ctxOf(req), req.params.id, req.body);
  });
  r.patch('/dossiers/:id/nominees/:nomineeId', { config: update, schema: { tags, summary: 'Sửa dòng đề nghị', params: nomineeParams, body: updateNomineeBody, response: { 200: nominee } } }, async (req) =>
    svc.updateNominee(deps, ctxOf(req), req.params.id, req.params.nomineeId, req.body),
  );
  r.delete('/dossiers/:id/nominees/:nomineeId', { config: update, schema: { tags, summary: 'Xóa dòng đề nghị', params: nomineeParams, querystring: versionQuery, response: { 200: ok } } }, async (req) => {
    await svc.removeNominee(deps, ctxOf(req), req.params.id, req.params.nomineeId, req.query.version);
    return { ok: true as const };
  });
  r.post(
    '/dossiers/:id/nominees/:nomineeId/override',
    { config: { policy: { resource: 'dossier', action: 'appraise' } }, schema: { tags, summary: 'Chấp nhận vượt kết quả kiểm tra (có lý do)', params: nomineeParams, body: overrideBody, response: { 200: nominee } } },
    async (req) => svc.overrideNominee(deps, ctxOf(req), req.params.id, req.params.nomineeId, req.body),
  );
  r.post(
    '/dossiers/:id/nominees/import',
    {
      config: { policy: { resource: 'dossier', action: 'import' } },
      schema: { tags, summary: 'Nhập danh sách đề nghị từ Excel (multipart, trường "file"); dryRun=1 chỉ kiểm tra', params: idParam, querystring: z.object({ dryRun: boolQuery }), consumes: ['multipart/form-data'], response: { 200: nomineeImportResult } },
    },
    async (req) => {
      const buffer = await readUpload(req, deps.cfg.uploadMaxBytes);
      return excel.importNominees(deps, ctxOf(req), req.params.id, buffer, { dryRun: req.query.dryRun ?? false });
    },
  );

  // files
  r.post(
    '/dossiers/:id/files',
    { config: update, schema: { tags, summary: 'Đính kèm tệp (multipart, trường "file")', params: idParam, querystring: uploadQuery, consumes: ['multipart/form-data'], response: { 201: dossierFile } } },
    async (req, reply) => {
      const { buffer, filename } = await readUploadFile(req, deps.cfg.uploadMaxBytes);
      reply.status(201);
      return svc.addFile(deps, ctxOf(req), req.params.id, { ...req.query, filename, content: buffer });
    },
  );
  r.get('/dossiers/:id/files/:fileId', { config: read, schema: { tags, summary: 'Tải tệp đính kèm', params: fileParams, response: { 200: fileResponse('Tệp đính kèm (kiểu theo nội dung tệp)', MIME.any) } } }, async (req, reply) => {
    const { file, content } = await svc.getFile(deps, ctxOf(req), req.params.id, req.params.fileId);
    return reply
      .header('content-type', file.mime)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('x-content-type-options', 'nosniff')
      .send(content);
  });
  r.delete('/dossiers/:id/files/:fileId', { config: update, schema: { tags, summary: 'Xóa tệp đính kèm', params: fileParams, response: { 200: ok } } }, async (req) => {
    await svc.removeFile(deps, ctxOf(req), req.params.id, req.params.fileId);
    return { ok: true as const };
  });

  // generated documents
  r.get('/dossiers/:id/documents/to-trinh.docx', { config: read, schema: { tags, summary: 'Tờ trình (Mẫu số 01) dạng DOCX', params: idParam, response: { 200: fileResponse('Tệp Word', MIME.docx) } } }, async (req, reply) =>
    sendDocx(reply, await docs.proposalMemo(deps, ctxOf(req), req.params.id)),
  );
  r.get('/dossiers/:id/documents/danh-sach.docx', { config: read, schema: { tags, summary: 'Danh sách đề nghị khen thưởng dạng DOCX', params: idParam, response: { 200: fileResponse('Tệp Word', MIME.docx) } } }, async (req, reply) =>
    sendDocx(reply, await docs.nomineeList(deps, ctxOf(req), req.params.id)),
  );
  r.get(
    '/dossiers/:id/nominees/:nomineeId/report-template.docx',
    { config: read, schema: { tags, summary: 'Báo cáo thành tích để điền (Mẫu số 05), điền sẵn từ dữ liệu', params: nomineeParams, response: { 200: fileResponse('Tệp Word', MIME.docx) } } },
    async (req, reply) => sendDocx(reply, await docs.achievementReport(deps, ctxOf(req), req.params.id, req.params.nomineeId)),
  );
  r.get('/dossiers/:id/export.zip', { config: { policy: { resource: 'dossier', action: 'export' } }, schema: { tags, summary: 'Hồ sơ dạng ZIP (DOCX, tệp đính kèm, manifest.json) để trình cấp trên ngoài tdkt', params: idParam, response: { 200: fileResponse('Tệp ZIP', MIME.zip) } } }, async (req, reply) => {
    const z = await docs.exportZip(deps, ctxOf(req), req.params.id);
    return reply.header('content-type', MIME.zip).header('content-disposition', `attachment; filename="${z.filename}"`).send(z.buffer);
  });
  r.get('/dossiers/:id/nominees/export', { config: { policy: { resource: 'dossier', action: 'export' } }, schema: { tags, summary: 'Xuất danh sách đề nghị ra Excel', params: idParam, response: { 200: fileResponse('Tệp Excel', MIME.xlsx) } } }, async (req, reply) => {
    const { filename, buffer } = await excel.exportNominees(deps, ctxOf(req), req.params.id);
    return sendXlsx(reply, filename, buffer);
  });

  // workflow: one route per action (the decision has its own module)
  for (const t of TRANSITIONS.filter((x) => x.action !== 'decide')) {
    r.post(
      `/dossiers/:id/${t.action.replace(/_/g, '-')}`,
      { config: { policy: { resource: 'dossier', action: SIDE_ACTION[t.side] } }, schema: { tags, summary: t.name, params: idParam, body: transitionBody, response: { 200: dossierTransitioned } } },
      async (req) => svc.transition(deps, ctxOf(req), req.params.id, t.action, req.body),
    );
  }
}

function sendDocx(reply: import('fastify').FastifyReply, doc: { filename: string; buffer: Buffer }) {
  return reply
    .header('content-type', MIME.docx)
    .header('content-disposition', `attachment; filename="${doc.filename}"`)
    .send(doc.buffer);
}
