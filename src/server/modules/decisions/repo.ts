/** SQL of decisions, the award register entries and certificates they create, and notices to units. */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';

export interface DecisionLine {
  nomineeId: number;
  name: string;
  subject: 'person' | 'unit' | 'household';
  personId: number | null;
  unitId: number | null;
  householdId: number | null;
  position: string | null;
  unitName: string | null;
  award: string;
  awardName: string;
  achievement: string | null;
  coefficient: string | null;
  amount: number | null;
  /** why money could not be computed (a missing parameter) */
  moneyNote: string | null;
}

export interface DecisionRow {
  id: number;
  dossierId: number;
  dossierCode: string;
  unitId: number;
  unitName: string;
  unitPath: string;
  proposingPath: string;
  number: string | null;
  decisionDate: string | null;
  signerName: string | null;
  signerTitle: string | null;
  signerAuthority: string | null;
  bases: string[];
  state: 'draft' | 'issued';
  lines: DecisionLine[];
  total: number;
  issuedAt: string | null;
  version: number;
}

const SELECT = sql`SELECT x.id, x.dossier_id AS "dossierId", d.code AS "dossierCode", x.unit_id AS "unitId", u.name AS "unitName", u.path::text AS "unitPath",
  pu.path::text AS "proposingPath", x.number, x.decision_date AS "decisionDate", x.signer_name AS "signerName", x.signer_title AS "signerTitle",
  x.signer_authority AS "signerAuthority", x.bases, x.state, x.lines, x.total, x.issued_at AS "issuedAt", x.version
  FROM decisions x JOIN dossiers d ON d.id = x.dossier_id JOIN units u ON u.id = x.unit_id JOIN units pu ON pu.id = d.proposing_unit_id`;

export async function findById(ex: Executor, id: number): Promise<DecisionRow | undefined> {
  return (await rows<DecisionRow>(ex, sql`${SELECT} WHERE x.id = ${id}`))[0];
}

export async function listForDossier(ex: Executor, dossierId: number): Promise<DecisionRow[]> {
  return rows<DecisionRow>(ex, sql`${SELECT} WHERE x.dossier_id = ${dossierId} ORDER BY x.id`);
}

/** The dossier's draft decision, if it has one. */
export async function draftOf(ex: Executor, dossierId: number): Promise<number | undefined> {
  const [r] = await rows<{ id: number }>(ex, sql`SELECT id FROM decisions WHERE dossier_id = ${dossierId} AND state = 'draft'`);
  return r ? Number(r.id) : undefined;
}

/** What a draft decision's editor sets. */
export type DecisionFields = Pick<DecisionRow, 'number' | 'decisionDate' | 'signerName' | 'signerTitle' | 'signerAuthority' | 'bases'>;

export async function insertDraft(ex: Executor, d: DecisionFields & { dossierId: number; unitId: number; lines: DecisionLine[]; total: number }): Promise<number> {
  const [r] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO decisions (dossier_id, unit_id, number, decision_date, signer_name, signer_title, signer_authority, bases, lines, total)
      VALUES (${d.dossierId}, ${d.unitId}, ${d.number}, ${d.decisionDate}::date, ${d.signerName}, ${d.signerTitle},
        ${d.signerAuthority}, ${JSON.stringify(d.bases)}::jsonb, ${JSON.stringify(d.lines)}::jsonb, ${d.total}) RETURNING id`,
  );
  return Number(r.id);
}

/** Rewrites a draft if nobody changed it since `version` and it is still a draft. */
export async function updateDraft(ex: Executor, id: number, version: number, d: DecisionFields & { lines: DecisionLine[]; total: number }): Promise<boolean> {
  const done = await rows(
    ex,
    sql`UPDATE decisions SET number = ${d.number}, decision_date = ${d.decisionDate}::date,
      signer_name = ${d.signerName}, signer_title = ${d.signerTitle},
      signer_authority = ${d.signerAuthority}, bases = ${JSON.stringify(d.bases)}::jsonb,
      lines = ${JSON.stringify(d.lines)}::jsonb, total = ${d.total}, version = version + 1, updated_at = now()
      WHERE id = ${id} AND version = ${version} AND state = 'draft' RETURNING id`,
  );
  return done.length > 0;
}

/** Issues a draft with its final lines (money fixed on the decision date). */
export async function markIssued(ex: Executor, id: number, version: number, lines: DecisionLine[], total: number): Promise<boolean> {
  const done = await rows(
    ex,
    sql`UPDATE decisions SET state = 'issued', issued_at = now(), lines = ${JSON.stringify(lines)}::jsonb, total = ${total}, version = version + 1, updated_at = now()
      WHERE id = ${id} AND version = ${version} AND state = 'draft' RETURNING id`,
  );
  return done.length > 0;
}

// ---- the register and certificates -------------------------------------------------------------

/** Where the awardee of a line belongs: its unit path and the root of its tree. */
export async function ownerOf(ex: Executor, l: Pick<DecisionLine, 'subject' | 'personId' | 'unitId' | 'householdId'>): Promise<{ unitPath: string; rootId: number | null }> {
  const [owner] = await rows<{ unitPath: string; rootId: number | null }>(
    ex,
    l.subject === 'person'
      ? sql`SELECT unit_path::text AS "unitPath", root_id AS "rootId" FROM people WHERE id = ${l.personId}`
      : l.subject === 'unit'
        ? sql`SELECT path::text AS "unitPath", coalesce(root_id, id) AS "rootId" FROM units WHERE id = ${l.unitId}`
        : sql`SELECT unit_path::text AS "unitPath", root_id AS "rootId" FROM households WHERE id = ${l.householdId}`,
  );
  return owner;
}

export interface NewAwardEntry {
  personId: number | null;
  unitId: number | null;
  householdId: number | null;
  award: string;
  year: number;
  decisionNo: string | null;
  decisionDate: string | null;
  decider: string;
  decisionId: number;
  amount: number | null;
  unitPath: string;
  rootId: number | null;
}

/** Writes the register entry of a decision; undefined when the register already has it. */
export async function insertAwardEntry(ex: Executor, e: NewAwardEntry): Promise<number | undefined> {
  const [entry] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO award_entries (person_id, unit_id, household_id, award, year, decision_no, decision_date, decider, source, decision_id, amount, unit_path, root_id)
      VALUES (${e.personId}, ${e.unitId}, ${e.householdId}, ${e.award}, ${e.year}, ${e.decisionNo}, ${e.decisionDate}::date, ${e.decider},
        'decision', ${e.decisionId}, ${e.amount}, ${e.unitPath}::ltree, ${e.rootId})
      ON CONFLICT DO NOTHING RETURNING id`,
  );
  return entry ? Number(entry.id) : undefined;
}

