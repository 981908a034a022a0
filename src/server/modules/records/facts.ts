/**
 * The facts of a person or a unit as the eligibility engine reads them (shared/domain/codes.md,
 * "Rule-engine case"), loaded from the records, and the check of a subject from the registry.
 */
import { sql } from 'drizzle-orm';
import type { CaseFacts } from '../../../domain/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { NotFound } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize } from '../../platform/policy.js';
import * as rules from '../rules/service.js';
import { ownerOf } from './repo.js';

export interface FactsQuery {
  subject: 'person' | 'unit';
  id: number;
  /** the achievement year under review: unitRating and members are of this year */
  year: number;
  /** pending matters are those open on this day (default: 31/12 of `year`) */
  date?: string;
}

type Facts = NonNullable<CaseFacts>;
type Work = { id: number; title: string; year: number; scope: string; usedForAward?: string | null; usedForYear?: number | null };

const workFact = (w: Work) => ({
  id: String(w.id),
  title: w.title,
  year: Number(w.year),
  scope: w.scope as 'co_so' | 'tinh' | 'toan_quoc',
  ...(w.usedForAward && w.usedForYear ? { usedFor: { award: w.usedForAward as never, year: Number(w.usedForYear) } } : {}),
});

/**
 * Everything the engine needs about one subject. Fact lists are always present (an empty list is
 * "known: none"): the registry is the record. A unit's `members` are the people whose current unit
 * it is; `completedDuties` counts those rated HTNV or better for `year`, `ldtt` / `cstdcs` those
 * with that title for `year` in the award register, `disciplinedCanhCaoOrAbove` those with a
 * discipline of canh_cao or heavier whose period touches `year`.
 */
export async function loadFacts(db: Executor, q: FactsQuery): Promise<Facts> {
  const date = q.date ?? `${q.year}-12-31`;
  const col = q.subject === 'person' ? sql`person_id` : sql`unit_id`;
  const onlyUnit = q.subject === 'unit' ? sql`AND person_id IS NULL` : sql``;
  const ratingRows = await rows<{ year: number; rating: string }>(db, sql`SELECT year, rating FROM ratings WHERE ${col} = ${q.id} ${onlyUnit} ORDER BY year`);
  const awardRows = await rows<{ award: string; year: number; decisionDate: string | null }>(
    db,
    sql`SELECT award, year, decision_date AS "decisionDate" FROM award_entries WHERE ${col} = ${q.id} AND revoked_on IS NULL ORDER BY year, award`,
  );
  const works = (table: 'initiatives' | 'research_projects') => {
    const used = table === 'initiatives' ? sql`, used_for_award AS "usedForAward", used_for_year AS "usedForYear"` : sql``;
    const where = q.subject === 'person' ? sql`authors @> ${JSON.stringify([{ personId: q.id }])}::jsonb` : sql`unit_id = ${q.id}`;
    return rows<Work>(db, sql`SELECT id, title, year, scope ${used} FROM ${sql.identifier(table)} WHERE ${where} ORDER BY year, id`);
  };
  const [initiatives, research] = [await works('initiatives'), await works('research_projects')];
  const discipline =
    q.subject === 'person'
      ? await rows<{ level: string; from: string; to: string | null }>(
          db,
          sql`SELECT level, from_date AS "from", to_date AS "to" FROM discipline_records WHERE person_id = ${q.id} ORDER BY from_date`,
        )
      : [];
  const pending = await rows<{ kind: string }>(
    db,
    sql`SELECT DISTINCT kind FROM pending_matters WHERE ${col} = ${q.id} ${onlyUnit}
      AND opened_on <= ${date}::date AND (closed_on IS NULL OR closed_on > ${date}::date) ORDER BY kind`,
  );
  const facts: Facts = {
    ratings: Object.fromEntries(ratingRows.map((r) => [String(r.year), r.rating])) as Facts['ratings'],
    awards: awardRows.map((a) => ({ award: a.award as never, year: Number(a.year), ...(a.decisionDate ? { decisionDate: a.decisionDate } : {}) })),
    initiatives: initiatives.map(workFact),
    research: research.map(({ usedForAward: _a, usedForYear: _y, ...w }) => workFact(w)),
    discipline: discipline.map((d) => ({ level: d.level as never, from: d.from, to: d.to })),
    pending: pending.map((p) => p.kind) as Facts['pending'],
  };
  if (q.subject === 'unit') {
    const rating = facts.ratings?.[String(q.year)];
    if (rating) facts.unitRating = rating;
    const from = `${q.year}-01-01`;
    const to = `${q.year}-12-31`;
    const [m] = await rows<{ total: number; completedDuties: number; ldtt: number; cstdcs: number; disciplined: number }>(
      db,
      sql`WITH m AS (SELECT id FROM people WHERE unit_id = ${q.id})
        SELECT (SELECT count(*)::int FROM m) AS total,
          (SELECT count(*)::int FROM ratings r JOIN m ON m.id = r.person_id WHERE r.year = ${q.year} AND r.rating IN ('HTXSNV', 'HTTNV', 'HTNV')) AS "completedDuties",
          (SELECT count(DISTINCT a.person_id)::int FROM award_entries a JOIN m ON m.id = a.person_id WHERE a.year = ${q.year} AND a.award = 'LDTT' AND a.revoked_on IS NULL) AS ldtt,
          (SELECT count(DISTINCT a.person_id)::int FROM award_entries a JOIN m ON m.id = a.person_id WHERE a.year = ${q.year} AND a.award = 'CSTD_CS' AND a.revoked_on IS NULL) AS cstdcs,
          (SELECT count(DISTINCT d.person_id)::int FROM discipline_records d JOIN m ON m.id = d.person_id
            WHERE d.level <> 'khien_trach' AND d.from_date <= ${to}::date AND (d.to_date IS NULL OR d.to_date >= ${from}::date)) AS disciplined`,
    );
    facts.members = { total: m.total, completedDuties: m.completedDuties, ldtt: m.ldtt, cstdcs: m.cstdcs, disciplinedCanhCaoOrAbove: m.disciplined };
  }
  return facts;
}

