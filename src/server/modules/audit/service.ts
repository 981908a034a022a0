/** Reading the audit log (nhật ký hệ thống) within the actor's audit scopes. */
import type { Ctx } from '../../platform/context.js';
import type { Deps } from '../../platform/http.js';
import { scopesFor } from '../../platform/policy.js';
import * as repo from './repo.js';
import type { AuditFilter } from './repo.js';

export async function list(deps: Deps, ctx: Ctx, q: Omit<AuditFilter, 'scopes'> & { page: number; pageSize: number }) {
  const scopes = scopesFor(ctx.actor, 'read', 'audit');
  const { items, total } = await repo.list(deps.database.db, { ...q, scopes }, q.page, q.pageSize);
  return { items, total, page: q.page, pageSize: q.pageSize };
}
