/**
 * The changes proposed in RESULTS.md, measured in SQL on the same dataset: an index the product
 * does not have yet is created for the measurement and dropped afterwards, so the cached dataset
 * keeps the schema of the migrations.
 *
 *  1. people search: a scope condition the GiST index can use (`unit_path <@ $1::ltree`, one per
 *     scope, OR-ed, instead of `unit_path <@ ARRAY[...]::ltree[]`, which no index supports), a
 *     GiST index on (unit_path, search_text gist_trgm_ops) so one index scan applies the scope and
 *     the words together, and the page cut before the join with units.
 *  2. subtree listing: no redundant scope array once the parent is authorised, the page cut before
 *     the joins, and the count capped like the people count.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Database } from '../src/server/platform/db.js';
import type { Stats } from './run.js';

export const PROPOSED_INDEX_SQL = 'CREATE INDEX people_scope_search_gist ON people USING gist (unit_path, search_text gist_trgm_ops)';

export interface ProposalFigures {
  indexSql: string;
  indexSeconds: number;
  search: Stats;
  perQuery: Record<string, Stats>;
  subtree: Stats;
  plans: string[];
}

export async function measureProposals(
  database: Database,
  provinceId: number,
  searches: string[],
  rounds: number,
  stats: (s: number[]) => Stats,
): Promise<ProposalFigures> {
  const db = database.db;
  const [{ path }] = await rows<{ path: string }>(db, sql`SELECT path::text AS path FROM units WHERE id = ${provinceId}`);
  await db.execute(sql`SET maintenance_work_mem = '512MB'`).catch(() => undefined);
  let t = performance.now();
  await db.execute(sql.raw(PROPOSED_INDEX_SQL));
  await db.execute(sql`ANALYZE people`);
  const indexSeconds = Math.round((performance.now() - t) / 100) / 10;
  const plans: string[] = [];
  try {
    const list = (q: string): SQL => sql`SELECT p.id, p.full_name AS "fullName", p.gender, p.birth_date AS "birthDate", p.ethnicity,
        p.citizen_id AS "citizenId", p.position, p.employment_category AS "employmentCategory", p.is_leader AS "isLeader",
        p.is_direct_worker AS "isDirectWorker", p.unit_id AS "unitId", u.name AS "unitName", u.code AS "unitCode",
        p.unit_path::text AS "unitPath", p.version
      FROM (SELECT * FROM people p WHERE (p.unit_path <@ ${path}::ltree) AND p.search_text LIKE '%' || tdkt_fold(${q}) || '%'
            ORDER BY p.search_text, p.id LIMIT 20 OFFSET 0) p
      JOIN units u ON u.id = p.unit_id ORDER BY p.search_text, p.id`;
    const count = (q: string): SQL => sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM people p
      WHERE (p.unit_path <@ ${path}::ltree) AND p.search_text LIKE '%' || tdkt_fold(${q}) || '%' LIMIT 10001) x`;
    const unitsList = sql`SELECT u.id, u.code, u.name, u.level, u.kind, k.name AS "kindName", u.legal_personality AS "legalPersonality",
        u.parent_id AS "parentId", u.root_id AS "rootId", u.path::text AS path, u.address, u.valid_from AS "validFrom", u.valid_to AS "validTo",
        (u.valid_to IS NULL OR u.valid_to >= current_date) AS active,
        (SELECT count(*)::int FROM units c WHERE c.parent_id = u.id) AS "childCount", u.version
      FROM (SELECT * FROM units u WHERE u.path <@ ${path}::ltree AND (u.valid_to IS NULL OR u.valid_to >= current_date)
            ORDER BY u.path LIMIT 20 OFFSET 0) u
      JOIN unit_kinds k ON k.code = u.kind ORDER BY u.path`;
    const unitsCount = sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM units u
      WHERE u.path <@ ${path}::ltree AND (u.valid_to IS NULL OR u.valid_to >= current_date) LIMIT 10001) x`;

    const explain = async (label: string, q: SQL) => {
      const r = await rows<Record<string, string>>(db, sql`EXPLAIN (ANALYZE, BUFFERS) ${q}`);
      plans.push(`### proposed — ${label}\n${r.map((x) => Object.values(x)[0]).join('\n')}\n`);
    };
    for (const q of searches) {
      await explain(`search list "${q}"`, list(q));
      await explain(`search count "${q}"`, count(q));
    }
    await explain('subtree list', unitsList);
    await explain('subtree count', unitsCount);

    const all: number[] = [];
    const per: Record<string, number[]> = {};
    const sub: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of searches) {
        t = performance.now();
        await db.execute(list(q));
        await db.execute(count(q));
        const d = performance.now() - t;
        all.push(d);
        (per[q] ??= []).push(d);
      }
      t = performance.now();
      await db.execute(unitsList);
      await db.execute(unitsCount);
      sub.push(performance.now() - t);
    }
    return {
      indexSql: PROPOSED_INDEX_SQL,
      indexSeconds,
      search: stats(all),
      perQuery: Object.fromEntries(Object.entries(per).map(([k, v]) => [k, stats(v)])),
      subtree: stats(sub),
      plans,
    };
  } finally {
    await db.execute(sql`DROP INDEX IF EXISTS people_scope_search_gist`);
  }
}
