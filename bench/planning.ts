/**
 * Issue 5's figures: the province-wide cascade dashboard over 3,500 units and their plans (target
 * < 300 ms) and the target progress of a movement with 3,500 units × 20 targets × 4 quarters (target
 * < 500 ms), each through the real service (authorization, SQL, the domain's statuses and
 * attainment), p50/p95 over rounds after one warm-up. Never a test assertion.
 *
 *   npx tsx bench/planning.ts [--driver postgres|pglite] [--units N] [--targets N] [--rounds N]
 *
 * PostgreSQL: its own database on BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test),
 * dropped after; PGlite: in memory. Results: bench/results/planning-<driver>.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { bootstrap } from '../src/server/platform/bootstrap.js';
import { openDatabase, rows, type Database } from '../src/server/platform/db.js';
import { loadConfig } from '../src/server/platform/config.js';
import { migrate } from '../src/server/platform/migrate.js';
import { loadGrants } from '../src/server/platform/auth.js';
import type { Ctx } from '../src/server/platform/context.js';
import * as plans from '../src/server/modules/plans/service.js';
import * as targets from '../src/server/modules/targets/service.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const DRIVER = arg('driver', 'postgres') as 'postgres' | 'pglite';
const UNITS = Number(arg('units', '3500'));
const TARGETS_PER_UNIT = Number(arg('targets', '20'));
const ROUNDS = Number(arg('rounds', '20'));
const PG_BASE = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DB_NAME = 'tdkt_bench_planning';
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

async function open(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (DRIVER === 'pglite') {
    const database = await openDatabase({ memory: true });
    return { database, drop: () => database.close() };
  }
  const c = new pg.Client({ connectionString: PG_BASE });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${DB_NAME}`);
  await c.end();
  const url = new URL(PG_BASE);
  url.pathname = `/${DB_NAME}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    database,
    drop: async () => {
      await database.close();
      const d = new pg.Client({ connectionString: PG_BASE });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
      await d.end();
    },
  };
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  const r = (x: number) => Math.round(x * 10) / 10;
  return { n: s.length, p50: r(q(0.5)), p95: r(q(0.95)), max: r(s[s.length - 1]) };
}

async function time(rounds: number, f: () => Promise<unknown>) {
  await f();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const a = performance.now();
    await f();
    samples.push(performance.now() - a);
  }
  return stats(samples);
}

async function main() {
  const { database, drop } = await open();
  const db = database.db;
  try {
    await migrate(database);
    await bootstrap(database, { adminPassword: 'Bench@12345678', log: { info: () => {}, warn: () => {} } });
    const deps = { database, cfg: loadConfig() };
    const ctx: Ctx = { actor: { userId: 1, username: 'admin', fullName: 'Quản trị', grants: await loadGrants(db, 1) }, requestId: 'bench', ip: null };
    const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path::text AS path FROM units WHERE code = 'GOC'`);
    const t0 = performance.now();
    // a province and its units (generated directly: the audit trigger is for application writes)
    const [prov] = await rows<{ id: number }>(db, sql`INSERT INTO units (code, name, level, kind, legal_personality, parent_id, root_id, path)
      VALUES ('BT', 'Tỉnh Đo Lường', 'tinh', 'tinh_thanh', true, ${root.id}, ${root.id}, ${root.path}::ltree) RETURNING id`);
    const provPath = `${root.path}.${prov.id}`;
    await db.execute(sql`UPDATE units SET path = ${provPath}::ltree WHERE id = ${prov.id}`);
    await db.execute(sql`INSERT INTO units (code, name, level, kind, legal_personality, parent_id, root_id, path)
      SELECT 'BT-' || g, 'Đơn vị ' || g, 'xa', 'xa_phuong', true, ${prov.id}, ${root.id}, ${provPath}::ltree FROM generate_series(1, ${UNITS}) g`);
    await db.execute(sql`UPDATE units SET path = (${provPath} || '.' || id)::ltree WHERE parent_id = ${prov.id}`);
    const content = JSON.stringify({ issuer: { name: 'Tỉnh Đo Lường' }, place: 'Đo Lường', bases: [], sections: [], recipients: [], signer: { position: 'CHỦ TỊCH', name: 'A' } });
    const [plan] = await rows<{ id: number }>(db, sql`INSERT INTO plans (unit_id, unit_path, root_id, year, number, title, status, issued_on, content, cascade_due, cascade_scope)
      VALUES (${prov.id}, ${provPath}::ltree, ${root.id}, 2026, '1/KH-UBND', 'Kế hoạch đo lường', 'issued', '2026-01-10', ${content}::jsonb, '2026-03-31', 'children') RETURNING id`);
    // two thirds of the units have a plan implementing it: issued on time, issued late, or a draft
    await db.execute(sql`INSERT INTO plans (unit_id, unit_path, root_id, year, number, title, status, issued_on, parent_plan_id, content)
      SELECT u.id, u.path, ${root.id}, 2026, CASE WHEN u.id % 3 = 2 THEN NULL ELSE (u.id || '/KH-UBND') END, 'Kế hoạch của ' || u.name,
        CASE WHEN u.id % 3 = 2 THEN 'draft' ELSE 'issued' END, CASE WHEN u.id % 3 = 0 THEN '2026-03-20'::date WHEN u.id % 3 = 1 THEN '2026-04-20'::date END,
        ${plan.id}, ${content}::jsonb
      FROM units u WHERE u.parent_id = ${prov.id} AND u.id % 4 <> 0`);
    // a movement with TARGETS_PER_UNIT targets per unit and an actual per quarter
    const [mv] = await rows<{ id: number }>(db, sql`INSERT INTO movements (unit_id, unit_path, root_id, kind, name, scope, launch_level, starts_on, ends_on, status, details)
      VALUES (${prov.id}, ${provPath}::ltree, ${root.id}, 'thuong_xuyen', 'Phong trào đo lường', 'bo_nganh_dia_phuong', 'bo_tinh', '2026-01-01', '2026-12-31', 'launched', '{}'::jsonb) RETURNING id`);
    await db.execute(sql`INSERT INTO targets (unit_id, unit_path, year, movement_id, name, measure, direction, baseline, target)
      SELECT u.id, u.path, 2026, ${mv.id}, 'Chỉ tiêu ' || k, '%', (ARRAY['at_least','at_most','equal','reduce_by'])[1 + k % 4], 5, 10 + k
      FROM units u CROSS JOIN generate_series(1, ${TARGETS_PER_UNIT}) k WHERE u.parent_id = ${prov.id}`);
    await db.execute(sql`INSERT INTO target_actuals (target_id, period, value)
      SELECT t.id, '2026-Q' || q, (t.id % 17) + q FROM targets t CROSS JOIN generate_series(1, 4) q WHERE t.movement_id = ${mv.id}`);
    await db.execute(sql`UPDATE targets SET latest_period = '2026-Q4', latest_value = (id % 17) + 4 WHERE movement_id = ${mv.id}`);
    await db.execute(sql`ANALYZE`);
    const [{ nt }] = await rows<{ nt: number }>(db, sql`SELECT count(*)::int AS nt FROM target_actuals`);
    log(`seeded ${UNITS} units, ${UNITS * TARGETS_PER_UNIT} targets, ${nt} actuals in ${Math.round((performance.now() - t0) / 1000)} s`);

    const cascade = await time(ROUNDS, () => plans.cascade(deps, ctx, plan.id, { page: 1, pageSize: 50 }));
    log(`cascade dashboard: p50 ${cascade.p50} ms, p95 ${cascade.p95} ms`);
    const progress = await time(ROUNDS, () => targets.movementProgress(deps, ctx, mv.id, provPath, { page: 1, pageSize: 50 }));
    log(`movement progress: p50 ${progress.p50} ms, p95 ${progress.p95} ms`);
    const out = {
      date: new Date().toISOString().slice(0, 10), driver: DRIVER, units: UNITS, targets: UNITS * TARGETS_PER_UNIT, actuals: nt, rounds: ROUNDS,
      cascadeDashboardMs: cascade, cascadeTargetMs: 300, movementProgressMs: progress, progressTargetMs: 500,
    };
    fs.mkdirSync(path.join(here, 'results'), { recursive: true });
    fs.writeFileSync(path.join(here, 'results', `planning-${DRIVER}.json`), JSON.stringify(out, null, 2) + '\n');
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } finally {
    await drop();
  }
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
