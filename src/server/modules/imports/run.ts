/**
 * The import pipeline shared by every kind: the file is read whole, planned (every row checked:
 * format, references, duplicates, the actor's scope) and, only when no row has an error, applied
 * in the same transaction, or not at all. One import runs at a time.
 *
 * Work started from the command line acts as the installation itself (`asSystem`): every root unit
 * is in scope. That is an explicit option, never inferred from the context.
 */
import crypto from 'node:crypto';
import { assertXlsx, readTable, type TableRow } from '../../documents/xlsx.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { Forbidden } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { hasRoleFor, type Actor } from '../../platform/policy.js';
import { ErrorList } from './cells.js';
import { COLUMNS, KIND_INFO, type ImportKind } from './columns.js';
import { importAudit, importResult, invalidFile, type Counts, type ImportResult } from './report.js';
import * as repo from './repo.js';

export const MAX_IMPORT_ROWS = 100_000;

export interface ImportOptions {
  /** check everything and count, write nothing */
  dryRun?: boolean;
  /** act as the installation (CLI): every unit is in scope; never set from an HTTP request */
  asSystem?: boolean;
}

/** Reads and checks the rows (errors go to `errors`) and decides what to write. */
export type Planner<P> = (tx: Executor, acting: Ctx, rows: TableRow[], errors: ErrorList) => Promise<P & Counts>;
/** Writes a plan without errors, with its audit trail. */
export type Applier<P> = (tx: Executor, ctx: Ctx, plan: P) => Promise<void>;

/**
 * The context an import or export acts with. For a user: their own. For the installation (CLI):
 * the same identity for the audit trail, with an administrator grant on every root unit.
 */
export async function actingCtx(ex: Executor, ctx: Ctx, asSystem: boolean | undefined): Promise<Ctx> {
  if (!asSystem) return ctx;
  const roots = await repo.rootUnits(ex);
  const actor: Actor = {
    userId: ctx.actor?.userId ?? 0,
    username: ctx.actor?.username ?? 'system',
    fullName: ctx.actor?.fullName ?? 'system',
    grants: roots.map((r, i) => ({ id: -(i + 1), role: 'quan_tri', unitId: Number(r.id), unitName: r.name, unitPath: r.path })),
  };
  return { ...ctx, actor };
}

export async function runImport<P>(
  deps: Deps,
  ctx: Ctx,
  kind: ImportKind,
  buffer: Buffer,
  opts: ImportOptions,
  plan: Planner<P>,
  apply: Applier<P>,
): Promise<ImportResult> {
  const resource = KIND_INFO[kind].resource;
  if (!opts.asSystem && !hasRoleFor(ctx.actor, resource, 'import')) throw new Forbidden();
  await assertXlsx(buffer);
  const rows = await readTable(buffer, COLUMNS[kind], { maxRows: MAX_IMPORT_ROWS });
  const sha256 = crypto.createHash('sha256').update(buffer).digest('hex');
  return deps.database.db.transaction(async (tx) => {
    await repo.lockImports(tx);
    const acting = await actingCtx(tx, ctx, opts.asSystem);
    const errors = new ErrorList();
    const p = await plan(tx, acting, rows, errors);
    if (errors.size > 0) throw invalidFile(errors.sorted());
    const result = importResult(kind, !!opts.dryRun, rows.length, p);
    if (opts.dryRun) return result;
    await apply(tx, ctx, p);
    await repo.auditMany(tx, ctx, [importAudit(kind, sha256, p)]);
    return result;
  });
}
