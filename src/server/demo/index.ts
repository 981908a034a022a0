/**
 * The demo dataset: a fictional province with its communes before and after the 1/7/2025 reform,
 * agencies, schools, enterprises, cooperatives, mass organisations, about 2,000 synthetic people,
 * households and one account per role (see seed.ts and locality.ts).
 *
 *   `npm run demo`             the app on data-demo/, loaded on first start (TDKT_DEMO=1)
 *   `tdkt demo --seed-only`    load it into the configured database
 */
import type { Logger } from 'pino';
import type { Database } from '../platform/db.js';
import { DEMO_PASSWORD, seedDemo, type DemoSummary } from './seed.js';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROVINCE_CODE, DEMO_SEED, seedDemo, type DemoSummary, type SeedDemoOptions } from './seed.js';
export { DISTRICTS, PROVINCE, REFORM_DATE } from './locality.js';

/**
 * Called at server start when TDKT_DEMO=1, after migrate() and bootstrap(): loads the demo dataset
 * unless it is already there. When TDKT_ADMIN_PASSWORD was not given, the `admin` password becomes
 * the demo password too, so every demo account opens with Demo@12345678.
 */
export async function maybeSeedDemo(database: Database, log: Pick<Logger, 'info' | 'warn'>): Promise<DemoSummary | null> {
  const adminPassword = process.env.TDKT_ADMIN_PASSWORD ? undefined : DEMO_PASSWORD;
  const summary = await seedDemo(database, { log, adminPassword });
  if (summary) {
    log.info(`demo: accounts ${summary.accounts.join(', ')}; password ${DEMO_PASSWORD}${adminPassword ? '' : ' (admin: TDKT_ADMIN_PASSWORD)'}`);
  }
  return summary;
}
