/** SQL of the public consultation: the dossiers open for comment and their comments. */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';

/** What the public sees of a dossier in consultation (no private data). */
export interface PublicDossier {
  id: number;
  code: string;
  title: string;
  proposingUnitName: string;
  receivingUnitName: string;
  year: number;
  movement: string | null;
  consultationFrom: string;
  consultationUntil: string;
}

const PUBLIC_SELECT = sql`SELECT d.id, d.code, d.title, pu.name AS "proposingUnitName", ru.name AS "receivingUnitName", d.year, d.movement,
    d.consultation_from AS "consultationFrom", d.consultation_until AS "consultationUntil"
  FROM dossiers d JOIN units pu ON pu.id = d.proposing_unit_id JOIN units ru ON ru.id = d.receiving_unit_id`;

const OPEN = sql`d.state = 'consultation' AND d.consultation_until IS NOT NULL`;

/** The dossiers whose consultation runs until `today` or later, the soonest end first; at most 200. */
export async function openDossiers(ex: Executor, today: string): Promise<PublicDossier[]> {
  return rows<PublicDossier>(ex, sql`${PUBLIC_SELECT} WHERE ${OPEN} AND d.consultation_until >= ${today}::date ORDER BY d.consultation_until, d.id LIMIT 200`);
}

/** A dossier in consultation (its window may have ended). */
export async function openDossier(ex: Executor, id: number): Promise<PublicDossier | undefined> {
  return (await rows<PublicDossier>(ex, sql`${PUBLIC_SELECT} WHERE d.id = ${id} AND ${OPEN}`))[0];
}

/** The comments one sender posted in the last ten minutes and in the last day. */
export async function commentCounts(ex: Executor, sourceHash: string): Promise<{ recent: number; today: number }> {
  const [c] = await rows<{ recent: number; today: number }>(
    ex,
    sql`SELECT count(*) FILTER (WHERE created_at > now() - interval '10 minutes')::int AS recent, count(*)::int AS today
      FROM consultation_comments WHERE source_hash = ${sourceHash} AND created_at > now() - interval '1 day'`,
  );
  return c;
}

export async function insertComment(
  ex: Executor,
  c: { dossierId: number; nomineeId: number | null; authorName: string; contact: string | null; content: string; sourceHash: string },
): Promise<{ id: number; createdAt: string }> {
  const [row] = await rows<{ id: number; createdAt: string }>(
    ex,
    sql`INSERT INTO consultation_comments (dossier_id, nominee_id, author_name, contact, content, source_hash)
      VALUES (${c.dossierId}, ${c.nomineeId}, ${c.authorName}, ${c.contact}, ${c.content}, ${c.sourceHash})
      RETURNING id, created_at AS "createdAt"`,
  );
  return { id: Number(row.id), createdAt: row.createdAt };
}

export interface CommentRow {
  id: number;
  nomineeId: number | null;
  nomineeName: string | null;
  authorName: string;
  contact: string | null;
  content: string;
  createdAt: string;
}

/** The comments of a dossier, oldest first. */
export async function commentsOf(ex: Executor, dossierId: number): Promise<CommentRow[]> {
  return rows<CommentRow>(
    ex,
    sql`SELECT c.id, c.nominee_id AS "nomineeId", n.name AS "nomineeName", c.author_name AS "authorName", c.contact, c.content, c.created_at AS "createdAt"
      FROM consultation_comments c LEFT JOIN dossier_nominees n ON n.id = c.nominee_id WHERE c.dossier_id = ${dossierId} ORDER BY c.created_at, c.id`,
  );
}
