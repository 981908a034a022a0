/**
 * Use cases of proposal dossiers: prepare (header, nominees, files), check, and move through the
 * workflow of domain/dossier/workflow.ts. Each write: load, authorize on the unit of the side that
 * acts, check, write in one transaction with its event row and audit entry. Optimistic locking on
 * the dossier's `version`: of two officers acting at once, one succeeds and the other gets a 409.
 */
import crypto from 'node:crypto';
import { safeName, sniff } from '../../platform/files.js';
import {
  DEFAULT_DEADLINE_DAYS, DOSSIER_STATE_NAMES, FINAL_STATES, actionsFrom, addWorkingDays, awardName, catalogAt, checkTransition,
  isAwardCode, isEditable, transitionRule, type DossierAction, type DossierState,
} from '../../../domain/index.js';
import { docDate } from '../../../domain/dates.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { AppError, Conflict, Forbidden, Invalid, NotFound, fromPgError, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, hasRoleFor, isInScope, scopesFor, type Action, type Actor } from '../../platform/policy.js';
import { ownerOf } from '../records/repo.js';
import * as rules from '../rules/service.js';
import * as units from '../units/repo.js';
import { runChecks } from './checks.js';
import { dossierResults } from '../councils/repo.js';
import * as movements from '../movements/service.js';
import { authorizeRead, authorizeSide, canEdit, canSide, proposerRes, receiverRes } from './policy.js';
import * as repo from './repo.js';
import { DOC_TYPE_NAMES, type ListDossierQuery, type TransitionBody } from './schemas.js';


async function load(ex: Executor, id: number): Promise<repo.DossierRow> {
  const d = await repo.findById(ex, id);
  if (!d) throw new NotFound('Không tìm thấy hồ sơ đề nghị khen thưởng.');
  return d;
}

/** Load and check the actor may read it (403 out of scope). */
async function loadReadable(deps: Deps, ctx: Ctx, id: number) {
  const d = await load(deps.database.db, id);
  authorizeRead(ctx.actor, d);
  return d;
}

/** The proposer edits nominees and files only while the dossier is in its hands. */
function assertEditable(d: repo.DossierRow) {
  if (!isEditable(d.state as DossierState)) {
    throw new Conflict(
      `Hồ sơ đang ở trạng thái "${DOSSIER_STATE_NAMES[d.state as DossierState]}": chỉ sửa được khi là dự thảo hoặc đã được trả lại để bổ sung.`,
      undefined,
      'NOT_EDITABLE',
    );
  }
}

function dto(d: repo.DossierRow, actor: Actor | null) {
  const { proposingPath: _p, receivingPath: _r, ...rest } = d;
  const today = rules.todayVN();
  const actions = actionsFrom(d.state as DossierState)
    .filter((t) => t.action !== 'decide' && canSide(actor, t.side, d))
    .map((t) => ({ action: t.action, name: t.name, reason: t.reason }));
  return {
    ...rest,
    stateName: DOSSIER_STATE_NAMES[d.state as DossierState],
    overdue: !!d.dueDate && d.dueDate < today && !FINAL_STATES.includes(d.state as DossierState),
    actions,
    canEdit: canEdit(actor, d),
    canAppraise: canSide(actor, 'appraiser', d),
  };
}

export async function list(deps: Deps, ctx: Ctx, q: ListDossierQuery) {
  const proposerScopes = (() => {
    try {
      return scopesFor(ctx.actor, 'read', 'dossier');
    } catch {
      return [];
    }
  })();
  if (!proposerScopes.length) throw new Forbidden();
  const f: repo.DossierFilter = {
    proposerScopes,
    receiverScopes: proposerScopes,
    box: q.box,
    states: q.state,
    year: q.year,
    q: q.q,
    overdueOn: q.overdue ? rules.todayVN() : undefined,
  };
  if (q.unitId) {
    const u = await units.findById(deps.database.db, q.unitId);
    if (!u) throw new NotFound('Không tìm thấy đơn vị.');
    authorize(ctx.actor, 'read', { type: 'dossier', unitPath: u.path });
    f.unitId = u.id;
  }
  if (q.overdue) f.states = (f.states ?? ['submitted', 'received', 'appraising', 'returned']).filter((s) => !FINAL_STATES.includes(s as DossierState));
  const out = await repo.list(deps.database.db, f, q.page, q.pageSize);
  return { items: out.items.map((d) => dto(d, ctx.actor)), total: out.total, page: q.page, pageSize: q.pageSize };
}

