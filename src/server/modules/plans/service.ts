/**
 * Use cases of TĐKT plans: draft, edit, issue (then read-only; amendments are new revisions),
 * start a lower unit's plan from the upper one, the cascade request and its dashboard, and the
 * official document (DOCX, PDF).
 */
import { cascadeStatus, type PlanDocumentData } from '../../../domain/planning/index.js';
import { docDate } from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import { todayVN } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { Conflict, Invalid, versionConflict, withDuplicateMessages } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import { authorizeReadDown, notFound } from './policy.js';
import * as repo from './repo.js';
import type { PlanRow } from './repo.js';
import type { CascadeStatus, PlanContent } from '../../../shared/contract/plans.js';

export type { PlanRow } from './repo.js';

export async function load(ex: Executor, id: number): Promise<PlanRow> {
  const p = await repo.findById(ex, id);
  if (!p) throw notFound('kế hoạch');
  return p;
}

const res = (p: { unitPath: string }) => ({ type: 'plan' as const, unitPath: p.unitPath });

export async function loadReadable(deps: Deps, ctx: Ctx, id: number): Promise<PlanRow> {
  const p = await load(deps.database.db, id);
  authorizeReadDown(ctx.actor, 'plan', p.unitPath);
  return p;
}

function assertDraft(p: PlanRow) {
  if (p.status !== 'draft') {
    throw new Conflict('Kế hoạch đã ban hành thì không sửa được; hãy tạo bản sửa đổi, bổ sung.', undefined, 'PLAN_ISSUED');
  }
}

/** Duplicate plan numbers of one unit and year get a message that says so. */
function writing<T>(number: string | null | undefined, year: number, work: () => Promise<T>): Promise<T> {
  return withDuplicateMessages({ plans_number_uq: { message: `Số kế hoạch "${number}" đã dùng cho một kế hoạch khác của đơn vị trong năm ${year}.`, field: 'number' } }, work);
}

export async function list(deps: Deps, ctx: Ctx, q: { year?: number; unitId?: number; status?: string; q?: string; page: number; pageSize: number }) {
  const { items, total } = await repo.list(deps.database.db, ctx.actor, q, todayVN(), q.page, q.pageSize);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function get(deps: Deps, ctx: Ctx, id: number) {
  const p = await loadReadable(deps, ctx, id);
  const db = deps.database.db;
  const parent = p.parentPlanId ? ((await repo.findRef(db, p.parentPlanId)) ?? null) : null;
  const revisions = await repo.revisions(db, id);
  const { unitPath: _p, ...rest } = p;
  return { ...rest, parent, revisions, today: todayVN() };
}

/** The default document of a new plan of a unit: issuer from the unit tree, the four usual sections. */
async function defaultContent(ex: Executor, unitId: number): Promise<PlanContent> {
  const u = await units.findById(ex, unitId);
  if (!u) throw notFound('đơn vị');
  const parent = u.parentId ? await units.findById(ex, u.parentId) : undefined;
  // the installation's root ("Toàn hệ thống") is no governing body
  return {
    issuer: { parent: parent?.parentId ? parent.name : undefined, name: u.name },
    numberSuffix: 'KH-UBND',
    place: '',
    bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
    sections: [
      { kind: 'muc_dich_yeu_cau', title: 'MỤC ĐÍCH, YÊU CẦU', clauses: [{ title: 'Mục đích', text: '' }, { title: 'Yêu cầu', text: '' }] },
      { kind: 'noi_dung', title: 'NỘI DUNG', clauses: [] },
      { kind: 'thoi_gian', title: 'THỜI GIAN THỰC HIỆN', clauses: [1, 2, 3, 4].map((q) => ({ quarter: q as 1 | 2 | 3 | 4, text: '' })) },
      { kind: 'to_chuc_thuc_hien', title: 'TỔ CHỨC THỰC HIỆN', clauses: [] },
    ],
    recipients: ['Như trên', 'Lưu: VT'],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: '' },
  };
}

export const upperRefText = (p: { number: string | null; issuedOn: string | null; unitName: string; title: string }) =>
  `Thực hiện Kế hoạch số ${p.number ?? '…'}${p.issuedOn ? ` ngày ${docDate(p.issuedOn)}` : ''} của ${p.unitName} về ${p.title.charAt(0).toLowerCase()}${p.title.slice(1)}`;

