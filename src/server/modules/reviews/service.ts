/**
 * Sơ kết 6 tháng / tổng kết năm of a plan: a report (BÁO CÁO) drafted from the data — tasks done and
 * late, the lower units' plans, registrations, target attainment, awards given — stored, edited by
 * the officer, and printed as DOCX like any official document.
 */
import { sql } from 'drizzle-orm';
import {
  QUARTER_NAMES, attainment, awardName, isAwardCode, docDate, type PlanClause, type PlanDocumentData, type PlanSection, type TargetDirection,
} from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import { todayVN } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { Invalid, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize } from '../../platform/policy.js';
import { authorizeReadDown, notFound } from '../plans/access.js';
import * as plans from '../plans/service.js';

export type ReviewKind = 'so_ket' | 'tong_ket';
export const REVIEW_KIND_NAMES: Record<ReviewKind, string> = { so_ket: 'Sơ kết 6 tháng đầu năm', tong_ket: 'Tổng kết năm' };

interface ReviewRow {
  id: number;
  planId: number;
  unitPath: string;
  kind: ReviewKind;
  asOf: string;
  content: PlanDocumentData;
  version: number;
  updatedAt: string;
}

const SELECT = sql`SELECT id, plan_id AS "planId", unit_path::text AS "unitPath", kind, as_of::text AS "asOf", content, version, updated_at AS "updatedAt" FROM reviews`;

async function load(ex: Executor, id: number): Promise<ReviewRow> {
  const [r] = await rows<ReviewRow>(ex, sql`${SELECT} WHERE id = ${id}`);
  if (!r) throw notFound('báo cáo sơ kết, tổng kết');
  return r;
}

const dto = (r: ReviewRow) => {
  const { unitPath: _p, ...rest } = r;
  return { ...rest, kindName: REVIEW_KIND_NAMES[r.kind] };
};

const c = (text: string, children?: PlanClause[]): PlanClause => (children?.length ? { text, children } : { text });
const n2 = (n: number) => String(n).padStart(2, '0');

