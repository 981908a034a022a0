// The server for Playwright's webServer: the built app (`npm run build` first) on a fresh temporary
// PGlite data folder holding the demo dataset, on PORT (default 3100). `admin` has
// TDKT_ADMIN_PASSWORD (default Admin@12345678); the other demo accounts have Demo@12345678.
// The demo database is built once per build (scripts/e2e-fixture.mjs) into node_modules/.cache and
// copied for each server, so two servers start in seconds and from the same data.
// The folder is removed when the server stops; folders left by a killed run are removed next time.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
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

// end-to-end flows run on a fixed day (no test depends on the real date) and move the clock past a
// consultation window (route enabled only with TDKT_TEST_CLOCK)
process.env.TDKT_TEST_CLOCK = '1';
process.env.TDKT_TEST_TODAY ||= '2026-12-01';
process.env.TDKT_ADMIN_PASSWORD ||= 'Admin@12345678';
delete process.env.DATABASE_URL;

/** The demo database for this build: built once (one server builds, the others wait), then reused. */
function fixture() {
  const hash = crypto.createHash('sha256');
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!p.endsWith('.map')) hash.update(p.slice(root.length)).update(fs.readFileSync(p));
    }
  };
  walk(path.join(root, 'dist', 'server'));
  walk(path.join(root, 'migrations'));
  hash.update(process.env.TDKT_TEST_TODAY).update(process.env.TDKT_ADMIN_PASSWORD);
  const cache = path.join(root, 'node_modules', '.cache', 'tdkt-e2e');
  const dir = path.join(cache, hash.digest('hex').slice(0, 16));
  const ready = path.join(dir, '.ready');
  if (fs.existsSync(ready)) return dir;
  fs.mkdirSync(cache, { recursive: true });
  const lock = `${dir}.lock`;
  let mine = false;
  try {
    fs.mkdirSync(lock);
    mine = true;
  } catch {
    // another server is building it; a lock older than 20 minutes is a dead run's
    if (Date.now() - fs.statSync(lock).mtimeMs > 20 * 60_000) {
      fs.rmSync(lock, { recursive: true, force: true });
      return fixture();
    }
  }
  if (mine) {
    // drop other builds' databases once they are a day old (a checkout beside this one, sharing
    // node_modules, may be using a younger one right now)
    for (const name of fs.readdirSync(cache)) {
      const other = path.join(cache, name);
      if (name.endsWith('.lock') || other === dir) continue;
      if (Date.now() - fs.statSync(other).mtimeMs > 24 * 3600_000) fs.rmSync(other, { recursive: true, force: true });
    }
    const tmp = `${dir}.tmp`;
    fs.rmSync(tmp, { recursive: true, force: true });
    const started = Date.now();
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'e2e-fixture.mjs')], {
      env: { ...process.env, TDKT_DATA_DIR: tmp, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (r.status !== 0) {
      fs.rmSync(lock, { recursive: true, force: true });
      process.stderr.write('e2e-server: không tạo được dữ liệu mẫu.\n');
      process.exit(1);
    }
    fs.renameSync(tmp, dir);
    fs.writeFileSync(ready, String(Date.now()));
    fs.rmSync(lock, { recursive: true, force: true });
    process.stderr.write(`e2e-server: dữ liệu mẫu đã tạo trong ${Math.round((Date.now() - started) / 1000)} s\n`);
    return dir;
  }
  const deadline = Date.now() + 20 * 60_000;
  while (!fs.existsSync(ready)) {
    if (Date.now() > deadline || !fs.existsSync(lock)) {
      if (fs.existsSync(ready)) break;
      process.stderr.write('e2e-server: chờ dữ liệu mẫu quá lâu.\n');
      process.exit(1);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
  return dir;
}
const source = fixture();

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX));
fs.cpSync(source, dataDir, { recursive: true, filter: (src) => !src.endsWith('.ready') });
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
// every JSON response is checked against its route's declared schema
process.env.TDKT_CHECK_RESPONSES ||= '1';
process.env.PORT ||= '3100';
process.env.HOST ||= '127.0.0.1';
process.env.LOG_LEVEL ||= 'warn';
process.env.TDKT_WEB_DIR ||= path.join(root, 'dist', 'web');
process.stderr.write(`e2e-server: dữ liệu tạm ${dataDir}, cổng ${process.env.PORT}\n`);
await import(pathToFileURL(main).href);
