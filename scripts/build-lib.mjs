// Builds what is stale: the server (tsc → dist/) and the web app (vite → dist/web). A build is
// stale when a source file is newer than the stamp left by the last build, so `npm start` and the
// `tdkt` command work straight after `npm install` and after every `git pull`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newest(paths) {
  let max = 0;
  const walk = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const f of fs.readdirSync(p)) if (f !== 'node_modules') walk(path.join(p, f));
    } else max = Math.max(max, st.mtimeMs);
  };
  for (const p of paths) walk(path.join(root, p));
  return max;
}

function stale(stamp, sources) {
  const s = path.join(root, stamp);
  return !fs.existsSync(s) || fs.statSync(s).mtimeMs < newest(sources);
}

function run(cmd, args, label) {
  process.stderr.write(`tdkt: ${label}…\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    process.stderr.write(`tdkt: ${label} thất bại.\n`);
    process.exit(r.status ?? 1);
  }
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const SERVER_SOURCES = ['src/server', 'src/cli', 'src/domain', 'src/shared', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const WEB_SOURCES = ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json'];

export function buildServer({ force = false } = {}) {
  if (!force && !stale('dist/.server-stamp', SERVER_SOURCES)) return;
  if (!fs.existsSync(bin('tsc'))) {
    process.stderr.write('tdkt: thiếu TypeScript để build. Chạy "npm install" trước.\n');
    process.exit(1);
  }
  fs.rmSync(path.join(root, 'dist', 'server'), { recursive: true, force: true });
  run(bin('tsc'), ['-p', 'tsconfig.build.json'], 'build máy chủ (tsc)');
  fs.writeFileSync(path.join(root, 'dist/.server-stamp'), new Date().toISOString());
}

export function buildWeb({ force = false } = {}) {
  if (!fs.existsSync(path.join(root, 'src/web'))) return;
  if (!force && !stale('dist/web/.stamp', WEB_SOURCES)) return;
  run(bin('vite'), ['build', '--logLevel', 'warn'], 'build giao diện (vite)');
  fs.writeFileSync(path.join(root, 'dist/web/.stamp'), new Date().toISOString());
}
