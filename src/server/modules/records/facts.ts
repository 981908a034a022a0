/**
 * The facts of a person or a unit as the eligibility engine reads them (shared/domain/codes.md,
 * "Rule-engine case"), loaded from the records, and the check of a subject from the registry.
 */
import type { CaseFacts } from '../../../domain/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { NotFound } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize } from '../../platform/policy.js';
import * as rules from '../rules/service.js';
import * as repo from './repo.js';

export interface FactsQuery {
  subject: 'person' | 'unit';
  id: number;
  /** the achievement year under review: unitRating and members are of this year */
  year: number;
  /** pending matters are those open on this day (default: 31/12 of `year`) */
  date?: string;
}

type Facts = NonNullable<CaseFacts>;

const workFact = (w: repo.WorkRow) => ({
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
  const ratingRows = await repo.ratingsOf(db, q.subject, q.id);
  const awardRows = await repo.awardsOf(db, q.subject, q.id);
  const [initiatives, research] = [await repo.worksOf(db, 'initiatives', q.subject, q.id), await repo.worksOf(db, 'research_projects', q.subject, q.id)];
  const discipline = q.subject === 'person' ? await repo.disciplineOf(db, q.id) : [];
  const pending = await repo.pendingOn(db, q.subject, q.id, date);
  const facts: Facts = {
    ratings: Object.fromEntries(ratingRows.map((r) => [String(r.year), r.rating])) as Facts['ratings'],
    awards: awardRows.map((a) => ({ award: a.award as never, year: Number(a.year), ...(a.decisionDate ? { decisionDate: a.decisionDate } : {}) })),
    initiatives: initiatives.map(workFact),
    research: research.map(({ usedForAward: _a, usedForYear: _y, ...w }) => workFact(w)),
    discipline: discipline.map((d) => ({ level: d.level as never, from: d.from, to: d.to })),
    pending: pending as Facts['pending'],
  };
  if (q.subject === 'unit') {
    const rating = facts.ratings?.[String(q.year)];
    if (rating) facts.unitRating = rating;
    const m = await repo.memberCounts(db, q.id, q.year);
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
  const owner = await repo.ownerOf(db, input.subject, input.id);
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
  for (const r of await repo.peopleRatings(db, uniq)) {
    (out.get(Number(r.personId))!.ratings as Record<string, string>)[String(r.year)] = r.rating;
  }
  for (const a of await repo.peopleAwards(db, uniq)) {
    out.get(Number(a.personId))!.awards!.push({ award: a.award as never, year: Number(a.year), ...(a.decisionDate ? { decisionDate: a.decisionDate } : {}) });
  }
  for (const table of ['initiatives', 'research_projects'] as const) {
    for (const w of await repo.peopleWorks(db, table, uniq)) {
      const f = out.get(Number(w.personId));
      if (!f) continue;
      if (table === 'initiatives') f.initiatives!.push(workFact(w));
      else f.research!.push(workFact({ id: w.id, title: w.title, year: w.year, scope: w.scope }));
    }
  }
  for (const d of await repo.peopleDiscipline(db, uniq)) {
    out.get(Number(d.personId))!.discipline!.push({ level: d.level as never, from: d.from, to: d.to });
  }
  for (const p of await repo.peoplePending(db, uniq, date)) {
    (out.get(Number(p.personId))!.pending as string[]).push(p.kind);
  }
  return out;
}
