/** The account rows signing in reads and changing a password writes. */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';

export interface LoginRow {
  id: number;
  username: string;
  full_name: string;
  password_hash: string;
  active: boolean;
}

/** The account with this user name, case-insensitively. */
export async function accountByUsername(ex: Executor, username: string): Promise<LoginRow | undefined> {
  const [r] = await rows<LoginRow>(ex, sql`SELECT id, username, full_name, password_hash, active FROM users WHERE lower(username) = lower(${username.trim()})`);
  return r;
}

export async function passwordHashOf(ex: Executor, userId: number): Promise<string | undefined> {
  const [r] = await rows<{ password_hash: string }>(ex, sql`SELECT password_hash FROM users WHERE id = ${userId}`);
  return r?.password_hash;
}

export async function setPasswordHash(ex: Executor, userId: number, hash: string): Promise<void> {
  await ex.execute(sql`UPDATE users SET password_hash = ${hash}, password_changed_at = now(), version = version + 1, updated_at = now() WHERE id = ${userId}`);
}
