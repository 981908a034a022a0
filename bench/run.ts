/**
 * Benchmarks on a generated dataset (default 300,000 units and 1,000,000 people), on PGlite and/or
 * PostgreSQL:
 *   - people search through the real HTTP path (app.inject, a province-scoped user), p50/p95/max
 *   - subtree listing of a province (GET /api/v1/units?parentId=<province>)
 *   - a 50,000-row Excel import of people (importPeople)
 *   - the resident memory of the real server process (VmRSS / VmHWM) while it serves searches
 * each beside the same SQL run directly on the driver, as a ratio. Never a test assertion.
 *
 *   npx tsx bench/run.ts [--driver pglite|postgres|both] [--units N] [--people N] [--rounds N]
 *
 * The PGlite dataset is cached in bench/data/ (gitignored); PostgreSQL uses its own database
 * (tdkt_bench on BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test), dropped after.
 * Results: bench/results/<driver>.json, bench/results/plans-<driver>.txt and bench/RESULTS.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { bootstrap } from '../src/server/platform/bootstrap.js';
import { loadConfig } from '../src/server/platform/config.js';
import { systemCtx } from '../src/server/platform/context.js';
import { openDatabase, rows, type Database, type DbKind } from '../src/server/platform/db.js';
import { migrate } from '../src/server/platform/migrate.js';
import * as unitRepo from '../src/server/modules/units/repo.js';
import { insertGrant, insertUser } from '../src/server/modules/users/service.js';
import { generate, type GenerateResult } from './generate.js';
import { AUDIT_FIX_SQL, type ImportJob, type ImportRun } from './import.js';
import { measureProposals, type ProposalFigures } from './proposals.js';
import { writeReport } from './report.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const BENCH_USER = 'bench.tinh';
const BENCH_PASSWORD = 'Bench@12345678';
export const SEARCHES = ['nguyen van a', 'tran thi', 'le hoang', 'pham thi thu', 'hoang van nam', 'vu duc'];
export const TARGETS = { searchP95Ms: 50, subtreeP95Ms: 20, import50kS: 30, rssMb: 300 };

// ─── args ───────────────────────────────────────────────────────────────────────────────────
function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const driverArg = arg('driver', 'both');
const TARGET = { units: Number(arg('units', '300000')), people: Number(arg('people', '1000000')) };
const ROUNDS = Number(arg('rounds', '30'));
const IMPORT_ROWS = Number(arg('import-rows', '50000'));
const IMPORT_BUDGET_S = Number(arg('import-budget', '300'));
const flag = (name: string) => process.argv.includes(`--${name}`);
const PG_BASE = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PG_DB = 'tdkt_bench';
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

// ─── stats ──────────────────────────────────────────────────────────────────────────────────
export interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}
export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, p50: r(q(0.5)), p95: r(q(0.95)), max: r(s[s.length - 1]), mean: r(s.reduce((a, b) => a + b, 0) / s.length) };
}
const now = () => performance.now();

// ─── dataset ────────────────────────────────────────────────────────────────────────────────
interface Dataset {
  database: Database;
  provinceId: number;
  generated: GenerateResult;
  cached: boolean;
  /** for the server process */
  env: Record<string, string>;
  drop?: () => Promise<void>;
}

async function addBenchUser(database: Database, provinceId: number) {
  await database.db.transaction(async (tx) => {
    const ctx = systemCtx('bench');
    const id = await insertUser(tx, ctx, { username: BENCH_USER, fullName: 'Chuyên viên tỉnh (benchmark)', password: BENCH_PASSWORD });
    await insertGrant(tx, ctx, id, 'chuyen_vien', (await unitRepo.findById(tx, provinceId))!);
  });
}

