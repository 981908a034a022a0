import { buildApp } from './app.js';
import { bootstrap } from './platform/bootstrap.js';
import { loadConfig } from './platform/config.js';
import { openDatabase } from './platform/db.js';
import { migrate } from './platform/migrate.js';
import { scheduleReminders } from './modules/reminders/service.js';

const cfg = loadConfig();
const database = await openDatabase({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
await migrate(database);
const app = await buildApp(database, cfg);
await bootstrap(database, { adminPassword: cfg.adminPassword, log: app.log });
if (process.env.TDKT_DEMO === '1') {
  const { maybeSeedDemo } = await import('./demo/index.js');
  await maybeSeedDemo(database, app.log);
}

const stopReminders = process.env.TDKT_REMINDERS === '0' ? () => {} : scheduleReminders({ database, cfg }, app.log);

const shutdown = async (signal: string) => {
  app.log.info({ signal }, 'shutting down');
  stopReminders();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: cfg.port, host: cfg.host });
app.log.info(`tdkt đang chạy tại http://localhost:${cfg.port} (CSDL: ${database.kind})`);
