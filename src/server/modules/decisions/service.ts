/**
 * Quyết định khen thưởng: drafted from the nominees the council passed, with each awardee's reward
 * money from the rules engine on the decision date; issuing it writes the award register, creates
 * the certificates (unguessable codes for /verify), notifies the proposing unit of who was and was
 * not awarded and why, and moves the dossier to "decided" (locked).
 */
import crypto from 'node:crypto';
import { amountInWords, awardName, isAwardCode, rewardAmount, type Subject } from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { AppError, Conflict, Invalid, NotFound, fromPgError, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, can } from '../../platform/policy.js';
import { dossierResults } from '../councils/repo.js';
import * as dossierRepo from '../dossiers/repo.js';
import * as rules from '../rules/service.js';
import * as repo from './repo.js';
import type { DecisionLine, DecisionRow } from './repo.js';

export type { DecisionLine, DecisionRow } from './repo.js';

const SUBJECT: Record<string, Subject> = { person: 'ca_nhan', unit: 'tap_the', household: 'ho_gia_dinh' };

export const DEFAULT_BASES = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
];

export async function load(ex: Executor, id: number): Promise<DecisionRow> {
  const x = await repo.findById(ex, id);
  if (!x) throw new NotFound('Không tìm thấy quyết định khen thưởng.');
  return x;
}

export function dto(x: DecisionRow) {
  const { unitPath: _u, proposingPath: _p, ...rest } = x;
  return { ...rest, totalInWords: x.total ? amountInWords(x.total) : null };
}

const res = (x: { unitPath: string }) => ({ type: 'decision' as const, unitPath: x.unitPath });

/** The lines of a decision: the passed nominees, with their money on `date` (or today for a draft). */
async function linesFor(ex: Executor, dossierId: number, date: string): Promise<{ lines: DecisionLine[]; notPassed: { name: string; reason: string }[] }> {
  const { params } = await rules.loadSettings(ex);
  const nominees = await dossierRepo.nominees(ex, dossierId);
  const results = await dossierResults(ex, dossierId);
  const lines: DecisionLine[] = [];
  const notPassed: { name: string; reason: string }[] = [];
  for (const n of nominees) {
    const r = results.find((x) => Number(x.nomineeId) === n.id);
    const name = isAwardCode(n.award) ? awardName(n.award) : n.award;
    if (!r || r.passed !== true) {
      notPassed.push({
        name: n.name,
        reason: !r
          ? 'Chưa được Hội đồng xét'
          : r.passed === false
            ? `Không đạt số phiếu cần thiết (${r.yes} phiếu đồng ý; ${r.rule ?? ''})`
            : `Chưa có ngưỡng biểu quyết (${r.rule ?? ''})`,
      });
      continue;
    }
    let amount: number | null = null;
    let coefficient: string | null = null;
    let moneyNote: string | null = null;
    if (isAwardCode(n.award)) {
      const m = rewardAmount({ award: n.award, subject: SUBJECT[n.subject], date }, params);
      amount = m.amount;
      coefficient = m.coefficient;
      if (m.amount === null) moneyNote = `Chưa tính được tiền thưởng: thiếu tham số ${m.missing.map((x) => x.param).join(', ')}`;
    } else moneyNote = 'Danh hiệu, hình thức của đơn vị: tiền thưởng do đơn vị quy định';
    lines.push({
      nomineeId: n.id, name: n.name, subject: n.subject, personId: n.personId, unitId: n.unitId, householdId: n.householdId,
      position: n.subjectPosition, unitName: n.subject === 'person' ? n.subjectUnitName : null, award: n.award, awardName: name,
      achievement: n.achievement, coefficient, amount, moneyNote,
    });
  }
  return { lines, notPassed };
}

export async function forDossier(deps: Deps, ctx: Ctx, dossierId: number) {
  const db = deps.database.db;
  const d = await dossierRepo.findById(db, dossierId);
  if (!d) throw new NotFound('Không tìm thấy hồ sơ đề nghị khen thưởng.');
  // read with the dossier: its proposing unit or the unit deciding
  if (!can(ctx.actor, 'read', { type: 'decision', unitPath: d.receivingPath })) authorize(ctx.actor, 'read', { type: 'decision', unitPath: d.proposingPath });
  return { items: (await repo.listForDossier(db, dossierId)).map(dto) };
}