async function preparePglite(): Promise<Dataset> {
  const dir = path.join(here, 'data', `pglite-u${TARGET.units}-p${TARGET.people}`);
  const metaFile = path.join(dir, 'meta.json');
  const cached = fs.existsSync(metaFile);
  if (!cached) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const database = await openDatabase({ dataDir: dir });
    await migrate(database);
    await bootstrap(database, { adminPassword: 'Admin@12345678', log: { info: () => {}, warn: () => {} } });
    const t = now();
    const generated = await generate(database, TARGET, log);
    await addBenchUser(database, generated.provinceId);
    log(`PGlite dataset generated in ${((now() - t) / 1000).toFixed(1)} s`);
    await database.close();
    fs.writeFileSync(metaFile, JSON.stringify({ generated, totalSeconds: (now() - t) / 1000 }, null, 2));
  }
  const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as { generated: GenerateResult };
  const t = now();
  const database = await openDatabase({ dataDir: dir });
  await migrate(database);
  log(`PGlite opened (${cached ? 'cached' : 'fresh'}) in ${((now() - t) / 1000).toFixed(1)} s`);
  return { database, provinceId: meta.generated.provinceId, generated: meta.generated, cached, env: { TDKT_DATA_DIR: dir } };
}

async function preparePostgres(): Promise<Dataset> {
  const admin = new pg.Client({ connectionString: PG_BASE });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${PG_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${PG_DB}`);
  await admin.end();
  const url = new URL(PG_BASE);
  url.pathname = '/' + PG_DB;
  const databaseUrl = url.toString();
  const database = await openDatabase({ databaseUrl });
  await migrate(database);
  await bootstrap(database, { adminPassword: 'Admin@12345678', log: { info: () => {}, warn: () => {} } });
  const t = now();
  const generated = await generate(database, TARGET, log);
  await addBenchUser(database, generated.provinceId);
  log(`PostgreSQL dataset generated in ${((now() - t) / 1000).toFixed(1)} s`);
  return {
    database,
    provinceId: generated.provinceId,
    generated,
    cached: false,
    env: { DATABASE_URL: databaseUrl },
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_BASE });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${PG_DB} WITH (FORCE)`);
      await c.end();
    },
  };
}

// ─── query capture and direct replay ────────────────────────────────────────────────────────
interface Captured {
  text: string;
  params: unknown[];
}

/** Records every query the driver runs while `fn` runs. */
async function capture(database: Database, fn: () => Promise<unknown>): Promise<Captured[]> {
  const client = (database.db as unknown as { $client: { query: (...a: unknown[]) => Promise<unknown> } }).$client;
  const original = client.query;
  const seen: Captured[] = [];
  client.query = function (this: unknown, ...a: unknown[]) {
    const first = a[0] as string | { text: string; values?: unknown[] };
    const text = typeof first === 'string' ? first : first.text;
    const params = (Array.isArray(a[1]) ? a[1] : typeof first === 'object' ? first.values : undefined) ?? [];
    seen.push({ text, params: params as unknown[] });
    return original.apply(this, a);
  } as typeof original;
  try {
    await fn();
  } finally {
    client.query = original;
  }
  return seen;
}

async function direct(database: Database, q: Captured): Promise<unknown> {
  const client = (database.db as unknown as { $client: { query: (t: string, p: unknown[]) => Promise<unknown> } }).$client;
  return client.query(q.text, q.params);
}

/** the queries of a request that serve the data, not the session */
const isDataQuery = (q: Captured) => !/FROM sessions|FROM user_roles|UPDATE sessions/.test(q.text);

async function explain(database: Database, q: Captured): Promise<string> {
  const client = (database.db as unknown as { $client: { query: (t: string, p: unknown[]) => Promise<{ rows: Record<string, string>[] }> } }).$client;
  const res = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.params);
  return res.rows.map((r) => Object.values(r)[0]).join('\n');
}

// ─── HTTP ───────────────────────────────────────────────────────────────────────────────────
async function injectLogin(app: FastifyInstance): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: BENCH_USER, password: BENCH_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`bench login failed: ${res.statusCode} ${res.body}`);
  return String(res.headers['set-cookie']).split(';')[0];
}

export interface Figure {
  name: string;
  http: Stats;
  /** the same queries the request ran, run directly on the driver, back to back */
  sqlAll: Stats;
  /** only the data queries (not the session lookup) */
  sqlData: Stats;
  queries: number;
  ratio: number;
  target: number;
  pass: boolean;
  perQuery?: Record<string, { http: Stats; sqlData: Stats; rows?: number }>;
}

