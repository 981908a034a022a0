/**
 * Use cases of the records (ratings, initiatives, research, discipline, pending matters, the award
 * register): load, authorize on the subject's unit, check, write in a transaction, audit.
 */
import { catalogData, isAwardCode } from '../../../domain/index.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { Invalid, NotFound, Conflict, versionConflict, withDuplicateMessages } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, scopesFor, type Action } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import { KINDS, type KindSpec, type RecordKind, type SubjectType } from './kinds.js';
import * as repo from './repo.js';
import type { RecordFilter, RecordRow } from './repo.js';
import type { Author, ListQuery } from './schemas.js';
import type { RecordOf } from '../../../shared/contract/records.js';

const SUBJECT_OF: Record<SubjectType, 'ca_nhan' | 'tap_the' | 'ho_gia_dinh'> = { person: 'ca_nhan', unit: 'tap_the', household: 'ho_gia_dinh' };
const SUBJECT_NAMES: Record<SubjectType, string> = { person: 'cá nhân', unit: 'đơn vị', household: 'hộ gia đình' };
const ID_KEY: Record<SubjectType, 'personId' | 'unitId' | 'householdId'> = { person: 'personId', unit: 'unitId', household: 'householdId' };

/**
 * A record as the API sends it (shared/contract/records.ts): the row without its unit path. The
 * row's columns come from the kind's spec (repo.selectOf), so their types are the contract's word
 * for them; the tests parse every response by the kind's schema.
 */
export function dto<K extends RecordKind = RecordKind>(r: RecordRow): RecordOf[K] {
  const { unitPath: _p, ...rest } = r;
  return rest as RecordOf[K];
}

export interface FieldError {
  field: string;
  message: string;
}

