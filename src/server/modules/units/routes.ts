import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { unit, unitDetail, unitItems, unitKindCreated, unitKindItems, unitPage } from '../../../shared/contract/units.js';
import { boolQuery, ctxOf, idParam, policy, zapp, type Deps } from '../../platform/http.js';
import { createUnitBody, isoDate, unitListQuery, updateUnitBody } from './schemas.js';
import * as svc from './service.js';

const tags = ['units'];

export async function unitRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  r.get('/units', { config: policy('unit', 'read'), schema: { tags, summary: 'Danh sách đơn vị', querystring: unitListQuery, response: { 200: unitPage } } }, async (req) => {
    const { page, pageSize, ...f } = req.query;
    return svc.listUnits(deps, ctxOf(req), f, page, pageSize);
  });
  r.get('/units/roots', { config: policy('unit', 'read'), schema: { tags, summary: 'Các đơn vị gốc trong phạm vi người dùng', response: { 200: unitItems } } }, async (req) =>
    svc.rootUnits(deps, ctxOf(req)),
  );
  r.get(
    '/units/:id',
    { config: policy('unit', 'read'), schema: { tags, summary: 'Chi tiết đơn vị', params: idParam, response: { 200: unitDetail } } },
    async (req) => svc.getUnit(deps, ctxOf(req), req.params.id),
  );
  r.get(
    '/units/:id/children',
    { config: policy('unit', 'read'), schema: { tags, summary: 'Đơn vị trực thuộc', params: idParam, querystring: z.object({ includeInactive: boolQuery }), response: { 200: unitItems } } },
    async (req) => svc.childUnits(deps, ctxOf(req), req.params.id, req.query.includeInactive ?? false),
  );
  r.post('/units', { config: policy('unit', 'create'), schema: { tags, summary: 'Thêm đơn vị', body: createUnitBody, response: { 201: unit } } }, async (req, reply) => {
    reply.status(201);
    return svc.createUnit(deps, ctxOf(req), req.body);
  });
  r.patch(
    '/units/:id',
    { config: policy('unit', 'update'), schema: { tags, summary: 'Sửa đơn vị', params: idParam, body: updateUnitBody, response: { 200: unit } } },
    async (req) => svc.updateUnit(deps, ctxOf(req), req.params.id, req.body),
  );
  r.post(
    '/units/:id/merge',
    {
      config: policy('unit', 'merge'),
      schema: { tags, summary: 'Sáp nhập đơn vị', params: idParam, body: z.object({ intoUnitId: z.number().int().positive(), date: isoDate, note: z.string().max(1000).optional() }).strict(), response: { 200: unit } },
    },
    async (req) => svc.mergeUnit(deps, ctxOf(req), req.params.id, req.body),
  );
  r.post(
    '/units/:id/abolish',
    {
      config: policy('unit', 'merge'),
      schema: { tags, summary: 'Giải thể / chấm dứt hoạt động đơn vị', params: idParam, body: z.object({ date: isoDate, note: z.string().max(1000).optional() }).strict(), response: { 200: unit } },
    },
    async (req) => svc.abolishUnit(deps, ctxOf(req), req.params.id, req.body),
  );
  r.get('/unit-kinds', { config: policy('unit_kind', 'read'), schema: { tags, summary: 'Danh mục loại hình đơn vị', response: { 200: unitKindItems } } }, async () => ({
    items: await svc.listKinds(deps),
  }));
  r.post(
    '/unit-kinds',
    {
      config: policy('unit_kind', 'create'),
      schema: { tags, summary: 'Thêm loại hình đơn vị', body: z.object({ code: z.string().trim().regex(/^[a-z0-9_]{2,40}$/, 'Mã chỉ gồm chữ thường không dấu, số, gạch dưới'), name: z.string().trim().min(1).max(200) }).strict(), response: { 201: unitKindCreated } },
    },
    async (req, reply) => {
      reply.status(201);
      return svc.createKind(deps, ctxOf(req), req.body);
    },
  );
}
