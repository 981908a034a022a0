import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { planDocx, planPdf } from '../../documents/plan.js';
import { storeFile } from '../../platform/files.js';
import { ok } from '../../../shared/contract/common.js';
import { uploadedFile } from '../../../shared/contract/files.js';
import { outboxPage, reminderOutcome } from '../../../shared/contract/mail.js';
import { movement, movementDetail, movementPage } from '../../../shared/contract/movements.js';
import { cascadeResponse, plan, planDetail, planPage } from '../../../shared/contract/plans.js';
import { entryAdded, entryImportResult, registration, registrationDetail, registrationPage, registrationSummary } from '../../../shared/contract/registrations.js';
import { review, reviewList } from '../../../shared/contract/reviews.js';
import { movementProgress, target, targetList } from '../../../shared/contract/targets.js';
import { task, taskDetail, taskPage } from '../../../shared/contract/tasks.js';
import { MIME, boolQuery, ctxOf, fileResponse, idParam, sendXlsx, zapp, type Deps } from '../../platform/http.js';
import { readUpload, readUploadFile } from '../../platform/upload.js';
import * as movements from './movements.js';
import * as plans from './plans.js';
import * as regs from './registrations.js';
import * as reminders from './reminders.js';
import * as regExcel from './registration-excel.js';
import * as reviews from './reviews.js';
import * as s from './schemas.js';
import * as targets from './targets.js';
import * as tasks from './tasks.js';

const versionQuery = z.object({ version: z.coerce.number().int().positive() });
const versionBody = z.object({ version: z.number().int().positive() }).strict();

