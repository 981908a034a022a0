/**
 * SQL of councils: members, sessions with their agenda and attendance, recusals, and the ballot.
 *
 * The ballot tables keep the secret: `ballot_tallies` counts (session, nominee, choice) and
 * `ballot_participation` records that a member took part, without any time; no row holds a member
 * and a choice together.
 */
import { sql } from 'drizzle-orm';
import type { Choice, MemberRole, SessionState } from '../../../shared/contract/councils.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { inScopes } from '../units/repo.js';

type Subject = 'person' | 'unit' | 'household';

const ROLE_ORDER = sql`array_position(ARRAY['chu_tich','pho_chu_tich','thu_ky','uy_vien'], m.role)`;

// ---- members -----------------------------------------------------------------------------------

export interface MemberRow {
  id: number;
  unitId: number;
  userId: number | null;
  username: string | null;
  personId: number | null;
  fullName: string;
  role: MemberRole;
  memberUnitId: number | null;
  memberUnitName: string | null;
  termFrom: string | null;
  termTo: string | null;
  version: number;
}

const MEMBER_SELECT = sql`SELECT m.id, m.unit_id AS "unitId", m.user_id AS "userId", us.username, m.person_id AS "personId", m.full_name AS "fullName", m.role,
  m.member_unit_id AS "memberUnitId", mu.name AS "memberUnitName", m.term_from AS "termFrom", m.term_to AS "termTo", m.version
  FROM council_members m LEFT JOIN users us ON us.id = m.user_id LEFT JOIN units mu ON mu.id = m.member_unit_id`;

/** Members of the unit's council in office on a day (no term bounds = in office); null: all. */
export async function membersOn(ex: Executor, unitId: number, day: string | null): Promise<MemberRow[]> {
  const cond = day ? sql`AND (m.term_from IS NULL OR m.term_from <= ${day}::date) AND (m.term_to IS NULL OR m.term_to >= ${day}::date)` : sql``;
  return rows<MemberRow>(ex, sql`${MEMBER_SELECT} WHERE m.unit_id = ${unitId} ${cond} ORDER BY ${ROLE_ORDER}, m.id`);
}

export async function findMember(ex: Executor, id: number): Promise<MemberRow | undefined> {
  return (await rows<MemberRow>(ex, sql`${MEMBER_SELECT} WHERE m.id = ${id}`))[0];
}

/** The account with this user name (case-insensitive). */
export async function userIdByName(ex: Executor, username: string): Promise<number | undefined> {
  const [u] = await rows<{ id: number }>(ex, sql`SELECT id FROM users WHERE lower(username) = lower(${username})`);
  return u ? Number(u.id) : undefined;
}

/** The account is a member of the unit's council whose term has not ended. */
export async function isSittingMember(ex: Executor, unitId: number, userId: number): Promise<boolean> {
  const found = await rows(ex, sql`SELECT 1 FROM council_members WHERE unit_id = ${unitId} AND user_id = ${userId} AND (term_to IS NULL OR term_to >= current_date)`);
  return found.length > 0;
}

export interface NewMember {
  fullName: string;
  role: MemberRole;
  userId?: number | null;
  personId?: number | null;
  memberUnitId?: number | null;
  termFrom?: string | null;
  termTo?: string | null;
}