async function measureEndpoint(
  name: string,
  database: Database,
  app: FastifyInstance,
  cookie: string,
  urls: { label: string; url: string }[],
  target: number,
  plans: string[],
): Promise<Figure> {
  const inject = async (url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    return res;
  };
  // warm up, capture each request's queries and the plans of its data queries
  const captured = new Map<string, Captured[]>();
  const counts = new Map<string, number>();
  for (const u of urls) {
    await inject(u.url);
    let body = '';
    const qs = await capture(database, async () => {
      body = (await inject(u.url)).body;
    });
    captured.set(u.label, qs);
    const parsed = JSON.parse(body) as { total?: number };
    counts.set(u.label, parsed.total ?? 0);
    for (const q of qs.filter(isDataQuery)) {
      plans.push(`### ${name} — ${u.label}\n${q.text}\n-- params: ${JSON.stringify(q.params)}\n${await explain(database, q)}\n`);
    }
  }
  const http: number[] = [];
  const sqlAll: number[] = [];
  const sqlData: number[] = [];
  const per = new Map<string, { http: number[]; sqlData: number[] }>();
  for (let r = 0; r < ROUNDS; r++) {
    for (const u of urls) {
      const slot = per.get(u.label) ?? { http: [], sqlData: [] };
      per.set(u.label, slot);
      let t = now();
      await inject(u.url);
      const h = now() - t;
      http.push(h);
      slot.http.push(h);
      let data = 0;
      t = now();
      for (const q of captured.get(u.label)!) {
        const t1 = now();
        await direct(database, q);
        if (isDataQuery(q)) data += now() - t1;
      }
      sqlAll.push(now() - t);
      sqlData.push(data);
      slot.sqlData.push(data);
    }
  }
  const httpS = stats(http);
  const dataS = stats(sqlData);
  const perQuery = Object.fromEntries([...per].map(([k, v]) => [k, { http: stats(v.http), sqlData: stats(v.sqlData), rows: counts.get(k) }]));
  return {
    name,
    http: httpS,
    sqlAll: stats(sqlAll),
    sqlData: dataS,
    queries: Math.max(...[...captured.values()].map((q) => q.length)),
    ratio: Math.round((httpS.p95 / Math.max(dataS.p95, 0.01)) * 100) / 100,
    target,
    pass: httpS.p95 < target,
    perQuery,
  };
}

// ─── import (in a child process, with a time budget) ───────────────────────────────────────
export interface ImportFigure {
  rows: number;
  target: number;
  /** the product as it is */
  asIs: ImportRun;
  /** with the audit-trigger change proposed in RESULTS.md applied to the benchmark database */
  withFix: ImportRun | null;
  fixSql: string;
  pass: boolean | null;
}

async function importInChild(ds: Dataset, fix: boolean): Promise<ImportRun> {
  let copy: string | undefined;
  const job: ImportJob = { provinceId: ds.provinceId, rows: IMPORT_ROWS, user: BENCH_USER, fix };
  if (ds.env.DATABASE_URL) job.databaseUrl = ds.env.DATABASE_URL;
  else {
    // a copy of the cached dataset: a run stopped at the budget must not damage the cache
    copy = path.join(here, 'data', 'tmp-import');
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(ds.env.TDKT_DATA_DIR, copy, { recursive: true });
    job.dataDir = copy;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'import.ts')], {
    cwd: root,
    env: { ...process.env, BENCH_IMPORT: JSON.stringify(job) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  const started = now();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, IMPORT_BUDGET_S * 1000);
  await new Promise((r) => child.once('exit', r));
  clearTimeout(timer);
  if (job.databaseUrl) {
    // a killed client leaves its query running on the server: end it
    const c = new pg.Client({ connectionString: PG_BASE });
    await c.connect();
    await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [PG_DB]);
    await c.end();
  }
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
  if (timedOut) {
    return { rows: IMPORT_ROWS, fix, seconds: null, sqlSeconds: null, ratio: null, note: `stopped after ${IMPORT_BUDGET_S} s without finishing` };
  }
  const line = out.trim().split('\n').pop();
  if (!line) return { rows: IMPORT_ROWS, fix, seconds: null, sqlSeconds: null, ratio: null, note: `failed after ${((now() - started) / 1000).toFixed(0)} s` };
  return JSON.parse(line) as ImportRun;
}

async function measureImport(ds: Dataset): Promise<ImportFigure> {
  const asIs = await importInChild(ds, false);
  const withFix = asIs.note === 'importPeople is not available' ? null : await importInChild(ds, true);
  return { rows: IMPORT_ROWS, target: TARGETS.import50kS, asIs, withFix, fixSql: AUDIT_FIX_SQL, pass: asIs.seconds === null ? (asIs.note?.startsWith('stopped') ? false : null) : asIs.seconds < TARGETS.import50kS };
}

