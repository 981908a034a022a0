import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { Conflict, Invalid, NotFound, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, scopesFor } from '../../platform/policy.js';
import * as people from '../people/repo.js';
import * as units from '../units/repo.js';
import * as repo from './repo.js';
import type { HouseholdFields, HouseholdFilter, HouseholdRow } from './repo.js';

type MemberInput = { personId: number; relation?: string | null };
const res = (h: { unitPath: string }) => ({ type: 'household' as const, unitPath: h.unitPath });

function dto(h: HouseholdRow) {
  const { unitPath: _p, ...rest } = h;
  return rest;
}

async function load(deps: Deps, id: number) {
  const h = await repo.findById(deps.database.db, id);
  if (!h) throw new NotFound('Không tìm thấy hộ gia đình.');
  return h;
}

async function loadThon(deps: Deps, id: number) {
  const u = await units.findById(deps.database.db, id);
  if (!u) throw new NotFound('Không tìm thấy thôn, tổ dân phố.');
  if (u.level !== 'thon' && u.level !== 'xa') throw new Invalid('Hộ gia đình phải thuộc một thôn, tổ dân phố (hoặc xã, phường).', { field: 'thonUnitId' });
  return u;
}

/** Members (and the head) must be people the actor may read, living under the same commune subtree. */
async function checkPeople(deps: Deps, ctx: Ctx, ids: number[]) {
  for (const id of new Set(ids)) {
    const p = await people.findById(deps.database.db, id);
    if (!p) throw new Invalid(`Không tìm thấy cá nhân mã ${id}.`, { field: 'members' });
    authorize(ctx.actor, 'read', { type: 'person', unitPath: p.unitPath });
  }
}

export async function filterFor(deps: Deps, ctx: Ctx, action: 'read' | 'export', f: { q?: string; unitId?: number }): Promise<HouseholdFilter> {
  const scopes = scopesFor(ctx.actor, action, 'household');
  let underPath: string | undefined;
  if (f.unitId) {
    const u = await units.findById(deps.database.db, f.unitId);
    if (!u) throw new NotFound('Không tìm thấy đơn vị.');
    authorize(ctx.actor, action, { type: 'household', unitPath: u.path });
    underPath = u.path;
  }
  return { q: f.q, scopes, underPath };
}

export async function listHouseholds(deps: Deps, ctx: Ctx, f: { q?: string; unitId?: number }, page: number, pageSize: number) {
  const out = await repo.list(deps.database.db, await filterFor(deps, ctx, 'read', f), page, pageSize);
  return { items: out.items.map(dto), total: out.total, page, pageSize };
}

export async function getHousehold(deps: Deps, ctx: Ctx, id: number) {
  const h = await load(deps, id);
  authorize(ctx.actor, 'read', res(h));
  return { ...dto(h), members: await repo.members(deps.database.db, id) };
}

export async function createHousehold(deps: Deps, ctx: Ctx, input: HouseholdFields & { thonUnitId: number; members?: MemberInput[] }) {
  const thon = await loadThon(deps, input.thonUnitId);
  authorize(ctx.actor, 'create', { type: 'household', unitPath: thon.path });
  if (await repo.findByCode(deps.database.db, input.code)) throw new Conflict(`Mã hộ "${input.code}" đã tồn tại.`, { field: 'code' }, 'DUPLICATE');
  const members = input.members ?? (input.headPersonId ? [{ personId: input.headPersonId, relation: 'Chủ hộ' }] : []);
  await checkPeople(deps, ctx, [...members.map((m) => m.personId), ...(input.headPersonId ? [input.headPersonId] : [])]);
  return deps.database.db.transaction(async (tx) => {
    const id = await repo.insert(tx, input, thon);
    await repo.setMembers(tx, id, members);
    const created = (await repo.findById(tx, id))!;
    await audit(tx, ctx, { action: 'create', entityType: 'household', entityId: id, unitPath: created.unitPath, after: { ...created, members } });
    return dto(created);
  });
}

export async function updateHousehold(
  deps: Deps,
  ctx: Ctx,
  id: number,
  input: Partial<HouseholdFields> & { thonUnitId?: number; members?: MemberInput[]; version: number },
) {
  const before = await load(deps, id);
  authorize(ctx.actor, 'update', res(before));
  const thon = input.thonUnitId && input.thonUnitId !== before.thonUnitId ? await loadThon(deps, input.thonUnitId) : undefined;
  if (thon) authorize(ctx.actor, 'create', { type: 'household', unitPath: thon.path });
  if (input.code && input.code !== before.code && (await repo.findByCode(deps.database.db, input.code)))
    throw new Conflict(`Mã hộ "${input.code}" đã tồn tại.`, { field: 'code' }, 'DUPLICATE');
  if (input.members || input.headPersonId) await checkPeople(deps, ctx, [...(input.members ?? []).map((m) => m.personId), ...(input.headPersonId ? [input.headPersonId] : [])]);
  const { version, members, thonUnitId: _t, ...fields } = input;
  return deps.database.db.transaction(async (tx) => {
    const beforeMembers = await repo.members(tx, id);
    if (!(await repo.update(tx, id, version, fields, thon))) throw versionConflict();
    if (members) await repo.setMembers(tx, id, members);
    const after = (await repo.findById(tx, id))!;
    await audit(tx, ctx, {
      action: 'update', entityType: 'household', entityId: id, unitPath: after.unitPath,
      before: { ...before, members: beforeMembers }, after: { ...after, members: members ?? beforeMembers },
    });
    return dto(after);
  });
}

export async function deleteHousehold(deps: Deps, ctx: Ctx, id: number, version: number) {
  const before = await load(deps, id);
  authorize(ctx.actor, 'delete', res(before));
  await deps.database.db.transaction(async (tx) => {
    if (!(await repo.remove(tx, id, version))) throw versionConflict();
    await audit(tx, ctx, { action: 'delete', entityType: 'household', entityId: id, unitPath: before.unitPath, before });
  });
}