/**
 * "Việc cần xử lý": the dossiers waiting for this actor — drafts and returned dossiers of units where
 * they propose; dossiers sent, received or under appraisal, in consultation or before the council at
 * units where they appraise; the soonest deadline first.
 */
export async function queue(deps: Deps, ctx: Ctx) {
  const db = deps.database.db;
  const scopes = (a: Action) => (hasRoleFor(ctx.actor, 'dossier', a) ? scopesFor(ctx.actor, a, 'dossier') : []);
  const proposer = scopes('submit');
  const appraiser = scopes('appraise');
  const leader = scopes('decide');
  const items: (ReturnType<typeof dto> & { todo: string })[] = [];
  const add = async (f: Omit<repo.DossierFilter, 'receiverScopes' | 'proposerScopes'> & { proposerScopes?: string[]; receiverScopes?: string[] }, todo: (d: repo.DossierRow) => string) => {
    const { items: found } = await repo.list(db, { proposerScopes: f.proposerScopes ?? [], receiverScopes: f.receiverScopes ?? [], ...f }, 1, 200);
    for (const d of found) if (!items.some((x) => x.id === d.id)) items.push({ ...dto(d, ctx.actor), todo: todo(d) });
  };
  if (proposer.length) {
    await add({ box: 'outgoing', proposerScopes: proposer, states: ['returned'] }, () => 'Bổ sung theo yêu cầu và gửi lại');
    await add({ box: 'outgoing', proposerScopes: proposer, states: ['draft'] }, () => 'Hoàn thiện và gửi hồ sơ');
  }
  if (appraiser.length) {
    await add({ box: 'incoming', receiverScopes: appraiser, states: ['submitted'] }, () => 'Tiếp nhận hồ sơ');
    await add({ box: 'incoming', receiverScopes: appraiser, states: ['received', 'appraising'] }, () => 'Thẩm định hồ sơ');
    const today = rules.todayVN();
    await add({ box: 'incoming', receiverScopes: appraiser, states: ['consultation'] }, (d) =>
      d.consultationUntil && d.consultationUntil < today ? 'Hết thời gian lấy ý kiến: trình Hội đồng' : `Đang lấy ý kiến công khai đến hết ${docDate(d.consultationUntil ?? today)}`,
    );
    await add({ box: 'incoming', receiverScopes: appraiser, states: ['council'] }, () => 'Trình Hội đồng, dự thảo quyết định');
  }
  if (leader.length) {
    // the leader signs: dossiers before the council whose decision is drafted
    const { items: found } = await repo.list(db, { proposerScopes: [], receiverScopes: leader, box: 'incoming', states: ['council'] }, 1, 200);
    const drafted = new Set((await repo.draftDecisionDossiers(db, found.map((d) => d.id))).map(Number));
    for (const d of found) {
      if (drafted.has(d.id) && !items.some((x) => x.id === d.id)) items.push({ ...dto(d, ctx.actor), todo: 'Ký ban hành quyết định khen thưởng' });
    }
  }
  items.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id);
  return { items };
}

export async function get(deps: Deps, ctx: Ctx, id: number) {
  const db = deps.database.db;
  const d = await loadReadable(deps, ctx, id);
  const [nominees, events, files] = await Promise.all([repo.nominees(db, id), repo.events(db, id), repo.filesOf(db, id)]);
  // the council's verdict on each row, once its vote has closed
  const votes = ['council', 'decided', 'forwarded', 'closed'].includes(d.state) ? await dossierResults(db, id) : [];
  return {
    ...dto(d, ctx.actor),
    nominees: nominees.map((n) => {
      const v = votes.find((x) => Number(x.nomineeId) === n.id);
      return { ...nomineeDto(n), vote: v ? { yes: v.yes, no: v.no, abstain: v.abstain, passed: v.passed, rule: v.rule } : null };
    }),
    events,
    files,
  };
}

function nomineeDto(n: repo.NomineeRow) {
  const { subjectPath: _p, ...rest } = n;
  return { ...rest, awardName: isAwardCode(n.award) ? awardName(n.award) : n.award };
}

async function unitOrFail(ex: Executor, id: number, field: string) {
  const u = await units.findById(ex, id);
  if (!u) throw new Invalid(`Không tìm thấy đơn vị có mã ${id} (trường ${field}).`, [{ field, message: 'Không tìm thấy đơn vị' }]);
  return u;
}