/** Drafts the decision of a dossier before the council: the receiving unit's standing agency. */
export async function createDraft(
  deps: Deps,
  ctx: Ctx,
  dossierId: number,
  input: { number?: string | null; decisionDate?: string | null; signerName?: string | null; signerTitle?: string | null; signerAuthority?: string | null; bases?: string[] },
) {
  const db = deps.database.db;
  const d = await dossierRepo.findById(db, dossierId);
  if (!d) throw new NotFound('Không tìm thấy hồ sơ đề nghị khen thưởng.');
  authorize(ctx.actor, 'create', { type: 'decision', unitPath: d.receivingPath });
  if (d.state !== 'council') throw new Conflict('Chỉ dự thảo quyết định khi hồ sơ đang ở bước "Trình Hội đồng" và Hội đồng đã bỏ phiếu.', undefined, 'INVALID_STATE');
  const existing = await repo.draftOf(db, dossierId);
  if (existing !== undefined) throw new Conflict('Hồ sơ đã có dự thảo quyết định: mở dự thảo đó để sửa.', { decisionId: existing }, 'DUPLICATE');
  const { lines } = await linesFor(db, dossierId, input.decisionDate ?? rules.todayVN());
  if (lines.length === 0) throw new Conflict('Chưa có trường hợp nào được Hội đồng thông qua: chưa thể dự thảo quyết định.', undefined, 'NOTHING_PASSED');
  const total = lines.reduce((s, l) => s + (l.amount ?? 0), 0);
  return writing(() =>
    db.transaction(async (tx) => {
      const id = await repo.insertDraft(tx, {
        dossierId, unitId: d.receivingUnitId, number: input.number ?? null, decisionDate: input.decisionDate ?? null, signerName: input.signerName ?? null,
        signerTitle: input.signerTitle ?? null, signerAuthority: input.signerAuthority ?? null, bases: input.bases ?? DEFAULT_BASES, lines, total,
      });
      const x = await load(tx, id);
      await audit(tx, ctx, { action: 'create', entityType: 'decision', entityId: x.id, unitPath: x.unitPath, after: dto(x) });
      return dto(x);
    }),
  );
}

async function writing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AppError) throw err;
    const m = fromPgError(err);
    if (m?.code === 'DUPLICATE') throw new Conflict('Số quyết định này đã được dùng cho một quyết định khác của đơn vị (trường number).', { field: 'number' }, 'DUPLICATE');
    throw err;
  }
}

export async function get(deps: Deps, ctx: Ctx, id: number) {
  const x = await load(deps.database.db, id);
  authorize(ctx.actor, 'read', res(x));
  return dto(x);
}

export async function update(
  deps: Deps,
  ctx: Ctx,
  id: number,
  input: { version: number; number?: string | null; decisionDate?: string | null; signerName?: string | null; signerTitle?: string | null; signerAuthority?: string | null; bases?: string[] },
) {
  const db = deps.database.db;
  const before = await load(db, id);
  authorize(ctx.actor, 'update', res(before));
  if (before.state !== 'draft') throw new Conflict('Quyết định đã ban hành: không sửa được.', undefined, 'ISSUED');
  const date = input.decisionDate !== undefined ? input.decisionDate : before.decisionDate;
  const { lines } = await linesFor(db, before.dossierId, date ?? rules.todayVN());
  const total = lines.reduce((s, l) => s + (l.amount ?? 0), 0);
  const pick = (k: 'number' | 'signerName' | 'signerTitle' | 'signerAuthority', cur: string | null) => (input[k] !== undefined ? (input[k] ?? null) : cur);
  return writing(() =>
    db.transaction(async (tx) => {
      const done = await repo.updateDraft(tx, id, input.version, {
        number: pick('number', before.number), decisionDate: date, signerName: pick('signerName', before.signerName), signerTitle: pick('signerTitle', before.signerTitle),
        signerAuthority: pick('signerAuthority', before.signerAuthority), bases: input.bases ?? before.bases, lines, total,
      });
      if (!done) throw versionConflict();
      const after = await load(tx, id);
      await audit(tx, ctx, { action: 'update', entityType: 'decision', entityId: id, unitPath: after.unitPath, before: dto(before), after: dto(after) });
      return dto(after);
    }),
  );
}