export interface CheckSubjectInput {
  subject: 'person' | 'unit';
  id: number;
  award: string;
  year: number;
  date?: string;
}

/** Checks a person or unit of the registry for an award: the facts from the records, the verdict from the engine. */
export async function checkSubject(deps: Deps, ctx: Ctx, input: CheckSubjectInput) {
  const db = deps.database.db;
  const owner = await ownerOf(db, input.subject, input.id);
  if (!owner) throw new NotFound(input.subject === 'person' ? 'Không tìm thấy cá nhân (trường id).' : 'Không tìm thấy đơn vị (trường id).');
  authorize(ctx.actor, 'read', { type: input.subject, unitPath: owner.unitPath });
  const today = rules.todayVN();
  const date = input.date ?? (Number(today.slice(0, 4)) >= input.year ? today : `${input.year}-12-31`);
  const facts = await loadFacts(db, { subject: input.subject, id: input.id, year: input.year, date });
  const result = await rules.check(deps, {
    award: input.award,
    subject: input.subject === 'person' ? 'ca_nhan' : 'tap_the',
    year: input.year,
    date,
    facts,
  });
  return { subject: input.subject, id: owner.id, name: owner.name, award: input.award, year: input.year, date, facts, result };
}

/**
 * The facts of many people at once, in a handful of queries (lists travel as one jsonb parameter):
 * the same facts as `loadFacts` for a person, for batches — a dossier's nominees, a benchmark of
 * thousands of candidates. The result is keyed by person id; every requested id is present.
 */
export async function loadPeopleFacts(db: Executor, ids: number[], date: string): Promise<Map<number, Facts>> {
  const out = new Map<number, Facts>();
  const uniq = [...new Set(ids)];
  for (const id of uniq) out.set(id, { ratings: {} as Facts['ratings'], awards: [], initiatives: [], research: [], discipline: [], pending: [] });
  if (!uniq.length) return out;
  const list = sql`(SELECT (jsonb_array_elements_text(${JSON.stringify(uniq)}::jsonb))::bigint)`;
  for (const r of await rows<{ personId: number; year: number; rating: string }>(db, sql`SELECT person_id AS "personId", year, rating FROM ratings WHERE person_id IN ${list}`)) {
    (out.get(Number(r.personId))!.ratings as Record<string, string>)[String(r.year)] = r.rating;
  }
  for (const a of await rows<{ personId: number; award: string; year: number; decisionDate: string | null }>(
    db,
    sql`SELECT person_id AS "personId", award, year, decision_date AS "decisionDate" FROM award_entries WHERE person_id IN ${list} AND revoked_on IS NULL ORDER BY year, award`,
  )) {
    out.get(Number(a.personId))!.awards!.push({ award: a.award as never, year: Number(a.year), ...(a.decisionDate ? { decisionDate: a.decisionDate } : {}) });
  }
  for (const table of ['initiatives', 'research_projects'] as const) {
    const used = table === 'initiatives' ? sql`, w.used_for_award AS "usedForAward", w.used_for_year AS "usedForYear"` : sql``;
    const found = await rows<Work & { personId: number }>(
      db,
      sql`SELECT (a->>'personId')::bigint AS "personId", w.id, w.title, w.year, w.scope ${used}
        FROM ${sql.identifier(table)} w CROSS JOIN LATERAL jsonb_array_elements(w.authors) a
        WHERE a ? 'personId' AND jsonb_typeof(a->'personId') = 'number' AND (a->>'personId')::bigint IN ${list} ORDER BY w.year, w.id`,
    );
    for (const w of found) {
      const f = out.get(Number(w.personId));
      if (!f) continue;
      if (table === 'initiatives') f.initiatives!.push(workFact(w));
      else f.research!.push(workFact({ id: w.id, title: w.title, year: w.year, scope: w.scope }));
    }
  }
  for (const d of await rows<{ personId: number; level: string; from: string; to: string | null }>(
    db,
    sql`SELECT person_id AS "personId", level, from_date AS "from", to_date AS "to" FROM discipline_records WHERE person_id IN ${list} ORDER BY from_date`,
  )) {
    out.get(Number(d.personId))!.discipline!.push({ level: d.level as never, from: d.from, to: d.to });
  }
  for (const p of await rows<{ personId: number; kind: string }>(
    db,
    sql`SELECT DISTINCT person_id AS "personId", kind FROM pending_matters WHERE person_id IN ${list}
      AND opened_on <= ${date}::date AND (closed_on IS NULL OR closed_on > ${date}::date) ORDER BY 1, 2`,
  )) {
    (out.get(Number(p.personId))!.pending as string[]).push(p.kind);
  }
  return out;
}