/** The receiving unit decides or forwards: it is the proposing unit itself or one above it. */
function checkReceiver(proposing: { path: string; name: string }, receiving: { path: string; name: string }) {
  if (!isInScope(receiving.path, proposing.path)) {
    throw new Invalid(`Đơn vị nhận hồ sơ (${receiving.name}) phải là ${proposing.name} hoặc đơn vị cấp trên của nó (trường receivingUnitId).`, [
      { field: 'receivingUnitId', message: 'Không phải đơn vị cấp trên của đơn vị đề nghị' },
    ]);
  }
}

const AWARD_TYPE_TITLE: Record<string, string> = {
  cong_trang: 'khen thưởng công trạng', phong_trao: 'khen thưởng phong trào thi đua', dot_xuat: 'khen thưởng đột xuất',
  cong_hien: 'khen thưởng quá trình cống hiến', nien_han: 'khen thưởng theo niên hạn', doi_ngoai: 'khen thưởng đối ngoại',
};

/** The movement a dossier is linked to: one the proposing officer can see (launched above or in scope). */
async function movementFor(deps: Deps, ctx: Ctx, movementId: number) {
  try {
    return await movements.loadReadable(deps, ctx, movementId);
  } catch (err) {
    if (err instanceof AppError && (err.status === 404 || err.status === 403)) throw new Invalid('Không tìm thấy phong trào thi đua đã chọn.', { field: 'movementId' });
    throw err;
  }
}

export async function create(
  deps: Deps,
  ctx: Ctx,
  input: { proposingUnitId: number; receivingUnitId: number; awardType: string; year: number; title?: string; movement?: string | null; movementId?: number | null; note?: string | null },
) {
  const db = deps.database.db;
  const proposing = await unitOrFail(db, input.proposingUnitId, 'proposingUnitId');
  authorize(ctx.actor, 'create', { type: 'dossier', unitPath: proposing.path });
  if (input.movementId) input = { ...input, movement: (await movementFor(deps, ctx, input.movementId)).name };
  const receiving = await unitOrFail(db, input.receivingUnitId, 'receivingUnitId');
  checkReceiver(proposing, receiving);
  const title = input.title ?? `Đề nghị ${AWARD_TYPE_TITLE[input.awardType]} năm ${input.year} — ${proposing.name}`;
  return db.transaction(async (tx) => {
    const id = await repo.insert(tx, {
      title, proposingUnitId: proposing.id, receivingUnitId: receiving.id, awardType: input.awardType, year: input.year,
      movement: input.movement, movementId: input.movementId, note: input.note, createdBy: ctx.actor?.userId || null, rootId: proposing.rootId ?? proposing.id,
    });
    await repo.insertEvent(tx, { dossierId: id, actorId: ctx.actor?.userId || null, actorName: ctx.actor?.fullName ?? 'system', action: 'create', from: null, to: 'draft' });
    const d = (await repo.findById(tx, id))!;
    await audit(tx, ctx, { action: 'create', entityType: 'dossier', entityId: id, unitPath: d.proposingPath, after: dto(d, null) });
    return dto(d, ctx.actor);
  });
}

export async function update(
  deps: Deps,
  ctx: Ctx,
  id: number,
  input: { version: number; receivingUnitId?: number; awardType?: string; year?: number; title?: string; movement?: string | null; movementId?: number | null; note?: string | null },
) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'update', proposerRes(before));
  assertEditable(before);
  if (input.movementId) input = { ...input, movement: (await movementFor(deps, ctx, input.movementId)).name };
  if (input.receivingUnitId !== undefined) {
    const receiving = await unitOrFail(db, input.receivingUnitId, 'receivingUnitId');
    checkReceiver({ path: before.proposingPath, name: before.proposingUnitName }, receiving);
  }
  const { version, ...patch } = input;
  return db.transaction(async (tx) => {
    if (!(await repo.update(tx, id, version, patch))) throw versionConflict();
    const after = (await repo.findById(tx, id))!;
    await audit(tx, ctx, { action: 'update', entityType: 'dossier', entityId: id, unitPath: after.proposingPath, before: dto(before, null), after: dto(after, null) });
    return dto(after, ctx.actor);
  });
}