// ─── server process memory ──────────────────────────────────────────────────────────────────
export interface MemoryFigure {
  rssMb: number;
  hwmMb: number;
  idleRssMb: number;
  requests: number;
  http: Stats;
  target: number;
  pass: boolean;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function memOf(pid: number): { rss: number; hwm: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 102.4) / 10, hwm: Math.round(kb('VmHWM') / 102.4) / 10 };
}

async function measureServer(env: Record<string, string>, provinceId: number, script = path.join(root, 'dist', 'server', 'main.js')): Promise<MemoryFigure> {
  // the built server, as `npm start` runs it
  const b = spawnSync(process.execPath, ['-e', "import('./scripts/build-lib.mjs').then((m) => m.buildServer())"], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('server build failed');
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', TDKT_WEB_DIR: '/nonexistent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        if ((await fetch(`${base}/api/v1/health`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 250));
    }
    const idle = memOf(child.pid!);
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: BENCH_USER, password: BENCH_PASSWORD }) });
    if (!login.ok) throw new Error(`server login: ${login.status}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const urls = [...SEARCHES.map((q) => `/api/v1/people?q=${encodeURIComponent(q)}`), `/api/v1/units?parentId=${provinceId}`, `/api/v1/people?q=nguyen&page=3`];
    const times: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const u of urls) {
        const t = now();
        const res = await fetch(base + u, { headers: { cookie } });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${u}: ${res.status}`);
        times.push(now() - t);
      }
    }
    const m = memOf(child.pid!);
    return { rssMb: m.rss, hwmMb: m.hwm, idleRssMb: idle.rss, requests: times.length, http: stats(times), target: TARGETS.rssMb, pass: m.hwm < TARGETS.rssMb };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  }
}

// ─── main ───────────────────────────────────────────────────────────────────────────────────
export interface DriverResult {
  driver: DbKind;
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; loadavg: number[] };
  dataset: { units: number; people: number; provinceId: number; provinceUnits: number; provincePeople: number; generated: GenerateResult; cached: boolean };
  rounds: number;
  search: Figure;
  subtree: Figure;
  import: ImportFigure | null;
  memory: MemoryFigure | null;
  /** PGlite only: the same server with shared_buffers=32MB (bench/server-variant.mjs) */
  memorySmallBuffers?: MemoryFigure | null;
  /** the changes proposed in RESULTS.md, measured in SQL (see proposals.ts) */
  proposals: ProposalFigures | null;
}

async function proposalsOn(ds: Dataset, plans: string[]): Promise<ProposalFigures> {
  const database = await openDatabase(ds.env.DATABASE_URL ? { databaseUrl: ds.env.DATABASE_URL } : { dataDir: ds.env.TDKT_DATA_DIR });
  try {
    const p = await measureProposals(database, ds.provinceId, SEARCHES, ROUNDS, stats);
    plans.push(...p.plans);
    return { ...p, plans: [] };
  } finally {
    await database.close();
  }
}

