/**
 * Use cases of emulation movements (phong trào thi đua): launch with their award rules (forms
 * offered, quotas per proposing unit or group, the dossier deadline, extra documents), the page of a
 * movement (registrations, targets, dossiers, awards), the launch document, and the checks a
 * dossier of the movement gets.
 */
import { sql } from 'drizzle-orm';
import {
  DURATION_BAND_NAMES, LAUNCH_LEVEL_NAMES, MILESTONE_KIND_NAMES, MOVEMENT_KIND_NAMES, MOVEMENT_SCOPE_NAMES, STATISTICS_METHOD_NAMES,
  checkMovementDossier, durationBand, quotaText, statisticsMethod, type MovementKind, type NomineeSubject, type PlanClause,
  type LaunchLevel, type MovementScope, type PlanDocumentData, type PlanSection,
} from '../../../domain/planning/index.js';
import { awardName, isAwardCode, docDate, type CheckItem } from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import { todayVN } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { Conflict, Invalid, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import { authorizeReadDown, notFound, readDownCondition } from '../plans/access.js';
import type { MovementDetails } from '../../../shared/contract/movements.js';
import type { RegistrationStatus } from '../../../shared/contract/registrations.js';

export interface MovementRow {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  planId: number | null;
  kind: MovementKind;
  name: string;
  slogan: string | null;
  scope: MovementScope;
  launchLevel: LaunchLevel;
  startsOn: string;
  endsOn: string;
  status: 'draft' | 'launched' | 'closed';
  launchedOn: string | null;
  details: MovementDetails;
  dossierDeadline: string | null;
  registrationDeadline: string | null;
  version: number;
}

const SELECT = sql`SELECT m.id, m.unit_id AS "unitId", u.name AS "unitName", m.unit_path::text AS "unitPath", m.plan_id AS "planId", m.kind, m.name, m.slogan,
  m.scope, m.launch_level AS "launchLevel", m.starts_on::text AS "startsOn", m.ends_on::text AS "endsOn", m.status, m.launched_on::text AS "launchedOn",
  m.details, m.dossier_deadline::text AS "dossierDeadline", m.registration_deadline::text AS "registrationDeadline", m.version
  FROM movements m JOIN units u ON u.id = m.unit_id`;

export async function load(ex: Executor, id: number): Promise<MovementRow> {
  const [m] = await rows<MovementRow>(ex, sql`${SELECT} WHERE m.id = ${id}`);
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
  const db = deps.database.db;
  const conds = [readDownCondition(ctx.actor, 'movement', sql`m.unit_path`)];
  if (q.year) conds.push(sql`m.starts_on <= make_date(${q.year}, 12, 31) AND m.ends_on >= make_date(${q.year}, 1, 1)`);
  if (q.unitId) conds.push(sql`m.unit_id = ${q.unitId}`);
  if (q.kind) conds.push(sql`m.kind = ${q.kind}`);
  if (q.status) conds.push(sql`m.status = ${q.status}`);
  if (q.q) conds.push(sql`tdkt_fold(m.name) LIKE '%' || tdkt_fold(${q.q}) || '%'`);
  const where = sql.join(conds, sql` AND `);
  const items = await rows<MovementRow>(db, sql`${SELECT} WHERE ${where} ORDER BY m.starts_on DESC, m.id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM movements m WHERE ${where}`);
  return { items: items.map(dto), total, page: q.page, pageSize: q.pageSize };
}

export async function get(deps: Deps, ctx: Ctx, id: number) {
  const m = await loadReadable(deps, ctx, id);
  const db = deps.database.db;
  const [registrations, titles, dossiers, awards, targetCount, participants] = await Promise.all([
    rows<{ status: RegistrationStatus; n: number }>(db, sql`SELECT status, count(*)::int AS n FROM registrations WHERE movement_id = ${id} GROUP BY status`),
    rows<{ award: string; subject: 'ca_nhan' | 'tap_the'; n: number }>(db, sql`SELECT e.award, e.subject, count(*)::int AS n FROM registration_entries e JOIN registrations r ON r.id = e.registration_id
      WHERE r.movement_id = ${id} AND r.status IN ('submitted', 'approved') GROUP BY e.award, e.subject ORDER BY e.award`),
    rows<{ id: number; code: string; title: string; state: string; proposingUnit: string; nominees: number }>(db, sql`SELECT d.id, d.code, d.title, d.state, pu.name AS "proposingUnit", (SELECT count(*)::int FROM dossier_nominees n WHERE n.dossier_id = d.id) AS nominees
      FROM dossiers d JOIN units pu ON pu.id = d.proposing_unit_id WHERE d.movement_id = ${id} ORDER BY d.id DESC LIMIT 200`),
    rows<{ award: string; n: number }>(db, sql`SELECT a.award, count(*)::int AS n FROM award_entries a JOIN decisions x ON x.id = a.decision_id JOIN dossiers d ON d.id = x.dossier_id
      WHERE d.movement_id = ${id} AND a.revoked_on IS NULL GROUP BY a.award`).catch(() => []),
    rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM targets WHERE movement_id = ${id}`),
    m.details.participantUnitIds.length
      ? rows<{ id: number; name: string }>(db, sql`SELECT id, name FROM units WHERE id = ANY(${`{${m.details.participantUnitIds.join(',')}}`}::bigint[]) ORDER BY path`)
      : Promise.resolve([] as { id: number; name: string }[]),
  ]);
  return {
    ...dto(m),
    participants,
    summary: {
      registrations: Object.fromEntries(registrations.map((r) => [r.status, r.n])),
      titles: titles.map((t) => ({ ...t, awardName: isAwardCode(t.award) ? awardName(t.award) : t.award })),
      targets: targetCount[0].n,
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
    if (ms.date < v.startsOn || ms.date > (v.dossierDeadline && v.dossierDeadline > v.endsOn ? v.dossierDeadline : v.endsOn)) {
      throw new Invalid(`Mốc ${MILESTONE_KIND_NAMES[ms.kind]} (${docDate(ms.date)}) nằm ngoài thời gian của phong trào.`, { field: 'details.milestones' });
    }
  }
}

type MovementInput = Omit<MovementRow, 'id' | 'unitId' | 'unitName' | 'unitPath' | 'status' | 'launchedOn' | 'version'>;

export async function create(deps: Deps, ctx: Ctx, input: { unitId: number } & MovementInput) {
  const db = deps.database.db;
  const unit = await units.findById(db, input.unitId);
  if (!unit) throw new Invalid('Không tìm thấy đơn vị phát động.', { field: 'unitId' });
  authorize(ctx.actor, 'create', { type: 'movement', unitPath: unit.path });
  validate(input);
  return db.transaction(async (tx) => {
    const [r] = await rows<{ id: number }>(
      tx,
      sql`INSERT INTO movements (unit_id, unit_path, root_id, plan_id, kind, name, slogan, scope, launch_level, starts_on, ends_on, details, dossier_deadline, registration_deadline, created_by)
        VALUES (${unit.id}, ${unit.path}::ltree, ${unit.rootId}, ${input.planId ?? null}, ${input.kind}, ${input.name}, ${input.slogan ?? null}, ${input.scope}, ${input.launchLevel},
          ${input.startsOn}::date, ${input.endsOn}::date, ${JSON.stringify(input.details)}::jsonb, ${input.dossierDeadline ?? null}::date, ${input.registrationDeadline ?? null}::date,
          ${ctx.actor?.userId || null}) RETURNING id`,
    );
    const m = await load(tx, Number(r.id));
    await audit(tx, ctx, { action: 'create', entityType: 'movement', entityId: m.id, unitPath: m.unitPath, after: m });
    return dto(m);
  });
}

export async function update(deps: Deps, ctx: Ctx, id: number, input: { version: number } & Partial<MovementInput>) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'update', res(before));
  if (before.status === 'closed') throw new Conflict('Phong trào đã tổng kết, không sửa được.', undefined, 'CLOSED');
  const v: MovementInput = {
    planId: input.planId === undefined ? before.planId : input.planId, kind: input.kind ?? before.kind, name: input.name ?? before.name,
    slogan: input.slogan === undefined ? before.slogan : input.slogan, scope: input.scope ?? before.scope, launchLevel: input.launchLevel ?? before.launchLevel,
    startsOn: input.startsOn ?? before.startsOn, endsOn: input.endsOn ?? before.endsOn, details: input.details ?? before.details,
    dossierDeadline: input.dossierDeadline === undefined ? before.dossierDeadline : input.dossierDeadline,
    registrationDeadline: input.registrationDeadline === undefined ? before.registrationDeadline : input.registrationDeadline,
  };
  validate(v);
  return db.transaction(async (tx) => {
    const [r] = await rows(
      tx,
      sql`UPDATE movements SET plan_id = ${v.planId}, kind = ${v.kind}, name = ${v.name}, slogan = ${v.slogan}, scope = ${v.scope}, launch_level = ${v.launchLevel},
        starts_on = ${v.startsOn}::date, ends_on = ${v.endsOn}::date, details = ${JSON.stringify(v.details)}::jsonb, dossier_deadline = ${v.dossierDeadline}::date,
        registration_deadline = ${v.registrationDeadline}::date, version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${input.version} RETURNING id`,
    );
    if (!r) throw versionConflict();
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
    const [r] = await rows(tx, sql`UPDATE movements SET status = ${to}, launched_on = coalesce(${input.launchedOn ?? null}::date, launched_on), version = version + 1, updated_at = now()
      WHERE id = ${id} AND version = ${input.version} AND status = ${from} RETURNING id`);
    if (!r) throw versionConflict();
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

const SUBJECT_SQL = sql`CASE n.subject WHEN 'person' THEN 'ca_nhan' WHEN 'unit' THEN 'tap_the' ELSE 'ho_gia_dinh' END`;

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
  const nominees = await rows<{ subject: NomineeSubject; award: string; name: string }>(
    ex,
    sql`SELECT ${SUBJECT_SQL} AS subject, n.award, n.name FROM dossier_nominees n WHERE n.dossier_id = ${d.id}`,
  );
  const others = await rows<{ unitId: number; subject: NomineeSubject }>(
    ex,
    sql`SELECT x.proposing_unit_id AS "unitId", ${SUBJECT_SQL} AS subject FROM dossier_nominees n JOIN dossiers x ON x.id = n.dossier_id
      WHERE x.movement_id = ${d.movementId} AND x.id <> ${d.id} AND x.state NOT IN ('draft', 'returned', 'withdrawn', 'rejected')`,
  );
  return checkMovementDossier(
    { forms: m.details.awards.forms, quotas: m.details.awards.quotas, dossierDeadline: m.dossierDeadline, requiredDocs: m.details.awards.requiredDocs },
    { proposingUnitId: d.proposingUnitId, submittedOn: d.submittedOn ?? todayVN(), nominees, others: others.map((o) => ({ unitId: Number(o.unitId), subject: o.subject })), attachedDocIds, movementName: m.name },
  );
}