export async function remove(deps: Deps, ctx: Ctx, id: number, version: number) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'delete', proposerRes(before));
  if (before.state !== 'draft' || before.submittedCount > 0) {
    throw new Conflict('Chỉ xóa được hồ sơ dự thảo chưa gửi lần nào; hồ sơ đã gửi được lưu lại cùng lịch sử.', undefined, 'NOT_DELETABLE');
  }
  await db.transaction(async (tx) => {
    if (!(await repo.remove(tx, id, version))) throw versionConflict();
    await audit(tx, ctx, { action: 'delete', entityType: 'dossier', entityId: id, unitPath: before.proposingPath, before: dto(before, null) });
  });
}

// ---- nominees ----------------------------------------------------------------------------------

/** Award code of the catalogue on today's date (canonical or the tenant's own), applicable to the subject. */
async function checkAward(ex: Executor, award: string, subject: 'person' | 'unit' | 'household', field = 'award') {
  const { params } = await rules.loadSettings(ex);
  const entry = catalogAt(rules.todayVN(), params).entries.find((e) => e.code === award);
  if (!entry) throw new Invalid(`Mã danh hiệu, hình thức "${award}" không có trong danh mục (trường ${field}).`, [{ field, message: 'Mã không có trong danh mục' }]);
  const s = ({ person: 'ca_nhan', unit: 'tap_the', household: 'ho_gia_dinh' } as const)[subject];
  if (!entry.subjects.includes(s)) {
    const names = { ca_nhan: 'cá nhân', tap_the: 'tập thể', ho_gia_dinh: 'hộ gia đình' };
    throw new Invalid(`${entry.name} không áp dụng cho ${names[s]} (trường ${field}).`, [{ field, message: `Không áp dụng cho ${names[s]}` }]);
  }
}

const SUBJECT_NAMES = { person: 'cá nhân', unit: 'tập thể', household: 'hộ gia đình' } as const;

export async function addNominee(deps: Deps, ctx: Ctx, dossierId: number, input: { subject: 'person' | 'unit' | 'household'; subjectId: number; award: string; achievement?: string | null }) {
  const db = deps.database.db;
  const d = await load(db, dossierId);
  authorize(ctx.actor, 'update', proposerRes(d));
  assertEditable(d);
  const owner = await ownerOf(db, input.subject, input.subjectId);
  if (!owner) throw new Invalid(`Không tìm thấy ${SUBJECT_NAMES[input.subject]} có mã ${input.subjectId} (trường subjectId).`, [{ field: 'subjectId', message: 'Không tìm thấy' }]);
  if (!isInScope(d.proposingPath, owner.unitPath)) {
    throw new Invalid(`${owner.name} không thuộc ${d.proposingUnitName}: đơn vị chỉ đề nghị khen thưởng cho cá nhân, tập thể, hộ gia đình của mình (trường subjectId).`, [
      { field: 'subjectId', message: 'Không thuộc đơn vị đề nghị' },
    ]);
  }
  const award = input.award.toUpperCase();
  await checkAward(db, award, input.subject);
  return writing(() =>
    db.transaction(async (tx) => {
      const id = await repo.insertNominee(tx, dossierId, { subject: input.subject, subjectId: owner.id, name: owner.name, award, achievement: input.achievement });
      await repo.touch(tx, dossierId);
      const n = (await repo.findNominee(tx, dossierId, id))!;
      await audit(tx, ctx, { action: 'create', entityType: 'dossier_nominee', entityId: id, unitPath: d.proposingPath, after: nomineeDto(n) });
      return nomineeDto(n);
    }),
  );
}

async function writing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const mapped = fromPgError(err);
    if (mapped?.code === 'DUPLICATE') throw new Conflict('Hồ sơ đã có dòng đề nghị này (cùng đối tượng và cùng danh hiệu, hình thức).', undefined, 'DUPLICATE');
    throw err;
  }
}

async function loadNominee(ex: Executor, dossierId: number, id: number) {
  const n = await repo.findNominee(ex, dossierId, id);
  if (!n) throw new NotFound('Không tìm thấy dòng đề nghị trong hồ sơ này.');
  return n;
}