async function runDriver(driver: DbKind): Promise<DriverResult> {
  log(`=== ${driver}: ${TARGET.units} units, ${TARGET.people} people`);
  const ds = driver === 'pglite' ? await preparePglite() : await preparePostgres();
  const { database, provinceId } = ds;
  const plans: string[] = [];
  try {
    const [counts] = await rows<{ units: number; people: number; pu: number; pp: number }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM units) AS units, (SELECT count(*)::int FROM people) AS people,
        (SELECT count(*)::int FROM units WHERE root_id = ${provinceId}) AS pu, (SELECT count(*)::int FROM people WHERE root_id = ${provinceId}) AS pp`,
    );
    const cfg = loadConfig({ databaseUrl: ds.env.DATABASE_URL, webDir: '/nonexistent', logLevel: 'silent' });
    const app = await buildApp(database, cfg, { logger: false });
    await app.ready();
    const cookie = await injectLogin(app);
    log('people search…');
    const search = await measureEndpoint(
      'people search',
      database,
      app,
      cookie,
      SEARCHES.map((q) => ({ label: q, url: `/api/v1/people?q=${encodeURIComponent(q)}&page=1&pageSize=20` })),
      TARGETS.searchP95Ms,
      plans,
    );
    log(`search p95 ${search.http.p95} ms (SQL ${search.sqlData.p95} ms)`);
    log('subtree listing…');
    const subtree = await measureEndpoint(
      'subtree listing',
      database,
      app,
      cookie,
      [{ label: `parentId=${provinceId}`, url: `/api/v1/units?parentId=${provinceId}&page=1&pageSize=20` }],
      TARGETS.subtreeP95Ms,
      plans,
    );
    log(`subtree p95 ${subtree.http.p95} ms (SQL ${subtree.sqlData.p95} ms)`);
    await app.close();
    await database.close();
    let imp: ImportFigure | null = null;
    if (!flag('skip-import')) {
      log('import…');
      imp = await measureImport(ds);
      log(`import ${JSON.stringify(imp)}`);
    }
    let memory: MemoryFigure | null = null;
    if (!flag('skip-memory')) {
      log('server memory…');
      memory = await measureServer(ds.env, provinceId);
      log(`server RSS ${memory.rssMb} MB, peak ${memory.hwmMb} MB`);
    }
    let memorySmallBuffers: MemoryFigure | null = null;
    if (!flag('skip-memory') && driver === 'pglite' && flag('variant')) {
      memorySmallBuffers = await measureServer({ ...ds.env, BENCH_SHARED_BUFFERS: '32MB' }, provinceId, path.join(here, 'server-variant.mjs'));
      log(`server with shared_buffers=32MB: RSS ${memorySmallBuffers.rssMb} MB, peak ${memorySmallBuffers.hwmMb} MB`);
    }
    let proposals: ProposalFigures | null = null;
    // the proposals of bench/NOTES.md are applied by migration 0006; `--proposals` re-measures them
    if (flag('proposals')) {
      log('proposed changes (SQL)…');
      proposals = await proposalsOn(ds, plans);
      log(`proposed: search p95 ${proposals.search.p95} ms, subtree p95 ${proposals.subtree.p95} ms (index built in ${proposals.indexSeconds} s)`);
    }
    const result: DriverResult = {
      driver,
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.type()} ${os.release()}`, loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100) },
      dataset: { units: counts.units, people: counts.people, provinceId, provinceUnits: counts.pu, provincePeople: counts.pp, generated: ds.generated, cached: ds.cached },
      rounds: ROUNDS,
      search,
      subtree,
      import: imp,
      memory,
      memorySmallBuffers,
      proposals,
    };
    fs.mkdirSync(path.join(here, 'results'), { recursive: true });
    fs.writeFileSync(path.join(here, 'results', `${driver}.json`), JSON.stringify(result, null, 2) + '\n');
    fs.writeFileSync(path.join(here, 'results', `plans-${driver}.txt`), plans.join('\n'));
    return result;
  } finally {
    if (!flag('keep')) await ds.drop?.();
  }
}

const drivers: DbKind[] = driverArg === 'both' ? ['pglite', 'postgres'] : [driverArg as DbKind];
for (const d of drivers) {
  if (d !== 'pglite' && d !== 'postgres') throw new Error(`--driver pglite|postgres|both, not ${d}`);
  if (flag('proposals-only') && d === 'pglite') {
    // adds the proposals to the last PGlite results, on the cached dataset
    const file = path.join(here, 'results', 'pglite.json');
    const result = JSON.parse(fs.readFileSync(file, 'utf8')) as DriverResult;
    const ds = await preparePglite();
    await ds.database.close();
    const plans: string[] = [];
    result.proposals = await proposalsOn(ds, plans);
    result.memorySmallBuffers = await measureServer({ ...ds.env, BENCH_SHARED_BUFFERS: '32MB' }, ds.provinceId, path.join(here, 'server-variant.mjs'));
    log(`server with shared_buffers=32MB: RSS ${result.memorySmallBuffers.rssMb} MB, peak ${result.memorySmallBuffers.hwmMb} MB`);
    fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    fs.appendFileSync(path.join(here, 'results', 'plans-pglite.txt'), '\n' + plans.join('\n'));
    continue;
  }
  await runDriver(d);
}
writeReport(path.join(here, 'results'), path.join(here, 'RESULTS.md'));
log('written bench/RESULTS.md');
