// The built server on PGlite with a smaller shared_buffers (BENCH_SHARED_BUFFERS, e.g. 32MB): the
// memory change proposed in RESULTS.md, measured by run.ts like the real server. Same app, same
// data folder; only the PGlite start-up configuration differs from src/server/platform/db.ts.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle } from 'drizzle-orm/pglite';
import { buildApp } from '../dist/server/app.js';
import { loadConfig } from '../dist/server/platform/config.js';
import * as schema from '../dist/server/platform/schema.js';

const cfg = loadConfig();
const dir = path.join(cfg.dataDir, 'pgdata');
const client = await PGlite.create(dir, {
  extensions: { unaccent, pg_trgm, ltree },
  parsers: { 20: (v) => Number(v), 1082: (v) => v },
  postgresqlconf: [`shared_buffers=${process.env.BENCH_SHARED_BUFFERS ?? '32MB'}`],
});
const db = drizzle(client, { schema });
const database = { kind: 'pglite', db, dataDir: dir, pglite: client, close: () => client.close() };
const app = await buildApp(database, cfg);
process.on('SIGTERM', async () => {
  await app.close();
  await client.close();
  process.exit(0);
});
await app.listen({ port: cfg.port, host: cfg.host });
