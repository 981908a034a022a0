/**
 * Use cases of emulation movements (phong trào thi đua): launch with their award rules (forms
 * offered, quotas per proposing unit or group, the dossier deadline, extra documents), the page of a
 * movement (registrations, targets, dossiers, awards), the launch document, and the checks a
 * dossier of the movement gets.
 */
import {
  DURATION_BAND_NAMES, LAUNCH_LEVEL_NAMES, MILESTONE_KIND_NAMES, milestoneProblem, MOVEMENT_KIND_NAMES, MOVEMENT_SCOPE_NAMES, STATISTICS_METHOD_NAMES,
  checkMovementDossier, durationBand, quotaText, statisticsMethod, type PlanClause, type PlanDocumentData, type PlanSection,
} from '../../../domain/planning/index.js';
import { awardName, isAwardCode, docDate, type CheckItem } from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import { todayVN } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { Conflict, Invalid, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import { authorizeReadDown, notFound } from '../plans/policy.js';
import type { MovementDetails } from '../../../shared/contract/movements.js';
import * as repo from './repo.js';
import type { MovementFields, MovementRow } from './repo.js';

export type { MovementRow } from './repo.js';

export async function load(ex: Executor, id: number): Promise<MovementRow> {
  const m = await repo.findById(ex, id);
  if (!m) throw notFound('phong trào thi đua');
  return m;
}

const res = (m: { unitPath: string }) => ({ type: 'movement' as const, unitPath: m.unitPath });

export async function loadReadable(deps: Deps, ctx: Ctx, id: number) {
  const m = await load(deps.database.db, id);
  authorizeReadDown(ctx.actor, 'movement', m.unitPath);
  return m;
}

/** The figures the statistics forms read (TT 02/2023 0601.N; legal-rules §10). */
export function classification(m: Pick<MovementRow, 'kind' | 'scope' | 'launchLevel' | 'startsOn' | 'endsOn'>) {
  const band = durationBand(m.startsOn, m.endsOn);
  const method = statisticsMethod(m.kind);
  return {
    kindName: MOVEMENT_KIND_NAMES[m.kind],
    scopeName: MOVEMENT_SCOPE_NAMES[m.scope],
    launchLevelName: LAUNCH_LEVEL_NAMES[m.launchLevel],
    durationBand: band,
    durationBandName: DURATION_BAND_NAMES[band],
    method,
    methodName: STATISTICS_METHOD_NAMES[method],
  };
}

const dto = (m: MovementRow) => {
  const { unitPath: _p, ...rest } = m;
  return { ...rest, ...classification(m), quotaTexts: m.details.awards.quotas.map((q) => quotaText(q)) };
};

export async function list(deps: Deps, ctx: Ctx, q: { year?: number; unitId?: number; kind?: string; status?: string; q?: string; page: number; pageSize: number }) {
  const { items, total } = await repo.list(deps.database.db, ctx.actor, q, q.page, q.pageSize);
  return { items: items.map(dto), total, page: q.page, pageSize: q.pageSize };
}

export async function get(deps: Deps, ctx: Ctx, id: number) {
  const m = await loadReadable(deps, ctx, id);
  const db = deps.database.db;
  const [registrations, titles, dossiers, awards, targetCount, participants] = await Promise.all([
    repo.registrationCounts(db, id),
    repo.titleCounts(db, id),
    repo.dossiers(db, id),
    repo.awardCounts(db, id).catch(() => []),
    repo.targetCount(db, id),
    m.details.participantUnitIds.length ? units.namesByIds(db, m.details.participantUnitIds) : Promise.resolve([] as { id: number; name: string }[]),
  ]);
  return {
    ...dto(m),
    participants,
    summary: {
      registrations: Object.fromEntries(registrations.map((r) => [r.status, r.n])),
      titles: titles.map((t) => ({ ...t, awardName: isAwardCode(t.award) ? awardName(t.award) : t.award })),
      targets: targetCount,
      dossiers,
      awards: awards.map((a) => ({ ...a, awardName: isAwardCode(a.award) ? awardName(a.award) : a.award })),
    },
    today: todayVN(),
  };
}

function validate(v: { startsOn: string; endsOn: string; dossierDeadline?: string | null; registrationDeadline?: string | null; details: MovementDetails }) {
  if (v.endsOn < v.startsOn) throw new Invalid('Ngày kết thúc phong trào trước ngày bắt đầu.', { field: 'endsOn' });
  if (v.registrationDeadline && v.registrationDeadline > v.endsOn) throw new Invalid('Hạn đăng ký thi đua sau ngày kết thúc phong trào.', { field: 'registrationDeadline' });
  const unknown = v.details.awards.forms.filter((f) => !isAwardCode(f));
  if (unknown.length) throw new Invalid(`Không có hình thức khen thưởng mã: ${unknown.join(', ')}.`, { field: 'details.awards.forms' });
  for (const ms of v.details.milestones) {
    const problem = milestoneProblem(ms, v);
    if (problem) throw new Invalid(problem, { field: 'details.milestones' });
  }
}

export async function create(deps: Deps, ctx: Ctx, input: { unitId: number } & MovementFields) {
  const db = deps.database.db;
  const unit = await units.findById(db, input.unitId);
  if (!unit) throw new Invalid('Không tìm thấy đơn vị phát động.', { field: 'unitId' });
  authorize(ctx.actor, 'create', { type: 'movement', unitPath: unit.path });
  validate(input);
  return db.transaction(async (tx) => {
    const m = await load(tx, await repo.insert(tx, unit, input, ctx.actor?.userId || null));
    await audit(tx, ctx, { action: 'create', entityType: 'movement', entityId: m.id, unitPath: m.unitPath, after: m });
    return dto(m);
  });
}

export async function update(deps: Deps, ctx: Ctx, id: number, input: { version: number } & Partial<MovementFields>) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'update', res(before));
  if (before.status === 'closed') throw new Conflict('Phong trào đã tổng kết, không sửa được.', undefined, 'CLOSED');
  const v: MovementFields = {
    planId: input.planId === undefined ? before.planId : input.planId, kind: input.kind ?? before.kind, name: input.name ?? before.name,
    slogan: input.slogan === undefined ? before.slogan : input.slogan, scope: input.scope ?? before.scope, launchLevel: input.launchLevel ?? before.launchLevel,
    startsOn: input.startsOn ?? before.startsOn, endsOn: input.endsOn ?? before.endsOn, details: input.details ?? before.details,
    dossierDeadline: input.dossierDeadline === undefined ? before.dossierDeadline : input.dossierDeadline,
    registrationDeadline: input.registrationDeadline === undefined ? before.registrationDeadline : input.registrationDeadline,
  };
  validate(v);
  return db.transaction(async (tx) => {
    if (!(await repo.update(tx, id, input.version, v))) throw versionConflict();
    const after = await load(tx, id);
    await audit(tx, ctx, { action: 'update', entityType: 'movement', entityId: id, unitPath: after.unitPath, before, after });
    return dto(after);
  });
}

