import { audit, maskCitizenId } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { Conflict, NotFound, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, scopesFor } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import * as repo from './repo.js';
import type { PeopleFilter, PersonFields, PersonRow } from './repo.js';

const res = (p: { unitPath: string }) => ({ type: 'person' as const, unitPath: p.unitPath });

/** What a list shows: the citizen ID masked, never in full. */
export function listDto(p: PersonRow) {
  const { citizenId, unitPath: _path, ...rest } = p;
  return { ...rest, citizenIdMasked: maskCitizenId(citizenId) };
}

async function load(deps: Deps, id: number): Promise<PersonRow> {
  const p = await repo.findById(deps.database.db, id);
  if (!p) throw new NotFound('Không tìm thấy cá nhân.');
  return p;
}

async function loadUnit(deps: Deps, id: number) {
  const u = await units.findById(deps.database.db, id);
  if (!u) throw new NotFound('Không tìm thấy đơn vị.');
  return u;
}

export async function filterFor(deps: Deps, ctx: Ctx, action: 'read' | 'export', f: Omit<PeopleFilter, 'scopes' | 'underPath'> & { unitId?: number }): Promise<PeopleFilter> {
  const scopes = scopesFor(ctx.actor, action, 'person');
  let underPath: string | undefined;
  if (f.unitId) {
    const u = await loadUnit(deps, f.unitId);
    authorize(ctx.actor, action, { type: 'person', unitPath: u.path });
    underPath = u.path;
  }
  return { q: f.q, employmentCategory: f.employmentCategory, gender: f.gender, scopes, underPath };
}

export async function listPeople(deps: Deps, ctx: Ctx, f: Parameters<typeof filterFor>[3], page: number, pageSize: number) {
  const filter = await filterFor(deps, ctx, 'read', f);
  const out = await repo.list(deps.database.db, filter, page, pageSize);
  return { items: out.items.map(listDto), total: out.total, totalCapped: out.totalCapped, page, pageSize };
}

export async function getPerson(deps: Deps, ctx: Ctx, id: number) {
  const p = await load(deps, id);
  authorize(ctx.actor, 'read', res(p));
  const db = deps.database.db;
  const [memberships, households] = await Promise.all([repo.memberships(db, id), repo.householdsOf(db, id)]);
  return { ...listDto(p), citizenId: p.citizenId, memberships, households };
}

async function checkCitizenId(deps: Deps, citizenId: string | null | undefined, exceptId?: number) {
  if (!citizenId) return;
  if (await repo.citizenIdTaken(deps.database.db, citizenId, exceptId ?? 0)) throw new Conflict('Số CCCD đã được dùng cho một cá nhân khác.', { field: 'citizenId' }, 'DUPLICATE');
}

export async function createPerson(deps: Deps, ctx: Ctx, input: PersonFields & { unitId: number; joinedDate?: string }) {
  const unit = await loadUnit(deps, input.unitId);
  authorize(ctx.actor, 'create', { type: 'person', unitPath: unit.path });
  await checkCitizenId(deps, input.citizenId);
  return deps.database.db.transaction(async (tx) => {
    const id = await repo.insert(tx, input, unit);
    await repo.openMembership(tx, id, unit.id, input.joinedDate ?? null, input.position ?? null);
    const created = (await repo.findById(tx, id))!;
    await audit(tx, ctx, { action: 'create', entityType: 'person', entityId: id, unitPath: created.unitPath, after: created });
    return listDto(created);
  });
}

export async function updatePerson(deps: Deps, ctx: Ctx, id: number, input: Partial<PersonFields> & { version: number }) {
  const before = await load(deps, id);
  authorize(ctx.actor, 'update', res(before));
  await checkCitizenId(deps, input.citizenId, id);
  const { version, ...fields } = input;
  return deps.database.db.transaction(async (tx) => {
    if (!(await repo.update(tx, id, version, fields))) throw versionConflict();
    const after = (await repo.findById(tx, id))!;
    await audit(tx, ctx, { action: 'update', entityType: 'person', entityId: id, unitPath: after.unitPath, before, after });
    return listDto(after);
  });
}

/** Moves a person to another unit from `date`: the open membership ends the day before, history stays. */
export async function transferPerson(deps: Deps, ctx: Ctx, id: number, input: { unitId: number; date: string; position?: string }) {
  const before = await load(deps, id);
  authorize(ctx.actor, 'update', res(before));
  const target = await loadUnit(deps, input.unitId);
  authorize(ctx.actor, 'create', { type: 'person', unitPath: target.path });
  return deps.database.db.transaction(async (tx) => {
    await repo.closeMemberships(tx, id, await repo.dayBefore(tx, input.date));
    await repo.openMembership(tx, id, target.id, input.date, input.position ?? before.position);
    await repo.setUnit(tx, id, target, input.position);
    const after = (await repo.findById(tx, id))!;
    await audit(tx, ctx, { action: 'transfer', entityType: 'person', entityId: id, unitPath: after.unitPath, before, after: { ...after, date: input.date } });
    return listDto(after);
  });
}

export async function deletePerson(deps: Deps, ctx: Ctx, id: number, version: number) {
  const before = await load(deps, id);
  authorize(ctx.actor, 'delete', res(before));
  await deps.database.db.transaction(async (tx) => {
    if (!(await repo.remove(tx, id, version))) throw versionConflict();
    await audit(tx, ctx, { action: 'delete', entityType: 'person', entityId: id, unitPath: before.unitPath, before });
  });
}