function fail(errors: FieldError[]): never {
  throw new Invalid('Dữ liệu không hợp lệ: ' + errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

/** Checks across fields, on the record as it will be (an update merged over what is stored). */
export function crossCheck(kind: RecordKind, subject: SubjectType | null, v: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (kind === 'awards' && subject && typeof v.award === 'string' && isAwardCode(v.award)) {
    const data = catalogData(v.award);
    if (data && !data.subjects.includes(SUBJECT_OF[subject])) {
      add('award', `${data.name} (${v.award}) không áp dụng cho ${SUBJECT_NAMES[subject]}; áp dụng cho: ${data.subjects.join(', ')}`);
    }
  }
  if (kind === 'awards' && typeof v.decisionDate === 'string' && Number(v.decisionDate.slice(0, 4)) < Number(v.year)) {
    add('decisionDate', `Ngày quyết định ${v.decisionDate} trước năm thành tích ${v.year}`);
  }
  if (kind === 'initiatives' || kind === 'research') {
    const list = (v.authors ?? []) as Author[];
    const sum = list.reduce((n, a) => n + a.share, 0);
    if (sum > 100.0001) add('authors', `Tổng tỷ lệ đóng góp của các tác giả là ${sum}%, vượt quá 100%`);
    const ids = list.flatMap((a) => (a.personId ? [a.personId] : []));
    if (new Set(ids).size !== ids.length) add('authors', 'Một cá nhân được ghi hai lần trong danh sách tác giả');
  }
  if (kind === 'initiatives' && (v.usedForAward == null) !== (v.usedForYear == null)) {
    add(v.usedForAward == null ? 'usedForAward' : 'usedForYear', 'Nhập cả mã khen thưởng và năm đã dùng sáng kiến để xét (hoặc để trống cả hai)');
  }
  if (kind === 'discipline' && v.toDate && String(v.toDate) < String(v.fromDate)) add('toDate', 'Ngày kết thúc kỷ luật trước ngày bắt đầu');
  if (kind === 'pending' && v.closedOn && String(v.closedOn) < String(v.openedOn)) add('closedOn', 'Ngày kết thúc vụ việc trước ngày phát sinh');
  return errors;
}

async function checkAuthors(deps: Deps, v: Record<string, unknown>) {
  const list = (v.authors ?? []) as Author[];
  const ids = list.flatMap((a) => (a.personId ? [a.personId] : []));
  const found = await repo.existingPeople(deps.database.db, ids);
  const missing = list.map((a, i) => ({ a, i })).filter(({ a }) => a.personId && !found.has(a.personId));
  if (missing.length) fail(missing.map(({ a, i }) => ({ field: `authors[${i}].personId`, message: `Không tìm thấy cá nhân có mã ${a.personId}` })));
}

/** Duplicate-key errors of a kind get a message that says what is duplicated. */
function writing<T>(spec: KindSpec, work: () => Promise<T>): Promise<T> {
  return withDuplicateMessages(spec.duplicates, work);
}

function subjectOf(spec: KindSpec, input: Record<string, unknown>): { subject: SubjectType; id: number } {
  const given = spec.subjects.filter((s) => input[ID_KEY[s]] !== undefined && input[ID_KEY[s]] !== null);
  if (given.length !== 1) {
    const names = spec.subjects.map((s) => ID_KEY[s]).join(', ');
    fail([{ field: spec.subjects.map((s) => ID_KEY[s]).join('|'), message: spec.subjects.length === 1 ? `Thiếu ${names}` : `Nhập đúng một trong: ${names}` }]);
  }
  return { subject: given[0], id: Number(input[ID_KEY[given[0]]]) };
}

async function loadRecord(deps: Deps, spec: KindSpec, id: number): Promise<RecordRow> {
  const r = await repo.findById(deps.database.db, spec, id);
  if (!r) throw new NotFound(`Không tìm thấy bản ghi ${spec.name}.`);
  return r;
}

const resourceOf = (spec: KindSpec, r: { unitPath: string }) => ({ type: spec.resource, unitPath: r.unitPath });

export async function filterFor(deps: Deps, ctx: Ctx, kind: RecordKind, action: Action, q: Omit<ListQuery, 'page' | 'pageSize'>): Promise<RecordFilter> {
  const spec = KINDS[kind];
  const scopes = scopesFor(ctx.actor, action, spec.resource);
  const f: RecordFilter = { scopes, year: q.year, award: q.award, subject: q.subject, q: q.q };
  if (q.unitId) {
    const u = await units.findById(deps.database.db, q.unitId);
    if (!u) throw new NotFound('Không tìm thấy đơn vị.');
    authorize(ctx.actor, action, { type: spec.resource, unitPath: u.path });
    if (q.unitOnly) f.subjectUnitId = u.id;
    else f.underPath = u.path;
  }
  if (q.personId) {
    const p = await repo.ownerOf(deps.database.db, 'person', q.personId);
    if (!p) throw new NotFound('Không tìm thấy cá nhân.');
    // authored records (initiatives, research) live in the owning unit, which may be out of scope
    if (!spec.authored) authorize(ctx.actor, action, { type: spec.resource, unitPath: p.unitPath });
    f.personId = p.id;
  }
  return f;
}

export async function list(deps: Deps, ctx: Ctx, kind: RecordKind, q: ListQuery) {
  const { page, pageSize, ...rest } = q;
  const f = await filterFor(deps, ctx, kind, 'read', rest);
  const out = await repo.list(deps.database.db, KINDS[kind], f, page, pageSize);
  return { items: out.items.map(dto), total: out.total, totalCapped: out.totalCapped, page, pageSize };
}

export async function get(deps: Deps, ctx: Ctx, kind: RecordKind, id: number) {
  const spec = KINDS[kind];
  const r = await loadRecord(deps, spec, id);
  authorize(ctx.actor, 'read', resourceOf(spec, r));
  return dto(r);
}

export async function create(deps: Deps, ctx: Ctx, kind: RecordKind, input: Record<string, unknown>) {
  const spec = KINDS[kind];
  const { subject, id } = subjectOf(spec, input);
  const owner = await repo.ownerOf(deps.database.db, subject, id);
  if (!owner) throw new NotFound(`Không tìm thấy ${SUBJECT_NAMES[subject]} có mã ${id} (trường ${ID_KEY[subject]}).`);
  authorize(ctx.actor, 'create', resourceOf(spec, owner));
  const errors = crossCheck(kind, subject, input);
  if (errors.length) fail(errors);
  await checkAuthors(deps, input);
  return writing(spec, () =>
    deps.database.db.transaction(async (tx) => {
      const newId = await repo.insert(tx, spec, owner, input);
      const created = (await repo.findById(tx, spec, newId))!;
      await audit(tx, ctx, { action: 'create', entityType: spec.entityType, entityId: newId, unitPath: created.unitPath, after: dto(created) });
      return dto(created);
    }),
  );
}

function subjectOfRow(spec: KindSpec, r: RecordRow): SubjectType | null {
  return spec.subjects.find((s) => r[ID_KEY[s]] !== null && r[ID_KEY[s]] !== undefined) ?? null;
}

export async function update(deps: Deps, ctx: Ctx, kind: RecordKind, id: number, input: Record<string, unknown> & { version: number }) {
  const spec = KINDS[kind];
  const before = await loadRecord(deps, spec, id);
  authorize(ctx.actor, 'update', resourceOf(spec, before));
  const { version, ...fields } = input;
  const errors = crossCheck(kind, subjectOfRow(spec, before), { ...before, ...fields });
  if (errors.length) fail(errors);
  await checkAuthors(deps, fields);
  return writing(spec, () =>
    deps.database.db.transaction(async (tx) => {
      if (!(await repo.update(tx, spec, id, version, fields))) throw versionConflict();
      const after = (await repo.findById(tx, spec, id))!;
      await audit(tx, ctx, { action: 'update', entityType: spec.entityType, entityId: id, unitPath: after.unitPath, before: dto(before), after: dto(after) });
      return dto(after);
    }),
  );
}

export async function remove(deps: Deps, ctx: Ctx, kind: RecordKind, id: number, version: number) {
  const spec = KINDS[kind];
  const before = await loadRecord(deps, spec, id);
  authorize(ctx.actor, 'delete', resourceOf(spec, before));
  await deps.database.db.transaction(async (tx) => {
    if (!(await repo.remove(tx, spec, id, version))) throw versionConflict();
    await audit(tx, ctx, { action: 'delete', entityType: spec.entityType, entityId: id, unitPath: before.unitPath, before: dto(before) });
  });
}

/**
 * Revokes an award of the register (Luật Thi đua, khen thưởng 2022 Điều 93): the date, the reason and
 * what was recovered (money, objects) are recorded; the entry stays in the register, marked, and the
 * eligibility engine no longer counts it; its certificate shows as revoked.
 */
export async function revokeAward(deps: Deps, ctx: Ctx, id: number, input: { version: number; revokedOn: string; reason: string; recovered?: string | null }) {
  const spec = KINDS.awards;
  const before = await loadRecord(deps, spec, id);
  authorize(ctx.actor, 'update', resourceOf(spec, before));
  if (await repo.revokedOnOf(deps.database.db, id)) throw new Conflict('Khen thưởng này đã bị hủy bỏ trước đó.', undefined, 'ALREADY_REVOKED');
  return deps.database.db.transaction(async (tx) => {
    if (!(await repo.revoke(tx, id, input.version, { revokedOn: input.revokedOn, reason: input.reason, recovered: input.recovered ?? null }))) throw versionConflict();
    const after = (await repo.findById(tx, spec, id))!;
    await audit(tx, ctx, { action: 'revoke', entityType: spec.entityType, entityId: id, unitPath: after.unitPath, before: dto(before), after: { ...dto(after), revokedOn: input.revokedOn, revokeReason: input.reason, recovered: input.recovered ?? null } });
    return { ...dto<'awards'>(after), revokedOn: input.revokedOn, revokeReason: input.reason, recovered: input.recovered ?? null };
  });
}
