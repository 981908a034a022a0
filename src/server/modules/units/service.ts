import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { Conflict, Invalid, NotFound, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, scopesFor } from '../../platform/policy.js';
import * as repo from './repo.js';
import { ROOT_UNIT_CODE } from '../../platform/bootstrap.js';
import type { NewUnit, UnitFilter, UnitRow } from './repo.js';
import { todayVN } from '../../platform/clock.js';

const res = (u: { path: string }) => ({ type: 'unit' as const, unitPath: u.path });

async function load(deps: Deps, id: number): Promise<UnitRow> {
  const u = await repo.findById(deps.database.db, id);
  if (!u) throw new NotFound('Không tìm thấy đơn vị.');
  return u;
}

export async function getUnit(deps: Deps, ctx: Ctx, id: number) {
  const u = await load(deps, id);
  authorize(ctx.actor, 'read', res(u));
  const db = deps.database.db;
  const [ancestors, lineage] = await Promise.all([repo.ancestors(db, u.path), repo.lineage(db, u.id)]);
  return { ...u, ancestors, lineage };
}

export async function listUnits(deps: Deps, ctx: Ctx, f: Omit<UnitFilter, 'scopes' | 'underPath'> & { parentId?: number }, page: number, pageSize: number) {
  const scopes = scopesFor(ctx.actor, 'read', 'unit');
  let underPath: string | undefined;
  if (f.parentId) {
    const parent = await load(deps, f.parentId);
    authorize(ctx.actor, 'read', res(parent));
    underPath = parent.path;
  }
  // a subtree already authorised needs no further scope condition (which would only cost time)
  const out = await repo.list(deps.database.db, { ...f, underPath, scopes: underPath ? null : scopes }, page, pageSize);
  return { ...out, page, pageSize };
}

export async function rootUnits(deps: Deps, ctx: Ctx) {
  return { items: await repo.byPaths(deps.database.db, scopesFor(ctx.actor, 'read', 'unit')) };
}

export async function childUnits(deps: Deps, ctx: Ctx, id: number, includeInactive: boolean) {
  const u = await load(deps, id);
  authorize(ctx.actor, 'read', res(u));
  return { items: await repo.children(deps.database.db, id, includeInactive) };
}

async function checkKind(deps: Deps, kind: string) {
  if (!(await repo.kindExists(deps.database.db, kind))) throw new Invalid(`Loại hình đơn vị "${kind}" không có trong danh mục.`, { field: 'kind' });
}

export async function createUnit(deps: Deps, ctx: Ctx, input: NewUnit & { parentId: number }) {
  const parent = await load(deps, input.parentId);
  authorize(ctx.actor, 'create', res(parent));
  await checkKind(deps, input.kind);
  if (await repo.findByCode(deps.database.db, input.code)) throw new Conflict(`Mã đơn vị "${input.code}" đã tồn tại.`, { field: 'code' }, 'DUPLICATE');
  return deps.database.db.transaction(async (tx) => {
    const id = await repo.insert(tx, input, parent);
    const created = (await repo.findById(tx, id))!;
    await audit(tx, ctx, { action: 'create', entityType: 'unit', entityId: id, unitPath: created.path, after: created });
    return created;
  });
}

export async function updateUnit(deps: Deps, ctx: Ctx, id: number, patch: Partial<NewUnit> & { version: number; renameDate?: string }) {
  const before = await load(deps, id);
  authorize(ctx.actor, 'update', res(before));
  if (patch.kind) await checkKind(deps, patch.kind);
  const { version, renameDate, ...fields } = patch;
  return deps.database.db.transaction(async (tx) => {
    if (!(await repo.update(tx, id, version, fields))) throw versionConflict();
    if (fields.name !== undefined && fields.name !== before.name) {
      await repo.addLineage(tx, {
        fromUnitId: id, toUnitId: id, kind: 'renamed', previousName: before.name,
        effectiveDate: renameDate ?? todayVN(),
      });
    }
    const after = (await repo.findById(tx, id))!;
    await audit(tx, ctx, { action: 'update', entityType: 'unit', entityId: id, unitPath: after.path, before, after });
    return after;
  });
}

/**
 * Merges a unit into its successor from `date`: the unit ends the day before, the lineage is
 * recorded, and the unit with its subtree, people and households moves under the successor, so
 * its history stays findable there (2025 reform: districts abolished, communes merged).
 */
export async function mergeUnit(deps: Deps, ctx: Ctx, id: number, input: { intoUnitId: number; date: string; note?: string }) {
  const unit = await load(deps, id);
  const into = await load(deps, input.intoUnitId);
  authorize(ctx.actor, 'merge', res(unit));
  authorize(ctx.actor, 'merge', res(into));
  if (into.id === unit.id || into.path.startsWith(unit.path + '.')) throw new Invalid('Không thể sáp nhập đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.');
  if (unit.validTo && unit.validTo < input.date) throw new Invalid('Đơn vị đã hết hiệu lực trước ngày sáp nhập.');
  return deps.database.db.transaction(async (tx) => {
    await repo.endOn(tx, id, input.date);
    await repo.addLineage(tx, { fromUnitId: id, toUnitId: into.id, kind: 'merged_into', effectiveDate: input.date, previousParentId: unit.parentId, note: input.note });
    await repo.moveSubtree(tx, unit, into);
    // what still operates (villages, schools…) now belongs to the successor directly; the merged
    // unit keeps its history (ended units, people's memberships) beneath the successor
    for (const child of await repo.children(tx, id, false)) {
      await repo.moveSubtree(tx, child, { id: into.id, path: into.path, rootId: into.rootId });
      await audit(tx, ctx, { action: 'move', entityType: 'unit', entityId: child.id, unitPath: `${into.path}.${child.id}`, before: { parentId: id }, after: { parentId: into.id, date: input.date } });
    }
    const after = (await repo.findById(tx, id))!;
    await audit(tx, ctx, { action: 'merge', entityType: 'unit', entityId: id, unitPath: after.path, before: unit, after: { ...after, mergedInto: into.id, date: input.date } });
    return after;
  });
}

export async function abolishUnit(deps: Deps, ctx: Ctx, id: number, input: { date: string; note?: string }) {
  const unit = await load(deps, id);
  authorize(ctx.actor, 'merge', res(unit));
  return deps.database.db.transaction(async (tx) => {
    await repo.endOn(tx, id, input.date);
    await repo.addLineage(tx, { fromUnitId: id, toUnitId: null, kind: 'abolished', effectiveDate: input.date, previousParentId: unit.parentId, note: input.note });
    const after = (await repo.findById(tx, id))!;
    await audit(tx, ctx, { action: 'abolish', entityType: 'unit', entityId: id, unitPath: after.path, before: unit, after });
    return after;
  });
}

export async function listKinds(deps: Deps) {
  return repo.listKinds(deps.database.db);
}

export async function createKind(deps: Deps, ctx: Ctx, input: { code: string; name: string }) {
  // the catalogue is installation-wide: it takes a grant on the root unit
  const root = await repo.findByCode(deps.database.db, ROOT_UNIT_CODE);
  authorize(ctx.actor, 'create', { type: 'unit_kind', unitPath: root?.path ?? '0' });
  if (await repo.kindExists(deps.database.db, input.code)) throw new Conflict(`Loại hình "${input.code}" đã tồn tại.`, undefined, 'DUPLICATE');
  await deps.database.db.transaction(async (tx) => {
    await repo.insertKind(tx, input.code, input.name);
    await audit(tx, ctx, { action: 'create', entityType: 'unit_kind', entityId: input.code, after: input });
  });
  return input;
}
