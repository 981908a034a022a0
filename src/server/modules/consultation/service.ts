/**
 * Public consultation (lấy ý kiến): the list of nominees of dossiers in consultation, readable
 * without an account and without private data (name, unit, position, proposed award, achievement),
 * and a comment form with rate limiting. Comments reach the appraiser of the dossier.
 */
import crypto from 'node:crypto';
import { awardName, isAwardCode } from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { Conflict, Invalid, NotFound, TooMany } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize } from '../../platform/policy.js';
import * as dossiers from '../dossiers/repo.js';
import * as rules from '../rules/service.js';
import * as repo from './repo.js';

/** Comments one sender may post: a burst and a day (DB-backed, so every instance agrees). */
export const COMMENT_LIMITS = { perTenMinutes: 5, perDay: 20 };

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
  const items = await repo.openDossiers(deps.database.db, today);
  return { items: await Promise.all(items.map(async (d) => ({ ...d, nominees: await publicNominees(deps, d.id) }))) };
}

async function openDossier(deps: Deps, id: number): Promise<repo.PublicDossier> {
  const d = await repo.openDossier(deps.database.db, id);
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
  const c = await repo.commentCounts(db, source);
  if (c.recent >= COMMENT_LIMITS.perTenMinutes || c.today >= COMMENT_LIMITS.perDay) {
    throw new TooMany('Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau ít phút.');
  }
  return db.transaction(async (tx) => {
    const row = await repo.insertComment(tx, { dossierId: id, nomineeId: input.nomineeId ?? null, authorName: input.authorName, contact: input.contact ?? null, content: input.content, sourceHash: source });
    const dossier = (await dossiers.findById(tx, id))!;
    // the contact stays out of the audit trail; the comment itself is the record
    await audit(tx, { ...ctx, actor: null }, { action: 'create', entityType: 'consultation_comment', entityId: row.id, unitPath: dossier.receivingPath, after: { dossierId: id, nomineeId: input.nomineeId ?? null, authorName: input.authorName, content: input.content } });
    return { id: row.id, createdAt: row.createdAt, message: 'Đã gửi ý kiến. Cảm ơn bạn đã góp ý.' };
  });
}

/** The comments of a dossier, for its appraiser (contacts included). */
export async function comments(deps: Deps, ctx: Ctx, id: number) {
  const d = await dossiers.findById(deps.database.db, id);
  if (!d) throw new NotFound('Không tìm thấy hồ sơ đề nghị khen thưởng.');
  authorize(ctx.actor, 'appraise', { type: 'dossier', unitPath: d.receivingPath });
  const items = await repo.commentsOf(deps.database.db, id);
  return { items };
}