export async function insertCertificate(ex: Executor, code: string, awardEntryId: number, decisionId: number): Promise<void> {
  await ex.execute(sql`INSERT INTO certificates (code, award_entry_id, decision_id) VALUES (${code}, ${awardEntryId}, ${decisionId})`);
}

export interface CertificateRow {
  code: string;
  award: string;
  year: number;
  decisionNo: string;
  decisionDate: string | null;
  decider: string | null;
  name: string;
  revokedOn: string | null;
  revokeReason: string | null;
  /** the unit that issued the decision */
  unitName: string;
}

/** A certificate by its code, with the register entry it proves. */
export async function certificateByCode(ex: Executor, code: string): Promise<CertificateRow | undefined> {
  const [c] = await rows<CertificateRow>(
    ex,
    sql`SELECT c.code, a.award, a.year, a.decision_no AS "decisionNo", a.decision_date AS "decisionDate", a.decider,
        coalesce(p.full_name, u.name, h.head_name) AS name, a.revoked_on AS "revokedOn", a.revoke_reason AS "revokeReason", iu.name AS "unitName"
      FROM certificates c JOIN award_entries a ON a.id = c.award_entry_id JOIN decisions x ON x.id = c.decision_id JOIN units iu ON iu.id = x.unit_id
      LEFT JOIN people p ON p.id = a.person_id LEFT JOIN units u ON u.id = a.unit_id AND a.person_id IS NULL LEFT JOIN households h ON h.id = a.household_id
      WHERE c.code = ${code}`,
  );
  return c;
}

// ---- notices -----------------------------------------------------------------------------------

export interface NoticeRow {
  id: number;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
}

export async function insertNotification(ex: Executor, n: { unitId: number; title: string; body: string; link: string }): Promise<void> {
  await ex.execute(sql`INSERT INTO notifications (unit_id, title, body, link) VALUES (${n.unitId}, ${n.title}, ${n.body}, ${n.link})`);
}

/** The unit's latest 100 notices. */
export async function notificationsOf(ex: Executor, unitId: number): Promise<NoticeRow[]> {
  return rows<NoticeRow>(ex, sql`SELECT id, title, body, link, created_at AS "createdAt" FROM notifications WHERE unit_id = ${unitId} ORDER BY created_at DESC, id DESC LIMIT 100`);
}

export async function unitPathOf(ex: Executor, unitId: number): Promise<string | undefined> {
  const [u] = await rows<{ path: string }>(ex, sql`SELECT path::text AS path FROM units WHERE id = ${unitId}`);
  return u?.path;
}

/** What the decision's document says of its dossier. */
export async function dossierHeading(ex: Executor, dossierId: number) {
  return (await rows<{ year: number; code: string; proposingUnitName: string }>(
    ex,
    sql`SELECT d.year, d.code, pu.name AS "proposingUnitName" FROM dossiers d JOIN units pu ON pu.id = d.proposing_unit_id WHERE d.id = ${dossierId}`,
  ))[0];
}

/** The decision's certificates with the award entry each is for, in entry order. */
export async function certificatesOf(ex: Executor, decisionId: number) {
  return rows<{ code: string; awardEntryId: number; personId: number | null; award: string }>(
    ex,
    sql`SELECT c.code, c.award_entry_id AS "awardEntryId", a.person_id AS "personId", a.award FROM certificates c JOIN award_entries a ON a.id = c.award_entry_id
      WHERE c.decision_id = ${decisionId} ORDER BY c.award_entry_id`,
  );
}

/** Gender of each person the decision awards. */
export async function gendersOf(ex: Executor, decisionId: number): Promise<Map<number, string>> {
  const list = await rows<{ id: number; gender: string }>(ex, sql`SELECT id, gender FROM people WHERE id IN (SELECT person_id FROM award_entries WHERE decision_id = ${decisionId})`);
  return new Map(list.map((p) => [Number(p.id), p.gender]));
}
