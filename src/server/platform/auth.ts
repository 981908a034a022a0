import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id (a const enum, not importable under isolatedModules)
const ARGON2ID = 2;
import { sql } from 'drizzle-orm';
import type { Config } from './config.js';
import type { Executor } from './db.js';
import { rows } from './db.js';
import type { Actor, Grant, Role } from './policy.js';

export const SESSION_COOKIE = 'tdkt_sid';
export const CSRF_HEADER = 'x-csrf-token';

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Password policy: Vietnamese reasons, empty when the password is acceptable. */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('Mật khẩu phải có ít nhất 10 ký tự.');
  if (password.length > 128) problems.push('Mật khẩu không được dài quá 128 ký tự.');
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) problems.push('Mật khẩu phải có cả chữ và số.');
  if (username && password.toLowerCase() === username.toLowerCase()) problems.push('Mật khẩu không được trùng tên đăng nhập.');
  return problems;
}

export function generatePassword(): string {
  // 18 chars of base64url plus a digit and a letter: always passes the policy
  return crypto.randomBytes(14).toString('base64url') + '7a';
}

export const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export async function createSession(
  ex: Executor,
  userId: number,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  await ex.execute(sql`INSERT INTO sessions (token_hash, user_id, csrf_token, ip, user_agent)
    VALUES (${sha256(token)}, ${userId}, ${csrfToken}, ${meta.ip}, ${meta.userAgent?.slice(0, 300) ?? null})`);
  return { token, csrfToken };
}

export async function loadGrants(ex: Executor, userId: number): Promise<Grant[]> {
  const list = await rows<{ id: number; role: Role; unit_id: number; unit_name: string; unit_path: string }>(
    ex,
    sql`SELECT r.id, r.role, r.unit_id, u.name AS unit_name, u.path::text AS unit_path
        FROM user_roles r JOIN units u ON u.id = r.unit_id WHERE r.user_id = ${userId} ORDER BY r.id`,
  );
  return list.map((r) => ({ id: Number(r.id), role: r.role, unitId: Number(r.unit_id), unitName: r.unit_name, unitPath: r.unit_path }));
}

export interface LoadedSession {
  actor: Actor;
  csrfToken: string;
}

/** The session behind a cookie token, or null when unknown, expired (idle or absolute) or the user is inactive. */
export async function loadSession(ex: Executor, token: string, cfg: Config): Promise<LoadedSession | null> {
  const tokenHash = sha256(token);
  const found = await rows<{
    user_id: number;
    username: string;
    full_name: string;
    csrf_token: string;
    idle_expired: boolean;
    absolute_expired: boolean;
    touch: boolean;
  }>(
    ex,
    sql`SELECT s.user_id, u.username, u.full_name, s.csrf_token,
          s.last_seen_at < now() - make_interval(mins => ${cfg.sessionIdleMinutes}) AS idle_expired,
          s.created_at < now() - make_interval(hours => ${cfg.sessionAbsoluteHours}) AS absolute_expired,
          s.last_seen_at < now() - interval '60 seconds' AS touch
        FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = ${tokenHash} AND u.active`,
  );
  const s = found[0];
  if (!s) return null;
  if (s.idle_expired || s.absolute_expired) {
    await ex.execute(sql`DELETE FROM sessions WHERE token_hash = ${tokenHash}`);
    return null;
  }
  if (s.touch) await ex.execute(sql`UPDATE sessions SET last_seen_at = now() WHERE token_hash = ${tokenHash}`);
  const userId = Number(s.user_id);
  return {
    actor: { userId, username: s.username, fullName: s.full_name, grants: await loadGrants(ex, userId) },
    csrfToken: s.csrf_token,
  };
}

export async function deleteSession(ex: Executor, token: string): Promise<void> {
  await ex.execute(sql`DELETE FROM sessions WHERE token_hash = ${sha256(token)}`);
}

export async function deleteUserSessions(ex: Executor, userId: number): Promise<void> {
  await ex.execute(sql`DELETE FROM sessions WHERE user_id = ${userId}`);
}

/** Throttling: failures are counted per username and per IP in the database, so every instance sees them. */
export async function lockedUntil(ex: Executor, keys: string[]): Promise<Date | null> {
  const r = await rows<{ locked_until: Date | string | null }>(
    ex,
    sql`SELECT max(locked_until) AS locked_until FROM login_attempts
        WHERE key IN (${sql.join(keys.map((k) => sql`${k}`), sql`, `)}) AND locked_until > now()`,
  );
  const v = r[0]?.locked_until;
  return v ? new Date(v) : null;
}

export async function recordFailure(ex: Executor, key: string, maxFailures: number, lockMinutes: number): Promise<void> {
  await ex.execute(sql`INSERT INTO login_attempts (key, failures, last_failure_at) VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_attempts.last_failure_at < now() - make_interval(mins => ${lockMinutes})
                      THEN 1 ELSE login_attempts.failures + 1 END,
      last_failure_at = now()`);
  await ex.execute(sql`UPDATE login_attempts SET locked_until = now() + make_interval(mins => ${lockMinutes}), failures = 0
    WHERE key = ${key} AND failures >= ${maxFailures}`);
}

export async function clearFailures(ex: Executor, key: string): Promise<void> {
  await ex.execute(sql`DELETE FROM login_attempts WHERE key = ${key}`);
}
