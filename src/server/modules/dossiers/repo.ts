/** SQL of proposal dossiers, their nominees, events and files. */
import { sql, type SQL } from 'drizzle-orm';
import type { DossierState } from '../../../domain/index.js';
import type { CheckItem } from '../../../shared/contract/dossiers.js';
import { nowInstant } from '../../platform/clock.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { inScopes } from '../units/repo.js';

export interface DossierRow {
  id: number;
  code: string;
  title: string;
  proposingUnitId: number;
  proposingUnitName: string;
  proposingPath: string;
  receivingUnitId: number;
  receivingUnitName: string;
  receivingLevel: string;
  receivingPath: string;
  awardType: string;
  year: number;
  movement: string | null;
  movementId: number | null;
  note: string | null;
  state: DossierState;
  stateSince: string;
  dueStep: string | null;
  dueDate: string | null;
  submittedCount: number;
  consultationFrom: string | null;
  consultationUntil: string | null;
  createdBy: number | null;
  nomineeCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const SELECT = sql`SELECT d.id, d.code, d.title, d.proposing_unit_id AS "proposingUnitId", pu.name AS "proposingUnitName",
  pu.path::text AS "proposingPath", d.receiving_unit_id AS "receivingUnitId", ru.name AS "receivingUnitName",
  ru.level AS "receivingLevel", ru.path::text AS "receivingPath", d.award_type AS "awardType", d.year, d.movement, d.movement_id AS "movementId", d.note,
  d.state, d.state_since AS "stateSince", d.due_step AS "dueStep", d.due_date AS "dueDate", d.submitted_count AS "submittedCount",
  d.consultation_from AS "consultationFrom", d.consultation_until AS "consultationUntil",
  d.created_by AS "createdBy", (SELECT count(*)::int FROM dossier_nominees n WHERE n.dossier_id = d.id) AS "nomineeCount",
  d.version, d.created_at AS "createdAt", d.updated_at AS "updatedAt"
  FROM dossiers d JOIN units pu ON pu.id = d.proposing_unit_id JOIN units ru ON ru.id = d.receiving_unit_id`;

export async function findById(ex: Executor, id: number): Promise<DossierRow | undefined> {
  return (await rows<DossierRow>(ex, sql`${SELECT} WHERE d.id = ${id}`))[0];
}

export interface DossierFilter {
  /** subtrees where the actor reads as proposer */
  proposerScopes: string[];
  /** subtrees where the actor reads as receiver */
  receiverScopes: string[];
  /** 'outgoing': proposed by units in scope; 'incoming': addressed to units in scope (not drafts) */
  box?: 'outgoing' | 'incoming';
  states?: string[];
  year?: number;
  unitId?: number;
  q?: string;
  overdueOn?: string;
}

export function whereOf(f: DossierFilter): SQL {
  const out = inScopes(sql`pu.path`, f.proposerScopes);
  // a dossier reaches the receiving agency only when sent: drafts stay the proposer's
  const inc = sql`(${inScopes(sql`ru.path`, f.receiverScopes)} AND d.state <> 'draft')`;
  const conds: SQL[] = [f.box === 'outgoing' ? out : f.box === 'incoming' ? inc : sql`(${out} OR ${inc})`];
  if (f.states?.length) conds.push(sql`d.state IN (${sql.join(f.states.map((s) => sql`${s}`), sql`, `)})`);
  if (f.year !== undefined) conds.push(sql`d.year = ${f.year}`);
  if (f.unitId !== undefined) conds.push(sql`(d.proposing_unit_id = ${f.unitId} OR d.receiving_unit_id = ${f.unitId})`);
  if (f.q) {
    const like = `%${f.q}%`;
    conds.push(sql`(tdkt_fold(d.title) LIKE tdkt_fold(${like}) OR tdkt_fold(d.code) LIKE tdkt_fold(${like}) OR tdkt_fold(pu.name) LIKE tdkt_fold(${like})
      OR EXISTS (SELECT 1 FROM dossier_nominees n WHERE n.dossier_id = d.id AND tdkt_fold(n.name) LIKE tdkt_fold(${like})))`);
  }
  if (f.overdueOn) conds.push(sql`d.due_date < ${f.overdueOn}::date`);
  return sql.join(conds, sql` AND `);
}

export async function list(ex: Executor, f: DossierFilter, page: number, pageSize: number) {
  const w = whereOf(f);
  const items = await rows<DossierRow>(ex, sql`${SELECT} WHERE ${w} ORDER BY d.updated_at DESC, d.id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  const [{ total }] = await rows<{ total: number }>(
    ex,
    sql`SELECT count(*)::int AS total FROM dossiers d JOIN units pu ON pu.id = d.proposing_unit_id JOIN units ru ON ru.id = d.receiving_unit_id WHERE ${w}`,
  );
  return { items, total };
}

export interface NewDossier {
  title: string;
  proposingUnitId: number;
  receivingUnitId: number;
  awardType: string;
  year: number;
  movement?: string | null;
  movementId?: number | null;
  note?: string | null;
  createdBy: number | null;
  rootId: number | null;
}

export async function insert(ex: Executor, d: NewDossier): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO dossiers (code, title, proposing_unit_id, receiving_unit_id, award_type, year, movement, movement_id, note, created_by, root_id)
      VALUES ('tmp-' || gen_random_uuid()::text, ${d.title}, ${d.proposingUnitId}, ${d.receivingUnitId},
        ${d.awardType}, ${d.year}, ${d.movement ?? null}, ${d.movementId ?? null}, ${d.note ?? null}, ${d.createdBy}, ${d.rootId})
      RETURNING id`,
  );
  const id = Number(r.id);
  // the code follows the id: HS-2026-000123
  await ex.execute(sql`UPDATE dossiers SET code = 'HS-' || year || '-' || lpad(id::text, 6, '0') WHERE id = ${id}`);
  return id;
}

export async function update(ex: Executor, id: number, version: number, patch: Partial<Pick<NewDossier, 'title' | 'awardType' | 'year' | 'movement' | 'movementId' | 'note' | 'receivingUnitId'>>): Promise<boolean> {
  const cols: Record<string, string> = { title: 'title', awardType: 'award_type', year: 'year', movement: 'movement', movementId: 'movement_id', note: 'note', receivingUnitId: 'receiving_unit_id' };
  const sets: SQL[] = [];
  for (const [k, col] of Object.entries(cols)) {
    const v = (patch as Record<string, unknown>)[k];
    if (v !== undefined) sets.push(sql`${sql.raw(col)} = ${v}`);
  }
  sets.push(sql`version = version + 1`, sql`updated_at = now()`);
  return (await rows(ex, sql`UPDATE dossiers SET ${sql.join(sets, sql`, `)} WHERE id = ${id} AND version = ${version} RETURNING id`)).length === 1;
}

/** Moves the dossier to `to` if nobody else changed it since `version`: one of two concurrent calls wins. */
export async function setState(
  ex: Executor,
  id: number,
  version: number,
  to: string,
  due: { step: string | null; date: string | null },
  submitted: boolean,
): Promise<boolean> {
  return (
    await rows(
      ex,
      sql`UPDATE dossiers SET state = ${to}, state_since = now(), due_step = ${due.step}, due_date = ${due.date}::date,
        submitted_count = submitted_count + ${submitted ? 1 : 0}, version = version + 1, updated_at = now()
        WHERE id = ${id} AND version = ${version} RETURNING id`,
    )
  ).length === 1;
}

export async function setConsultation(ex: Executor, id: number, from: string, until: string): Promise<void> {
  await ex.execute(sql`UPDATE dossiers SET consultation_from = ${from}::date, consultation_until = ${until}::date WHERE id = ${id}`);
}

/** Any change to a dossier's content bumps its version (nominees, files), so a stale transition loses. */
export async function touch(ex: Executor, id: number): Promise<void> {
  await ex.execute(sql`UPDATE dossiers SET version = version + 1, updated_at = now() WHERE id = ${id}`);
}

export async function remove(ex: Executor, id: number, version: number): Promise<boolean> {
  return (await rows(ex, sql`DELETE FROM dossiers WHERE id = ${id} AND version = ${version} AND state = 'draft' RETURNING id`)).length === 1;
}

// ---- nominees ----------------------------------------------------------------------------------

export interface NomineeRow {
  id: number;
  dossierId: number;
  position: number;
  subject: 'person' | 'unit' | 'household';
  personId: number | null;
  unitId: number | null;
  householdId: number | null;
  name: string;
  award: string;
  achievement: string | null;
  /** saved with the snapshot taken at submission (or when the consultation opened) */
  checks: CheckItem[] | null;
  checkStatus: 'ok' | 'warning' | 'fail' | null;
  checkedAt: string | null;
  overrideReason: string | null;
  overrideBy: string | null;
  overrideAt: string | null;
  returnReason: string | null;
  /** the subject's details for the list and the checks */
  gender: string | null;
  isDirectWorker: boolean | null;
  isLeader: boolean | null;
  subjectPosition: string | null;
  subjectUnitName: string | null;
  subjectPath: string | null;
  version: number;
}

const NOMINEE_SELECT = sql`SELECT n.id, n.dossier_id AS "dossierId", n.position, n.subject, n.person_id AS "personId", n.unit_id AS "unitId",
  n.household_id AS "householdId", n.name, n.award, n.achievement, n.checks, n.check_status AS "checkStatus", n.checked_at AS "checkedAt",
  n.override_reason AS "overrideReason", n.override_by AS "overrideBy", n.override_at AS "overrideAt", n.return_reason AS "returnReason",
  p.gender, p.is_direct_worker AS "isDirectWorker", p.is_leader AS "isLeader", p.position AS "subjectPosition",
  coalesce(pu.name, uu.name, hu.name) AS "subjectUnitName", coalesce(p.unit_path, uu.path, h.unit_path)::text AS "subjectPath", n.version
  FROM dossier_nominees n
  LEFT JOIN people p ON p.id = n.person_id LEFT JOIN units pu ON pu.id = p.unit_id
  LEFT JOIN units uu ON uu.id = n.unit_id
  LEFT JOIN households h ON h.id = n.household_id LEFT JOIN units hu ON hu.id = h.thon_unit_id`;

export async function nominees(ex: Executor, dossierId: number): Promise<NomineeRow[]> {
  return rows<NomineeRow>(ex, sql`${NOMINEE_SELECT} WHERE n.dossier_id = ${dossierId} ORDER BY n.position, n.id`);
}

export async function findNominee(ex: Executor, dossierId: number, id: number): Promise<NomineeRow | undefined> {
  return (await rows<NomineeRow>(ex, sql`${NOMINEE_SELECT} WHERE n.dossier_id = ${dossierId} AND n.id = ${id}`))[0];
}

export interface NewNominee {
  subject: 'person' | 'unit' | 'household';
  subjectId: number;
  name: string;
  award: string;
  achievement?: string | null;
}

const SUBJECT_COL = { person: 'person_id', unit: 'unit_id', household: 'household_id' } as const;

export async function insertNominee(ex: Executor, dossierId: number, n: NewNominee): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO dossier_nominees (dossier_id, position, subject, ${sql.raw(SUBJECT_COL[n.subject])}, name, award, achievement)
      VALUES (${dossierId}, (SELECT coalesce(max(position), 0) + 1 FROM dossier_nominees WHERE dossier_id = ${dossierId}),
        ${n.subject}, ${n.subjectId}, ${n.name}, ${n.award}, ${n.achievement ?? null}) RETURNING id`,
  );
  return Number(r.id);
}

export async function updateNominee(ex: Executor, id: number, version: number, patch: { award?: string; achievement?: string | null }): Promise<boolean> {
  const sets: SQL[] = [];
  if (patch.award !== undefined) sets.push(sql`award = ${patch.award}`);
  if (patch.achievement !== undefined) sets.push(sql`achievement = ${patch.achievement}`);
  // a changed row is checked again, and its earlier override no longer applies
  sets.push(sql`checks = NULL, check_status = NULL, checked_at = NULL, override_reason = NULL, override_by = NULL, override_at = NULL`);
  sets.push(sql`version = version + 1`, sql`updated_at = now()`);
  return (await rows(ex, sql`UPDATE dossier_nominees SET ${sql.join(sets, sql`, `)} WHERE id = ${id} AND version = ${version} RETURNING id`)).length === 1;
}

export async function removeNominee(ex: Executor, id: number, version: number): Promise<boolean> {
  return (await rows(ex, sql`DELETE FROM dossier_nominees WHERE id = ${id} AND version = ${version} RETURNING id`)).length === 1;
}

export async function saveChecks(ex: Executor, id: number, checks: unknown, status: string): Promise<void> {
  await ex.execute(sql`UPDATE dossier_nominees SET checks = ${JSON.stringify(checks)}::jsonb, check_status = ${status}, checked_at = now() WHERE id = ${id}`);
}

export async function setOverride(ex: Executor, id: number, version: number, reason: string | null, by: string | null): Promise<boolean> {
  return (
    await rows(
      ex,
      sql`UPDATE dossier_nominees SET override_reason = ${reason}, override_by = ${by}, override_at = ${reason ? sql`now()` : sql`NULL`},
        version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${version} RETURNING id`,
    )
  ).length === 1;
}

export async function setReturnReasons(ex: Executor, dossierId: number, items: { nomineeId: number; reason: string }[]): Promise<void> {
  await ex.execute(sql`UPDATE dossier_nominees SET return_reason = NULL WHERE dossier_id = ${dossierId}`);
  for (const it of items) {
    await ex.execute(sql`UPDATE dossier_nominees SET return_reason = ${it.reason} WHERE dossier_id = ${dossierId} AND id = ${it.nomineeId}`);
  }
}

// ---- events ------------------------------------------------------------------------------------

export interface EventRow {
  id: number;
  at: string;
  actorName: string;
  action: string;
  fromState: DossierState | null;
  toState: DossierState;
  reason: string | null;
  /** per-nominee reasons of a return */
  items: { nomineeId: number; reason: string; name: string }[] | null;
}

export async function insertEvent(
  ex: Executor,
  e: { dossierId: number; actorId: number | null; actorName: string; action: string; from: string | null; to: string; reason?: string | null; items?: unknown },
): Promise<void> {
  await ex.execute(
    sql`INSERT INTO dossier_events (dossier_id, at, actor_id, actor_name, action, from_state, to_state, reason, items)
      VALUES (${e.dossierId}, ${nowInstant().toISOString()}::timestamptz, ${e.actorId}, ${e.actorName}, ${e.action}, ${e.from}, ${e.to}, ${e.reason ?? null}, ${e.items === undefined ? null : JSON.stringify(e.items)}::jsonb)`,
  );
}

export async function events(ex: Executor, dossierId: number): Promise<EventRow[]> {
  return rows<EventRow>(
    ex,
    sql`SELECT id, at, actor_name AS "actorName", action, from_state AS "fromState", to_state AS "toState", reason, items
      FROM dossier_events WHERE dossier_id = ${dossierId} ORDER BY at, id`,
  );
}

// ---- files -------------------------------------------------------------------------------------

export interface FileRow {
  id: number;
  dossierId: number;
  nomineeId: number | null;
  docType: string;
  filename: string;
  sha256: string;
  size: number;
  mime: string;
  uploadedBy: string;
  createdAt: string;
}

const FILE_SELECT = sql`SELECT id, dossier_id AS "dossierId", nominee_id AS "nomineeId", doc_type AS "docType", filename, sha256, size, mime,
  uploaded_by AS "uploadedBy", created_at AS "createdAt" FROM dossier_files`;

export async function filesOf(ex: Executor, dossierId: number): Promise<FileRow[]> {
  return rows<FileRow>(ex, sql`${FILE_SELECT} WHERE dossier_id = ${dossierId} ORDER BY id`);
}

export async function findFile(ex: Executor, dossierId: number, id: number): Promise<FileRow | undefined> {
  return (await rows<FileRow>(ex, sql`${FILE_SELECT} WHERE dossier_id = ${dossierId} AND id = ${id}`))[0];
}

/** Stores the content once (content-addressed) and links it to the dossier. */
export async function insertFile(
  ex: Executor,
  f: { dossierId: number; nomineeId: number | null; docType: string; filename: string; sha256: string; mime: string; content: Buffer; uploadedBy: string },
): Promise<number> {
  await ex.execute(
    sql`INSERT INTO files (sha256, size, mime, content) VALUES (${f.sha256}, ${f.content.length}, ${f.mime}, ${f.content}) ON CONFLICT (sha256) DO NOTHING`,
  );
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO dossier_files (dossier_id, nominee_id, doc_type, filename, sha256, size, mime, uploaded_by)
      VALUES (${f.dossierId}, ${f.nomineeId}, ${f.docType}, ${f.filename}, ${f.sha256}, ${f.content.length}, ${f.mime}, ${f.uploadedBy}) RETURNING id`,
  );
  return Number(r.id);
}

