// Builds the end-to-end tests' demo database once: the built server's migrations, the bootstrap
// admin and the demo dataset, written into TDKT_DATA_DIR (an embedded PGlite folder), then closed.
// scripts/e2e-server.mjs runs it when its cached copy is missing or older than the build.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = (p) => import(pathToFileURL(path.join(root, 'dist', 'server', p)).href);
const { openDatabase } = await load('platform/db.js');
const { migrate } = await load('platform/migrate.js');
const { bootstrap } = await load('platform/bootstrap.js');
const { maybeSeedDemo } = await load('demo/index.js');

const log = { info: (m) => process.stderr.write(`e2e-fixture: ${typeof m === 'string' ? m : JSON.stringify(m)}\n`), warn: () => {} };
const database = await openDatabase({ dataDir: process.env.TDKT_DATA_DIR });
await migrate(database);
await bootstrap(database, { adminPassword: process.env.TDKT_ADMIN_PASSWORD, log });
await maybeSeedDemo(database, log);
await database.close();
