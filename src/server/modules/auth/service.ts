import type { Ctx } from '../../platform/context.js';
import { audit } from '../../platform/audit.js';
import {
  clearFailures, createSession, deleteSession, deleteUserSessions, hashPassword, loadGrants, lockedUntil,
  passwordProblems, recordFailure, verifyPassword,
} from '../../platform/auth.js';
import { Invalid, TooMany, Unauthorized } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { abilitiesOf, type Actor } from '../../platform/policy.js';
import { todayVN } from '../../platform/clock.js';
import type { z } from 'zod';
import type { me as meSchema } from '../../../shared/contract/auth.js';
import * as repo from './repo.js';

export type MeDto = z.infer<typeof meSchema>;

/** The signed-in user as the web sees them: grants, what they may do where, and today's date. */
export function meOf(actor: Actor): MeDto {
  return {
    id: actor.userId,
    username: actor.username,
    fullName: actor.fullName,
    roles: actor.grants.map((g) => ({ id: g.id, role: g.role, unitId: g.unitId, unitName: g.unitName })),
    abilities: abilitiesOf(actor),
    today: todayVN(),
  };
}

const BAD_LOGIN = 'Tên đăng nhập hoặc mật khẩu không đúng.';
let dummyHash: Promise<string> | undefined;

export async function login(
  { database, cfg }: Deps,
  ctx: Ctx,
  input: { username: string; password: string; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; me: MeDto }> {
  const db = database.db;
  const userKey = 'u:' + input.username.trim().toLowerCase();
  const ipKey = 'ip:' + (ctx.ip ?? '-');
  const until = await lockedUntil(db, [userKey, ipKey]);
  if (until) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60000));
    throw new TooMany(`Đăng nhập sai quá nhiều lần. Tài khoản tạm khóa, vui lòng thử lại sau ${minutes} phút.`, 'LOGIN_LOCKED');
  }
  const user = await repo.accountByUsername(db, input.username);
  // verify even for unknown users so timing does not reveal which usernames exist
  const ok = await verifyPassword(user?.password_hash ?? (await (dummyHash ??= hashPassword('tdkt-dummy-password-1'))), input.password);
  if (!user || !ok || !user.active) {
    await recordFailure(db, userKey, cfg.loginMaxFailures, cfg.loginLockMinutes);
    await recordFailure(db, ipKey, cfg.loginMaxFailures * 10, cfg.loginLockMinutes);
    await database.db.transaction((tx) =>
      audit(tx, { ...ctx, actor: null }, { action: 'login_failed', entityType: 'user', entityId: user?.id ?? null, after: { username: input.username.slice(0, 64) } }),
    );
    throw new Unauthorized(user && ok && !user.active ? 'Tài khoản đã bị khóa. Liên hệ quản trị hệ thống.' : BAD_LOGIN, 'BAD_CREDENTIALS');
  }
  await clearFailures(db, userKey);
  const userId = Number(user.id);
  const actor: Actor = { userId, username: user.username, fullName: user.full_name, grants: await loadGrants(db, userId) };
  const session = await database.db.transaction(async (tx) => {
    const s = await createSession(tx, userId, { ip: ctx.ip, userAgent: input.userAgent });
    await audit(tx, { ...ctx, actor }, { action: 'login', entityType: 'user', entityId: userId });
    return s;
  });
  return { ...session, me: meOf(actor) };
}

export async function logout({ database }: Deps, ctx: Ctx, token: string | undefined): Promise<void> {
  if (!token) return;
  await database.db.transaction(async (tx) => {
    await deleteSession(tx, token);
    if (ctx.actor) await audit(tx, ctx, { action: 'logout', entityType: 'user', entityId: ctx.actor.userId });
  });
}

export async function logoutEverywhere({ database }: Deps, ctx: Ctx): Promise<void> {
  if (!ctx.actor) throw new Unauthorized();
  const userId = ctx.actor.userId;
  await database.db.transaction(async (tx) => {
    await deleteUserSessions(tx, userId);
    await audit(tx, ctx, { action: 'logout_all', entityType: 'user', entityId: userId });
  });
}

export async function changePassword(
  { database }: Deps,
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  if (!ctx.actor) throw new Unauthorized();
  const actor = ctx.actor;
  const currentHash = await repo.passwordHashOf(database.db, actor.userId);
  if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword)))
    throw new Invalid('Mật khẩu hiện tại không đúng.', undefined, 'BAD_PASSWORD');
  const problems = passwordProblems(input.newPassword, actor.username);
  if (problems.length) throw new Invalid(problems.join(' '), problems.map((message) => ({ field: 'newPassword', message })), 'WEAK_PASSWORD');
  const hash = await hashPassword(input.newPassword);
  await database.db.transaction(async (tx) => {
    await repo.setPasswordHash(tx, actor.userId, hash);
    await audit(tx, ctx, { action: 'password_change', entityType: 'user', entityId: actor.userId });
  });
}
