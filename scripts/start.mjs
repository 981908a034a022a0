// `npm start`: build what is stale, then run the server. `--demo`: its own data folder (data-demo/)
// loaded with the demo dataset on first start.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer, buildWeb, root } from './build-lib.mjs';

if (process.argv.includes('--demo')) {
  process.env.TDKT_DEMO = '1';
  process.env.TDKT_DATA_DIR ??= path.join(root, 'data-demo');
  process.env.TDKT_ADMIN_PASSWORD ??= 'Demo@12345678';
}
buildServer();
buildWeb();
process.env.TDKT_WEB_DIR ??= path.join(root, 'dist', 'web');
await import(pathToFileURL(path.join(root, 'dist', 'server', 'main.js')).href);