/** The report drafted from what tdkt holds about the plan's unit and year, up to `asOf`. */
export async function draft(ex: Executor, p: plans.PlanRow, kind: ReviewKind, asOf: string): Promise<PlanDocumentData> {
  const from = `${p.year}-01-01`;
  const tasks = await rows<{ title: string; dueOn: string; status: string; doneOn: string | null; leadUnitName: string; quarter: number | null }>(
    ex,
    sql`SELECT t.title, t.due_on::text AS "dueOn", t.status, t.done_on::text AS "doneOn", u.name AS "leadUnitName", t.quarter
      FROM plan_tasks t JOIN units u ON u.id = t.lead_unit_id WHERE t.plan_id = ${p.id} AND t.due_on <= ${kind === 'so_ket' ? asOf : `${p.year}-12-31`}::date ORDER BY t.due_on, t.id`,
  );
  const done = tasks.filter((t) => t.status === 'hoan_thanh');
  const late = tasks.filter((t) => t.status !== 'hoan_thanh' && t.dueOn < asOf);
  const chain = `{${(await plans.revisionChain(ex, p.id)).join(',')}}`;
  const cascade = p.cascadeDue
    ? (await rows<{ total: number; issued: number; onTime: number }>(
        ex,
        sql`SELECT count(*)::int AS total, count(x.id)::int AS issued, count(x.id) FILTER (WHERE x.issued_on <= ${p.cascadeDue}::date)::int AS "onTime"
          FROM units u LEFT JOIN LATERAL (SELECT id, issued_on FROM plans q WHERE q.unit_id = u.id AND q.parent_plan_id = ANY(${chain}::bigint[]) AND q.status <> 'draft' AND q.issued_on <= ${asOf}::date LIMIT 1) x ON true
          WHERE ${p.cascadeScope === 'subtree' ? sql`u.path <@ ${p.unitPath}::ltree AND u.id <> ${p.unitId}` : sql`u.parent_id = ${p.unitId}`} AND (u.valid_to IS NULL OR u.valid_to >= ${asOf}::date)`,
      ))[0]
    : null;
  const regs = await rows<{ award: string; individuals: number; collectives: number }>(
    ex,
    sql`SELECT e.award, count(*) FILTER (WHERE e.subject = 'ca_nhan')::int AS individuals, count(*) FILTER (WHERE e.subject = 'tap_the')::int AS collectives
      FROM registration_entries e JOIN registrations r ON r.id = e.registration_id
      WHERE r.unit_path <@ ${p.unitPath}::ltree AND r.year = ${p.year} AND r.status IN ('submitted', 'approved') GROUP BY e.award ORDER BY e.award`,
  );
  const [{ units: regUnits }] = await rows<{ units: number }>(ex, sql`SELECT count(DISTINCT unit_id)::int AS units FROM registrations WHERE unit_path <@ ${p.unitPath}::ltree AND year = ${p.year} AND status IN ('submitted', 'approved')`);
  const targets = await rows<{ name: string; measure: string; direction: TargetDirection; baseline: number | null; target: number; unitName: string; value: number | null }>(
    ex,
    sql`SELECT t.name, t.measure, t.direction, t.baseline, t.target, u.name AS "unitName",
      (SELECT a.value FROM target_actuals a WHERE a.target_id = t.id AND a.created_at::date <= ${asOf}::date ORDER BY a.period DESC LIMIT 1) AS value
      FROM targets t JOIN units u ON u.id = t.unit_id WHERE t.unit_path <@ ${p.unitPath}::ltree AND t.year = ${p.year} ORDER BY u.path, t.id LIMIT 2000`,
  );
  const att = targets.map((t) => ({ t, a: attainment(t, t.value) }));
  const awards = await rows<{ award: string; n: number }>(
    ex,
    sql`SELECT award, count(*)::int AS n FROM award_entries WHERE unit_path <@ ${p.unitPath}::ltree AND decision_date BETWEEN ${from}::date AND ${asOf}::date AND revoked_on IS NULL GROUP BY award ORDER BY n DESC`,
  );
  const period = kind === 'so_ket' ? `6 tháng đầu năm ${p.year}` : `năm ${p.year}`;
  const result: PlanSection = {
    kind: 'khac',
    title: 'KẾT QUẢ THỰC HIỆN',
    clauses: [
      c(
        `Công tác chỉ đạo, triển khai: ${p.content.issuer.name} ban hành Kế hoạch số ${p.number ?? '…'}${p.issuedOn ? ` ngày ${docDate(p.issuedOn)}` : ''} về ${p.title.charAt(0).toLowerCase()}${p.title.slice(1)}.` +
          (cascade ? ` Có ${n2(cascade.issued)}/${n2(cascade.total)} đơn vị trực thuộc đã ban hành kế hoạch thực hiện (${n2(cascade.onTime)} đơn vị đúng hạn ${docDate(p.cascadeDue!)}).` : ''),
      ),
      c(
        `Thực hiện các nhiệm vụ của kế hoạch: ${n2(tasks.length)} nhiệm vụ đến hạn trong ${period}, đã hoàn thành ${n2(done.length)}, chậm tiến độ ${n2(late.length)}.`,
        late.map((t) => c(`${t.title} (${t.leadUnitName} chủ trì, hạn ${docDate(t.dueOn)}${t.quarter ? `, ${QUARTER_NAMES[t.quarter as 1 | 2 | 3 | 4]}` : ''}) — chưa hoàn thành.`)),
      ),
      c(
        regs.length
          ? `Đăng ký thi đua: ${n2(regUnits)} đơn vị đã gửi đăng ký; ${regs.map((r) => `${isAwardCode(r.award) ? awardName(r.award) : r.award}: ${r.individuals ? `${n2(r.individuals)} cá nhân` : ''}${r.individuals && r.collectives ? ', ' : ''}${r.collectives ? `${n2(r.collectives)} tập thể` : ''}`).join('; ')}.`
          : 'Đăng ký thi đua: chưa có đơn vị gửi đăng ký.',
      ),
      c(
        targets.length
          ? `Chỉ tiêu thi đua: ${n2(targets.length)} chỉ tiêu, đã có số liệu ${n2(att.filter((x) => x.t.value !== null).length)}, đạt và vượt ${n2(att.filter((x) => x.a.met).length)}.`
          : 'Chỉ tiêu thi đua: chưa có chỉ tiêu được giao.',
        att.slice(0, 30).map(({ t, a }) => c(`${t.unitName} — ${t.name}: chỉ tiêu ${t.target} ${t.measure}; ${a.text}.`)),
      ),
      c(
        awards.length
          ? `Công tác khen thưởng: ${awards.map((a) => `${isAwardCode(a.award) ? awardName(a.award) : a.award}: ${n2(a.n)}`).join('; ')}.`
          : `Công tác khen thưởng: chưa có quyết định khen thưởng trong ${period}.`,
      ),
    ],
  };
  return {
    typeName: 'BÁO CÁO',
    issuer: p.content.issuer,
    number: null,
    numberSuffix: 'BC-UBND',
    place: p.content.place,
    issuedOn: null,
    year: p.year,
    title: `${kind === 'so_ket' ? 'Sơ kết' : 'Tổng kết'} công tác thi đua, khen thưởng ${period}`,
    bases: [],
    preamble: [`Thực hiện Kế hoạch số ${p.number ?? '…'}${p.issuedOn ? ` ngày ${docDate(p.issuedOn)}` : ''}, ${p.content.issuer.name} báo cáo kết quả công tác thi đua, khen thưởng ${period} (số liệu đến ngày ${docDate(asOf)}) như sau:`],
    sections: [
      result,
      { kind: 'khac', title: 'TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', clauses: [c('')] },
      {
        kind: 'khac',
        title: kind === 'so_ket' ? 'NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM' : 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM TIẾP THEO',
        clauses: late.length ? late.map((t) => c(`Tiếp tục thực hiện: ${t.title}.`)) : [c('')],
      },
    ],
    recipients: p.content.recipients,
    signer: p.content.signer,
  };
}

