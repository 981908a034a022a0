/**
 * Public consultation (lấy ý kiến): the list of nominees of dossiers in consultation, readable
 * without an account and without private data (name, unit, position, proposed award, achievement),
 * and a comment form with rate limiting. Comments reach the appraiser of the dossier.
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { awardName, isAwardCode } from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { rows } from '../../platform/db.js';
import { Conflict, Invalid, NotFound, TooMany } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize } from '../../platform/policy.js';
import * as dossiers from '../dossiers/repo.js';
import * as rules from '../rules/service.js';

/** Comments one sender may post: a burst and a day (DB-backed, so every instance agrees). */
export const COMMENT_LIMITS = { perTenMinutes: 5, perDay: 20 };

interface PublicDossier {
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

const OPEN = sql`d.state = 'consultation' AND d.consultation_until IS NOT NULL`;

async function publicNominees(deps: Deps, dossierId: number) {
  const list = await dossiers.nominees(deps.database.db, dossierId);
  return list.map((n) => ({
    id: n.id,
    name: n.name,
    subject: n.subject,
    position: n.subject === 'person' ? n.subjectPosition : null,
    unitName: n.subject === 'unit' ? null : n.subjectUnitName,
    award: n.award,
    awardName: isAwardCode(n.award) ? awardName(n.award) : n.award,
    achievement: n.achievement,
  }));
}

export async function listOpen(deps: Deps) {
  const today = rules.todayVN();
  const items = await rows<PublicDossier>(
    deps.database.db,
    sql`SELECT d.id, d.code, d.title, pu.name AS "proposingUnitName", ru.name AS "receivingUnitName", d.year, d.movement,
        d.consultation_from AS "consultationFrom", d.consultation_until AS "consultationUntil"
      FROM dossiers d JOIN units pu ON pu.id = d.proposing_unit_id JOIN units ru ON ru.id = d.receiving_unit_id
      WHERE ${OPEN} AND d.consultation_until >= ${today}::date ORDER BY d.consultation_until, d.id LIMIT 200`,
  );
  return { items: await Promise.all(items.map(async (d) => ({ ...d, nominees: await publicNominees(deps, d.id) }))) };
}

async function openDossier(deps: Deps, id: number): Promise<PublicDossier> {
  const [d] = await rows<PublicDossier>(
    deps.database.db,
    sql`SELECT d.id, d.code, d.title, pu.name AS "proposingUnitName", ru.name AS "receivingUnitName", d.year, d.movement,
        d.consultation_from AS "consultationFrom", d.consultation_until AS "consultationUntil"
      FROM dossiers d JOIN units pu ON pu.id = d.proposing_unit_id JOIN units ru ON ru.id = d.receiving_unit_id
      WHERE d.id = ${id} AND ${OPEN}`,
  );
  if (!d) throw new NotFound('Không có danh sách lấy ý kiến này, hoặc danh sách không còn được công khai.');
  return d;
}

export async function getOpen(deps: Deps, id: number) {
  const d = await openDossier(deps, id);
  return { ...d, open: rules.todayVN() <= d.consultationUntil, nominees: await publicNominees(deps, id) };
}

/** A daily-rotating keyed hash of the sender's address: enough to count, not to identify. */
function sourceHash(ip: string | null): string {
  return crypto.createHash('sha256').update(`tdkt-comment|${rules.todayVN()}|${ip ?? 'unknown'}`).digest('hex');
}

export async function addComment(
  deps: Deps,
  ctx: Ctx,
  id: number,
  input: { nomineeId?: number | null; authorName: string; contact?: string | null; content: string },
) {
  const db = deps.database.db;
  const d = await openDossier(deps, id);
  if (rules.todayVN() > d.consultationUntil) throw new Conflict('Thời gian lấy ý kiến đã kết thúc.', undefined, 'CONSULTATION_CLOSED');
  if (input.nomineeId) {
    const n = await dossiers.findNominee(db, id, input.nomineeId);
    if (!n) throw new Invalid('Người, tập thể được góp ý không có trong danh sách này (trường nomineeId).', [{ field: 'nomineeId', message: 'Không có trong danh sách' }]);
  }
  const source = sourceHash(ctx.ip);
  const [c] = await rows<{ recent: number; today: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE created_at > now() - interval '10 minutes')::int AS recent, count(*)::int AS today
      FROM consultation_comments WHERE source_hash = ${source} AND created_at > now() - interval '1 day'`,
  );
  if (c.recent >= COMMENT_LIMITS.perTenMinutes || c.today >= COMMENT_LIMITS.perDay) {
    throw new TooMany('Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau ít phút.');
  }
  return db.transaction(async (tx) => {
    const [row] = await rows<{ id: number; createdAt: string }>(
      tx,
      sql`INSERT INTO consultation_comments (dossier_id, nominee_id, author_name, contact, content, source_hash)
        VALUES (${id}, ${input.nomineeId ?? null}, ${input.authorName}, ${input.contact ?? null}, ${input.content}, ${source})
        RETURNING id, created_at AS "createdAt"`,
    );
    const dossier = (await dossiers.findById(tx, id))!;
    // the contact stays out of the audit trail; the comment itself is the record
    await audit(tx, { ...ctx, actor: null }, { action: 'create', entityType: 'consultation_comment', entityId: Number(row.id), unitPath: dossier.receivingPath, after: { dossierId: id, nomineeId: input.nomineeId ?? null, authorName: input.authorName, content: input.content } });
    return { id: Number(row.id), createdAt: row.createdAt, message: 'Đã gửi ý kiến. Cảm ơn bạn đã góp ý.' };
  });
}

/** The comments of a dossier, for its appraiser (contacts included). */
export async function comments(deps: Deps, ctx: Ctx, id: number) {
  const d = await dossiers.findById(deps.database.db, id);
  if (!d) throw new NotFound('Không tìm thấy hồ sơ đề nghị khen thưởng.');
  authorize(ctx.actor, 'appraise', { type: 'dossier', unitPath: d.receivingPath });
  const items = await rows<{ id: number; nomineeId: number | null; nomineeName: string | null; authorName: string; contact: string | null; content: string; createdAt: string }>(
    deps.database.db,
    sql`SELECT c.id, c.nominee_id AS "nomineeId", n.name AS "nomineeName", c.author_name AS "authorName", c.contact, c.content, c.created_at AS "createdAt"
      FROM consultation_comments c LEFT JOIN dossier_nominees n ON n.id = c.nominee_id WHERE c.dossier_id = ${id} ORDER BY c.created_at, c.id`,
  );
  return { items };
}