export async function insertMember(ex: Executor, unitId: number, m: NewMember): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO council_members (unit_id, user_id, person_id, full_name, role, member_unit_id, term_from, term_to)
      VALUES (${unitId}, ${m.userId ?? null}, ${m.personId ?? null}, ${m.fullName}, ${m.role}, ${m.memberUnitId ?? null}, ${m.termFrom ?? null}::date, ${m.termTo ?? null}::date)
      RETURNING id`,
  );
  return Number(r.id);
}

/** The member sat in at least one session. */
export async function hasSat(ex: Executor, memberId: number): Promise<boolean> {
  return (await rows(ex, sql`SELECT 1 FROM session_attendance WHERE member_id = ${memberId} LIMIT 1`)).length > 0;
}

/** Ends the member's term yesterday, if nobody changed the member since `version`. */
export async function endTerm(ex: Executor, memberId: number, version: number): Promise<boolean> {
  return (
    await rows(ex, sql`UPDATE council_members SET term_to = current_date - 1, version = version + 1, updated_at = now() WHERE id = ${memberId} AND version = ${version} RETURNING id`)
  ).length === 1;
}

export async function removeMember(ex: Executor, memberId: number, version: number): Promise<boolean> {
  return (await rows(ex, sql`DELETE FROM council_members WHERE id = ${memberId} AND version = ${version} RETURNING id`)).length === 1;
}

// ---- sessions ----------------------------------------------------------------------------------

export interface SessionRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  title: string;
  heldOn: string;
  state: SessionState;
  membersTotal: number;
  openedAt: string | null;
  closedAt: string | null;
  version: number;
}

const SESSION_SELECT = sql`SELECT s.id, s.unit_id AS "unitId", u.name AS "unitName", u.path::text AS "unitPath", s.title, s.held_on AS "heldOn", s.state,
  s.members_total AS "membersTotal", s.opened_at AS "openedAt", s.closed_at AS "closedAt", s.version
  FROM council_sessions s JOIN units u ON u.id = s.unit_id`;

export async function findSession(ex: Executor, id: number): Promise<SessionRow | undefined> {
  return (await rows<SessionRow>(ex, sql`${SESSION_SELECT} WHERE s.id = ${id}`))[0];
}

/** Sessions of councils in the subtrees (of one unit, if given), the latest first; at most 200. */
export async function listSessions(ex: Executor, scopes: string[], unitId?: number): Promise<SessionRow[]> {
  const unitCond = unitId ? sql`AND s.unit_id = ${unitId}` : sql``;
  return rows<SessionRow>(ex, sql`${SESSION_SELECT} WHERE ${inScopes(sql`u.path`, scopes)} ${unitCond} ORDER BY s.held_on DESC, s.id DESC LIMIT 200`);
}

/** A session with its agenda (dossiers) and its attendance (the members, present by default). */
export async function insertSession(
  ex: Executor,
  s: { unitId: number; title: string; heldOn: string; createdBy: number | null; dossierIds: number[]; memberIds: number[] },
): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO council_sessions (unit_id, title, held_on, members_total, created_by) VALUES (${s.unitId}, ${s.title}, ${s.heldOn}::date, ${s.memberIds.length}, ${s.createdBy}) RETURNING id`,
  );
  const id = Number(r.id);
  for (const d of s.dossierIds) await ex.execute(sql`INSERT INTO session_dossiers (session_id, dossier_id) VALUES (${id}, ${d})`);
  for (const m of s.memberIds) await ex.execute(sql`INSERT INTO session_attendance (session_id, member_id, present) VALUES (${id}, ${m}, true)`);
  return id;
}

/** Any change to a session bumps its version, so a stale write loses. */
export async function touchSession(ex: Executor, id: number, version: number): Promise<boolean> {
  return (await rows(ex, sql`UPDATE council_sessions SET version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${version} RETURNING id`)).length === 1;
}

export async function openSession(ex: Executor, id: number, version: number): Promise<boolean> {
  return (
    await rows(ex, sql`UPDATE council_sessions SET state = 'voting', opened_at = now(), version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${version} AND state = 'preparing' RETURNING id`)
  ).length === 1;
}

export async function closeSession(ex: Executor, id: number, version: number): Promise<boolean> {
  return (
    await rows(ex, sql`UPDATE council_sessions SET state = 'closed', closed_at = now(), version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${version} AND state = 'voting' RETURNING id`)
  ).length === 1;
}

export interface AgendaRow {
  nomineeId: number;
  dossierId: number;
  dossierCode: string;
  name: string;
  subject: Subject;
  personId: number | null;
  unitId: number | null;
  householdId: number | null;
  award: string;
  achievement: string | null;
  /** a person's unit, the collective itself, a household's thôn */
  subjectUnitId: number | null;
}

/** The nominees of the session's dossiers, in dossier and list order. */
export async function agenda(ex: Executor, sessionId: number): Promise<AgendaRow[]> {
  return rows<AgendaRow>(
    ex,
    sql`SELECT n.id AS "nomineeId", d.id AS "dossierId", d.code AS "dossierCode", n.name, n.subject, n.person_id AS "personId", n.unit_id AS "unitId",
        n.household_id AS "householdId", n.award, n.achievement, coalesce(p.unit_id, n.unit_id, h.thon_unit_id) AS "subjectUnitId"
      FROM session_dossiers sd JOIN dossiers d ON d.id = sd.dossier_id JOIN dossier_nominees n ON n.dossier_id = d.id
      LEFT JOIN people p ON p.id = n.person_id LEFT JOIN households h ON h.id = n.household_id
      WHERE sd.session_id = ${sessionId} ORDER BY d.id, n.position, n.id`,
  );
}