export async function list(deps: Deps, ctx: Ctx, planId: number) {
  await plans.loadReadable(deps, ctx, planId);
  return { items: (await rows<ReviewRow>(deps.database.db, sql`${SELECT} WHERE plan_id = ${planId} ORDER BY id DESC`)).map(dto) };
}

export async function get(deps: Deps, ctx: Ctx, id: number) {
  const r = await load(deps.database.db, id);
  authorizeReadDown(ctx.actor, 'plan', r.unitPath);
  return dto(r);
}

export async function create(deps: Deps, ctx: Ctx, planId: number, input: { kind: ReviewKind; asOf?: string }) {
  const db = deps.database.db;
  const p = await plans.load(db, planId);
  authorize(ctx.actor, 'update', { type: 'plan', unitPath: p.unitPath });
  if (p.status === 'draft') throw new Invalid('Kế hoạch chưa ban hành: chưa có gì để sơ kết, tổng kết.', undefined, 'NOT_ISSUED');
  const today = todayVN();
  const asOf = input.asOf ?? (input.kind === 'so_ket' ? (`${p.year}-06-30` < today ? `${p.year}-06-30` : today) : `${p.year}-12-31` < today ? `${p.year}-12-31` : today);
  if (Number(asOf.slice(0, 4)) !== p.year) throw new Invalid(`Ngày chốt số liệu phải thuộc năm ${p.year}.`, { field: 'asOf' });
  const content = await draft(db, p, input.kind, asOf);
  return db.transaction(async (tx) => {
    const [r] = await rows<{ id: number }>(tx, sql`INSERT INTO reviews (plan_id, unit_path, kind, as_of, content, created_by)
      VALUES (${planId}, ${p.unitPath}::ltree, ${input.kind}, ${asOf}::date, ${JSON.stringify(content)}::jsonb, ${ctx.actor?.userId || null}) RETURNING id`);
    const row = await load(tx, Number(r.id));
    await audit(tx, ctx, { action: 'create', entityType: 'review', entityId: row.id, unitPath: row.unitPath, after: { planId, kind: input.kind, asOf } });
    return dto(row);
  });
}

export async function update(deps: Deps, ctx: Ctx, id: number, input: { version: number; content: PlanDocumentData }) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'update', { type: 'plan', unitPath: before.unitPath });
  const content = { ...input.content, typeName: 'BÁO CÁO' };
  return db.transaction(async (tx) => {
    const [r] = await rows(tx, sql`UPDATE reviews SET content = ${JSON.stringify(content)}::jsonb, version = version + 1, updated_at = now() WHERE id = ${id} AND version = ${input.version} RETURNING id`);
    if (!r) throw versionConflict();
    const after = await load(tx, id);
    await audit(tx, ctx, { action: 'update', entityType: 'review', entityId: id, unitPath: after.unitPath, before: before.content, after: after.content });
    return dto(after);
  });
}
