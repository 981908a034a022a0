/**
 * SQL of sơ kết / tổng kết reports: the stored report, and the figures a report is drafted from (a
 * plan's tasks, the lower units' plans, registrations, targets and awards of the unit's subtree).
 */
import { sql } from 'drizzle-orm';
import type { PlanDocumentData, TargetDirection } from '../../../domain/index.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { idArray } from '../units/repo.js';
import type { PlanRow } from '../plans/repo.js';

export type ReviewKind = 'so_ket' | 'tong_ket';

export interface ReviewRow {
  id: number;
  planId: number;
  unitPath: string;
  kind: ReviewKind;
  asOf: string;
  content: PlanDocumentData;
  version: number;
  updatedAt: string;
}

const SELECT = sql`SELECT id, plan_id AS "planId", unit_path::text AS "unitPath", kind, as_of::text AS "asOf", content, version, updated_at AS "updatedAt" FROM reviews`;

export async function findById(ex: Executor, id: number): Promise<ReviewRow | undefined> {
  return (await rows<ReviewRow>(ex, sql`${SELECT} WHERE id = ${id}`))[0];
}

export async function ofPlan(ex: Executor, planId: number): Promise<ReviewRow[]> {
  return rows<ReviewRow>(ex, sql`${SELECT} WHERE plan_id = ${planId} ORDER BY id DESC`);
}

export async function insert(ex: Executor, r: { planId: number; unitPath: string; kind: ReviewKind; asOf: string; content: PlanDocumentData; createdBy: number | null }): Promise<number> {
  const [row] = await rows<{ id: number }>(ex, sql`INSERT INTO reviews (plan_id, unit_path, kind, as_of, content, created_by)
    VALUES (${r.planId}, ${r.unitPath}::ltree, ${r.kind}, ${r.asOf}::date, ${JSON.stringify(r.content)}::jsonb, ${r.createdBy}) RETURNING id`);
  return Number(row.id);
}

/** The report's content at a version; false when the version is not the current one. */
export async function updateContent(ex: Executor, id: number, version: number, content: PlanDocumentData): Promise<boolean> {
  const [r] = await rows(ex, sql`UPDATE reviews SET content = ${JSON.stringify(content)}::jsonb, version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${version} RETURNING id`);
  return !!r;
}

// ---- the figures of a draft ------------------------------------------------------------------------

/** The plan's tasks due up to `until`. */
export async function tasksDue(ex: Executor, planId: number, until: string) {
  return rows<{ title: string; dueOn: string; status: string; doneOn: string | null; leadUnitName: string; quarter: number | null }>(
    ex,
    sql`SELECT t.title, t.due_on::text AS "dueOn", t.status, t.done_on::text AS "doneOn", u.name AS "leadUnitName", t.quarter
      FROM plan_tasks t JOIN units u ON u.id = t.lead_unit_id WHERE t.plan_id = ${planId} AND t.due_on <= ${until}::date ORDER BY t.due_on, t.id`,
  );
}

/** Of the lower units asked to issue a plan implementing one of `chain`: how many did by `asOf`, and how many by the due date. */
export async function cascadeCounts(ex: Executor, p: Pick<PlanRow, 'unitId' | 'unitPath' | 'cascadeScope' | 'cascadeDue'>, chain: number[], asOf: string) {
  return (await rows<{ total: number; issued: number; onTime: number }>(
    ex,
    sql`SELECT count(*)::int AS total, count(x.id)::int AS issued, count(x.id) FILTER (WHERE x.issued_on <= ${p.cascadeDue}::date)::int AS "onTime"
      FROM units u LEFT JOIN LATERAL (SELECT id, issued_on FROM plans q WHERE q.unit_id = u.id AND q.parent_plan_id = ANY(${idArray(chain)}::bigint[]) AND q.status <> 'draft' AND q.issued_on <= ${asOf}::date LIMIT 1) x ON true
      WHERE ${p.cascadeScope === 'subtree' ? sql`u.path <@ ${p.unitPath}::ltree AND u.id <> ${p.unitId}` : sql`u.parent_id = ${p.unitId}`} AND (u.valid_to IS NULL OR u.valid_to >= ${asOf}::date)`,
  ))[0];
}

/** Titles registered (sent up) in the subtree for the year, per award. */
export async function registeredTitles(ex: Executor, unitPath: string, year: number) {
  return rows<{ award: string; individuals: number; collectives: number }>(
    ex,
    sql`SELECT e.award, count(*) FILTER (WHERE e.subject = 'ca_nhan')::int AS individuals, count(*) FILTER (WHERE e.subject = 'tap_the')::int AS collectives
      FROM registration_entries e JOIN registrations r ON r.id = e.registration_id
      WHERE r.unit_path <@ ${unitPath}::ltree AND r.year = ${year} AND r.status IN ('submitted', 'approved') GROUP BY e.award ORDER BY e.award`,
  );
}

/** Units of the subtree that sent up a registration for the year. */
export async function registeredUnits(ex: Executor, unitPath: string, year: number): Promise<number> {
  const [{ units }] = await rows<{ units: number }>(ex, sql`SELECT count(DISTINCT unit_id)::int AS units FROM registrations WHERE unit_path <@ ${unitPath}::ltree AND year = ${year} AND status IN ('submitted', 'approved')`);
  return units;
}

/** The subtree's targets of the year, each with its latest figure entered by `asOf`. */
export async function targetsAsOf(ex: Executor, unitPath: string, year: number, asOf: string) {
  return rows<{ name: string; measure: string; direction: TargetDirection; baseline: number | null; target: number; unitName: string; value: number | null }>(
    ex,
    sql`SELECT t.name, t.measure, t.direction, t.baseline, t.target, u.name AS "unitName",
      (SELECT a.value FROM target_actuals a WHERE a.target_id = t.id AND a.created_at::date <= ${asOf}::date ORDER BY a.period DESC LIMIT 1) AS value
      FROM targets t JOIN units u ON u.id = t.unit_id WHERE t.unit_path <@ ${unitPath}::ltree AND t.year = ${year} ORDER BY u.path, t.id LIMIT 2000`,
  );
}

/** Awards in force decided in the subtree between two days, per award, most first. */
export async function awardCounts(ex: Executor, unitPath: string, from: string, to: string) {
  return rows<{ award: string; n: number }>(
    ex,
    sql`SELECT award, count(*)::int AS n FROM award_entries WHERE unit_path <@ ${unitPath}::ltree AND decision_date BETWEEN ${from}::date AND ${to}::date AND revoked_on IS NULL GROUP BY award ORDER BY n DESC`,
  );
}