// ---- attendance and recusals -------------------------------------------------------------------

export interface AttendeeRow {
  id: number;
  fullName: string;
  role: MemberRole;
  userId: number | null;
  personId: number | null;
  memberUnitId: number | null;
  present: boolean;
  writtenOpinion: string | null;
}

/** The members of the session with their attendance, by role. */
export async function attendees(ex: Executor, sessionId: number): Promise<AttendeeRow[]> {
  return rows<AttendeeRow>(
    ex,
    sql`SELECT m.id, m.full_name AS "fullName", m.role, m.user_id AS "userId", m.person_id AS "personId", m.member_unit_id AS "memberUnitId",
        a.present, a.written_opinion AS "writtenOpinion"
      FROM session_attendance a JOIN council_members m ON m.id = a.member_id WHERE a.session_id = ${sessionId}
      ORDER BY ${ROLE_ORDER}, m.id`,
  );
}

/** What the automatic recusals at opening compare: each member's person and unit. */
export async function attendeeLinks(ex: Executor, sessionId: number) {
  return rows<{ id: number; personId: number | null; memberUnitId: number | null; fullName: string }>(
    ex,
    sql`SELECT m.id, m.person_id AS "personId", m.member_unit_id AS "memberUnitId", m.full_name AS "fullName" FROM session_attendance a JOIN council_members m ON m.id = a.member_id WHERE a.session_id = ${sessionId}`,
  );
}

export async function attendanceCount(ex: Executor, sessionId: number): Promise<{ present: number; total: number }> {
  const [att] = await rows<{ present: number; total: number }>(
    ex,
    sql`SELECT count(*) FILTER (WHERE present)::int AS present, count(*)::int AS total FROM session_attendance WHERE session_id = ${sessionId}`,
  );
  return att;
}

export async function isAttendee(ex: Executor, sessionId: number, memberId: number): Promise<boolean> {
  return (await rows(ex, sql`SELECT 1 FROM session_attendance WHERE session_id = ${sessionId} AND member_id = ${memberId}`)).length > 0;
}

/** The member attending the session with this account. */
export async function attendeeByUser(ex: Executor, sessionId: number, userId: number): Promise<number | undefined> {
  const [m] = await rows<{ id: number }>(
    ex,
    sql`SELECT m.id FROM session_attendance a JOIN council_members m ON m.id = a.member_id WHERE a.session_id = ${sessionId} AND m.user_id = ${userId}`,
  );
  return m?.id;
}

/** Present or absent, with a written opinion; false when the member is not in the session. */
export async function setPresence(ex: Executor, sessionId: number, memberId: number, present: boolean, writtenOpinion: string | null): Promise<boolean> {
  const done = await rows(
    ex,
    sql`UPDATE session_attendance SET present = ${present}, written_opinion = ${writtenOpinion} WHERE session_id = ${sessionId} AND member_id = ${memberId} RETURNING member_id`,
  );
  return done.length > 0;
}

export interface RecusalRow {
  memberId: number;
  nomineeId: number;
  reason: string;
}

export async function recusals(ex: Executor, sessionId: number): Promise<RecusalRow[]> {
  return rows<RecusalRow>(ex, sql`SELECT member_id AS "memberId", nominee_id AS "nomineeId", reason FROM session_recusals WHERE session_id = ${sessionId}`);
}

/** The nominees a member does not vote on in the session. */
export async function recusedNominees(ex: Executor, sessionId: number, memberId: number): Promise<number[]> {
  const found = await rows<{ nomineeId: number }>(ex, sql`SELECT nominee_id AS "nomineeId" FROM session_recusals WHERE session_id = ${sessionId} AND member_id = ${memberId}`);
  return found.map((r) => Number(r.nomineeId));
}

/** Records a recusal (once: a second one for the same member and nominee is ignored). */
export async function insertRecusal(ex: Executor, sessionId: number, memberId: number, nomineeId: number, reason: string): Promise<void> {
  await ex.execute(sql`INSERT INTO session_recusals (session_id, member_id, nominee_id, reason) VALUES (${sessionId}, ${memberId}, ${nomineeId}, ${reason}) ON CONFLICT DO NOTHING`);
}