/** 160 random bits in base32 (A–Z, 2–7): 32 characters, unguessable. */
export function certificateCode(): string {
  const bytes = crypto.randomBytes(20);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/**
 * Who decided, as the register writes it: "Chủ tịch UBND xã Định Hóa" for a commune or a province
 * (the People's Committee decides), "Giám đốc Sở Nội vụ" for an agency.
 */
export function deciderName(title: string, unitName: string, level: string): string {
  if (['xa', 'tinh', 'huyen'].includes(level)) return `${title} UBND ${unitName.charAt(0).toLowerCase()}${unitName.slice(1)}`;
  return `${title} ${unitName}`;
}

/** The leader signs: the register, certificates, notice to the proposing unit, dossier decided. */
export async function issue(deps: Deps, ctx: Ctx, id: number, version: number) {
  const db = deps.database.db;
  const x = await load(db, id);
  authorize(ctx.actor, 'decide', res(x));
  if (x.state !== 'draft') throw new Conflict('Quyết định đã được ban hành.', undefined, 'ISSUED');
  const missing = [
    !x.number && 'số quyết định (number)',
    !x.decisionDate && 'ngày quyết định (decisionDate)',
    !x.signerName && 'người ký (signerName)',
    !x.signerTitle && 'chức vụ người ký (signerTitle)',
  ].filter(Boolean);
  if (missing.length) throw new Invalid(`Chưa đủ thông tin để ban hành: ${missing.join(', ')}.`, missing.map((m) => ({ field: String(m).match(/\((\w+)\)/)![1], message: 'Bắt buộc khi ban hành' })));
  const d = (await dossierRepo.findById(db, x.dossierId))!;
  if (d.state !== 'council') throw new Conflict('Hồ sơ không còn ở bước "Trình Hội đồng".', undefined, 'INVALID_STATE');
  // money on the decision date, fixed now
  const { lines, notPassed } = await linesFor(db, x.dossierId, x.decisionDate!);
  const total = lines.reduce((s, l) => s + (l.amount ?? 0), 0);
  const decider = deciderName(x.signerTitle!, x.unitName, d.receivingLevel);
  return writing(() =>
    db.transaction(async (tx) => {
      if (!(await repo.markIssued(tx, id, version, lines, total))) throw versionConflict();
      // the dossier: decided (its own optimistic lock)
      if (!(await dossierRepo.setState(tx, d.id, d.version, 'decided', { step: null, date: null }, false))) throw versionConflict();
      await dossierRepo.insertEvent(tx, {
        dossierId: d.id, actorId: ctx.actor?.userId || null, actorName: ctx.actor?.fullName ?? 'system', action: 'decide', from: d.state, to: 'decided',
        reason: `Quyết định số ${x.number} ngày ${x.decisionDate}`,
      });
      const certs: { code: string; nomineeId: number }[] = [];
      for (const l of lines) {
        const owner = await repo.ownerOf(tx, l);
        const entry = await repo.insertAwardEntry(tx, {
          personId: l.personId, unitId: l.subject === 'unit' ? l.unitId : null, householdId: l.householdId, award: l.award, year: d.year,
          decisionNo: x.number, decisionDate: x.decisionDate, decider, decisionId: id, amount: l.amount, unitPath: owner.unitPath, rootId: owner.rootId,
        });
        if (entry === undefined) throw new Conflict(`Sổ khen thưởng đã có ${l.awardName} năm ${d.year} của ${l.name} theo số quyết định ${x.number}.`, undefined, 'DUPLICATE');
        const code = certificateCode();
        await repo.insertCertificate(tx, code, entry, id);
        certs.push({ code, nomineeId: l.nomineeId });
        await audit(tx, ctx, { action: 'create', entityType: 'award_entry', entityId: entry, unitPath: owner.unitPath, after: { award: l.award, year: d.year, decisionNo: x.number, amount: l.amount, name: l.name } });
      }
      const body = [
        `Quyết định số ${x.number} ngày ${x.decisionDate} của ${decider} khen thưởng ${lines.length} trường hợp của hồ sơ ${d.code}:`,
        ...lines.map((l) => `- ${l.name}: ${l.awardName}${l.amount !== null ? `, tiền thưởng ${l.amount.toLocaleString('vi-VN')} đồng` : ''}`),
        ...(notPassed.length ? ['Các trường hợp không được khen thưởng:', ...notPassed.map((n) => `- ${n.name}: ${n.reason}`)] : []),
      ].join('\n');
      await repo.insertNotification(tx, { unitId: d.proposingUnitId, title: `Kết quả xét khen thưởng hồ sơ ${d.code}`, body, link: `/dossiers/${d.id}` });
      const after = await load(tx, id);
      await audit(tx, ctx, { action: 'issue', entityType: 'decision', entityId: id, unitPath: after.unitPath, before: { state: 'draft' }, after: { ...dto(after), certificates: certs.length, notPassed } });
      await audit(tx, ctx, { action: 'decide', entityType: 'dossier', entityId: d.id, unitPath: d.proposingPath, before: { state: d.state }, after: { state: 'decided', decisionId: id } });
      return { ...dto(after), certificates: certs, notPassed };
    }),
  );
}

export async function notificationsFor(deps: Deps, ctx: Ctx, unitId: number) {
  const path = await repo.unitPathOf(deps.database.db, unitId);
  if (path === undefined) throw new NotFound('Không tìm thấy đơn vị.');
  authorize(ctx.actor, 'read', { type: 'dossier', unitPath: path });
  return { items: await repo.notificationsOf(deps.database.db, unitId) };
}

/** The public check of a certificate by its QR code: who, what, which decision, still valid or revoked. */
export async function verify(deps: Deps, code: string) {
  const c = await repo.certificateByCode(deps.database.db, code);
  if (!c) throw new NotFound('Không tìm thấy giấy chứng nhận có mã này. Hãy kiểm tra lại mã hoặc quét lại mã QR.');
  return {
    code: c.code,
    status: c.revokedOn ? ('revoked' as const) : ('valid' as const),
    name: c.name,
    award: c.award,
    awardName: isAwardCode(c.award) ? awardName(c.award) : c.award,
    year: c.year,
    decisionNo: c.decisionNo,
    decisionDate: c.decisionDate,
    issuer: c.decider ?? c.unitName,
    issuingUnit: c.unitName,
    revokedOn: c.revokedOn,
    revokeReason: c.revokeReason,
  };
}