export async function create(deps: Deps, ctx: Ctx, input: { unitId: number; year: number; title: string; number?: string | null; parentPlanId?: number | null; content?: Partial<PlanContent> }) {
  const db = deps.database.db;
  const unit = await units.findById(db, input.unitId);
  if (!unit) throw new Invalid('Không tìm thấy đơn vị ban hành kế hoạch.', { field: 'unitId' });
  authorize(ctx.actor, 'create', { type: 'plan', unitPath: unit.path });
  let content = await defaultContent(db, input.unitId);
  let cascadeDue: string | null = null;
  if (input.parentPlanId) {
    const parent = await loadReadable(deps, ctx, input.parentPlanId);
    if (parent.status === 'draft') throw new Conflict('Kế hoạch cấp trên chưa ban hành.', undefined, 'PARENT_NOT_ISSUED');
    if (!(unit.path.startsWith(parent.unitPath + '.'))) {
      throw new Invalid('Chỉ đơn vị cấp dưới của đơn vị ban hành mới xây dựng kế hoạch thực hiện kế hoạch này.', { field: 'parentPlanId' });
    }
    content = { ...content, bases: [...parent.content.bases], theme: parent.content.theme, upperRef: upperRefText(parent) };
    cascadeDue = null;
  }
  const merged: PlanContent = { ...content, ...(input.content ?? {}) };
  return writing(input.number, input.year, () =>
    db.transaction(async (tx) => {
      const newId = await repo.insert(tx, {
        unitId: unit.id, unitPath: unit.path, rootId: unit.rootId, year: input.year, number: input.number ?? null, title: input.title,
        parentPlanId: input.parentPlanId ?? null, content: merged, cascadeDue, createdBy: ctx.actor?.userId || null,
      });
      const p = await load(tx, newId);
      await audit(tx, ctx, { action: 'create', entityType: 'plan', entityId: p.id, unitPath: p.unitPath, after: p });
      return p;
    }),
  );
}

export async function update(
  deps: Deps,
  ctx: Ctx,
  id: number,
  input: { version: number; title?: string; number?: string | null; year?: number; content?: PlanContent; cascadeDue?: string | null; cascadeScope?: 'children' | 'subtree' | null },
) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'update', res(before));
  assertDraft(before);
  const year = input.year ?? before.year;
  if (input.year !== undefined && input.year !== before.year) {
    const n = await repo.countTasksOutsideYear(db, id, input.year);
    if (n > 0) throw new Invalid(`Có ${n} nhiệm vụ có hạn ngoài năm ${input.year}; sửa hạn nhiệm vụ trước khi đổi năm kế hoạch.`, { field: 'year' });
  }
  if (input.cascadeDue && Number(input.cascadeDue.slice(0, 4)) !== year) {
    throw new Invalid(`Hạn ban hành kế hoạch của cấp dưới phải nằm trong năm ${year}.`, { field: 'cascadeDue' });
  }
  return writing(input.number === undefined ? before.number : input.number, year, () =>
    db.transaction(async (tx) => {
      const ok = await repo.update(tx, id, input.version, {
        title: input.title ?? null,
        number: input.number === undefined ? before.number : input.number,
        year,
        content: input.content,
        cascadeDue: input.cascadeDue === undefined ? before.cascadeDue : input.cascadeDue,
        cascadeScope: input.cascadeScope === undefined ? before.cascadeScope : input.cascadeScope,
      });
      if (!ok) throw versionConflict();
      const after = await load(tx, id);
      await audit(tx, ctx, { action: 'update', entityType: 'plan', entityId: id, unitPath: after.unitPath, before, after });
      return after;
    }),
  );
}

/** Ban hành: numbered and dated, then read-only. An amendment issued replaces the plan it amends. */
export async function issue(deps: Deps, ctx: Ctx, id: number, input: { version: number; number: string; issuedOn: string }) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'decide', res(before));
  assertDraft(before);
  if (Number(input.issuedOn.slice(0, 4)) < before.year - 1 || Number(input.issuedOn.slice(0, 4)) > before.year) {
    throw new Invalid(`Ngày ban hành phải thuộc năm ${before.year - 1} hoặc ${before.year}.`, { field: 'issuedOn' });
  }
  const missing: string[] = [];
  if (!before.content.sections.length) missing.push('nội dung (các mục)');
  if (!before.content.signer?.name) missing.push('người ký');
  if (!before.content.recipients.length) missing.push('nơi nhận');
  if (missing.length) throw new Invalid(`Chưa đủ để ban hành: thiếu ${missing.join(', ')}.`, missing.map((m) => ({ field: '', message: `Thiếu ${m}` })), 'INCOMPLETE');
  return writing(input.number, before.year, () =>
    db.transaction(async (tx) => {
      if (!(await repo.markIssued(tx, id, input.version, input.number, input.issuedOn, ctx.actor?.userId || null))) throw versionConflict();
      if (before.supersedesId) {
        await repo.markSuperseded(tx, before.supersedesId);
      }
      const after = await load(tx, id);
      await audit(tx, ctx, { action: 'issue', entityType: 'plan', entityId: id, unitPath: after.unitPath, before: { status: before.status }, after: { status: after.status, number: after.number, issuedOn: after.issuedOn } });
      return after;
    }),
  );
}

