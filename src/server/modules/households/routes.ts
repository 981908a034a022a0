import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ok } from '../../../shared/contract/common.js';
import { household, householdDetail, householdPage } from '../../../shared/contract/households.js';
import { ctxOf, idParam, policy, versionQuery, zapp, type Deps } from '../../platform/http.js';
import * as svc from './service.js';

const tags = ['households'];
const member = z.object({ personId: z.number().int().positive(), relation: z.string().trim().max(50).nullable().optional() });
const fields = {
  code: z.string().trim().min(1, 'Nhập mã hộ').max(40),
  headPersonId: z.number().int().positive().nullable().optional(),
  headName: z.string().trim().min(2, 'Nhập họ tên chủ hộ').max(150),
  address: z.string().trim().max(500).nullable().optional(),
  thonUnitId: z.number().int().positive(),
  members: z.array(member).max(50).optional(),
};
const createBody = z.object(fields).strict();
const updateBody = z
  .object({
    code: fields.code.optional(),
    headPersonId: fields.headPersonId,
    headName: fields.headName.optional(),
    address: fields.address,
    thonUnitId: fields.thonUnitId.optional(),
    members: fields.members,
    version: z.number().int().positive(),
  })
  .strict();
export const householdListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export async function householdRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  r.get('/households', { config: policy('household', 'read'), schema: { tags, summary: 'Danh sách hộ gia đình', querystring: householdListQuery, response: { 200: householdPage } } }, async (req) => {
    const { page, pageSize, ...f } = req.query;
    return svc.listHouseholds(deps, ctxOf(req), f, page, pageSize);
  });
  r.get('/households/:id', { config: policy('household', 'read'), schema: { tags, summary: 'Chi tiết hộ gia đình', params: idParam, response: { 200: householdDetail } } }, async (req) =>
    svc.getHousehold(deps, ctxOf(req), req.params.id),
  );
  r.post('/households', { config: policy('household', 'create'), schema: { tags, summary: 'Thêm hộ gia đình', body: createBody, response: { 201: household } } }, async (req, reply) => {
    reply.status(201);
    return svc.createHousehold(deps, ctxOf(req), req.body);
  });
  r.patch(
    '/households/:id',
    { config: policy('household', 'update'), schema: { tags, summary: 'Sửa hộ gia đình', params: idParam, body: updateBody, response: { 200: household } } },
    async (req) => svc.updateHousehold(deps, ctxOf(req), req.params.id, req.body),
  );
  r.delete(
    '/households/:id',
    { config: policy('household', 'delete'), schema: { tags, summary: 'Xóa hộ gia đình', params: idParam, querystring: versionQuery, response: { 200: ok } } },
    async (req) => {
      await svc.deleteHousehold(deps, ctxOf(req), req.params.id, req.query.version);
      return { ok: true as const };
    },
  );
}