/** Phát động (launch) or tổng kết (close). */
export async function setStatus(deps: Deps, ctx: Ctx, id: number, to: 'launched' | 'closed', input: { version: number; launchedOn?: string }) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'decide', res(before));
  const from = to === 'launched' ? 'draft' : 'launched';
  if (before.status !== from) throw new Conflict(to === 'launched' ? 'Phong trào đã được phát động.' : 'Chỉ tổng kết phong trào đang diễn ra.', undefined, 'BAD_STATE');
  return db.transaction(async (tx) => {
    if (!(await repo.setStatus(tx, id, input.version, from, to, input.launchedOn ?? null))) throw versionConflict();
    const after = await load(tx, id);
    await audit(tx, ctx, { action: to === 'launched' ? 'launch' : 'close', entityType: 'movement', entityId: id, unitPath: after.unitPath, before: { status: before.status }, after: { status: after.status, launchedOn: after.launchedOn } });
    return dto(after);
  });
}

/** The launch document (kế hoạch phát động), as a plan-shaped document. */
export async function launchDocument(ex: Executor, m: MovementRow): Promise<PlanDocumentData> {
  const unit = await units.findById(ex, m.unitId);
  const parent = unit?.parentId ? await units.findById(ex, unit.parentId) : undefined;
  const ld = m.details.launchDoc ?? {};
  const clause = (text: string, children?: PlanClause[]): PlanClause => ({ text, children });
  const generated: PlanSection[] = [
    {
      kind: 'noi_dung', title: 'ĐỐI TƯỢNG, NỘI DUNG VÀ CHỈ TIÊU THI ĐUA',
      clauses: [
        ...(m.details.subjects ? [{ title: 'Đối tượng', text: m.details.subjects }] : []),
        ...(m.details.criteria.length ? [{ title: 'Nội dung, tiêu chí thi đua', children: m.details.criteria.map((c) => clause(c)) }] : []),
      ],
    },
    {
      kind: 'thoi_gian', title: 'THỜI GIAN THỰC HIỆN',
      intro: [`Phong trào được triển khai từ ngày ${docDate(m.startsOn)} đến ngày ${docDate(m.endsOn)}.`],
      clauses: [
        ...m.details.milestones.map((ms) => clause(`${MILESTONE_KIND_NAMES[ms.kind]}: ${docDate(ms.date)}${ms.note ? ` — ${ms.note}` : ''}.`)),
        ...m.details.anniversaries.map((a) => clause(`Gắn với kỷ niệm ${a.name} (${a.date}).`)),
      ],
    },
    {
      kind: 'khac', title: 'KHEN THƯỞNG',
      clauses: [
        ...(m.details.awards.forms.length ? [clause(`Hình thức khen thưởng: ${m.details.awards.forms.map((f) => (isAwardCode(f) ? awardName(f) : f)).join('; ')}.`)] : []),
        ...(m.details.awards.quotas.length ? [clause('Số lượng đề nghị khen thưởng:', m.details.awards.quotas.map((q) => clause(`${q.unitIds ? 'Nhóm đơn vị được chỉ định' : 'Mỗi đơn vị tham gia'}: ${quotaText(q)}.`)))] : []),
        ...(m.dossierDeadline ? [clause(`Hồ sơ đề nghị khen thưởng gửi về trước ngày ${docDate(m.dossierDeadline)}.`)] : []),
        ...(m.details.awards.requiredDocs.length ? [clause(`Hồ sơ gồm thêm: ${m.details.awards.requiredDocs.map((d) => d.name).join('; ')}.`)] : []),
      ],
    },
  ];
  return {
    issuer: ld.issuer ?? { parent: parent?.parentId ? parent.name : undefined, name: unit?.name ?? m.unitName },
    number: ld.number ?? null, numberSuffix: 'KH-UBND', place: ld.place ?? '', issuedOn: ld.issuedOn ?? m.launchedOn,
    year: Number(m.startsOn.slice(0, 4)),
    title: `Phát động phong trào thi đua “${m.name}”${m.slogan ? ` — ${m.slogan}` : ''}`,
    bases: m.details.bases, preamble: ld.preamble,
    sections: [...(ld.sections ?? []), ...generated.filter((s) => s.clauses.length || s.intro?.length)],
    recipients: ld.recipients?.length ? ld.recipients : ['Các đơn vị tham gia', 'Lưu: VT'],
    signer: ld.signer,
  };
}

// ---- the checks a dossier of the movement gets ---------------------------------------------------

/**
 * Checks of a dossier linked to a movement: its quota (this dossier and the unit's — or group's —
 * other open or decided dossiers of the movement), deadline, forms offered and documents required.
 */
export async function dossierChecks(
  ex: Executor,
  d: { id: number; movementId: number | null; proposingUnitId: number; state: string; submittedOn: string | null },
  attachedDocIds: string[],
): Promise<CheckItem[]> {
  if (!d.movementId) return [];
  const m = await load(ex, d.movementId);
  const nominees = await repo.dossierNominees(ex, d.id);
  const others = await repo.otherNominees(ex, d.movementId, d.id);
  return checkMovementDossier(
    { forms: m.details.awards.forms, quotas: m.details.awards.quotas, dossierDeadline: m.dossierDeadline, requiredDocs: m.details.awards.requiredDocs },
    { proposingUnitId: d.proposingUnitId, submittedOn: d.submittedOn ?? todayVN(), nominees, others: others.map((o) => ({ unitId: Number(o.unitId), subject: o.subject })), attachedDocIds, movementName: m.name },
  );
}