export async function removeFile(ex: Executor, dossierId: number, id: number): Promise<boolean> {
  return (await rows(ex, sql`DELETE FROM dossier_files WHERE dossier_id = ${dossierId} AND id = ${id} RETURNING id`)).length === 1;
}

export async function fileContent(ex: Executor, sha256: string): Promise<Buffer | undefined> {
  const [r] = await rows<{ content: Buffer | Uint8Array }>(ex, sql`SELECT content FROM files WHERE sha256 = ${sha256}`);
  return r ? Buffer.from(r.content) : undefined;
}

// ---- what the checks read ----------------------------------------------------------------------

export interface OtherNomination {
  subject: string;
  subjectId: number;
  award: string;
  dossierId: number;
  dossierCode: string;
  receivingUnit: string;
}

/** Nominations of the same subjects for the same year in other open dossiers. */
export async function otherNominations(ex: Executor, dossierId: number, year: number): Promise<OtherNomination[]> {
  return rows<OtherNomination>(
    ex,
    sql`SELECT n2.subject, coalesce(n2.person_id, n2.unit_id, n2.household_id) AS "subjectId", n2.award, d2.id AS "dossierId", d2.code AS "dossierCode",
        ru.name AS "receivingUnit"
      FROM dossier_nominees n JOIN dossier_nominees n2 ON n2.dossier_id <> n.dossier_id
        AND n2.subject = n.subject AND coalesce(n2.person_id, n2.unit_id, n2.household_id) = coalesce(n.person_id, n.unit_id, n.household_id)
      JOIN dossiers d2 ON d2.id = n2.dossier_id AND d2.year = ${year} AND d2.state NOT IN ('rejected', 'closed')
      JOIN units ru ON ru.id = d2.receiving_unit_id
      WHERE n.dossier_id = ${dossierId}`,
  );
}

