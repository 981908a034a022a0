/**
 * SQL of TĐKT plans: the plan row, lists, the revision chain, issuing and amending, and the cascade
 * of lower units' plans; also the read-down condition the planning lists share.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { scopesFor, type Actor, type ResourceType } from '../../platform/policy.js';
import type { PlanContent, PlanListItem } from '../../../shared/contract/plans.js';
import { idArray, inScopes } from '../units/repo.js';

export type PlanStatus = 'draft' | 'issued' | 'superseded';
export type CascadeScope = 'children' | 'subtree';

export interface PlanRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  year: number;
  number: string | null;
  title: string;
  status: PlanStatus;
  issuedOn: string | null;
  parentPlanId: number | null;
  supersedesId: number | null;
  revision: number;
  content: PlanContent;
  cascadeDue: string | null;
  cascadeScope: CascadeScope | null;
  version: number;
  updatedAt: string;
}

/** SQL condition for lists: the row's unit path is in a read scope or above one of the actor's units. */
export function readDownCondition(actor: Actor | null | undefined, type: ResourceType, column: SQL): SQL {
  const scopes = scopesFor(actor, 'read', type);
  const above = [...new Set((actor?.grants ?? []).map((g) => g.unitPath))];
  return sql`(${inScopes(column, scopes)} OR ${column} @> ANY(${`{${above.join(',')}}`}::ltree[]))`;
}

const SELECT = sql`SELECT p.id, p.unit_id AS "unitId", u.name AS "unitName", p.unit_path::text AS "unitPath", p.year, p.number, p.title,
  p.status, p.issued_on::text AS "issuedOn", p.parent_plan_id AS "parentPlanId", p.supersedes_id AS "supersedesId", p.revision,
  p.content, p.cascade_due::text AS "cascadeDue", p.cascade_scope AS "cascadeScope", p.version, p.updated_at AS "updatedAt"
  FROM plans p JOIN units u ON u.id = p.unit_id`;

export async function findById(ex: Executor, id: number): Promise<PlanRow | undefined> {
  return (await rows<PlanRow>(ex, sql`${SELECT} WHERE p.id = ${id}`))[0];
}

export interface PlanFilter {
  year?: number;
  unitId?: number;
  status?: string;
  q?: string;
}