export async function updateNominee(deps: Deps, ctx: Ctx, dossierId: number, id: number, input: { version: number; award?: string; achievement?: string | null }) {
  const db = deps.database.db;
  const d = await load(db, dossierId);
  authorize(ctx.actor, 'update', proposerRes(d));
  assertEditable(d);
  const before = await loadNominee(db, dossierId, id);
  const award = input.award?.toUpperCase();
  if (award) await checkAward(db, award, before.subject);
  return writing(() =>
    db.transaction(async (tx) => {
      if (!(await repo.updateNominee(tx, id, input.version, { award, achievement: input.achievement }))) throw versionConflict();
      await repo.touch(tx, dossierId);
      const after = (await repo.findNominee(tx, dossierId, id))!;
      await audit(tx, ctx, { action: 'update', entityType: 'dossier_nominee', entityId: id, unitPath: d.proposingPath, before: nomineeDto(before), after: nomineeDto(after) });
      return nomineeDto(after);
    }),
  );
}

export async function removeNominee(deps: Deps, ctx: Ctx, dossierId: number, id: number, version: number) {
  const db = deps.database.db;
  const d = await load(db, dossierId);
  authorize(ctx.actor, 'update', proposerRes(d));
  assertEditable(d);
  const before = await loadNominee(db, dossierId, id);
  await db.transaction(async (tx) => {
    if (!(await repo.removeNominee(tx, id, version))) throw versionConflict();
    await repo.touch(tx, dossierId);
    await audit(tx, ctx, { action: 'delete', entityType: 'dossier_nominee', entityId: id, unitPath: d.proposingPath, before: nomineeDto(before) });
  });
}

/** The appraiser accepts a nominee whose checks failed, with a written reason (or withdraws that). */
export async function overrideNominee(deps: Deps, ctx: Ctx, dossierId: number, id: number, input: { version: number; reason: string | null }) {
  const db = deps.database.db;
  const d = await load(db, dossierId);
  authorize(ctx.actor, 'appraise', receiverRes(d));
  if (!['received', 'appraising'].includes(d.state)) {
    throw new Conflict('Chỉ chấp nhận vượt kết quả kiểm tra khi hồ sơ đã tiếp nhận hoặc đang thẩm định.', undefined, 'INVALID_STATE');
  }
  const before = await loadNominee(db, dossierId, id);
  return db.transaction(async (tx) => {
    if (!(await repo.setOverride(tx, id, input.version, input.reason, input.reason ? (ctx.actor?.fullName ?? null) : null))) throw versionConflict();
    await repo.touch(tx, dossierId);
    const after = (await repo.findNominee(tx, dossierId, id))!;
    await audit(tx, ctx, {
      action: input.reason ? 'override' : 'override_clear', entityType: 'dossier_nominee', entityId: id, unitPath: d.receivingPath,
      before: { overrideReason: before.overrideReason, checkStatus: before.checkStatus }, after: { overrideReason: after.overrideReason, checkStatus: after.checkStatus },
    });
    return nomineeDto(after);
  });
}

// ---- checks ------------------------------------------------------------------------------------

export async function checks(deps: Deps, ctx: Ctx, id: number) {
  const d = await loadReadable(deps, ctx, id);
  return runChecks(deps.database.db, d);
}

// ---- files -------------------------------------------------------------------------------------

export async function addFile(deps: Deps, ctx: Ctx, dossierId: number, input: { docType: keyof typeof DOC_TYPE_NAMES; nomineeId?: number; filename: string; content: Buffer }) {
  const db = deps.database.db;
  const d = await load(db, dossierId);
  authorize(ctx.actor, 'update', proposerRes(d));
  assertEditable(d);
  if (input.nomineeId) await loadNominee(db, dossierId, input.nomineeId);
  if (input.content.length === 0) throw new Invalid('Tệp rỗng.', undefined, 'EMPTY_FILE');
  const { ext, mime } = await sniff(input.content);
  const sha256 = crypto.createHash('sha256').update(input.content).digest('hex');
  return db.transaction(async (tx) => {
    const id = await repo.insertFile(tx, {
      dossierId, nomineeId: input.nomineeId ?? null, docType: input.docType, filename: safeName(input.filename, ext), sha256, mime,
      content: input.content, uploadedBy: ctx.actor?.fullName ?? 'system',
    });
    await repo.touch(tx, dossierId);
    const f = (await repo.findFile(tx, dossierId, id))!;
    await audit(tx, ctx, { action: 'create', entityType: 'dossier_file', entityId: id, unitPath: d.proposingPath, after: f });
    return f;
  });
}