export interface HeldAward {
  subject: string;
  subjectId: number;
  award: string;
  decisionNo: string | null;
}

/** The register's awards of the dossier's subjects for the year. */
export async function heldAwards(ex: Executor, dossierId: number, year: number): Promise<HeldAward[]> {
  return rows<HeldAward>(
    ex,
    sql`SELECT n.subject, coalesce(n.person_id, n.unit_id, n.household_id) AS "subjectId", a.award, a.decision_no AS "decisionNo"
      FROM dossier_nominees n JOIN award_entries a ON a.year = ${year} AND a.award = n.award AND a.revoked_on IS NULL
        AND ((n.person_id IS NOT NULL AND a.person_id = n.person_id)
          OR (n.unit_id IS NOT NULL AND a.unit_id = n.unit_id AND a.person_id IS NULL)
          OR (n.household_id IS NOT NULL AND a.household_id = n.household_id))
      WHERE n.dossier_id = ${dossierId}`,
  );
}

/** The identifying codes of each nominee, for the Excel export (re-importable). */
export async function nomineeCodes(ex: Executor, dossierId: number) {
  return rows<{ subject: 'person' | 'unit' | 'household'; name: string; award: string; achievement: string | null; citizenId: string | null; birthDate: string | null; unitCode: string | null; householdCode: string | null }>(
    ex,
    sql`SELECT n.subject, n.name, n.award, n.achievement, p.citizen_id AS "citizenId", p.birth_date AS "birthDate",
        coalesce(pu.code, uu.code) AS "unitCode", h.code AS "householdCode"
      FROM dossier_nominees n
      LEFT JOIN people p ON p.id = n.person_id LEFT JOIN units pu ON pu.id = p.unit_id
      LEFT JOIN units uu ON uu.id = n.unit_id LEFT JOIN households h ON h.id = n.household_id
      WHERE n.dossier_id = ${dossierId} ORDER BY n.position, n.id`,
  );
}

