// The server for Playwright's webServer: the built app (`npm run build` first) on a fresh temporary
// PGlite data folder loaded with the demo dataset, on PORT (default 3100). `admin` has
// TDKT_ADMIN_PASSWORD (default Admin@12345678); the other demo accounts have Demo@12345678.
// The folder is removed when the server stops; folders left by a killed run are removed next time.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'dist', 'server', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write(`e2e-server: ${path.relative(root, main)} không tồn tại — hãy chạy "npm run build" trước.\n`);
  process.exit(1);
}

const PREFIX = 'tdkt-e2e-';
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};
for (const name of fs.readdirSync(os.tmpdir())) {
  if (!name.startsWith(PREFIX)) continue;
  const dir = path.join(os.tmpdir(), name);
  const pid = Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8').trim() || 0);
  if (!pid || !alive(pid)) fs.rmSync(dir, { recursive: true, force: true });
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX));
fs.writeFileSync(path.join(dataDir, 'pid'), String(process.pid));
const cleanup = () => fs.rmSync(dataDir, { recursive: true, force: true });
process.on('exit', cleanup);
// Playwright stops its webServer with SIGKILL (no exit handler runs): a detached watcher removes the
// folder once this process is gone.
spawn(
  process.execPath,
  ['-e', `const [pid, dir] = process.argv.slice(1); const alive = () => { try { process.kill(Number(pid), 0); return true; } catch { return false; } };
    setInterval(() => { if (!alive()) { require('node:fs').rmSync(dir, { recursive: true, force: true }); process.exit(0); } }, 1000);`, String(process.pid), dataDir],
  { detached: true, stdio: 'ignore' },
).unref();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  // the server's own handlers close it and exit; this one only makes sure the folder goes
  process.once(signal, () => setTimeout(() => process.exit(0), 5000).unref());
}

process.env.TDKT_DATA_DIR = dataDir;
process.env.TDKT_DEMO = '1';
// end-to-end flows move the clock past a consultation window (route enabled only with this)
process.env.TDKT_TEST_CLOCK = '1';
process.env.TDKT_ADMIN_PASSWORD ||= 'Admin@12345678';
process.env.PORT ||= '3100';
process.env.HOST ||= '127.0.0.1';
process.env.LOG_LEVEL ||= 'warn';
process.env.TDKT_WEB_DIR ||= path.join(root, 'dist', 'web');
delete process.env.DATABASE_URL;
process.stderr.write(`e2e-server: dữ liệu tạm ${dataDir}, cổng ${process.env.PORT}\n`);
await import(pathToFileURL(main).href);