/** A page of the plans the actor reads down to, with task and overdue counts as of `today`. */
export async function list(ex: Executor, actor: Actor | null | undefined, f: PlanFilter, today: string, page: number, pageSize: number) {
  const conds = [readDownCondition(actor, 'plan', sql`p.unit_path`)];
  if (f.year) conds.push(sql`p.year = ${f.year}`);
  if (f.unitId) conds.push(sql`p.unit_id = ${f.unitId}`);
  if (f.status) conds.push(sql`p.status = ${f.status}`);
  if (f.q) conds.push(sql`(tdkt_fold(p.title) LIKE '%' || tdkt_fold(${f.q}) || '%' OR p.number ILIKE '%' || ${f.q} || '%')`);
  const where = sql.join(conds, sql` AND `);
  const items = await rows<PlanListItem>(
    ex,
    sql`SELECT p.id, p.unit_id AS "unitId", u.name AS "unitName", p.year, p.number, p.title, p.status, p.issued_on::text AS "issuedOn",
      p.parent_plan_id AS "parentPlanId", p.revision, p.cascade_due::text AS "cascadeDue", p.version,
      (SELECT count(*)::int FROM plan_tasks t WHERE t.plan_id = p.id) AS "taskCount",
      (SELECT count(*)::int FROM plan_tasks t WHERE t.plan_id = p.id AND t.status <> 'hoan_thanh' AND t.due_on < ${today}::date) AS "overdueCount"
      FROM plans p JOIN units u ON u.id = p.unit_id WHERE ${where}
      ORDER BY p.year DESC, p.issued_on DESC NULLS FIRST, p.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  );
  const [{ total }] = await rows<{ total: number }>(ex, sql`SELECT count(*)::int AS total FROM plans p WHERE ${where}`);
  return { items, total };
}

export interface PlanRef {
  id: number;
  number: string | null;
  title: string;
  issuedOn: string | null;
  unitName: string;
}

export async function findRef(ex: Executor, id: number): Promise<PlanRef | undefined> {
  return (await rows<PlanRef>(
    ex,
    sql`SELECT p.id, p.number, p.title, p.issued_on::text AS "issuedOn", u.name AS "unitName" FROM plans p JOIN units u ON u.id = p.unit_id WHERE p.id = ${id}`,
  ))[0];
}

export interface RevisionRow {
  id: number;
  number: string | null;
  revision: number;
  status: PlanStatus;
  issuedOn: string | null;
}

/** The revisions the plan amends and those that amend it, oldest first. */
export async function revisions(ex: Executor, id: number): Promise<RevisionRow[]> {
  return rows<RevisionRow>(ex, sql`WITH RECURSIVE chain AS (
      SELECT id, supersedes_id FROM plans WHERE id = ${id}
      UNION ALL SELECT q.id, q.supersedes_id FROM plans q JOIN chain c ON q.id = c.supersedes_id)
    SELECT p.id, p.number, p.revision, p.status, p.issued_on::text AS "issuedOn" FROM plans p WHERE p.id IN (SELECT id FROM chain) OR p.supersedes_id = ${id} ORDER BY p.revision`);
}

/** The plan and the revisions it amends. */
export async function revisionChain(ex: Executor, id: number): Promise<number[]> {
  const list = await rows<{ id: number }>(ex, sql`WITH RECURSIVE chain AS (
      SELECT id, supersedes_id FROM plans WHERE id = ${id}
      UNION ALL SELECT q.id, q.supersedes_id FROM plans q JOIN chain c ON q.id = c.supersedes_id)
    SELECT id FROM chain`);
  return list.map((r) => Number(r.id));
}

export interface NewPlan {
  unitId: number;
  unitPath: string;
  rootId: number | null;
  year: number;
  number: string | null;
  title: string;
  parentPlanId: number | null;
  content: PlanContent;
  cascadeDue: string | null;
  createdBy: number | null;
}

export async function insert(ex: Executor, p: NewPlan): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO plans (unit_id, unit_path, root_id, year, number, title, parent_plan_id, content, cascade_due, created_by)
      VALUES (${p.unitId}, ${p.unitPath}::ltree, ${p.rootId}, ${p.year}, ${p.number}, ${p.title}, ${p.parentPlanId},
        ${JSON.stringify(p.content)}::jsonb, ${p.cascadeDue}, ${p.createdBy}) RETURNING id`,
  );
  return Number(r.id);
}

/** Tasks of the plan due outside the year. */
export async function countTasksOutsideYear(ex: Executor, id: number, year: number): Promise<number> {
  const [{ n }] = await rows<{ n: number }>(ex, sql`SELECT count(*)::int AS n FROM plan_tasks WHERE plan_id = ${id} AND extract(year FROM due_on) <> ${year}`);
  return n;
}

export interface PlanChange {
  title: string | null;
  number: string | null;
  year: number;
  content: PlanContent | undefined;
  cascadeDue: string | null;
  cascadeScope: CascadeScope | null;
}

/** The draft's fields at a version; false when the version is not the current one. */
export async function update(ex: Executor, id: number, version: number, c: PlanChange): Promise<boolean> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`UPDATE plans SET
      title = coalesce(${c.title}, title),
      number = ${c.number},
      year = ${c.year},
      content = coalesce(${c.content ? JSON.stringify(c.content) : null}::jsonb, content),
      cascade_due = ${c.cascadeDue}::date,
      cascade_scope = ${c.cascadeScope},
      version = version + 1, updated_at = now()
      WHERE id = ${id} AND version = ${version} RETURNING id`,
  );
  return !!r;
}

/** Issues the draft at a version; false when the version is not the current one or it is no draft. */
export async function markIssued(ex: Executor, id: number, version: number, number: string, issuedOn: string, issuedBy: number | null): Promise<boolean> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`UPDATE plans SET status = 'issued', number = ${number}, issued_on = ${issuedOn}::date, issued_by = ${issuedBy},
      version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${version} AND status = 'draft' RETURNING id`,
  );
  return !!r;
}