/** Which of these dossiers have a draft decision waiting for the leader's signature. */
export async function draftDecisionDossiers(ex: Executor, ids: number[]): Promise<number[]> {
  if (!ids.length) return [];
  const found = await rows<{ id: number }>(
    ex,
    sql`SELECT DISTINCT dossier_id AS id FROM decisions WHERE state = 'draft' AND dossier_id IN (SELECT (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::bigint)`,
  );
  return found.map((r) => Number(r.id));
}

// ---- what the documents and the checks read of other modules ------------------------------------

const subjectCond = (n: Pick<NomineeRow, 'subject' | 'personId' | 'unitId' | 'householdId'>) =>
  n.subject === 'person' ? sql`person_id = ${n.personId}` : n.subject === 'unit' ? sql`unit_id = ${n.unitId} AND person_id IS NULL` : sql`household_id = ${n.householdId}`;

/** The nominee's latest 30 awards in force. */
export async function awardsOfSubject(ex: Executor, n: Pick<NomineeRow, 'subject' | 'personId' | 'unitId' | 'householdId'>) {
  return rows<{ award: string; year: number; decisionNo: string; decider: string | null }>(
    ex,
    sql`SELECT award, year, decision_no AS "decisionNo", decider FROM award_entries WHERE ${subjectCond(n)} AND revoked_on IS NULL ORDER BY year DESC, id DESC LIMIT 30`,
  );
}