/** A new draft revision of an issued plan, with its content and tasks copied. */
export async function amend(deps: Deps, ctx: Ctx, id: number) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'create', res(before));
  if (before.status !== 'issued') throw new Conflict('Chỉ sửa đổi, bổ sung kế hoạch đang có hiệu lực (đã ban hành).', undefined, 'NOT_ISSUED');
  const open = await repo.openAmendment(db, id);
  if (open) throw new Conflict('Đã có một bản sửa đổi đang soạn của kế hoạch này.', { id: open }, 'AMENDMENT_OPEN');
  return db.transaction(async (tx) => {
    const newId = await repo.insertAmendment(tx, id, ctx.actor?.userId || null);
    const p = await load(tx, newId);
    await audit(tx, ctx, { action: 'amend', entityType: 'plan', entityId: newId, unitPath: p.unitPath, after: { supersedesId: id, revision: p.revision } });
    return p;
  });
}

export async function remove(deps: Deps, ctx: Ctx, id: number, version: number) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'delete', res(before));
  assertDraft(before);
  await db.transaction(async (tx) => {
    if (!(await repo.remove(tx, id, version))) throw versionConflict();
    await audit(tx, ctx, { action: 'delete', entityType: 'plan', entityId: id, unitPath: before.unitPath, before });
  });
}

/** Yêu cầu cấp dưới ban hành kế hoạch trước một ngày — may be set or changed after issuing. */
export async function setCascade(deps: Deps, ctx: Ctx, id: number, input: { version: number; cascadeDue: string; cascadeScope: 'children' | 'subtree' }) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'update', res(before));
  if (Number(input.cascadeDue.slice(0, 4)) !== before.year) {
    throw new Invalid(`Hạn ban hành kế hoạch của cấp dưới phải nằm trong năm ${before.year}.`, { field: 'cascadeDue' });
  }
  return db.transaction(async (tx) => {
    if (!(await repo.setCascade(tx, id, input.version, input.cascadeDue, input.cascadeScope))) throw versionConflict();
    const after = await load(tx, id);
    await audit(tx, ctx, { action: 'cascade', entityType: 'plan', entityId: id, unitPath: after.unitPath, before: { cascadeDue: before.cascadeDue }, after: { cascadeDue: after.cascadeDue, cascadeScope: after.cascadeScope } });
    return after;
  });
}

/** The plan and the revisions it amends: a lower unit's plan implementing any of them implements this one. */
export { revisionChain } from './repo.js';

/** Which lower units issued their plan implementing this one, which are late; filter and page. */
export async function cascade(deps: Deps, ctx: Ctx, id: number, q: { status?: string; page: number; pageSize: number }) {
  const db = deps.database.db;
  const p = await loadReadable(deps, ctx, id);
  if (!p.cascadeDue) return { due: null, scope: null, counts: {}, total: 0, items: [], page: q.page, pageSize: q.pageSize };
  const today = todayVN();
  const found = await repo.cascadeUnits(db, p, await repo.revisionChain(db, id), today);
  const all = found.map((r) => ({
    ...r,
    status: cascadeStatus({ dueOn: p.cascadeDue! }, r.planId ? { status: r.planStatus === 'draft' ? 'draft' : 'issued', issuedOn: r.issuedOn } : null, today),
  }));
  const counts: Record<CascadeStatus, number> = { issued: 0, issued_late: 0, draft: 0, late: 0, pending: 0 };
  for (const r of all) counts[r.status]++;
  const filtered = q.status ? all.filter((r) => r.status === q.status) : all;
  return {
    due: p.cascadeDue, scope: p.cascadeScope, today, counts, total: filtered.length, page: q.page, pageSize: q.pageSize,
    items: filtered.slice((q.page - 1) * q.pageSize, q.page * q.pageSize),
  };
}

/** The printed document of a plan. */
export function documentData(p: PlanRow): PlanDocumentData {
  const c = p.content;
  return {
    issuer: c.issuer, number: p.number, numberSuffix: c.numberSuffix, place: c.place, issuedOn: p.issuedOn, year: p.year, title: p.title,
    bases: c.bases, upperRef: c.upperRef, preamble: c.preamble, theme: c.theme, sections: c.sections, closing: c.closing, recipients: c.recipients, signer: c.signer,
  };
}
