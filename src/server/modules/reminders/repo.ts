/** SQL of the reminders: the advisory lock that lets one of several instances run them. */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';

/** Takes the transaction-scoped advisory lock if no one holds it. */
export async function tryLock(ex: Executor, key: number): Promise<boolean> {
  const [lock] = await rows<{ ok: boolean }>(ex, sql`SELECT pg_try_advisory_xact_lock(${key}) AS ok`);
  return !!lock?.ok;
}