export async function markSuperseded(ex: Executor, id: number): Promise<void> {
  await ex.execute(sql`UPDATE plans SET status = 'superseded', version = version + 1, updated_at = now() WHERE id = ${id} AND status = 'issued'`);
}

/** The draft amendment of the plan, if one is open. */
export async function openAmendment(ex: Executor, id: number): Promise<number | undefined> {
  const [open] = await rows<{ id: number }>(ex, sql`SELECT id FROM plans WHERE supersedes_id = ${id} AND status = 'draft'`);
  return open?.id;
}

/** A new draft revision copying the plan and its tasks; its id. */
export async function insertAmendment(ex: Executor, id: number, createdBy: number | null): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO plans (unit_id, unit_path, root_id, year, number, title, parent_plan_id, supersedes_id, revision, content, cascade_due, cascade_scope, created_by)
      SELECT unit_id, unit_path, root_id, year, NULL, title, parent_plan_id, id, revision + 1, content, cascade_due, cascade_scope, ${createdBy}
      FROM plans WHERE id = ${id} RETURNING id`,
  );
  const newId = Number(r.id);
  await ex.execute(sql`INSERT INTO plan_tasks (plan_id, title, clause, quarter, due_on, lead_unit_id, lead_unit_path, coord_unit_ids, status, progress, done_on)
    SELECT ${newId}, title, clause, quarter, due_on, lead_unit_id, lead_unit_path, coord_unit_ids, status, progress, done_on FROM plan_tasks WHERE plan_id = ${id} ORDER BY id`);
  return newId;
}

export async function remove(ex: Executor, id: number, version: number): Promise<boolean> {
  const [r] = await rows(ex, sql`DELETE FROM plans WHERE id = ${id} AND version = ${version} RETURNING id`);
  return !!r;
}

export async function setCascade(ex: Executor, id: number, version: number, cascadeDue: string, cascadeScope: CascadeScope): Promise<boolean> {
  const [r] = await rows(ex, sql`UPDATE plans SET cascade_due = ${cascadeDue}::date, cascade_scope = ${cascadeScope}, version = version + 1, updated_at = now()
    WHERE id = ${id} AND version = ${version} RETURNING id`);
  return !!r;
}

export interface CascadeRow {
  unitId: number;
  unitName: string;
  unitCode: string;
  planId: number | null;
  planStatus: PlanStatus | null;
  number: string | null;
  issuedOn: string | null;
}

/** The lower units in force (children, or the whole subtree) and the plan each made implementing one of `chain`. */
export async function cascadeUnits(ex: Executor, p: Pick<PlanRow, 'unitId' | 'unitPath' | 'cascadeScope'>, chain: number[], today: string): Promise<CascadeRow[]> {
  const who = p.cascadeScope === 'subtree' ? sql`u.path <@ ${p.unitPath}::ltree AND u.id <> ${p.unitId}` : sql`u.parent_id = ${p.unitId}`;
  return rows<CascadeRow>(
    ex,
    sql`SELECT u.id AS "unitId", u.name AS "unitName", u.code AS "unitCode", c.id AS "planId", c.status AS "planStatus", c.number, c.issued_on::text AS "issuedOn"
      FROM units u
      LEFT JOIN LATERAL (SELECT id, status, number, issued_on FROM plans x WHERE x.unit_id = u.id AND x.parent_plan_id = ANY(${idArray(chain)}::bigint[])
        ORDER BY (x.status <> 'draft') DESC, x.issued_on NULLS LAST, x.id LIMIT 1) c ON true
      WHERE ${who} AND (u.valid_to IS NULL OR u.valid_to >= ${today}::date)
      ORDER BY u.path`,
  );
}

/** An uploaded file is stored (the evidence of a task note or a target's figure). */
export async function fileExists(ex: Executor, sha256: string): Promise<boolean> {
  const [f] = await rows(ex, sql`SELECT 1 FROM files WHERE sha256 = ${sha256}`);
  return !!f;
}