export async function getFile(deps: Deps, ctx: Ctx, dossierId: number, fileId: number) {
  await loadReadable(deps, ctx, dossierId);
  const f = await repo.findFile(deps.database.db, dossierId, fileId);
  if (!f) throw new NotFound('Không tìm thấy tệp đính kèm.');
  const content = await repo.fileContent(deps.database.db, f.sha256);
  if (!content) throw new NotFound('Không tìm thấy nội dung tệp.');
  return { file: f, content };
}

export async function removeFile(deps: Deps, ctx: Ctx, dossierId: number, fileId: number) {
  const db = deps.database.db;
  const d = await load(db, dossierId);
  authorize(ctx.actor, 'update', proposerRes(d));
  assertEditable(d);
  const f = await repo.findFile(db, dossierId, fileId);
  if (!f) throw new NotFound('Không tìm thấy tệp đính kèm.');
  await db.transaction(async (tx) => {
    await repo.removeFile(tx, dossierId, fileId);
    await repo.touch(tx, dossierId);
    await audit(tx, ctx, { action: 'delete', entityType: 'dossier_file', entityId: fileId, unitPath: d.proposingPath, before: f });
  });
}

// ---- transitions -------------------------------------------------------------------------------

export async function transition(deps: Deps, ctx: Ctx, id: number, action: DossierAction, body: TransitionBody) {
  const db = deps.database.db;
  const d = await load(db, id);
  const rule = transitionRule(action);
  authorizeSide(ctx.actor, rule.side, d);
  if (body.version !== d.version) throw versionConflict();
  const check = checkTransition(d.state as DossierState, action, body.reason);
  if (!check.ok) {
    const wrongState = !rule.from.includes(d.state as DossierState);
    throw wrongState ? new Conflict(check.message, undefined, 'INVALID_TRANSITION') : new Invalid(check.message, [{ field: 'reason', message: 'Cần ghi lý do' }]);
  }
  const { params } = await rules.loadSettings(db);
  const today = rules.todayVN();
  const adjustments = await rules.loadAdjustments(db);

  // guards that read data
  const nominees = await repo.nominees(db, id);
  let snapshot: Awaited<ReturnType<typeof runChecks>> | undefined;
  if (action === 'submit') {
    if (nominees.length === 0) throw new Conflict('Hồ sơ chưa có người, tập thể nào được đề nghị: thêm ít nhất một dòng trước khi gửi.', undefined, 'NO_NOMINEES');
    snapshot = await runChecks(db, d);
  }
  if (action === 'return' && body.items) {
    const ids = new Set(nominees.map((n) => n.id));
    const bad = body.items.filter((i) => !ids.has(i.nomineeId));
    if (bad.length) throw new Invalid(`Dòng đề nghị không thuộc hồ sơ: ${bad.map((b) => b.nomineeId).join(', ')} (trường items).`, [{ field: 'items', message: 'Không thuộc hồ sơ' }]);
  }
  if (action === 'open_consultation') {
    snapshot = await runChecks(db, d);
    if (snapshot.summary.unresolved > 0) {
      const names = snapshot.nominees.filter((c) => c.status === 'fail' && !nominees.find((n) => n.id === c.nomineeId)?.overrideReason)
        .map((c) => nominees.find((n) => n.id === c.nomineeId)!.name);
      throw new Conflict(
        `Còn ${names.length} dòng không đạt kết quả kiểm tra chưa được xử lý (${names.join(', ')}): trả lại hồ sơ để đơn vị bổ sung, hoặc chấp nhận vượt kiểm tra với lý do.`,
        { nominees: names },
        'CHECKS_UNRESOLVED',
      );
    }
  }
  let consultation: { from: string; until: string } | undefined;
  if (action === 'open_consultation') {
    const byAward = nominees.map((n) => params.workflow?.consultationDaysByAward?.[n.award]).filter((x): x is number => !!x);
    const days = body.days ?? (byAward.length ? Math.max(...byAward) : params.workflow?.consultationDays);
    if (!days) {
      throw new Invalid('Chưa có thời hạn lấy ý kiến (chưa xác nhận trong văn bản pháp luật): nhập số ngày làm việc (trường days) hoặc đặt tham số workflow.consultationDays.', [
        { field: 'days', message: 'Nhập số ngày làm việc lấy ý kiến' },
      ]);
    }
    consultation = { from: today, until: addWorkingDays(today, days, adjustments) };
  }
  if (action === 'to_council' && d.consultationUntil && today <= d.consultationUntil) {
    throw new Conflict(`Đang trong thời gian lấy ý kiến công khai (đến hết ngày ${docDate(d.consultationUntil)}): chưa thể trình Hội đồng.`, undefined, 'CONSULTATION_OPEN');
  }

  let upper: Awaited<ReturnType<typeof units.findById>> | undefined;
  if (action === 'forward' && body.toUnitId) {
    upper = await unitOrFail(db, body.toUnitId, 'toUnitId');
    if (upper.id === d.receivingUnitId || !isInScope(upper.path, d.receivingPath)) {
      throw new Invalid(`Đơn vị nhận chuyển tiếp phải là cấp trên của ${d.receivingUnitName} (trường toUnitId).`, [{ field: 'toUnitId', message: 'Không phải cấp trên' }]);
    }
    authorize(ctx.actor, 'create', { type: 'dossier', unitPath: d.receivingPath });
  }
  const step = rule.deadlineStep;
  const due = rule.keepsDeadline
    ? { step: d.dueStep, date: d.dueDate }
    : step
      ? { step, date: addWorkingDays(today, params.workflow?.deadlines?.[step] ?? DEFAULT_DEADLINE_DAYS[step], adjustments) }
      : { step: null, date: null };
  const items = action === 'return' ? (body.items ?? []).map((i) => ({ ...i, name: nominees.find((n) => n.id === i.nomineeId)!.name })) : undefined;

  return db.transaction(async (tx) => {
    if (!(await repo.setState(tx, id, body.version, rule.to, due, action === 'submit'))) throw versionConflict();
    if (consultation) await repo.setConsultation(tx, id, consultation.from, consultation.until);
    if (action === 'return') await repo.setReturnReasons(tx, id, body.items ?? []);
    if (action === 'submit') await repo.setReturnReasons(tx, id, []);
    if (snapshot) for (const c of snapshot.nominees) await repo.saveChecks(tx, c.nomineeId, c.items, c.status);
    await repo.insertEvent(tx, {
      dossierId: id, actorId: ctx.actor?.userId || null, actorName: ctx.actor?.fullName ?? 'system', action, from: d.state, to: rule.to,
      reason: body.reason ?? null, items: items?.length ? items : undefined,
    });
    let forwardedTo: { id: number; code: string } | undefined;
    if (upper) {
      // inside tdkt: the receiving unit becomes the proposer of a new draft addressed upward
      const newId = await repo.insert(tx, {
        title: `Trình ${upper.name}: ${d.title}`, proposingUnitId: d.receivingUnitId, receivingUnitId: upper.id, awardType: d.awardType, year: d.year,
        movement: d.movement, note: `Chuyển tiếp từ hồ sơ ${d.code} của ${d.proposingUnitName}`, createdBy: ctx.actor?.userId || null, rootId: upper.rootId ?? upper.id,
      });
      for (const n of nominees) {
        await repo.insertNominee(tx, newId, { subject: n.subject, subjectId: Number(n.personId ?? n.unitId ?? n.householdId), name: n.name, award: n.award, achievement: n.achievement });
      }
      const created = (await repo.findById(tx, newId))!;
      forwardedTo = { id: newId, code: created.code };
      await repo.insertEvent(tx, { dossierId: newId, actorId: ctx.actor?.userId || null, actorName: ctx.actor?.fullName ?? 'system', action: 'create', from: null, to: 'draft', reason: `Chuyển tiếp từ hồ sơ ${d.code}` });
      await repo.insertEvent(tx, { dossierId: id, actorId: ctx.actor?.userId || null, actorName: ctx.actor?.fullName ?? 'system', action: 'forwarded_copy', from: rule.to, to: rule.to, reason: `Đã lập hồ sơ ${created.code} gửi ${upper.name}` });
      await audit(tx, ctx, { action: 'create', entityType: 'dossier', entityId: newId, unitPath: created.proposingPath, after: { ...dto(created, null), forwardedFrom: d.code } });
    }
    const after = (await repo.findById(tx, id))!;
    await audit(tx, ctx, {
      action, entityType: 'dossier', entityId: id, unitPath: d.proposingPath,
      before: { state: d.state, version: d.version }, after: { state: after.state, version: after.version, reason: body.reason ?? null, dueDate: after.dueDate, items },
    });
    return { ...dto(after, ctx.actor), ...(forwardedTo ? { forwardedTo } : {}) };
  });
}

