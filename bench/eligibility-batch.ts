/**
 * Issue 3's batch figure: checking 10,000 candidates against a register of 5,000,000 past awards,
 * facts loaded from the database (loadPeopleFacts) and the engine run for each. Never a test.
 *
 *   npx tsx bench/eligibility-batch.ts [--driver postgres|pglite] [--awards N] [--candidates N]
 *
 * PostgreSQL: its own database on BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test),
 * dropped after; PGlite: in memory. Results: bench/results/eligibility-batch-<driver>.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { checkEligibility } from '../src/domain/index.js';
import { bootstrap } from '../src/server/platform/bootstrap.js';
import { openDatabase, rows, type Database } from '../src/server/platform/db.js';
import { migrate } from '../src/server/platform/migrate.js';
import { loadPeopleFacts } from '../src/server/modules/records/facts.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const DRIVER = arg('driver', 'postgres') as 'postgres' | 'pglite';
const AWARDS = Number(arg('awards', '5000000'));
const CANDIDATES = Number(arg('candidates', '10000'));
const PEOPLE = Math.max(CANDIDATES, Math.ceil(AWARDS / 10));
const PG_BASE = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

async function open(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (DRIVER === 'pglite') {
    const database = await openDatabase({ memory: true });
    return { database, drop: () => database.close() };
  }
  const c = new pg.Client({ connectionString: PG_BASE });
  await c.connect();
  await c.query('DROP DATABASE IF EXISTS tdkt_bench_batch WITH (FORCE)');
  await c.query('CREATE DATABASE tdkt_bench_batch');
  await c.end();
  const url = new URL(PG_BASE);
  url.pathname = '/tdkt_bench_batch';
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    database,
    drop: async () => {
      await database.close();
      const d = new pg.Client({ connectionString: PG_BASE });
      await d.connect();
      await d.query('DROP DATABASE IF EXISTS tdkt_bench_batch WITH (FORCE)');
      await d.end();
    },
  };
}

async function main() {
  const { database, drop } = await open();
  const db = database.db;
  try {
    await migrate(database);
    await bootstrap(database, { adminPassword: 'Bench@12345678', log: { info: () => {}, warn: () => {} } });
    const [root] = await rows<{ id: number; path: string }>(db, sql`SELECT id, path::text AS path FROM units WHERE code = 'GOC'`);
    const t0 = performance.now();
    // the audit trigger is for application writes; a generated dataset goes in directly
    await db.execute(sql`INSERT INTO people (full_name, gender, employment_category, is_leader, is_direct_worker, unit_id, unit_path, root_id)
      SELECT 'Ứng viên ' || g, 'nu', 'vien_chuc', false, true, ${root.id}, ${root.path}::ltree, ${root.id} FROM generate_series(1, ${PEOPLE}) g`);
    const [{ min }] = await rows<{ min: number }>(db, sql`SELECT min(id)::bigint AS min FROM people`);
    const base = Number(min);
    await db.execute(sql`INSERT INTO ratings (person_id, year, rating, unit_path, root_id)
      SELECT ${base} + c, y, CASE WHEN c % 5 = 0 THEN 'HTNV' ELSE 'HTXSNV' END, ${root.path}::ltree, ${root.id}
      FROM generate_series(0, ${CANDIDATES - 1}) c CROSS JOIN generate_series(2022, 2026) y`);
    for (let done = 0; done < AWARDS; done += 1_000_000) {
      const n = Math.min(1_000_000, AWARDS - done);
      await db.execute(sql`INSERT INTO award_entries (person_id, award, year, decision_no, decision_date, decider, source, unit_path, root_id)
        SELECT ${base}::bigint + (g % ${PEOPLE}::int), (ARRAY['LDTT','CSTD_CS','GK','BK_TINH','LDTT'])[1 + (g / ${PEOPLE})::int % 5], 2026 - (g / ${PEOPLE})::int % 12,
          'B-' || g, make_date(2026 - (g / ${PEOPLE})::int % 12, 12, 20), 'Đo', 'import', ${root.path}::ltree, ${root.id}
        FROM generate_series(${done + 1}::int, ${done + n}::int) g ON CONFLICT DO NOTHING`);
      log(`awards: ${done + n}`);
    }
    await db.execute(sql`ANALYZE`);
    const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM award_entries`);
    log(`seeded ${PEOPLE} people, ${n} awards in ${Math.round((performance.now() - t0) / 1000)} s`);
    const ids = Array.from({ length: CANDIDATES }, (_, i) => base + i);
    const runs: { loadMs: number; checkMs: number; eligible: number }[] = [];
    for (let r = 0; r < 3; r++) {
      const a = performance.now();
      const facts = await loadPeopleFacts(db, ids, '2026-12-15');
      const b = performance.now();
      let eligible = 0;
      for (const id of ids) {
        const res = checkEligibility({ award: 'CSTD_CS', subject: 'ca_nhan', year: 2026, date: '2026-12-15', facts: facts.get(id) });
        if (res.eligible) eligible++;
      }
      const c = performance.now();
      runs.push({ loadMs: Math.round(b - a), checkMs: Math.round(c - b), eligible });
      log(`run ${r + 1}: load ${Math.round(b - a)} ms, engine ${Math.round(c - b)} ms`);
    }
    const total = runs.map((x) => x.loadMs + x.checkMs).sort((x, y) => x - y)[1];
    const out = { date: new Date().toISOString().slice(0, 10), driver: DRIVER, candidates: CANDIDATES, awards: n, people: PEOPLE, medianTotalMs: total, runs, target: DRIVER === 'postgres' ? '< 2000 ms' : '< 5000 ms' };
    fs.mkdirSync(path.join(here, 'results'), { recursive: true });
    fs.writeFileSync(path.join(here, 'results', `eligibility-batch-${DRIVER}.json`), JSON.stringify(out, null, 2) + '\n');
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } finally {
    await drop();
  }
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
