import type { FastifyInstance } from 'fastify';
import { ok } from '../../../shared/contract/common.js';
import { target, targetList } from '../../../shared/contract/targets.js';
import { ctxOf, idParam, zapp, type Deps } from '../../platform/http.js';
import { P, versionQuery } from '../plans/http.js';
import * as s from './schemas.js';
import * as targets from './service.js';

/** Chỉ tiêu thi đua of plans, movements and registrations, and their periodic figures. */
export async function targetRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  const tags = ['targets'];
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
}