// ---- the ballot --------------------------------------------------------------------------------

/** How many members took part in the vote on each nominee (not how they voted). */
export async function turnout(ex: Executor, sessionId: number): Promise<{ nomineeId: number; voted: number }[]> {
  return rows<{ nomineeId: number; voted: number }>(
    ex,
    sql`SELECT nominee_id AS "nomineeId", count(*)::int AS voted FROM ballot_participation WHERE session_id = ${sessionId} GROUP BY nominee_id`,
  );
}

/** The nominees the member has voted on in the session. */
export async function votedBy(ex: Executor, sessionId: number, memberId: number): Promise<number[]> {
  const found = await rows<{ nomineeId: number }>(ex, sql`SELECT nominee_id AS "nomineeId" FROM ballot_participation WHERE session_id = ${sessionId} AND member_id = ${memberId}`);
  return found.map((r) => Number(r.nomineeId));
}

export async function hasVoted(ex: Executor, sessionId: number, memberId: number, nomineeId: number): Promise<boolean> {
  return (await rows(ex, sql`SELECT 1 FROM ballot_participation WHERE session_id = ${sessionId} AND member_id = ${memberId} AND nominee_id = ${nomineeId}`)).length > 0;
}

/** The zero counters of a nominee, when the vote opens. */
export async function ensureTally(ex: Executor, sessionId: number, nomineeId: number): Promise<void> {
  await ex.execute(sql`INSERT INTO ballot_tallies (session_id, nominee_id) VALUES (${sessionId}, ${nomineeId}) ON CONFLICT DO NOTHING`);
}

/**
 * One secret ballot: participation first (a second ballot for the same nominee fails on its primary
 * key), then one more on the counter of the choice. Nothing links the two rows.
 */
export async function castBallot(ex: Executor, sessionId: number, nomineeId: number, memberId: number, choice: Choice): Promise<void> {
  await ex.execute(sql`INSERT INTO ballot_participation (session_id, nominee_id, member_id) VALUES (${sessionId}, ${nomineeId}, ${memberId})`);
  await ex.execute(sql`UPDATE ballot_tallies SET ${sql.raw(`"${choice}" = "${choice}" + 1`)} WHERE session_id = ${sessionId} AND nominee_id = ${nomineeId}`);
}

export interface TallyRow {
  nomineeId: number;
  yes: number;
  no: number;
  abstain: number;
}

export async function tallies(ex: Executor, sessionId: number): Promise<TallyRow[]> {
  return rows<TallyRow>(ex, sql`SELECT nominee_id AS "nomineeId", yes, no, abstain FROM ballot_tallies WHERE session_id = ${sessionId}`);
}

export interface ResultRow extends TallyRow {
  passed: boolean | null;
  rule: string | null;
}

/** The counts with the verdict (set when the vote closed). */
export async function results(ex: Executor, sessionId: number): Promise<ResultRow[]> {
  return rows<ResultRow>(ex, sql`SELECT nominee_id AS "nomineeId", yes, no, abstain, passed, rule FROM ballot_tallies WHERE session_id = ${sessionId}`);
}

export async function setResult(ex: Executor, sessionId: number, nomineeId: number, passed: boolean | null, rule: string): Promise<void> {
  await ex.execute(sql`UPDATE ballot_tallies SET passed = ${passed}, rule = ${rule} WHERE session_id = ${sessionId} AND nominee_id = ${nomineeId}`);
}

/** The verdict on each nominee of a dossier in its latest closed session. */
export async function dossierResults(ex: Executor, dossierId: number) {
  return rows<ResultRow & { sessionId: number; heldOn: string }>(
    ex,
    sql`SELECT DISTINCT ON (t.nominee_id) t.nominee_id AS "nomineeId", t.yes, t.no, t.abstain, t.passed, t.rule, s.id AS "sessionId", s.held_on AS "heldOn"
      FROM ballot_tallies t JOIN council_sessions s ON s.id = t.session_id AND s.state = 'closed'
      JOIN dossier_nominees n ON n.id = t.nominee_id AND n.dossier_id = ${dossierId}
      ORDER BY t.nominee_id, s.closed_at DESC`,
  );
}
