/**
 * Sơ kết 6 tháng / tổng kết năm of a plan: a report (BÁO CÁO) drafted from the data — tasks done and
 * late, the lower units' plans, registrations, target attainment, awards given — stored, edited by
 * the officer, and printed as DOCX like any official document.
 */
import {
  QUARTER_NAMES, attainment, awardName, isAwardCode, docDate, type PlanClause, type PlanDocumentData, type PlanSection,
} from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import { todayVN } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { Invalid, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize } from '../../platform/policy.js';
import { authorizeReadDown, notFound } from '../plans/policy.js';
import * as plans from '../plans/service.js';
import * as repo from './repo.js';
import type { ReviewKind, ReviewRow } from './repo.js';

export type { ReviewKind } from './repo.js';

export const REVIEW_KIND_NAMES: Record<ReviewKind, string> = { so_ket: 'Sơ kết 6 tháng đầu năm', tong_ket: 'Tổng kết năm' };

async function load(ex: Executor, id: number): Promise<ReviewRow> {
  const r = await repo.findById(ex, id);
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
  const tasks = await repo.tasksDue(ex, p.id, kind === 'so_ket' ? asOf : `${p.year}-12-31`);
  const done = tasks.filter((t) => t.status === 'hoan_thanh');
  const late = tasks.filter((t) => t.status !== 'hoan_thanh' && t.dueOn < asOf);
  const cascade = p.cascadeDue ? await repo.cascadeCounts(ex, p, await plans.revisionChain(ex, p.id), asOf) : null;
  const regs = await repo.registeredTitles(ex, p.unitPath, p.year);
  const regUnits = await repo.registeredUnits(ex, p.unitPath, p.year);
  const targets = await repo.targetsAsOf(ex, p.unitPath, p.year, asOf);
  const att = targets.map((t) => ({ t, a: attainment(t, t.value) }));
  const awards = await repo.awardCounts(ex, p.unitPath, from, asOf);
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
  return { items: (await repo.ofPlan(deps.database.db, planId)).map(dto) };
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
    const row = await load(tx, await repo.insert(tx, { planId, unitPath: p.unitPath, kind: input.kind, asOf, content, createdBy: ctx.actor?.userId || null }));
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
    if (!(await repo.updateContent(tx, id, input.version, content))) throw versionConflict();
    const after = await load(tx, id);
    await audit(tx, ctx, { action: 'update', entityType: 'review', entityId: id, unitPath: after.unitPath, before: before.content, after: after.content });
    return dto(after);
  });
}
