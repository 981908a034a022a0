import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isValidIsoDate } from '../../../domain/index.js';
import { ok, pageOf } from '../../../shared/contract/common.js';
import { recordSchemas } from '../../../shared/contract/records.js';
import { subjectCheck } from '../../../shared/contract/rules.js';
import { ctxOf, idParam, zapp, type Deps } from '../../platform/http.js';
import { checkSubject } from './facts.js';
import { KINDS, RECORD_KINDS } from './kinds.js';
import { checkSubjectBody, createBody, listQuery, updateBody } from './schemas.js';
import * as svc from './service.js';

const tags = ['records'];

/**
 * /records/{kind}: list (filters personId, unitId[, unitOnly], subject, year, award), detail,
 * create, update (optimistic `version`), delete (?version=). Kinds: ratings, initiatives, research,
 * discipline, pending, awards (the award register).
 */
export async function recordRoutes(app: FastifyInstance, deps: Deps) {
  const r = zapp(app);
  for (const kind of RECORD_KINDS) {
    const spec = KINDS[kind];
    const resource = spec.resource;
    const base = `/records/${kind}`;
    r.get(base, { config: { policy: { resource, action: 'read' } }, schema: { tags, summary: `Danh sách ${spec.name}`, querystring: listQuery, response: { 200: pageOf(recordSchemas[kind]) } } }, async (req) =>
      svc.list(deps, ctxOf(req), kind, req.query),
    );
    r.get(`${base}/:id`, { config: { policy: { resource, action: 'read' } }, schema: { tags, summary: `Chi tiết ${spec.name}`, params: idParam, response: { 200: recordSchemas[kind] } } }, async (req) =>
      svc.get(deps, ctxOf(req), kind, req.params.id),
    );
    r.post(base, { config: { policy: { resource, action: 'create' } }, schema: { tags, summary: `Thêm ${spec.name}`, body: createBody[kind], response: { 201: recordSchemas[kind] } } }, async (req, reply) => {
      reply.status(201);
      return svc.create(deps, ctxOf(req), kind, req.body as Record<string, unknown>);
    });
    r.patch(
      `${base}/:id`,
      { config: { policy: { resource, action: 'update' } }, schema: { tags, summary: `Sửa ${spec.name}`, params: idParam, body: updateBody[kind], response: { 200: recordSchemas[kind] } } },
      async (req) => svc.update(deps, ctxOf(req), kind, req.params.id, req.body as Record<string, unknown> & { version: number }),
    );
    r.delete(
      `${base}/:id`,
      { config: { policy: { resource, action: 'delete' } }, schema: { tags, summary: `Xóa ${spec.name}`, params: idParam, querystring: z.object({ version: z.coerce.number().int().positive() }), response: { 200: ok } } },
      async (req) => {
        await svc.remove(deps, ctxOf(req), kind, req.params.id, req.query.version);
        return { ok: true as const };
      },
    );
  }
  r.post(
    '/records/awards/:id/revoke',
    {
      config: { policy: { resource: 'award_record', action: 'update' } },
      schema: {
        tags,
        summary: 'Hủy bỏ khen thưởng (Điều 93 Luật TĐKT): lý do, thu hồi tiền, hiện vật',
        params: idParam,
        body: z
          .object({
            version: z.number().int().positive(),
            revokedOn: z.string().refine(isValidIsoDate, { message: 'Ngày không hợp lệ, cần dạng YYYY-MM-DD' }),
            reason: z.string().trim().min(5, 'Lý do từ 5 ký tự').max(2000),
            recovered: z.string().trim().max(2000).nullish(),
          })
          .strict(),
        response: { 200: recordSchemas.awards },
      },
    },
    async (req) => svc.revokeAward(deps, ctxOf(req), req.params.id, req.body),
  );
  r.post(
    '/rules/check-subject',
    {
      config: { policy: { resource: 'rules', action: 'read' } },
      schema: { tags: ['rules'], summary: 'Kiểm tra điều kiện của một cá nhân, đơn vị theo dữ liệu trong hệ thống', body: checkSubjectBody, response: { 200: subjectCheck } },
    },
    async (req) => checkSubject(deps, ctxOf(req), req.body),
  );
}
