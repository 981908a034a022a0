import type { FastifyInstance } from 'fastify';
import { ok } from '../../../shared/contract/common.js';
import { person, personDetail, personPage } from '../../../shared/contract/people.js';
import { ctxOf, idParam, policy, versionQuery, zapp, type Deps } from '../../platform/http.js';
import { createPersonBody, peopleListQuery, transferBody, updatePersonBody } from './schemas.js';
import * as svc from './service.js';

const tags = ['people'];

export async function peopleRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  r.get('/people', { config: policy('person', 'read'), schema: { tags, summary: 'Tìm kiếm cá nhân (không phân biệt dấu)', querystring: peopleListQuery, response: { 200: personPage } } }, async (req) => {
    const { page, pageSize, ...f } = req.query;
    return svc.listPeople(deps, ctxOf(req), f, page, pageSize);
  });
  r.get('/people/:id', { config: policy('person', 'read'), schema: { tags, summary: 'Chi tiết cá nhân', params: idParam, response: { 200: personDetail } } }, async (req) =>
    svc.getPerson(deps, ctxOf(req), req.params.id),
  );
  r.post('/people', { config: policy('person', 'create'), schema: { tags, summary: 'Thêm cá nhân', body: createPersonBody, response: { 201: person } } }, async (req, reply) => {
    reply.status(201);
    return svc.createPerson(deps, ctxOf(req), req.body);
  });
  r.patch('/people/:id', { config: policy('person', 'update'), schema: { tags, summary: 'Sửa cá nhân', params: idParam, body: updatePersonBody, response: { 200: person } } }, async (req) =>
    svc.updatePerson(deps, ctxOf(req), req.params.id, req.body),
  );
  r.post(
    '/people/:id/transfer',
    { config: policy('person', 'update'), schema: { tags, summary: 'Điều chuyển cá nhân sang đơn vị khác', params: idParam, body: transferBody, response: { 200: person } } },
    async (req) => svc.transferPerson(deps, ctxOf(req), req.params.id, req.body),
  );
  r.delete(
    '/people/:id',
    { config: policy('person', 'delete'), schema: { tags, summary: 'Xóa cá nhân', params: idParam, querystring: versionQuery, response: { 200: ok } } },
    async (req) => {
      await svc.deletePerson(deps, ctxOf(req), req.params.id, req.query.version);
      return { ok: true as const };
    },
  );
}
