/** SQL of the audit log as it is read (platform/audit.ts writes it). */
import { sql, type SQL } from 'drizzle-orm';
import type { AuditEntry } from '../../../shared/contract/audit.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { inScopes } from '../units/repo.js';

export interface AuditFilter {
  /** the actor's audit read scopes */
  scopes: string[];
  entityType?: string;
  entityId?: string;
  actorId?: number;
  action?: string;
  /** days, in Vietnam's time zone */
  from?: string;
  to?: string;
}

/** A page of entries, latest first. */
export async function list(ex: Executor, f: AuditFilter, page: number, pageSize: number): Promise<{ items: AuditEntry[]; total: number }> {
  // entries tied to a unit are scoped by it; entries tied to none (logins, users) are shown to
  // whoever holds an audit grant on a root unit
  const rootScoped = f.scopes.some((s) => !s.includes('.'));
  const conds: SQL[] = [rootScoped ? sql`(a.unit_path IS NULL OR ${inScopes(sql`a.unit_path`, f.scopes)})` : inScopes(sql`a.unit_path`, f.scopes)];
  if (f.entityType) conds.push(sql`a.entity_type = ${f.entityType}`);
  if (f.entityId) conds.push(sql`a.entity_id = ${f.entityId}`);
  if (f.actorId) conds.push(sql`a.actor_id = ${f.actorId}`);
  if (f.action) conds.push(sql`a.action = ${f.action}`);
  if (f.from) conds.push(sql`a.at >= (${f.from}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
  if (f.to) conds.push(sql`a.at < ((${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
  const w = sql.join(conds, sql` AND `);
  // raw SQL: `at` arrives as PostgreSQL's text of the timestamp, not a Date
  const items = await rows<AuditEntry>(
    ex,
    sql`SELECT a.id, a.at, a.actor_id AS "actorId", a.actor_name AS "actorName", a.action, a.entity_type AS "entityType",
          a.entity_id AS "entityId", a.before, a.after, a.request_id AS "requestId", a.ip
        FROM audit_log a WHERE ${w} ORDER BY a.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  );
  const [{ total }] = await rows<{ total: number }>(ex, sql`SELECT count(*)::int AS total FROM audit_log a WHERE ${w}`);
  return { items, total };
}