function sendFile(reply: FastifyReply, mime: string, filename: string, buf: Buffer) {
  return reply.header('content-type', mime).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`).send(buf);
}
const DOCX = MIME.docx;
const docx = fileResponse('Tệp Word', MIME.docx);
const pdf = fileResponse('Tệp PDF', MIME.pdf);
const xlsx = fileResponse('Tệp Excel', MIME.xlsx);
const slug = (s: string | null, fallback: string) => (s ?? fallback).replace(/[^\p{L}\p{N}-]+/gu, '-');

/**
 * Planning (docs/planning.md): /plans (+ tasks, cascade, DOCX/PDF), /tasks, /movements,
 * /registrations, /targets, /files (evidence uploads), /mail (the outbox and reminders).
 */
export async function planningRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  const P = (resource: 'plan' | 'plan_task' | 'movement' | 'registration' | 'target' | 'mail', action: 'read' | 'create' | 'update' | 'delete' | 'export' | 'decide' | 'submit' | 'appraise' | 'import') => ({ policy: { resource, action } });

  // ---- plans
  let tags = ['plans'];
  r.get('/plans', { config: P('plan', 'read'), schema: { tags, summary: 'Danh sách kế hoạch TĐKT (của đơn vị trong phạm vi và của cấp trên)', querystring: s.listPlansQuery, response: { 200: planPage } } }, async (req) => plans.list(deps, ctxOf(req), req.query));
  r.post('/plans', { config: P('plan', 'create'), schema: { tags, summary: 'Tạo kế hoạch (dự thảo); parentPlanId: xây dựng từ kế hoạch cấp trên', body: s.createPlanBody, response: { 201: plan } } }, async (req, reply) => {
    reply.status(201);
    return plans.create(deps, ctxOf(req), req.body as never);
  });
  r.get('/plans/:id', { config: P('plan', 'read'), schema: { tags, summary: 'Chi tiết kế hoạch', params: idParam, response: { 200: planDetail } } }, async (req) => plans.get(deps, ctxOf(req), req.params.id));
  r.patch('/plans/:id', { config: P('plan', 'update'), schema: { tags, summary: 'Sửa kế hoạch dự thảo', params: idParam, body: s.updatePlanBody, response: { 200: plan } } }, async (req) => plans.update(deps, ctxOf(req), req.params.id, req.body as never));
  r.delete('/plans/:id', { config: P('plan', 'delete'), schema: { tags, summary: 'Xóa kế hoạch dự thảo', params: idParam, querystring: versionQuery, response: { 200: ok } } }, async (req) => {
    await plans.remove(deps, ctxOf(req), req.params.id, req.query.version);
    return { ok: true as const };
  });
  r.post('/plans/:id/issue', { config: P('plan', 'decide'), schema: { tags, summary: 'Ban hành kế hoạch (số, ngày); sau đó chỉ đọc', params: idParam, body: s.issuePlanBody, response: { 200: plan } } }, async (req) => plans.issue(deps, ctxOf(req), req.params.id, req.body));
  r.post('/plans/:id/amend', { config: P('plan', 'create'), schema: { tags, summary: 'Tạo bản sửa đổi, bổ sung của kế hoạch đã ban hành', params: idParam, response: { 201: plan } } }, async (req, reply) => {
    reply.status(201);
    return plans.amend(deps, ctxOf(req), req.params.id);
  });
  r.post('/plans/:id/cascade', { config: P('plan', 'update'), schema: { tags, summary: 'Yêu cầu cấp dưới ban hành kế hoạch trước một ngày', params: idParam, body: s.cascadeBody, response: { 200: plan } } }, async (req) => plans.setCascade(deps, ctxOf(req), req.params.id, req.body));
  r.get('/plans/:id/cascade', { config: P('plan', 'read'), schema: { tags, summary: 'Theo dõi cấp dưới ban hành kế hoạch: đã ban hành, trễ hạn', params: idParam, querystring: s.cascadeQuery, response: { 200: cascadeResponse } } }, async (req) => plans.cascade(deps, ctxOf(req), req.params.id, req.query));
  r.get('/plans/:id/document.docx', { config: P('plan', 'export'), schema: { tags, summary: 'Kế hoạch dạng DOCX (Nghị định 30/2020)', params: idParam, response: { 200: docx } } }, async (req, reply) => {
    const p = await plans.loadReadable(deps, ctxOf(req), req.params.id);
    return sendFile(reply, DOCX, `ke-hoach-${slug(p.number, String(p.id))}.docx`, await planDocx(plans.documentData(p)));
  });
  r.get('/plans/:id/document.pdf', { config: P('plan', 'export'), schema: { tags, summary: 'Kế hoạch dạng PDF', params: idParam, response: { 200: pdf } } }, async (req, reply) => {
    const p = await plans.loadReadable(deps, ctxOf(req), req.params.id);
    return sendFile(reply, MIME.pdf, `ke-hoach-${slug(p.number, String(p.id))}.pdf`, await planPdf(plans.documentData(p)));
  });
  r.post('/plans/:id/tasks', { config: P('plan_task', 'create'), schema: { tags, summary: 'Thêm nhiệm vụ của kế hoạch', params: idParam, body: s.createTaskBody, response: { 201: task } } }, async (req, reply) => {
    reply.status(201);
    return tasks.create(deps, ctxOf(req), req.params.id, req.body);
  });

  r.get('/plans/:id/reviews', { config: P('plan', 'read'), schema: { tags, summary: 'Báo cáo sơ kết, tổng kết của kế hoạch', params: idParam, response: { 200: reviewList } } }, async (req) => reviews.list(deps, ctxOf(req), req.params.id));
  r.post('/plans/:id/reviews', { config: P('plan', 'update'), schema: { tags, summary: 'Soạn báo cáo sơ kết 6 tháng / tổng kết năm từ dữ liệu', params: idParam, body: s.createReviewBody, response: { 201: review } } }, async (req, reply) => {
    reply.status(201);
    return reviews.create(deps, ctxOf(req), req.params.id, req.body);
  });
  r.get('/reviews/:id', { config: P('plan', 'read'), schema: { tags, summary: 'Chi tiết báo cáo sơ kết, tổng kết', params: idParam, response: { 200: review } } }, async (req) => reviews.get(deps, ctxOf(req), req.params.id));
  r.patch('/reviews/:id', { config: P('plan', 'update'), schema: { tags, summary: 'Sửa báo cáo sơ kết, tổng kết', params: idParam, body: s.updateReviewBody, response: { 200: review } } }, async (req) => reviews.update(deps, ctxOf(req), req.params.id, req.body as never));
  r.get('/reviews/:id/document.docx', { config: P('plan', 'export'), schema: { tags, summary: 'Báo cáo sơ kết, tổng kết dạng DOCX', params: idParam, response: { 200: docx } } }, async (req, reply) => {
    const x = await reviews.get(deps, ctxOf(req), req.params.id);
    return sendFile(reply, DOCX, `bao-cao-${x.kind === 'so_ket' ? 'so-ket' : 'tong-ket'}-${x.id}.docx`, await planDocx(x.content));
  });

  // ---- tasks
  tags = ['tasks'];
  r.get('/tasks', { config: P('plan_task', 'read'), schema: { tags, summary: 'Nhiệm vụ (lọc theo kế hoạch, đơn vị chủ trì, quý, quá hạn, khoảng ngày)', querystring: s.listTasksQuery, response: { 200: taskPage } } }, async (req) => tasks.list(deps, ctxOf(req), req.query));
  r.get('/tasks/:id', { config: P('plan_task', 'read'), schema: { tags, summary: 'Chi tiết nhiệm vụ và báo cáo tiến độ', params: idParam, response: { 200: taskDetail } } }, async (req) => tasks.get(deps, ctxOf(req), req.params.id));
  r.patch('/tasks/:id', { config: P('plan_task', 'update'), schema: { tags, summary: 'Sửa nhiệm vụ', params: idParam, body: s.updateTaskBody, response: { 200: task } } }, async (req) => tasks.update(deps, ctxOf(req), req.params.id, req.body));
  r.delete('/tasks/:id', { config: P('plan_task', 'delete'), schema: { tags, summary: 'Xóa nhiệm vụ', params: idParam, querystring: versionQuery, response: { 200: ok } } }, async (req) => {
    await tasks.remove(deps, ctxOf(req), req.params.id, req.query.version);
    return { ok: true as const };
  });
  r.post('/tasks/:id/notes', { config: P('plan_task', 'update'), schema: { tags, summary: 'Báo cáo tiến độ (trạng thái, %, minh chứng)', params: idParam, body: s.taskNoteBody, response: { 200: taskDetail } } }, async (req) => tasks.addNote(deps, ctxOf(req), req.params.id, req.body));
  r.get('/tasks/:id/notes/:noteId/file', { config: P('plan_task', 'read'), schema: { tags, summary: 'Tải tệp minh chứng', params: z.object({ id: z.coerce.number().int().positive(), noteId: z.coerce.number().int().positive() }), response: { 200: fileResponse('Tệp minh chứng (đúng kiểu của tệp đã tải lên)', MIME.any) } } }, async (req, reply) => {
    const f = await tasks.noteFile(deps, ctxOf(req), req.params.id, req.params.noteId);
    return sendFile(reply, f.mime, f.fileName, f.content);
  });

  // ---- evidence uploads
  r.post('/files', { config: { policy: { authenticated: true } }, schema: { tags: ['files'], summary: 'Tải lên tệp minh chứng (multipart, trường "file"); trả về sha256 để gắn vào báo cáo', consumes: ['multipart/form-data'], response: { 201: uploadedFile } } }, async (req, reply) => {
    const { buffer, filename } = await readUploadFile(req, deps.cfg.uploadMaxBytes);
    const f = await storeFile(deps.database.db, buffer, filename);
    reply.status(201);
    return { sha256: f.sha256, fileName: f.filename, size: f.size, mime: f.mime };
  });

  // ---- movements
  tags = ['movements'];
  r.get('/movements', { config: P('movement', 'read'), schema: { tags, summary: 'Danh sách phong trào thi đua', querystring: s.listMovementsQuery, response: { 200: movementPage } } }, async (req) => movements.list(deps, ctxOf(req), req.query));
  r.post('/movements', { config: P('movement', 'create'), schema: { tags, summary: 'Tạo phong trào (dự thảo) với chỉ tiêu khen thưởng, hạn hồ sơ, tài liệu', body: s.createMovementBody, response: { 201: movement } } }, async (req, reply) => {
    reply.status(201);
    return movements.create(deps, ctxOf(req), req.body as never);
  });
  r.get('/movements/:id', { config: P('movement', 'read'), schema: { tags, summary: 'Chi tiết phong trào: đăng ký, chỉ tiêu, hồ sơ, khen thưởng', params: idParam, response: { 200: movementDetail } } }, async (req) => movements.get(deps, ctxOf(req), req.params.id));
  r.patch('/movements/:id', { config: P('movement', 'update'), schema: { tags, summary: 'Sửa phong trào', params: idParam, body: s.updateMovementBody, response: { 200: movement } } }, async (req) => movements.update(deps, ctxOf(req), req.params.id, req.body as never));
  r.post('/movements/:id/launch', { config: P('movement', 'decide'), schema: { tags, summary: 'Phát động phong trào', params: idParam, body: s.launchBody, response: { 200: movement } } }, async (req) => movements.setStatus(deps, ctxOf(req), req.params.id, 'launched', req.body));
  r.post('/movements/:id/close', { config: P('movement', 'decide'), schema: { tags, summary: 'Tổng kết (đóng) phong trào', params: idParam, body: versionBody, response: { 200: movement } } }, async (req) => movements.setStatus(deps, ctxOf(req), req.params.id, 'closed', req.body));
  r.get('/movements/:id/document.docx', { config: P('movement', 'export'), schema: { tags, summary: 'Kế hoạch phát động phong trào dạng DOCX', params: idParam, response: { 200: docx } } }, async (req, reply) => {
    const m = await movements.loadReadable(deps, ctxOf(req), req.params.id);
    return sendFile(reply, DOCX, `phat-dong-${m.id}.docx`, await planDocx(await movements.launchDocument(deps.database.db, m)));
  });
  r.get('/movements/:id/progress', { config: P('target', 'read'), schema: { tags, summary: 'Tiến độ chỉ tiêu của phong trào theo đơn vị và theo kỳ', params: idParam, querystring: s.progressQuery, response: { 200: movementProgress } } }, async (req) => {
    const m = await movements.loadReadable(deps, ctxOf(req), req.params.id);
    return targets.movementProgress(deps, ctxOf(req), m.id, m.unitPath, req.query);
  });

  // ---- registrations
  tags = ['registrations'];
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
  r.get('/registrations/import-template', { config: P('registration', 'read'), schema: { tags, summary: 'Mẫu Excel đăng ký danh hiệu thi đua', response: { 200: xlsx } } }, async (_req, reply) => {
    const t = await regExcel.template();
    return sendXlsx(reply, t.filename, t.buffer);
  });
  r.post('/registrations/:id/import', { config: P('registration', 'import'), schema: { tags, summary: 'Nhập danh hiệu đăng ký từ Excel (multipart, trường "file"); dryRun=1 chỉ kiểm tra', params: idParam, querystring: z.object({ dryRun: boolQuery }), consumes: ['multipart/form-data'], response: { 200: entryImportResult } } }, async (req) => {
    const buffer = await readUpload(req, deps.cfg.uploadMaxBytes);
    return regExcel.importEntries(deps, ctxOf(req), req.params.id, buffer, { dryRun: !!req.query.dryRun });
  });
  r.get('/registrations/:id/export', { config: P('registration', 'export'), schema: { tags, summary: 'Xuất danh hiệu đăng ký ra Excel', params: idParam, response: { 200: xlsx } } }, async (req, reply) => {
    const t = await regExcel.exportEntries(deps, ctxOf(req), req.params.id);
    return sendXlsx(reply, t.filename, t.buffer);
  });
  r.post('/registrations/:id/submit', { config: P('registration', 'submit'), schema: { tags, summary: 'Gửi bản đăng ký lên cấp trên', params: idParam, body: versionBody, response: { 200: registration } } }, async (req) => regs.submit(deps, ctxOf(req), req.params.id, req.body.version));
  r.post('/registrations/:id/approve', { config: P('registration', 'appraise'), schema: { tags, summary: 'Cấp trên duyệt bản đăng ký', params: idParam, body: versionBody, response: { 200: registration } } }, async (req) => regs.decide(deps, ctxOf(req), req.params.id, 'approved', req.body));
  r.post('/registrations/:id/return', { config: P('registration', 'appraise'), schema: { tags, summary: 'Cấp trên trả lại bản đăng ký với lý do', params: idParam, body: s.returnBody, response: { 200: registration } } }, async (req) => regs.decide(deps, ctxOf(req), req.params.id, 'returned', req.body));

  // ---- targets
  tags = ['targets'];
  r.get('/targets', { config: P('target', 'read'), schema: { tags, summary: 'Chỉ tiêu thi đua với số liệu thực hiện và mức đạt', querystring: s.listTargetsQuery, response: { 200: targetList } } }, async (req) => targets.list(deps, ctxOf(req), req.query));
  r.post('/targets', { config: P('target', 'create'), schema: { tags, summary: 'Thêm chỉ tiêu (của kế hoạch, phong trào hoặc bản đăng ký)', body: s.createTargetBody, response: { 201: target } } }, async (req, reply) => {
    reply.status(201);
    return targets.create(deps, ctxOf(req), req.body);
  });
  r.patch('/targets/:id', { config: P('target', 'update'), schema: { tags, summary: 'Sửa chỉ tiêu', params: idParam, body: s.updateTargetBody, response: { 200: target } } }, async (req) => targets.update(deps, ctxOf(req), req.params.id, req.body));
  r.delete('/targets/:id', { config: P('target', 'delete'), schema: { tags, summary: 'Xóa chỉ tiêu', params: idParam, querystring: versionQuery, response: { 200: ok } } }, async (req) => {
    await targets.remove(deps, ctxOf(req), req.params.id, req.query.version);
    return { ok: true as const };
  });
  r.post('/targets/:id/actuals', { config: P('target', 'update'), schema: { tags, summary: 'Nhập số liệu thực hiện của một kỳ (2026-Q1, 2026-M03, 2026)', params: idParam, body: s.actualBody, response: { 200: target } } }, async (req) => targets.addActual(deps, ctxOf(req), req.params.id, req.body));

  // ---- mail: the development outbox, and reminders run now
  // (installation-wide: a grant on the root unit)
  r.get('/mail/outbox', { config: P('mail', 'read'), schema: { tags: ['mail'], summary: 'Thư đã gửi / hộp thư đi khi chưa cấu hình SMTP', querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50) }), response: { 200: outboxPage } } }, async (req) =>
    reminders.readOutbox(deps, ctxOf(req), req.query.page, req.query.pageSize),
  );
  r.post('/mail/reminders', { config: P('mail', 'create'), schema: { tags: ['mail'], summary: 'Nhắc việc ngay: nhiệm vụ sắp đến hạn và quá hạn', response: { 200: reminderOutcome } } }, async (req) => reminders.remindNow(deps, ctxOf(req)));
}
