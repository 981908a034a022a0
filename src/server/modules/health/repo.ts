/** SQL of the health check. */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db.js';

/** The database answers. */
export async function ping(ex: Executor): Promise<void> {
  await ex.execute(sql`SELECT 1`);
}
