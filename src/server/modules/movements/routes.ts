import type { FastifyInstance } from 'fastify';
import { movement, movementDetail, movementPage } from '../../../shared/contract/movements.js';
import { movementProgress } from '../../../shared/contract/targets.js';
import { planDocx } from '../../documents/plan.js';
import { MIME, ctxOf, idParam, zapp, type Deps } from '../../platform/http.js';
import { P, docxResponse, sendFile, versionBody } from '../plans/http.js';
import * as targets from '../targets/service.js';
import * as s from './schemas.js';
import * as movements from './service.js';

/** Emulation movements: draft, launch, close, the launch document, the progress of their targets. */
export async function movementRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  const tags = ['movements'];
  r.get('/movements', { config: P('movement', 'read'), schema: { tags, summary: 'Danh sách phong trào thi đua', querystring: s.listMovementsQuery, response: { 200: movementPage } } }, async (req) => movements.list(deps, ctxOf(req), req.query));
  r.post('/movements', { config: P('movement', 'create'), schema: { tags, summary: 'Tạo phong trào (dự thảo) với chỉ tiêu khen thưởng, hạn hồ sơ, tài liệu', body: s.createMovementBody, response: { 201: movement } } }, async (req, reply) => {
    reply.status(201);
    return movements.create(deps, ctxOf(req), req.body as never);
  });
  r.get('/movements/:id', { config: P('movement', 'read'), schema: { tags, summary: 'Chi tiết phong trào: đăng ký, chỉ tiêu, hồ sơ, khen thưởng', params: idParam, response: { 200: movementDetail } } }, async (req) => movements.get(deps, ctxOf(req), req.params.id));
  r.patch('/movements/:id', { config: P('movement', 'update'), schema: { tags, summary: 'Sửa phong trào', params: idParam, body: s.updateMovementBody, response: { 200: movement } } }, async (req) => movements.update(deps, ctxOf(req), req.params.id, req.body as never));
  r.post('/movements/:id/launch', { config: P('movement', 'decide'), schema: { tags, summary: 'Phát động phong trào', params: idParam, body: s.launchBody, response: { 200: movement } } }, async (req) => movements.setStatus(deps, ctxOf(req), req.params.id, 'launched', req.body));
  r.post('/movements/:id/close', { config: P('movement', 'decide'), schema: { tags, summary: 'Tổng kết (đóng) phong trào', params: idParam, body: versionBody, response: { 200: movement } } }, async (req) => movements.setStatus(deps, ctxOf(req), req.params.id, 'closed', req.body));
  r.get('/movements/:id/document.docx', { config: P('movement', 'export'), schema: { tags, summary: 'Kế hoạch phát động phong trào dạng DOCX', params: idParam, response: { 200: docxResponse } } }, async (req, reply) => {
    const m = await movements.loadReadable(deps, ctxOf(req), req.params.id);
    return sendFile(reply, MIME.docx, `phat-dong-${m.id}.docx`, await planDocx(await movements.launchDocument(deps.database.db, m)));
  });
  r.get('/movements/:id/progress', { config: P('target', 'read'), schema: { tags, summary: 'Tiến độ chỉ tiêu của phong trào theo đơn vị và theo kỳ', params: idParam, querystring: s.progressQuery, response: { 200: movementProgress } } }, async (req) => {
    const m = await movements.loadReadable(deps, ctxOf(req), req.params.id);
    return targets.movementProgress(deps, ctxOf(req), m.id, m.unitPath, req.query);
  });
}
