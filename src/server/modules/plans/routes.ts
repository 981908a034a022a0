import type { FastifyInstance } from 'fastify';
import { ok } from '../../../shared/contract/common.js';
import { cascadeResponse, plan, planDetail, planPage } from '../../../shared/contract/plans.js';
import { task } from '../../../shared/contract/tasks.js';
import { planDocx, planPdf } from '../../documents/plan.js';
import { MIME, ctxOf, idParam, zapp, type Deps } from '../../platform/http.js';
import * as tasks from '../tasks/service.js';
import * as taskSchemas from '../tasks/schemas.js';
import { P, docxResponse, pdfResponse, sendFile, slug, versionQuery } from './http.js';
import * as s from './schemas.js';
import * as plans from './service.js';

/** Plans (docs/planning.md): draft, edit, issue, amend, the cascade to lower units, DOCX/PDF, a plan's new tasks. */
export async function planRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  const tags = ['plans'];
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
  r.get('/plans/:id/document.docx', { config: P('plan', 'export'), schema: { tags, summary: 'Kế hoạch dạng DOCX (Nghị định 30/2020)', params: idParam, response: { 200: docxResponse } } }, async (req, reply) => {
    const p = await plans.loadReadable(deps, ctxOf(req), req.params.id);
    return sendFile(reply, MIME.docx, `ke-hoach-${slug(p.number, String(p.id))}.docx`, await planDocx(plans.documentData(p)));
  });
  r.get('/plans/:id/document.pdf', { config: P('plan', 'export'), schema: { tags, summary: 'Kế hoạch dạng PDF', params: idParam, response: { 200: pdfResponse } } }, async (req, reply) => {
    const p = await plans.loadReadable(deps, ctxOf(req), req.params.id);
    return sendFile(reply, MIME.pdf, `ke-hoach-${slug(p.number, String(p.id))}.pdf`, await planPdf(plans.documentData(p)));
  });
  r.post('/plans/:id/tasks', { config: P('plan_task', 'create'), schema: { tags, summary: 'Thêm nhiệm vụ của kế hoạch', params: idParam, body: taskSchemas.createTaskBody, response: { 201: task } } }, async (req, reply) => {
    reply.status(201);
    return tasks.create(deps, ctxOf(req), req.params.id, req.body);
  });
}
