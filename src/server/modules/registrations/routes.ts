import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ok } from '../../../shared/contract/common.js';
import { entryAdded, entryImportResult, registration, registrationDetail, registrationPage, registrationSummary } from '../../../shared/contract/registrations.js';
import { boolQuery, ctxOf, idParam, sendXlsx, zapp, type Deps } from '../../platform/http.js';
import { readUpload } from '../../platform/upload.js';
import { P, versionBody, xlsxResponse } from '../plans/http.js';
import * as regExcel from './excel.js';
import * as s from './schemas.js';
import * as regs from './service.js';

/** Đăng ký thi đua: a unit's titles and targets, in Excel too; submitted, approved or returned above; totals of a subtree. */
export async function registrationRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  const tags = ['registrations'];
  r.get('/registrations', { config: P('registration', 'read'), schema: { tags, summary: 'Danh sách đăng ký thi đua', querystring: s.listRegistrationsQuery, response: { 200: registrationPage } } }, async (req) => regs.list(deps, ctxOf(req), req.query));
  r.get('/registrations/summary', { config: P('registration', 'read'), schema: { tags, summary: 'Tổng hợp đăng ký thi đua của các đơn vị trực thuộc: theo danh hiệu, theo đơn vị', querystring: s.summaryQuery, response: { 200: registrationSummary } } }, async (req) => regs.summary(deps, ctxOf(req), req.query));
  r.post('/registrations', { config: P('registration', 'create'), schema: { tags, summary: 'Tạo bản đăng ký thi đua của đơn vị (năm hoặc phong trào)', body: s.createRegistrationBody, response: { 201: registration } } }, async (req, reply) => {
    reply.status(201);
    return regs.create(deps, ctxOf(req), req.body);
  });
  r.get('/registrations/:id', { config: P('registration', 'read'), schema: { tags, summary: 'Chi tiết bản đăng ký', params: idParam, response: { 200: registrationDetail } } }, async (req) => regs.get(deps, ctxOf(req), req.params.id));
  r.post('/registrations/:id/entries', { config: P('registration', 'update'), schema: { tags, summary: 'Thêm danh hiệu đăng ký (tập thể hoặc cá nhân)', params: idParam, body: s.entryBody, response: { 201: entryAdded } } }, async (req, reply) => {
    reply.status(201);
    return regs.addEntry(deps, ctxOf(req), req.params.id, req.body);
  });
  r.delete('/registrations/:id/entries/:entryId', { config: P('registration', 'update'), schema: { tags, summary: 'Bỏ một dòng đăng ký', params: z.object({ id: z.coerce.number().int().positive(), entryId: z.coerce.number().int().positive() }), response: { 200: ok } } }, async (req) => {
    await regs.removeEntry(deps, ctxOf(req), req.params.id, req.params.entryId);
    return { ok: true as const };
  });
  r.get('/registrations/import-template', { config: P('registration', 'read'), schema: { tags, summary: 'Mẫu Excel đăng ký danh hiệu thi đua', response: { 200: xlsxResponse } } }, async (_req, reply) => {
    const t = await regExcel.template();
    return sendXlsx(reply, t.filename, t.buffer);
  });
  r.post('/registrations/:id/import', { config: P('registration', 'import'), schema: { tags, summary: 'Nhập danh hiệu đăng ký từ Excel (multipart, trường "file"); dryRun=1 chỉ kiểm tra', params: idParam, querystring: z.object({ dryRun: boolQuery }), consumes: ['multipart/form-data'], response: { 200: entryImportResult } } }, async (req) => {
    const buffer = await readUpload(req, deps.cfg.uploadMaxBytes);
    return regExcel.importEntries(deps, ctxOf(req), req.params.id, buffer, { dryRun: !!req.query.dryRun });
  });
  r.get('/registrations/:id/export', { config: P('registration', 'export'), schema: { tags, summary: 'Xuất danh hiệu đăng ký ra Excel', params: idParam, response: { 200: xlsxResponse } } }, async (req, reply) => {
    const t = await regExcel.exportEntries(deps, ctxOf(req), req.params.id);
    return sendXlsx(reply, t.filename, t.buffer);
  });
  r.post('/registrations/:id/submit', { config: P('registration', 'submit'), schema: { tags, summary: 'Gửi bản đăng ký lên cấp trên', params: idParam, body: versionBody, response: { 200: registration } } }, async (req) => regs.submit(deps, ctxOf(req), req.params.id, req.body.version));
  r.post('/registrations/:id/approve', { config: P('registration', 'appraise'), schema: { tags, summary: 'Cấp trên duyệt bản đăng ký', params: idParam, body: versionBody, response: { 200: registration } } }, async (req) => regs.decide(deps, ctxOf(req), req.params.id, 'approved', req.body));
  r.post('/registrations/:id/return', { config: P('registration', 'appraise'), schema: { tags, summary: 'Cấp trên trả lại bản đăng ký với lý do', params: idParam, body: s.returnBody, response: { 200: registration } } }, async (req) => regs.decide(deps, ctxOf(req), req.params.id, 'returned', req.body));
}
