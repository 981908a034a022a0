/**
 * The loaders act as the system: an actor with the administrator role on the root unit, so every
 * service checks policy as usual; audit rows carry the name "demo" and no user id.
 */
import type { Config } from '../platform/config.js';
import type { Ctx } from '../platform/context.js';
import type { Database, Db } from '../platform/db.js';
import type { Deps } from '../platform/http.js';

export function demoContext(
  database: Database,
  /** the loader's transaction: the services run in it as in the database */
  tx: unknown,
  cfg: Config,
  root: { id: number; name: string; path: string },
  requestId: string,
): { ctx: Ctx; deps: Deps } {
  const ctx: Ctx = {
    actor: { userId: 0, username: 'demo', fullName: 'Dữ liệu mẫu', grants: [{ id: 0, role: 'quan_tri', unitId: root.id, unitName: root.name, unitPath: root.path }] },
    requestId,
    ip: null,
  };
  return { ctx, deps: { database: { ...database, db: tx as Db }, cfg } };
}
