import { audit } from '../../platform/audit.js';
import { deleteUserSessions, hashPassword, loadGrants, passwordProblems } from '../../platform/auth.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { Conflict, Invalid, NotFound, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, scopesFor, type Grant, type Role } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import * as repo from './repo.js';
import type { UserRow } from './repo.js';

async function withRoles(ex: Executor, u: UserRow) {
  const grants = await loadGrants(ex, u.id);
  return { ...u, roles: grants.map((g) => ({ id: g.id, role: g.role, unitId: g.unitId, unitName: g.unitName })), grants };
}

/** A user is in an admin's scope when every grant it holds lies in the admin's subtrees. */
function authorizeUser(ctx: Ctx, action: 'read' | 'update', grants: Grant[]) {
  if (grants.length === 0) authorize(ctx.actor, action, { type: 'user', unitPath: null });
  for (const g of grants) authorize(ctx.actor, action, { type: 'user', unitPath: g.unitPath });
}

async function load(deps: Deps, id: number) {
  const u = await repo.findById(deps.database.db, id);
  if (!u) throw new NotFound('Không tìm thấy người dùng.');
  return withRoles(deps.database.db, u);
}

export async function listUsers(deps: Deps, ctx: Ctx, f: { q?: string }, page: number, pageSize: number) {
  const scopes = scopesFor(ctx.actor, 'read', 'user');
  const db = deps.database.db;
  const { items: list, total } = await repo.list(db, scopes, f, page, pageSize);
  const items = [];
  for (const u of list) {
    const { grants: _g, ...rest } = await withRoles(db, u);
    items.push(rest);
  }
  return { items, total, page, pageSize };
}

export async function getUser(deps: Deps, ctx: Ctx, id: number) {
  const u = await load(deps, id);
  authorizeUser(ctx, 'read', u.grants);
  const { grants: _g, ...rest } = u;
  return rest;
}

/** Creates an account (also used at first start and by `tdkt create-user`, with a system context). */
export async function insertUser(ex: Executor, ctx: Ctx, input: { username: string; fullName: string; password: string; email?: string | null }): Promise<number> {
  const problems = passwordProblems(input.password, input.username);
  if (problems.length) throw new Invalid(problems.join(' '), problems.map((message) => ({ field: 'password', message })), 'WEAK_PASSWORD');
  if (await repo.usernameTaken(ex, input.username)) throw new Conflict(`Tên đăng nhập "${input.username}" đã tồn tại.`, { field: 'username' }, 'DUPLICATE');
  const hash = await hashPassword(input.password);
  const id = await repo.insert(ex, { username: input.username, fullName: input.fullName, passwordHash: hash, email: input.email ?? null });
  await audit(ex, ctx, { action: 'create', entityType: 'user', entityId: id, after: { username: input.username, fullName: input.fullName } });
  return id;
}

export async function insertGrant(ex: Executor, ctx: Ctx, userId: number, role: Role, unit: { id: number; path: string }) {
  if (await repo.hasGrant(ex, userId, role, unit.id)) throw new Conflict('Người dùng đã có vai trò này tại đơn vị này.', undefined, 'DUPLICATE');
  const id = await repo.insertGrant(ex, userId, role, unit.id);
  await audit(ex, ctx, { action: 'grant_role', entityType: 'user', entityId: userId, unitPath: unit.path, after: { role, unitId: unit.id } });
  return id;
}

export async function createUser(deps: Deps, ctx: Ctx, input: { username: string; fullName: string; password: string; email?: string | null }) {
  authorize(ctx.actor, 'create', { type: 'user', unitPath: null });
  const id = await deps.database.db.transaction((tx) => insertUser(tx, ctx, input));
  return getUser(deps, ctx, id);
}

export async function updateUser(deps: Deps, ctx: Ctx, id: number, input: { fullName?: string; email?: string | null; active?: boolean; password?: string; version: number }) {
  const before = await load(deps, id);
  authorizeUser(ctx, 'update', before.grants);
  if (input.active === false && id === ctx.actor?.userId) throw new Invalid('Không thể tự khóa tài khoản của chính mình.');
  if (input.password) {
    const problems = passwordProblems(input.password, before.username);
    if (problems.length) throw new Invalid(problems.join(' '), problems.map((message) => ({ field: 'password', message })), 'WEAK_PASSWORD');
  }
  const hash = input.password ? await hashPassword(input.password) : undefined;
  await deps.database.db.transaction(async (tx) => {
    const ok = await repo.update(tx, id, input.version, {
      fullName: input.fullName ?? null,
      email: input.email === undefined ? before.email : input.email,
      active: input.active ?? null,
      passwordHash: hash ?? null,
    });
    if (!ok) throw versionConflict();
    if (input.active === false || hash) await deleteUserSessions(tx, id);
    await audit(tx, ctx, {
      action: 'update', entityType: 'user', entityId: id,
      before: { fullName: before.fullName, email: before.email, active: before.active },
      after: { fullName: input.fullName ?? before.fullName, email: input.email === undefined ? before.email : input.email, active: input.active ?? before.active, passwordReset: !!hash },
    });
  });
  return getUser(deps, ctx, id);
}

export async function addRole(deps: Deps, ctx: Ctx, userId: number, input: { role: Role; unitId: number }) {
  const user = await load(deps, userId);
  authorizeUser(ctx, 'update', user.grants);
  const unit = await units.findById(deps.database.db, input.unitId);
  if (!unit) throw new NotFound('Không tìm thấy đơn vị.');
  authorize(ctx.actor, 'update', { type: 'user', unitPath: unit.path });
  await deps.database.db.transaction((tx) => insertGrant(tx, ctx, userId, input.role, unit));
  return getUser(deps, ctx, userId);
}

export async function removeRole(deps: Deps, ctx: Ctx, userId: number, roleId: number) {
  const user = await load(deps, userId);
  const grant = user.grants.find((g) => g.id === roleId);
  if (!grant) throw new NotFound('Không tìm thấy vai trò.');
  authorize(ctx.actor, 'update', { type: 'user', unitPath: grant.unitPath });
  await deps.database.db.transaction(async (tx) => {
    await repo.removeGrant(tx, roleId);
    await audit(tx, ctx, { action: 'revoke_role', entityType: 'user', entityId: userId, unitPath: grant.unitPath, before: { role: grant.role, unitId: grant.unitId } });
  });
  return getUser(deps, ctx, userId);
}
