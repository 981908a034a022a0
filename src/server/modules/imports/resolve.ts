/**
 * Resolving what the rows name and deciding what to write: references to units (in the registry
 * and in the file), the records each row matches by natural key, the actor's scope, and whether a
 * matched record changes at all. Problems become row errors; the plan counts what would be
 * created, updated or left unchanged.
 */
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { can } from '../../platform/policy.js';
import type { PersonRow } from '../people/repo.js';
import type { ErrorList } from './cells.js';
import { HOUSEHOLD_HEAD, PEOPLE_HEAD, UNIT_HEAD, failOn, norm, type Fail, type HouseholdDraft, type PersonDraft, type UnitDraft } from './read.js';
import type { Counts } from './report.js';
import * as repo from './repo.js';
import type { UnitRef } from './repo.js';

const outOfScope = (code: string) => `Đơn vị ${code} nằm ngoài phạm vi quản lý của bạn.`;
const unitNotFound = (code: string) => `Không tìm thấy đơn vị có mã "${code}".`;

/** Records to create and to update (each with what it was), and the counts. */
export interface WritePlan<W> extends Counts {
  creates: W[];
  updates: W[];
}

function emptyPlan<W>(): WritePlan<W> {
  return { creates: [], updates: [], created: 0, updated: 0, unchanged: 0 };
}

/** A new record is created, a changed one updated, an identical one only counted. */
function tally<W>(plan: WritePlan<W>, w: W, exists: boolean, changed: () => boolean) {
  if (!exists) {
    plan.creates.push(w);
    plan.created++;
  } else if (changed()) {
    plan.updates.push(w);
    plan.updated++;
  } else plan.unchanged++;
}

/** Rows with format errors still have their unit checked, so the file's errors come all at once. */
function checkUnitsOnly(units: Map<string, UnitRef>, list: { row: number; code: string }[], key: string, inScope: (path: string) => boolean, fail: Fail) {
  for (const d of list) {
    const unit = units.get(d.code);
    if (!unit) fail(d, key, unitNotFound(d.code));
    else if (!inScope(unit.path)) fail(d, key, outOfScope(d.code));
  }
}

// ─── units ──────────────────────────────────────────────────────────────────────────────────────

export interface UnitPlan extends Counts {
  /** drafts to write, parents (and moved ancestors) first */
  order: { d: UnitDraft; existing?: UnitRef; moved: boolean }[];
}

export function unitChanged(d: UnitDraft, u: UnitRef): boolean {
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

export async function resolveUnits(tx: Executor, acting: Ctx, drafts: UnitDraft[], errors: ErrorList): Promise<UnitPlan> {
  const fail = failOn(errors, UNIT_HEAD);
  const file = new Map(drafts.map((d) => [d.code, d]));

  // 1. references
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

  // 2. where every row ends up: the parent's final path plus itself, in dependency order. A unit
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

  // 3. scope and counts
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
  return { order: kept, created, updated, unchanged };
}

// ─── people ─────────────────────────────────────────────────────────────────────────────────────

export interface PersonWrite {
  d: PersonDraft;
  unit: UnitRef;
  before?: PersonRow;
}

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

export async function resolvePeople(
  tx: Executor,
  acting: Ctx,
  { drafts, unitOnly }: { drafts: PersonDraft[]; unitOnly: { row: number; unitCode: string }[] },
  errors: ErrorList,
): Promise<WritePlan<PersonWrite>> {
  const fail = failOn(errors, PEOPLE_HEAD);
  const units = await repo.unitsByCodes(tx, [...drafts, ...unitOnly].map((d) => d.unitCode));
  const inScope = (path: string) => can(acting.actor, 'import', { type: 'person', unitPath: path });
  checkUnitsOnly(units, unitOnly.map((d) => ({ row: d.row, code: d.unitCode })), 'unitCode', inScope, fail);
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
  const plan = emptyPlan<PersonWrite>();
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
    const before = existing;
    tally(plan, { d, unit, before }, !!before, () => personChanged(d, unit, before!));
  }
  return plan;
}

// ─── households ─────────────────────────────────────────────────────────────────────────────────

export interface HouseholdWrite {
  d: HouseholdDraft;
  thon: UnitRef;
  headPersonId: number | null;
  before?: repo.HouseholdRef;
}

function householdChanged(d: HouseholdDraft, thon: UnitRef, headPersonId: number | null, h: repo.HouseholdRef): boolean {
  return (
    norm(d.headName) !== norm(h.headName) ||
    norm(d.address) !== norm(h.address) ||
    Number(h.thonUnitId) !== thon.id ||
    (h.headPersonId == null ? null : Number(h.headPersonId)) !== headPersonId
  );
}

export async function resolveHouseholds(
  tx: Executor,
  acting: Ctx,
  { drafts, unitOnly }: { drafts: HouseholdDraft[]; unitOnly: { row: number; thonCode: string }[] },
  errors: ErrorList,
): Promise<WritePlan<HouseholdWrite>> {
  const fail = failOn(errors, HOUSEHOLD_HEAD);
  const units = await repo.unitsByCodes(tx, [...drafts, ...unitOnly].map((d) => d.thonCode));
  const inScope = (path: string) => can(acting.actor, 'import', { type: 'household', unitPath: path });
  checkUnitsOnly(units, unitOnly.map((d) => ({ row: d.row, code: d.thonCode })), 'thonCode', inScope, fail);
  const existing = await repo.householdsByCodes(tx, drafts.map((d) => d.code));
  const heads = await repo.peopleByCitizenIds(tx, drafts.flatMap((d) => (d.headCitizenId ? [d.headCitizenId] : [])));

  // a head outside what the actor may read is not linked (and not revealed)
  const canRead = (path: string) => can(acting.actor, 'read', { type: 'person', unitPath: path });
  const plan = emptyPlan<HouseholdWrite>();
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
    tally(plan, { d, thon, headPersonId, before: ex }, !!ex, () => householdChanged(d, thon, headPersonId, ex!));
  }
  return plan;
}
