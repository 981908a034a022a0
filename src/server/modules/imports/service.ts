/**
 * Excel import and export of units, people and households.
 *
 * An import reads the whole file, checks every row (format, references, duplicates, the actor's
 * scope) and reports every problem before writing anything; then it writes all rows in one
 * transaction, or none. Rows are matched to existing records by natural key, so importing the same
 * file twice changes nothing: rows identical to the database are counted `unchanged`, not written
 * and not audited.
 *
 * Work started from the command line acts as the installation itself (`asSystem`): every root unit
 * is in scope. That is an explicit option of these functions, never inferred from the context.
 */
import crypto from 'node:crypto';
import { isValidCitizenId, type EmploymentCategory, type Gender } from '../../../shared/codes.js';
import { assertXlsx, readTable, writeWorkbook, type CellValue, type TableRow } from '../../documents/xlsx.js';
import type { AuditEntry } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { Forbidden, Invalid, NotFound, Unprocessable, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { todayVN } from '../../platform/clock.js';
import { authorize, can, hasRoleFor, scopesFor, type Actor } from '../../platform/policy.js';
import * as householdSvc from '../households/service.js';
import * as peopleRepo from '../people/repo.js';
import type { PersonRow } from '../people/repo.js';
import * as peopleSvc from '../people/service.js';
import * as unitRepo from '../units/repo.js';
import { ErrorList, RowReader, excelDate } from './cells.js';
import {
  CATEGORY_OPTIONS,
  COLUMNS,
  GENDER_OPTIONS,
  HOUSEHOLD_COLUMNS,
  INTRO,
  KIND_INFO,
  LEVEL_OPTIONS,
  PEOPLE_COLUMNS,
  UNIT_COLUMNS,
  headersOf,
  listsFor,
  yesNo,
  type ImportKind,
} from './columns.js';
import * as repo from './repo.js';
import type { UnitRef } from './repo.js';

export const MAX_IMPORT_ROWS = 100_000;
export const MAX_EXPORT_ROWS = 100_000;

export interface ImportOptions {
  /** check everything and count, write nothing */
  dryRun?: boolean;
  /** act as the installation (CLI): every unit is in scope; never set from an HTTP request */
  asSystem?: boolean;
}

export interface ImportResult {
  kind: ImportKind;
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
}

interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

// ─── small helpers ──────────────────────────────────────────────────────────────────────────────

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Empty and missing are the same; text compares in NFC. */
const norm = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === '' ? null : v.normalize('NFC'));

/**
 * The context an import or export acts with. For a user: their own. For the installation (CLI):
 * the same identity for the audit trail, with an administrator grant on every root unit.
 */
async function actingCtx(ex: Executor, ctx: Ctx, asSystem: boolean | undefined): Promise<Ctx> {
  if (!asSystem) return ctx;
  const roots = await repo.rootUnits(ex);
  const actor: Actor = {
    userId: ctx.actor?.userId ?? 0,
    username: ctx.actor?.username ?? 'system',
    fullName: ctx.actor?.fullName ?? 'system',
    grants: roots.map((r, i) => ({ id: -(i + 1), role: 'quan_tri', unitId: Number(r.id), unitName: r.name, unitPath: r.path })),
  };
  return { ...ctx, actor };
}

const outOfScope = (code: string) => `Đơn vị ${code} nằm ngoài phạm vi quản lý của bạn.`;
const unitNotFound = (code: string) => `Không tìm thấy đơn vị có mã "${code}".`;

type Planner<P> = (tx: Executor, acting: Ctx, rows: TableRow[], errors: ErrorList) => Promise<P & Counts>;
type Applier<P> = (tx: Executor, ctx: Ctx, plan: P) => Promise<void>;

async function runImport<P>(
  deps: Deps,
  ctx: Ctx,
  kind: ImportKind,
  buffer: Buffer,
  opts: ImportOptions,
  plan: Planner<P>,
  apply: Applier<P>,
): Promise<ImportResult> {
  const resource = KIND_INFO[kind].resource;
  if (!opts.asSystem && !hasRoleFor(ctx.actor, resource, 'import')) throw new Forbidden();
  await assertXlsx(buffer);
  const rows = await readTable(buffer, COLUMNS[kind], { maxRows: MAX_IMPORT_ROWS });
  const sha256 = crypto.createHash('sha256').update(buffer).digest('hex');
  return deps.database.db.transaction(async (tx) => {
    await repo.lockImports(tx);
    const acting = await actingCtx(tx, ctx, opts.asSystem);
    const errors = new ErrorList();
    const p = await plan(tx, acting, rows, errors);
    if (errors.size > 0) {
      throw new Unprocessable(`Tệp có ${errors.size.toLocaleString('vi-VN')} lỗi, chưa nhập dòng nào.`, { errors: errors.sorted() }, 'IMPORT_INVALID');
    }
    const result: ImportResult = { kind, dryRun: !!opts.dryRun, total: rows.length, created: p.created, updated: p.updated, unchanged: p.unchanged };
    if (opts.dryRun) return result;
    await apply(tx, ctx, p);
    await repo.auditMany(tx, ctx, [
      { action: 'import', entityType: 'import', entityId: null, after: { kind, sha256, created: p.created, updated: p.updated, unchanged: p.unchanged } },
    ]);
    return result;
  });
}

