import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditPage } from '../../../shared/contract/audit.js';
import { ctxOf, pageQuery, policy, zapp, type Deps } from '../../platform/http.js';
import { isoDate } from '../units/schemas.js';
import * as audit from './service.js';

export async function auditRoutes(app: FastifyInstance, deps: Deps) {
  zapp(app).get(
    '/audit',
    {
      config: policy('audit', 'read'),
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký hệ thống',
        querystring: z.object({
          entityType: z.string().max(40).optional(),
          entityId: z.string().max(40).optional(),
          actorId: z.coerce.number().int().positive().optional(),
          action: z.string().max(40).optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
          ...pageQuery,
        }),
        response: { 200: auditPage },
      },
    },
    async (req) => audit.list(deps, ctxOf(req), req.query),
  );
}
