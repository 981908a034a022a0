import type { FastifyInstance } from 'fastify';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { auditPage, type AuditEntry } from '../../../shared/contract/audit.js';
import { rows } from '../../platform/db.js';
import { ctxOf, pageQuery, zapp, type Deps } from '../../platform/http.js';
import { scopesFor } from '../../platform/policy.js';
import { inScopes } from '../units/repo.js';
import { isoDate } from '../units/schemas.js';

export async function auditRoutes(app: FastifyInstance, { database }: Deps) {
  zapp(app).get(
    '/audit',
    {
      config: { policy: { resource: 'audit', action: 'read' } },
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
    async (req) => {
      const q = req.query;
      const scopes = scopesFor(ctxOf(req).actor, 'read', 'audit');
      // entries tied to a unit are scoped by it; entries tied to none (logins, users) are shown to
      // whoever holds an audit grant on a root unit
      const rootScoped = scopes.some((s) => !s.includes('.'));
      const conds: SQL[] = [rootScoped ? sql`(a.unit_path IS NULL OR ${inScopes(sql`a.unit_path`, scopes)})` : inScopes(sql`a.unit_path`, scopes)];
      if (q.entityType) conds.push(sql`a.entity_type = ${q.entityType}`);
      if (q.entityId) conds.push(sql`a.entity_id = ${q.entityId}`);
      if (q.actorId) conds.push(sql`a.actor_id = ${q.actorId}`);
      if (q.action) conds.push(sql`a.action = ${q.action}`);
      if (q.from) conds.push(sql`a.at >= (${q.from}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
      if (q.to) conds.push(sql`a.at < ((${q.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
      const w = sql.join(conds, sql` AND `);
      // raw SQL: `at` arrives as PostgreSQL's text of the timestamp, not a Date
      const items = await rows<AuditEntry>(
        database.db,
        sql`SELECT a.id, a.at, a.actor_id AS "actorId", a.actor_name AS "actorName", a.action, a.entity_type AS "entityType",
              a.entity_id AS "entityId", a.before, a.after, a.request_id AS "requestId", a.ip
            FROM audit_log a WHERE ${w} ORDER BY a.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      );
      const [{ total }] = await rows<{ total: number }>(database.db, sql`SELECT count(*)::int AS total FROM audit_log a WHERE ${w}`);
      return { items, total, page: q.page, pageSize: q.pageSize };
    },
  );
}