/** Rows whose key (some column) repeats an earlier row are errors. */
function uniqueBy<T extends { row: number }>(items: T[], key: (t: T) => string | null, onDup: (t: T, firstRow: number) => void): T[] {
  const seen = new Map<string, number>();
  const out: T[] = [];
  for (const t of items) {
    const k = key(t);
    if (k === null) {
      out.push(t);
      continue;
    }
    const first = seen.get(k);
    if (first !== undefined) onDup(t, first);
    else {
      seen.set(k, t.row);
      out.push(t);
    }
  }
  return out;
}

// ─── units ──────────────────────────────────────────────────────────────────────────────────────

interface UnitDraft {
  row: number;
  code: string;
  name: string;
  level: string;
  kind: string;
  legalPersonality: boolean;
  parentCode: string | null;
  address: string | null;
  validFrom: string | null;
  validTo: string | null;
}

interface UnitPlan {
  /** drafts to write, parents (and moved ancestors) first */
  order: { d: UnitDraft; existing?: UnitRef; moved: boolean }[];
  kindNames: Map<string, string>;
}

const UNIT_HEAD = headersOf(UNIT_COLUMNS);

function unitChanged(d: UnitDraft, u: UnitRef): boolean {
  return (
    norm(d.name) !== norm(u.name) ||
    d.level !== u.level ||
    d.kind !== u.kind ||
    d.legalPersonality !== u.legalPersonality ||
    norm(d.address) !== norm(u.address) ||
    d.validFrom !== u.validFrom ||
    d.validTo !== u.validTo
  );
}

