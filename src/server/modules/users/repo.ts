/** SQL of user accounts and their role grants. */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import type { Role } from '../../platform/policy.js';
import { inScopes } from '../units/repo.js';

export interface UserRow {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  active: boolean;
  version: number;
}

const SELECT = sql`SELECT u.id, u.username, u.full_name AS "fullName", u.email, u.active, u.version FROM users u`;

export async function findById(ex: Executor, id: number): Promise<UserRow | undefined> {
  return (await rows<UserRow>(ex, sql`${SELECT} WHERE u.id = ${id}`))[0];
}

/** A page of the users all of whose grants lie in the scopes, by user name. */
export async function list(ex: Executor, scopes: string[], f: { q?: string }, page: number, pageSize: number) {
  const conds = [
    sql`NOT EXISTS (SELECT 1 FROM user_roles r JOIN units un ON un.id = r.unit_id WHERE r.user_id = u.id AND NOT (${inScopes(sql`un.path`, scopes)}))`,
  ];
  if (f.q) conds.push(sql`tdkt_fold(u.username || ' ' || u.full_name) LIKE '%' || tdkt_fold(${f.q}) || '%'`);
  const w = sql.join(conds, sql` AND `);
  const items = await rows<UserRow>(ex, sql`${SELECT} WHERE ${w} ORDER BY u.username LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  const [{ total }] = await rows<{ total: number }>(ex, sql`SELECT count(*)::int AS total FROM users u WHERE ${w}`);
  return { items, total };
}

/** An account has this user name (case-insensitive). */
export async function usernameTaken(ex: Executor, username: string): Promise<boolean> {
  const exists = await rows(ex, sql`SELECT 1 FROM users WHERE lower(username) = lower(${username})`);
  return exists.length > 0;
}

export async function insert(ex: Executor, u: { username: string; fullName: string; passwordHash: string; email: string | null }): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO users (username, full_name, password_hash, email) VALUES (${u.username}, ${u.fullName}, ${u.passwordHash}, ${u.email}) RETURNING id`,
  );
  return Number(r.id);
}

export interface UserChange {
  /** null: unchanged */
  fullName: string | null;
  email: string | null;
  /** null: unchanged */
  active: boolean | null;
  /** null: unchanged; a new hash stamps the password's change */
  passwordHash: string | null;
}

/** The account at a version; false when the version is not the current one. */
export async function update(ex: Executor, id: number, version: number, c: UserChange): Promise<boolean> {
  const r = await rows(
    ex,
    sql`UPDATE users SET
        full_name = coalesce(${c.fullName}, full_name),
        email = ${c.email},
        active = coalesce(${c.active}::boolean, active),
        password_hash = coalesce(${c.passwordHash}, password_hash),
        password_changed_at = CASE WHEN ${c.passwordHash}::text IS NULL THEN password_changed_at ELSE now() END,
        version = version + 1, updated_at = now()
      WHERE id = ${id} AND version = ${version} RETURNING id`,
  );
  return r.length > 0;
}

export async function hasGrant(ex: Executor, userId: number, role: Role, unitId: number): Promise<boolean> {
  const dup = await rows(ex, sql`SELECT 1 FROM user_roles WHERE user_id = ${userId} AND role = ${role} AND unit_id = ${unitId}`);
  return dup.length > 0;
}

export async function insertGrant(ex: Executor, userId: number, role: Role, unitId: number): Promise<number> {
  const [r] = await rows<{ id: number }>(ex, sql`INSERT INTO user_roles (user_id, role, unit_id) VALUES (${userId}, ${role}, ${unitId}) RETURNING id`);
  return Number(r.id);
}

export async function removeGrant(ex: Executor, id: number): Promise<void> {
  await ex.execute(sql`DELETE FROM user_roles WHERE id = ${id}`);
}