/** The nominee's latest 5 ratings. */
export async function ratingsOfSubject(ex: Executor, n: Pick<NomineeRow, 'subject' | 'personId' | 'unitId' | 'householdId'>) {
  return rows<{ year: number; rating: string }>(ex, sql`SELECT year, rating FROM ratings WHERE ${subjectCond(n)} ORDER BY year DESC LIMIT 5`);
}

/** Ids of the unit's submitted or approved registrations of the year. */
export async function sentRegistrations(ex: Executor, unitId: number, year: number): Promise<number[]> {
  const regs = await rows<{ id: number }>(ex, sql`SELECT id FROM registrations WHERE unit_id = ${unitId} AND year = ${year} AND status IN ('submitted', 'approved')`);
  return regs.map((r) => r.id);
}

/** "person:12:CSTDCS" / "unit:3:TTLDXS" keys of the registrations' entries. */
export async function registeredKeys(ex: Executor, registrationIds: number[]): Promise<string[]> {
  const list = await rows<{ key: string }>(
    ex,
    sql`SELECT CASE WHEN e.person_id IS NOT NULL THEN 'person:' || e.person_id ELSE 'unit:' || e.subject_unit_id END || ':' || e.award AS key
      FROM registration_entries e WHERE e.registration_id = ANY(${`{${registrationIds.join(',')}}`}::bigint[])`,
  );
  return list.map((r) => r.key);
}

/** The day the dossier was first submitted (Việt Nam time); null while it is a draft never sent. */
export async function firstSubmitted(ex: Executor, dossierId: number): Promise<string | null> {
  const [r] = await rows<{ day: string | null }>(
    ex,
    sql`SELECT (min(at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text AS day FROM dossier_events WHERE dossier_id = ${dossierId} AND to_state = 'submitted'`,
  );
  return r?.day ?? null;
}