const planUnits: Planner<UnitPlan> = async (tx, acting, rows, errors) => {
  const kinds = await unitRepo.listKinds(tx);
  const kindOptions = kinds.map((k) => ({ code: k.code, name: k.name }));
  const fail = (d: { row: number }, key: string | null, message: string) => errors.add(d.row, key === null ? null : UNIT_HEAD[key], message);

  // 1. each row on its own
  const parsed: UnitDraft[] = [];
  for (const r of rows) {
    const rd = new RowReader(r, UNIT_HEAD, errors);
    const code = rd.text('code', { required: true, max: 40, pattern: /^[\p{L}\p{N}._-]+$/u, patternMessage: 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (không có khoảng trắng).' });
    const name = rd.text('name', { required: true, max: 300 });
    const level = rd.oneOf('level', LEVEL_OPTIONS, { required: true, listName: 'cấp đơn vị' });
    const kind = rd.oneOf('kind', kindOptions, { required: true, listName: 'loại hình đơn vị' });
    const legalPersonality = rd.bool('legalPersonality');
    const parentCode = rd.text('parentCode', { max: 40 });
    const address = rd.text('address', { max: 500 });
    const validFrom = rd.date('validFrom', { min: '1900-01-01', max: '2100-12-31' });
    const validTo = rd.date('validTo', { min: '1900-01-01', max: '2100-12-31' });
    if (validFrom && validTo && validTo < validFrom) rd.fail('validTo', 'Hiệu lực đến phải bằng hoặc sau Hiệu lực từ.');
    if (code) {
      parsed.push({
        row: r.row, code, name: name ?? '', level: level ?? '', kind: kind ?? '', legalPersonality: legalPersonality ?? false,
        parentCode: parentCode ?? null, address: address ?? null, validFrom: validFrom ?? null, validTo: validTo ?? null,
      });
    }
  }
  const drafts = uniqueBy(parsed, (d) => d.code, (d, first) => fail(d, 'code', `Mã đơn vị "${d.code}" trùng với dòng ${first}.`));
  const file = new Map(drafts.map((d) => [d.code, d]));

  // 2. references
  const db = await repo.unitsByCodes(tx, [...drafts.map((d) => d.code), ...drafts.flatMap((d) => (d.parentCode ? [d.parentCode] : []))]);
  for (const d of drafts) {
    const ex = db.get(d.code);
    if (!d.parentCode) {
      if (!(ex && ex.parentId === null)) fail(d, 'parentCode', `Chưa nhập ${UNIT_HEAD.parentCode} (cột bắt buộc).`);
    } else if (d.parentCode === d.code) {
      fail(d, 'parentCode', 'Đơn vị không thể là cấp trên của chính nó.');
    } else if (!file.has(d.parentCode) && !db.has(d.parentCode)) {
      fail(d, 'parentCode', `Không tìm thấy đơn vị cấp trên có mã "${d.parentCode}" (trong hệ thống và trong tệp).`);
    } else if (ex && ex.parentId === null) {
      fail(d, 'parentCode', `Đơn vị ${d.code} là đơn vị gốc của hệ thống, không thể chuyển sang cấp trên khác.`);
    }
  }
  const isMoved = (d: UnitDraft) => {
    const ex = db.get(d.code);
    return !!ex && d.parentCode !== null && ex.parentCode !== d.parentCode;
  };
  const moved = drafts.filter(isMoved);

  // 3. where every row ends up: the parent's final path plus itself, in dependency order. A unit
  // outside the file moves along with its nearest ancestor that the file moves.
  const memo = new Map<string, string | null>();
  const stack: UnitDraft[] = [];
  const order: UnitPlan['order'] = [];
  const finalPath = (code: string): string | null => {
    if (memo.has(code)) return memo.get(code)!;
    const d = file.get(code);
    if (d) {
      const at = stack.indexOf(d);
      if (at >= 0) {
        for (const x of stack.slice(at)) {
          fail(x, 'parentCode', `Mã đơn vị cấp trên tạo thành vòng lặp: đơn vị ${x.code} sẽ là cấp dưới của chính nó.`);
        }
        return null;
      }
      if (errors.rows.has(d.row)) {
        memo.set(code, null);
        return null;
      }
      stack.push(d);
      const ex = db.get(code);
      let path: string | null;
      if (!d.parentCode) path = ex?.path ?? null;
      else {
        const parentPath = finalPath(d.parentCode);
        path = parentPath === null ? null : `${parentPath}.${ex ? ex.id : `n${d.row}`}`;
      }
      stack.pop();
      if (errors.rows.has(d.row)) path = null;
      memo.set(code, path);
      if (path !== null) order.push({ d, existing: ex, moved: isMoved(d) });
      return path;
    }
    const u = db.get(code);
    if (!u) return null;
    let anchor: UnitRef | undefined;
    for (const m of moved) {
      const mu = db.get(m.code)!;
      if (u.path.startsWith(mu.path + '.') && (!anchor || mu.path.length > anchor.path.length)) anchor = mu;
    }
    let path: string | null = u.path;
    if (anchor) {
      const anchorPath = finalPath(anchor.code);
      path = anchorPath === null ? null : anchorPath + u.path.slice(anchor.path.length);
    }
    memo.set(code, path);
    return path;
  };
  for (const d of drafts) finalPath(d.code);

  // 4. scope and counts
  const inScope = (path: string) => can(acting.actor, 'import', { type: 'unit', unitPath: path });
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  const kept: UnitPlan['order'] = [];
  for (const item of order) {
    const { d, existing: ex, moved: mv } = item;
    if (errors.rows.has(d.row)) continue;
    let ok = true;
    if (ex && !inScope(ex.path)) {
      fail(d, 'code', outOfScope(d.code));
      ok = false;
    }
    if (!ex || mv) {
      const parentPath = finalPath(d.parentCode!);
      if (parentPath !== null && !inScope(parentPath)) {
        fail(d, 'parentCode', outOfScope(d.parentCode!));
        ok = false;
      }
    }
    if (!ok) continue;
    if (!ex) created++;
    else if (mv || unitChanged(d, ex)) updated++;
    else {
      unchanged++;
      continue;
    }
    kept.push(item);
  }
  return { order: kept, kindNames: new Map(kinds.map((k) => [k.code, k.name])), created, updated, unchanged };
};

const applyUnits: Applier<UnitPlan> = async (tx, ctx, plan) => {
  const today = todayVN();
  const entries: AuditEntry[] = [];
  let anyMoved = false;
  const createdByCode = new Map<string, UnitRef>();
  // after a move, paths below it changed: read the parent again
  const parentOf = async (code: string) => {
    const known = !anyMoved ? createdByCode.get(code) : undefined;
    const u = known ?? (await repo.unitByCode(tx, code));
    if (!u) throw new NotFound(`Không tìm thấy đơn vị có mã "${code}".`);
    return u;
  };
  for (const { d, existing: ex, moved } of plan.order) {
    const fields = {
      code: d.code, name: d.name, level: d.level, kind: d.kind, legalPersonality: d.legalPersonality,
      address: d.address, validFrom: d.validFrom, validTo: d.validTo,
    };
    if (!ex) {
      const parent = await parentOf(d.parentCode!);
      const id = await unitRepo.insert(tx, { ...fields, parentId: parent.id }, parent);
      const after = (await repo.unitById(tx, id))!;
      createdByCode.set(d.code, after);
      entries.push({ action: 'import_create', entityType: 'unit', entityId: id, unitPath: after.path, after });
      continue;
    }
    if (unitChanged(d, ex)) {
      if (!(await unitRepo.update(tx, ex.id, ex.version, fields))) throw versionConflict();
      if (norm(d.name) !== norm(ex.name)) {
        await unitRepo.addLineage(tx, { fromUnitId: ex.id, toUnitId: ex.id, kind: 'renamed', previousName: ex.name, effectiveDate: today });
      }
    }
    if (moved) {
      const parent = await parentOf(d.parentCode!);
      const current = (await repo.unitById(tx, ex.id))!;
      if (parent.path === current.path || parent.path.startsWith(current.path + '.')) {
        throw new Unprocessable('Tệp có 1 lỗi, chưa nhập dòng nào.', {
          errors: [{ row: d.row, column: UNIT_HEAD.parentCode, message: `Không thể chuyển đơn vị ${d.code} vào đơn vị cấp dưới của nó.` }],
        }, 'IMPORT_INVALID');
      }
      await unitRepo.moveSubtree(tx, current, parent);
      anyMoved = true;
    }
    const after = (await repo.unitById(tx, ex.id))!;
    entries.push({ action: 'import_update', entityType: 'unit', entityId: ex.id, unitPath: after.path, before: ex, after });
  }
  await repo.auditMany(tx, ctx, entries);
};

export function importUnits(deps: Deps, ctx: Ctx, buffer: Buffer, opts: ImportOptions = {}) {
  return runImport(deps, ctx, 'units', buffer, opts, planUnits, applyUnits);
}

// ─── people ─────────────────────────────────────────────────────────────────────────────────────

interface PersonDraft {
  row: number;
  fullName: string;
  gender: Gender;
  birthDate: string | null;
  ethnicity: string | null;
  citizenId: string | null;
  position: string | null;
  employmentCategory: EmploymentCategory;
  isLeader: boolean;
  isDirectWorker: boolean;
  unitCode: string;
}

interface PersonWrite {
  d: PersonDraft;
  unit: UnitRef;
  before?: PersonRow;
}

interface PeoplePlan {
  creates: PersonWrite[];
  updates: PersonWrite[];
}

const PEOPLE_HEAD = headersOf(PEOPLE_COLUMNS);

function personChanged(d: PersonDraft, unit: UnitRef, p: PersonRow): boolean {
  return (
    norm(d.fullName) !== norm(p.fullName) ||
    d.gender !== p.gender ||
    d.birthDate !== p.birthDate ||
    norm(d.ethnicity) !== norm(p.ethnicity) ||
    d.citizenId !== norm(p.citizenId) ||
    norm(d.position) !== norm(p.position) ||
    d.employmentCategory !== p.employmentCategory ||
    d.isLeader !== p.isLeader ||
    d.isDirectWorker !== p.isDirectWorker ||
    unit.id !== Number(p.unitId)
  );
}

const planPeople: Planner<PeoplePlan> = async (tx, acting, rows, errors) => {
  const today = todayVN();
  const fail = (d: { row: number }, key: string | null, message: string) => errors.add(d.row, key === null ? null : PEOPLE_HEAD[key], message);

  const parsed: PersonDraft[] = [];
  // rows with a format error still have their unit checked, so the file's errors come all at once
  const unitOnly: { row: number; unitCode: string }[] = [];
  for (const r of rows) {
    const rd = new RowReader(r, PEOPLE_HEAD, errors);
    const fullName = rd.text('fullName', { required: true, min: 2, max: 150, pattern: /^[\p{L}\s.'-]+$/u, patternMessage: 'Họ và tên chỉ gồm chữ cái (không có chữ số, ký hiệu).' });
    const gender = rd.oneOf('gender', GENDER_OPTIONS, { required: true, listName: 'giới tính (Nam, Nữ)' });
    const birthDate = rd.date('birthDate', { min: '1900-01-01', max: today, what: 'Ngày sinh' });
    const ethnicity = rd.text('ethnicity', { max: 50 });
    const citizenId = rd.digits('citizenId', 12);
    if (citizenId !== null && !isValidCitizenId(citizenId)) rd.fail('citizenId', `"${citizenId}" không hợp lệ: số CCCD phải gồm đúng 12 chữ số, 3 số đầu là mã tỉnh hợp lệ.`);
    const position = rd.text('position', { max: 200 });
    const employmentCategory = rd.oneOf('employmentCategory', CATEGORY_OPTIONS, { required: true, listName: 'đối tượng' });
    const isLeader = rd.bool('isLeader');
    const isDirectWorker = rd.bool('isDirectWorker');
    const unitCode = rd.text('unitCode', { required: true, max: 40 });
    if (errors.rows.has(r.row)) {
      if (unitCode) unitOnly.push({ row: r.row, unitCode });
      continue;
    }
    parsed.push({
      row: r.row, fullName: fullName!, gender: gender!, birthDate: birthDate ?? null, ethnicity: ethnicity ?? null, citizenId,
      position: position ?? null, employmentCategory: employmentCategory!, isLeader: isLeader!, isDirectWorker: isDirectWorker!, unitCode: unitCode!,
    });
  }
  let drafts = uniqueBy(parsed, (d) => d.citizenId, (d, first) => fail(d, 'citizenId', `Số CCCD trùng với dòng ${first}.`));
  drafts = uniqueBy(
    drafts,
    (d) => (d.citizenId ? null : `${d.unitCode}|${d.fullName}|${d.birthDate ?? ''}`),
    (d, first) => fail(d, 'fullName', `Trùng với dòng ${first}: cùng Mã đơn vị, Họ và tên, Ngày sinh và đều không có số CCCD.`),
  );

  const units = await repo.unitsByCodes(tx, [...drafts, ...unitOnly].map((d) => d.unitCode));
  const inScope = (path: string) => can(acting.actor, 'import', { type: 'person', unitPath: path });
  for (const d of unitOnly) {
    const unit = units.get(d.unitCode);
    if (!unit) fail(d, 'unitCode', unitNotFound(d.unitCode));
    else if (!inScope(unit.path)) fail(d, 'unitCode', outOfScope(d.unitCode));
  }
  const byCitizenId = await repo.peopleByCitizenIds(tx, drafts.flatMap((d) => (d.citizenId ? [d.citizenId] : [])));
  const keyOf = (d: PersonDraft): repo.PersonKey | null => {
    const u = units.get(d.unitCode);
    return u ? { unitId: u.id, fullName: d.fullName, birthDate: d.birthDate } : null;
  };
  const byKey = await repo.peopleByKeys(
    tx,
    drafts.filter((d) => !d.citizenId || !byCitizenId.has(d.citizenId)).flatMap((d) => keyOf(d) ?? []),
  );

  const claimed = new Map<number, number>();
  const plan: PeoplePlan & Counts = { creates: [], updates: [], created: 0, updated: 0, unchanged: 0 };
  for (const d of drafts) {
    const unit = units.get(d.unitCode);
    if (!unit) {
      fail(d, 'unitCode', unitNotFound(d.unitCode));
      continue;
    }
    let existing: PersonRow | undefined = d.citizenId ? byCitizenId.get(d.citizenId) : undefined;
    if (!existing) {
      const same = byKey.get(repo.personKey(keyOf(d)!)) ?? [];
      const withoutId = same.filter((p) => !p.citizenId);
      if (withoutId.length > 1) {
        fail(d, 'fullName', `Có ${withoutId.length} cá nhân cùng Họ và tên, Ngày sinh tại đơn vị ${d.unitCode} và chưa có số CCCD: không xác định được người cần cập nhật.`);
        continue;
      }
      if (withoutId.length === 1) existing = withoutId[0];
      else if (!d.citizenId && same.length > 0) {
        fail(d, 'citizenId', `Đơn vị ${d.unitCode} đã có cá nhân cùng Họ và tên, Ngày sinh có số CCCD: hãy nhập Số CCCD để không tạo trùng.`);
        continue;
      }
    }
    if (existing) {
      const other = claimed.get(existing.id);
      if (other !== undefined) {
        fail(d, null, `Dòng này và dòng ${other} cùng chỉ tới một cá nhân đã có.`);
        continue;
      }
      claimed.set(existing.id, d.row);
    }
    let ok = true;
    if (!inScope(unit.path)) {
      fail(d, 'unitCode', outOfScope(d.unitCode));
      ok = false;
    }
    const transfer = !!existing && Number(existing.unitId) !== unit.id;
    if (existing && transfer && !inScope(existing.unitPath)) {
      fail(d, 'unitCode', `Cá nhân này đang thuộc đơn vị ${existing.unitCode}, nằm ngoài phạm vi quản lý của bạn.`);
      ok = false;
    }
    if ((!existing || transfer) && !unit.active) {
      fail(d, 'unitCode', `Đơn vị ${d.unitCode} đã hết hiệu lực${unit.validTo ? ` (đến ${unit.validTo.split('-').reverse().join('/')})` : ''}.`);
      ok = false;
    }
    if (!ok) continue;
    if (!existing) {
      plan.creates.push({ d, unit });
      plan.created++;
    } else if (personChanged(d, unit, existing)) {
      plan.updates.push({ d, unit, before: existing });
      plan.updated++;
    } else plan.unchanged++;
  }
  return plan;
};

function personRecord(id: number, w: PersonWrite): repo.PersonRecord {
  const { d, unit } = w;
  return {
    id, fullName: d.fullName, gender: d.gender, birthDate: d.birthDate, ethnicity: d.ethnicity, citizenId: d.citizenId, position: d.position,
    employmentCategory: d.employmentCategory, isLeader: d.isLeader, isDirectWorker: d.isDirectWorker,
    unitId: unit.id, unitPath: unit.path, rootId: unit.rootId ?? unit.id,
  };
}

/** The same shape as a person read back from the database, for the audit trail. */
function personView(rec: repo.PersonRecord, unit: UnitRef, version: number): PersonRow {
  const { rootId: _r, ...rest } = rec;
  return { ...rest, unitName: unit.name, unitCode: unit.code, version };
}

const applyPeople: Applier<PeoplePlan> = async (tx, ctx, plan) => {
  const today = todayVN();
  const entries: AuditEntry[] = [];

  const ids = await repo.allocateIds(tx, 'people', plan.creates.length);
  const created = plan.creates.map((w, i) => personRecord(ids[i], w));
  await repo.insertPeople(tx, created);
  await repo.openMemberships(tx, created.map((p) => ({ personId: p.id, unitId: p.unitId, position: p.position, fromDate: null })));
  plan.creates.forEach((w, i) => {
    entries.push({ action: 'import_create', entityType: 'person', entityId: ids[i], unitPath: w.unit.path, after: personView(created[i], w.unit, 1) });
  });

  const updated = plan.updates.map((w) => ({ ...personRecord(Number(w.before!.id), w), version: w.before!.version }));
  if ((await repo.updatePeople(tx, updated)) !== updated.length) throw versionConflict();
  const transfers = plan.updates.filter((w) => Number(w.before!.unitId) !== w.unit.id);
  if (transfers.length) {
    await repo.closeMemberships(tx, transfers.map((w) => Number(w.before!.id)), dayBefore(today));
    await repo.openMemberships(tx, transfers.map((w) => ({ personId: Number(w.before!.id), unitId: w.unit.id, position: w.d.position, fromDate: today })));
  }
  plan.updates.forEach((w, i) => {
    const after = personView(updated[i], w.unit, w.before!.version + 1);
    const transfer = Number(w.before!.unitId) !== w.unit.id;
    entries.push({
      action: 'import_update', entityType: 'person', entityId: updated[i].id, unitPath: w.unit.path, before: w.before,
      after: transfer ? { ...after, transferDate: today } : after,
    });
  });
  await repo.auditMany(tx, ctx, entries);
};

/** Imports people from an .xlsx (the "Cá nhân" template). Usable as is by benchmarks and the CLI. */
export function importPeople(deps: Deps, ctx: Ctx, buffer: Buffer, opts: ImportOptions = {}) {
  return runImport(deps, ctx, 'people', buffer, opts, planPeople, applyPeople);
}

// ─── households ─────────────────────────────────────────────────────────────────────────────────

interface HouseholdDraft {
  row: number;
  code: string;
  headName: string;
  headCitizenId: string | null;
  address: string | null;
  thonCode: string;
}

interface HouseholdWrite {
  d: HouseholdDraft;
  thon: UnitRef;
  headPersonId: number | null;
  before?: repo.HouseholdRef;
}

interface HouseholdPlan {
  creates: HouseholdWrite[];
  updates: HouseholdWrite[];
}

const HOUSEHOLD_HEAD = headersOf(HOUSEHOLD_COLUMNS);

const planHouseholds: Planner<HouseholdPlan> = async (tx, acting, rows, errors) => {
  const fail = (d: { row: number }, key: string | null, message: string) => errors.add(d.row, key === null ? null : HOUSEHOLD_HEAD[key], message);
  const parsed: HouseholdDraft[] = [];
  const unitOnly: { row: number; thonCode: string }[] = [];
  for (const r of rows) {
    const rd = new RowReader(r, HOUSEHOLD_HEAD, errors);
    const code = rd.text('code', { required: true, max: 40 });
    const headName = rd.text('headName', { required: true, min: 2, max: 150 });
    const headCitizenId = rd.digits('headCitizenId', 12);
    if (headCitizenId !== null && !isValidCitizenId(headCitizenId)) rd.fail('headCitizenId', `"${headCitizenId}" không hợp lệ: số CCCD phải gồm đúng 12 chữ số, 3 số đầu là mã tỉnh hợp lệ.`);
    const address = rd.text('address', { max: 500 });
    const thonCode = rd.text('thonCode', { required: true, max: 40 });
    if (errors.rows.has(r.row)) {
      if (thonCode) unitOnly.push({ row: r.row, thonCode });
      continue;
    }
    parsed.push({ row: r.row, code: code!, headName: headName!, headCitizenId, address: address ?? null, thonCode: thonCode! });
  }
  const drafts = uniqueBy(parsed, (d) => d.code, (d, first) => fail(d, 'code', `Mã hộ "${d.code}" trùng với dòng ${first}.`));

  const units = await repo.unitsByCodes(tx, [...drafts, ...unitOnly].map((d) => d.thonCode));
  const inScope = (path: string) => can(acting.actor, 'import', { type: 'household', unitPath: path });
  for (const d of unitOnly) {
    const unit = units.get(d.thonCode);
    if (!unit) fail(d, 'thonCode', unitNotFound(d.thonCode));
    else if (!inScope(unit.path)) fail(d, 'thonCode', outOfScope(d.thonCode));
  }
  const existing = await repo.householdsByCodes(tx, drafts.map((d) => d.code));
  const heads = await repo.peopleByCitizenIds(tx, drafts.flatMap((d) => (d.headCitizenId ? [d.headCitizenId] : [])));

  // a head outside what the actor may read is not linked (and not revealed)
  const canRead = (path: string) => can(acting.actor, 'read', { type: 'person', unitPath: path });
  const plan: HouseholdPlan & Counts = { creates: [], updates: [], created: 0, updated: 0, unchanged: 0 };
  for (const d of drafts) {
    const thon = units.get(d.thonCode);
    if (!thon) {
      fail(d, 'thonCode', unitNotFound(d.thonCode));
      continue;
    }
    if (thon.level !== 'thon' && thon.level !== 'xa') {
      fail(d, 'thonCode', `Đơn vị ${d.thonCode} không phải thôn, tổ dân phố (hoặc xã, phường): hộ gia đình phải thuộc một thôn, tổ dân phố.`);
      continue;
    }
    const ex = existing.get(d.code);
    let ok = true;
    if (!inScope(thon.path)) {
      fail(d, 'thonCode', outOfScope(d.thonCode));
      ok = false;
    }
    if (ex && ex.thonUnitId !== thon.id && !inScope(ex.unitPath)) {
      fail(d, 'code', `Hộ ${d.code} đang thuộc đơn vị ${ex.thonCode}, nằm ngoài phạm vi quản lý của bạn.`);
      ok = false;
    }
    if ((!ex || Number(ex.thonUnitId) !== thon.id) && !thon.active) {
      fail(d, 'thonCode', `Đơn vị ${d.thonCode} đã hết hiệu lực.`);
      ok = false;
    }
    if (!ok) continue;
    let headPersonId: number | null = ex?.headPersonId == null ? null : Number(ex.headPersonId);
    if (d.headCitizenId) {
      const p = heads.get(d.headCitizenId);
      headPersonId = p && canRead(p.unitPath) ? Number(p.id) : null;
    }
    const w: HouseholdWrite = { d, thon, headPersonId, before: ex };
    if (!ex) {
      plan.creates.push(w);
      plan.created++;
    } else if (
      norm(d.headName) !== norm(ex.headName) ||
      norm(d.address) !== norm(ex.address) ||
      Number(ex.thonUnitId) !== thon.id ||
      (ex.headPersonId == null ? null : Number(ex.headPersonId)) !== headPersonId
    ) {
      plan.updates.push(w);
      plan.updated++;
    } else plan.unchanged++;
  }
  return plan;
};

function householdRecord(id: number, w: HouseholdWrite): repo.HouseholdRecord {
  return {
    id, code: w.d.code, headPersonId: w.headPersonId, headName: w.d.headName, address: w.d.address,
    thonUnitId: w.thon.id, unitPath: w.thon.path, rootId: w.thon.rootId ?? w.thon.id,
  };
}

function householdView(rec: repo.HouseholdRecord, thon: UnitRef, version: number): repo.HouseholdRef {
  const { rootId: _r, ...rest } = rec;
  return { ...rest, thonCode: thon.code, version };
}

const applyHouseholds: Applier<HouseholdPlan> = async (tx, ctx, plan) => {
  const entries: AuditEntry[] = [];
  const ids = await repo.allocateIds(tx, 'households', plan.creates.length);
  const created = plan.creates.map((w, i) => householdRecord(ids[i], w));
  await repo.insertHouseholds(tx, created);
  plan.creates.forEach((w, i) => {
    entries.push({ action: 'import_create', entityType: 'household', entityId: ids[i], unitPath: w.thon.path, after: householdView(created[i], w.thon, 1) });
  });
  const updated = plan.updates.map((w) => ({ ...householdRecord(Number(w.before!.id), w), version: w.before!.version }));
  if ((await repo.updateHouseholds(tx, updated)) !== updated.length) throw versionConflict();
  plan.updates.forEach((w, i) => {
    entries.push({ action: 'import_update', entityType: 'household', entityId: updated[i].id, unitPath: w.thon.path, before: w.before, after: householdView(updated[i], w.thon, w.before!.version + 1) });
  });
  // the head is a member of the household, as when a household is created in the UI
  await repo.addHouseholdMembers(
    tx,
    [...created, ...updated.filter((h, i) => h.headPersonId !== null && h.headPersonId !== plan.updates[i].before!.headPersonId)]
      .filter((h) => h.headPersonId !== null)
      .map((h) => ({ householdId: h.id, personId: h.headPersonId!, relation: 'Chủ hộ' })),
  );
  await repo.auditMany(tx, ctx, entries);
};

export function importHouseholds(deps: Deps, ctx: Ctx, buffer: Buffer, opts: ImportOptions = {}) {
  return runImport(deps, ctx, 'households', buffer, opts, planHouseholds, applyHouseholds);
}

export function importFile(deps: Deps, ctx: Ctx, kind: ImportKind, buffer: Buffer, opts: ImportOptions = {}): Promise<ImportResult> {
  switch (kind) {
    case 'units':
      return importUnits(deps, ctx, buffer, opts);
    case 'people':
      return importPeople(deps, ctx, buffer, opts);
    case 'households':
      return importHouseholds(deps, ctx, buffer, opts);
  }
}

// ─── templates and exports ──────────────────────────────────────────────────────────────────────

async function workbook(deps: Deps, kind: ImportKind, rows?: Iterable<CellValue[]>): Promise<Buffer> {
  const unitKinds = kind === 'units' ? await unitRepo.listKinds(deps.database.db) : [];
  return writeWorkbook({ sheetName: KIND_INFO[kind].sheetName, columns: COLUMNS[kind], lists: listsFor(kind, unitKinds), intro: INTRO[kind], rows });
}

/** The empty template of a kind: headers, dropdowns and the guide sheet. */
export async function template(deps: Deps, ctx: Ctx, kind: ImportKind, opts: { asSystem?: boolean } = {}): Promise<{ filename: string; buffer: Buffer }> {
  if (!opts.asSystem && !hasRoleFor(ctx.actor, KIND_INFO[kind].resource, 'import')) throw new Forbidden();
  return { filename: `mau-nhap-${KIND_INFO[kind].slug}.xlsx`, buffer: await workbook(deps, kind) };
}

export interface UnitExportFilter {
  q?: string;
  level?: string;
  kind?: string;
  parentId?: number;
  includeInactive?: boolean;
}
export interface PeopleExportFilter {
  q?: string;
  unitId?: number;
  employmentCategory?: (typeof CATEGORY_OPTIONS)[number]['code'];
  gender?: (typeof GENDER_OPTIONS)[number]['code'];
}
export interface HouseholdExportFilter {
  q?: string;
  unitId?: number;
}
export type ExportFilter = UnitExportFilter | PeopleExportFilter | HouseholdExportFilter;

const tooMany = () =>
  new Invalid(`Danh sách có hơn ${MAX_EXPORT_ROWS.toLocaleString('vi-VN')} dòng, vượt giới hạn của một lần xuất. Hãy lọc bớt (theo đơn vị, từ khóa...) rồi xuất lại.`, undefined, 'EXPORT_TOO_LARGE');

const categoryName = new Map(CATEGORY_OPTIONS.map((o) => [o.code as string, o.name]));
const genderName = new Map(GENDER_OPTIONS.map((o) => [o.code as string, o.name]));

async function exportRows(deps: Deps, acting: Ctx, kind: ImportKind, f: ExportFilter): Promise<CellValue[][]> {
  const db = deps.database.db;
  const limit = MAX_EXPORT_ROWS + 1;
  switch (kind) {
    case 'units': {
      const uf = f as UnitExportFilter;
      const scopes = scopesFor(acting.actor, 'export', 'unit');
      let underPath: string | undefined;
      if (uf.parentId) {
        const parent = await unitRepo.findById(db, uf.parentId);
        if (!parent) throw new NotFound('Không tìm thấy đơn vị.');
        authorize(acting.actor, 'export', { type: 'unit', unitPath: parent.path });
        underPath = parent.path;
      }
      const list = await unitRepo.listAll(db, { q: uf.q, level: uf.level, kind: uf.kind, includeInactive: uf.includeInactive, underPath, scopes }, limit);
      if (list.length > MAX_EXPORT_ROWS) throw tooMany();
      return list.map((u) => [u.code, u.name, u.level, u.kind, yesNo(u.legalPersonality), u.parentCode, u.address, excelDate(u.validFrom), excelDate(u.validTo)]);
    }
    case 'people': {
      const filter = await peopleSvc.filterFor(deps, acting, 'export', f as PeopleExportFilter);
      const list = await peopleRepo.listAll(db, filter, limit);
      if (list.length > MAX_EXPORT_ROWS) throw tooMany();
      return list.map((p) => [
        p.fullName, genderName.get(p.gender) ?? p.gender, excelDate(p.birthDate), p.ethnicity, p.citizenId, p.position,
        categoryName.get(p.employmentCategory) ?? p.employmentCategory, yesNo(p.isLeader), yesNo(p.isDirectWorker), p.unitCode,
      ]);
    }
    case 'households': {
      const filter = await householdSvc.filterFor(deps, acting, 'export', f as HouseholdExportFilter);
      const list = await repo.householdsForExport(db, filter, limit);
      if (list.length > MAX_EXPORT_ROWS) throw tooMany();
      return list.map((h) => [h.code, h.headName, h.headCitizenId, h.address, h.thonCode]);
    }
  }
}

/**
 * What the list shows, with the list's filters, in the template's columns (so it can be edited
 * and imported back). The export itself is recorded in the audit trail: it carries personal data.
 */
export async function exportWorkbook(
  deps: Deps,
  ctx: Ctx,
  kind: ImportKind,
  filter: ExportFilter,
  opts: { asSystem?: boolean } = {},
): Promise<{ filename: string; buffer: Buffer; count: number }> {
  const acting = await actingCtx(deps.database.db, ctx, opts.asSystem);
  const rows = await exportRows(deps, acting, kind, filter);
  const buffer = await workbook(deps, kind, rows);
  await repo.auditMany(deps.database.db, ctx, [
    { action: 'export', entityType: 'export', entityId: null, after: { kind, count: rows.length, filter: exportFilterForAudit(filter) } },
  ]);
  return { filename: `${KIND_INFO[kind].slug}-${todayVN()}.xlsx`, buffer, count: rows.length };
}

/** The search text may be a name or a citizen ID: the audit keeps only whether there was one. */
function exportFilterForAudit(f: ExportFilter): Record<string, unknown> {
  const { q, ...rest } = f as Record<string, unknown>;
  return { ...rest, ...(q ? { q: '(có từ khóa)' } : {}) };
}
