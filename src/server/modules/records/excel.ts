/**
 * Excel templates, import and export of ratings, initiatives and the award register, on the
 * patterns of the imports module: the whole file is checked first (format, codes, subjects, the
 * actor's scope, duplicates) and every problem reported with its row and column; then all rows are
 * written in one transaction, or none. Rows are matched by natural key — rating (subject, year);
 * award (subject, award code, year, decision no.); initiative (title, year, owning unit) — so
 * importing the same file again changes nothing.
 */
import crypto from 'node:crypto';
import { AWARD_CODES, RATINGS, RATING_NAMES, SCOPES, SCOPE_NAMES, awardName, isAwardCode } from '../../../domain/index.js';
import { isValidCitizenId } from '../../../shared/codes.js';
import { assertXlsx, readTable, writeWorkbook, type CellValue, type TableRow } from '../../documents/xlsx.js';
import type { AuditEntry } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { Forbidden, Invalid, Unprocessable, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { can, hasRoleFor } from '../../platform/policy.js';
import { ErrorList, RowReader, excelDate } from '../imports/cells.js';
import type { ColumnSpec } from '../imports/columns.js';
import * as importRepo from '../imports/repo.js';
import { KINDS, type SubjectType } from './kinds.js';
import * as repo from './repo.js';
import type { Owner } from './repo.js';
import type { Author } from './schemas.js';
import { crossCheck, filterFor } from './service.js';
import type { ListQuery } from './schemas.js';


export const EXCEL_KINDS = ['ratings', 'awards', 'initiatives'] as const;
export type ExcelKind = (typeof EXCEL_KINDS)[number];

export const MAX_ROWS = 100_000;
const TEXT = '@';
const DATE = 'dd/mm/yyyy';

const SUBJECT_OPTIONS: { code: SubjectType; name: string }[] = [
  { code: 'person', name: 'Cá nhân' },
  { code: 'unit', name: 'Tập thể' },
  { code: 'household', name: 'Hộ gia đình' },
];
const SUBJECT_NAME = new Map(SUBJECT_OPTIONS.map((o) => [o.code, o.name]));

const subjectColumns = (household: boolean): ColumnSpec[] => [
  { key: 'subjectType', header: 'Đối tượng', required: true, width: 14, list: household ? 'subjects3' : 'subjects2', help: household ? 'Cá nhân, Tập thể hoặc Hộ gia đình.' : 'Cá nhân hoặc Tập thể.' },
  { key: 'citizenId', header: 'Số CCCD', width: 16, numFmt: TEXT, help: 'Cá nhân: số CCCD (12 chữ số). Không có thì cá nhân được nhận biết theo Mã đơn vị + Họ và tên + Ngày sinh.' },
  { key: 'fullName', header: 'Họ và tên', width: 26, help: 'Cá nhân: họ và tên như trong danh sách cá nhân.' },
  { key: 'birthDate', header: 'Ngày sinh', width: 13, numFmt: DATE, help: 'Cá nhân không có số CCCD: ngày sinh dạng dd/mm/yyyy.' },
  { key: 'unitCode', header: 'Mã đơn vị', width: 16, numFmt: TEXT, help: 'Tập thể: mã của đơn vị được xếp loại, khen thưởng. Cá nhân không có số CCCD: mã đơn vị nơi cá nhân công tác.' },
  ...(household ? [{ key: 'householdCode', header: 'Mã hộ', width: 18, numFmt: TEXT, help: 'Hộ gia đình: mã hộ.' }] : []),
];

export const COLUMNS: Record<ExcelKind, ColumnSpec[]> = {
  ratings: [
    ...subjectColumns(false),
    { key: 'year', header: 'Năm', required: true, width: 8, help: 'Năm được đánh giá, xếp loại (ví dụ 2025).' },
    { key: 'rating', header: 'Xếp loại', required: true, width: 12, list: 'ratings', help: 'Mã xếp loại: HTXSNV, HTTNV, HTNV, KHTNV (xem danh sách).' },
    { key: 'note', header: 'Ghi chú', width: 30, help: 'Tối đa 1000 ký tự.' },
  ],
  awards: [
    ...subjectColumns(true),
    { key: 'award', header: 'Mã danh hiệu, hình thức', required: true, width: 16, list: 'awards', listLoose: true, help: 'Mã trong danh mục danh hiệu thi đua, hình thức khen thưởng (ví dụ LDTT, CSTD_CS, BK_TINH; xem danh sách).' },
    { key: 'year', header: 'Năm', required: true, width: 8, help: 'Năm thành tích (ví dụ 2025).' },
    { key: 'decisionNo', header: 'Số quyết định', required: true, width: 18, numFmt: TEXT, help: 'Số, ký hiệu quyết định khen thưởng (ví dụ 1234/QĐ-UBND).' },
    { key: 'decisionDate', header: 'Ngày quyết định', width: 13, numFmt: DATE, help: 'Dạng dd/mm/yyyy.' },
    { key: 'decider', header: 'Cấp quyết định', width: 26, help: 'Người, cơ quan ký quyết định (ví dụ Chủ tịch UBND tỉnh).' },
    { key: 'note', header: 'Ghi chú', width: 30, help: 'Tối đa 1000 ký tự.' },
  ],
  initiatives: [
    { key: 'title', header: 'Tên sáng kiến', required: true, width: 40, help: 'Tên sáng kiến, 3–500 ký tự.' },
    { key: 'year', header: 'Năm', required: true, width: 8, help: 'Năm được công nhận.' },
    { key: 'unitCode', header: 'Mã đơn vị', required: true, width: 16, numFmt: TEXT, help: 'Mã đơn vị quản lý sáng kiến (đơn vị của tác giả chính).' },
    { key: 'scope', header: 'Phạm vi ảnh hưởng', required: true, width: 14, list: 'scopes', help: 'co_so, tinh hoặc toan_quoc (hoặc tên: Cơ sở, Tỉnh, Toàn quốc).' },
    { key: 'recognizedBy', header: 'Cơ quan công nhận', width: 26, help: 'Hội đồng, cơ quan công nhận sáng kiến.' },
    { key: 'decisionNo', header: 'Số quyết định', width: 16, numFmt: TEXT, help: 'Số quyết định công nhận.' },
    { key: 'decisionDate', header: 'Ngày quyết định', width: 13, numFmt: DATE, help: 'Dạng dd/mm/yyyy.' },
    { key: 'authors', header: 'Tác giả', required: true, width: 40, help: 'Các tác giả cách nhau bởi dấu chấm phẩy, mỗi người: Họ tên [số CCCD nếu có] (tỷ lệ %). Ví dụ: Hoàng Thị Mai [001080000123] (70); Lý Văn Khải (30). Tác giả có số CCCD, hoặc có họ tên trùng đúng một người trong đơn vị, được liên kết với cá nhân đó.' },
    { key: 'usedForAward', header: 'Đã dùng để xét (mã)', width: 14, help: 'Nếu sáng kiến đã được dùng làm căn cứ khen thưởng: mã danh hiệu, hình thức đó (mỗi sáng kiến chỉ được tính một lần).' },
    { key: 'usedForYear', header: 'Năm đã dùng', width: 10, help: 'Năm của khen thưởng đã dùng sáng kiến.' },
    { key: 'note', header: 'Ghi chú', width: 30, help: 'Tối đa 1000 ký tự.' },
  ],
};

const INFO: Record<ExcelKind, { sheetName: string; slug: string; intro: string }> = {
  ratings: { sheetName: 'Xếp loại', slug: 'xep-loai', intro: 'Mỗi dòng là xếp loại một năm của một cá nhân hoặc tập thể; mỗi đối tượng chỉ có một xếp loại mỗi năm (nhập lại là cập nhật).' },
  awards: { sheetName: 'Sổ khen thưởng', slug: 'so-khen-thuong', intro: 'Mỗi dòng là một khen thưởng đã có quyết định (lịch sử khen thưởng), nhận biết theo đối tượng + mã + năm + số quyết định.' },
  initiatives: { sheetName: 'Sáng kiến', slug: 'sang-kien', intro: 'Mỗi dòng là một sáng kiến đã được công nhận, nhận biết theo tên + năm + mã đơn vị.' },
};

const COMMON_INTRO = [
  'Dòng đầu tiên là tiêu đề, giữ nguyên tên các cột. Cột có dấu * là bắt buộc.',
  'Tệp được kiểm tra toàn bộ trước khi nhập: nếu có lỗi, hệ thống liệt kê mọi lỗi (dòng, cột, lý do) và không nhập dòng nào.',
  'Nhập lại cùng một tệp không làm thay đổi dữ liệu: dòng giống hệt dữ liệu đã có được bỏ qua.',
];

function listsFor(kind: ExcelKind) {
  const subjects2 = { key: 'subjects2', title: 'Đối tượng', items: SUBJECT_OPTIONS.slice(0, 2).map((o) => ({ value: o.name })) };
  const subjects3 = { key: 'subjects3', title: 'Đối tượng', items: SUBJECT_OPTIONS.map((o) => ({ value: o.name })) };
  switch (kind) {
    case 'ratings':
      return [subjects2, { key: 'ratings', title: 'Xếp loại', items: RATINGS.map((r) => ({ value: r, meaning: RATING_NAMES[r] })) }];
    case 'awards':
      return [subjects3, { key: 'awards', title: 'Danh hiệu, hình thức', items: AWARD_CODES.map((c) => ({ value: c, meaning: awardName(c) })) }];
    case 'initiatives':
      return [{ key: 'scopes', title: 'Phạm vi', items: SCOPES.map((s) => ({ value: s, meaning: SCOPE_NAMES[s] })) }];
  }
}

const headersOf = (cols: ColumnSpec[]) => Object.fromEntries(cols.map((c) => [c.key, c.header]));
const norm = (v: unknown) => (v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? null : typeof v === 'string' ? v.normalize('NFC') : v);

export interface ImportResult {
  kind: ExcelKind;
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
}

interface Draft {
  row: number;
  subject: SubjectType;
  citizenId: string | null;
  fullName: string | null;
  birthDate: string | null;
  unitCode: string | null;
  householdCode: string | null;
  values: Record<string, unknown>;
  /** for initiatives: authors as written, resolved against people later */
  authorsText?: { name: string; citizenId: string | null; share: number }[];
}

/** "Hoàng Thị Mai [001080000123] (70); Lý Văn Khải (30)" */
function parseAuthors(text: string): { name: string; citizenId: string | null; share: number }[] | string {
  const out: { name: string; citizenId: string | null; share: number }[] = [];
  for (const part of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*(?:\[(\d{12})\])?\s*\(\s*(\d+(?:[.,]\d+)?)\s*%?\s*\)$/u.exec(part);
    if (!m) return `"${part}" không đúng dạng Họ tên [số CCCD] (tỷ lệ %).`;
    const share = Number(m[3].replace(',', '.'));
    if (share < 0 || share > 100) return `Tỷ lệ của "${m[1]}" phải từ 0 đến 100.`;
    if (m[1].trim().length < 2) return `Họ tên tác giả "${m[1]}" quá ngắn.`;
    out.push({ name: m[1].trim(), citizenId: m[2] ?? null, share });
  }
  return out.length ? out : 'Cần ít nhất một tác giả.';
}

function parseRow(kind: ExcelKind, r: TableRow, errors: ErrorList): Draft | undefined {
  const head = headersOf(COLUMNS[kind]);
  const rd = new RowReader(r, head, errors);
  const yearText = rd.text('year', { required: true, pattern: /^\d{4}$/, patternMessage: 'Năm phải gồm 4 chữ số (ví dụ 2025).' });
  const year = yearText ? Number(yearText) : undefined;
  if (year !== undefined && (year < 1945 || year > 2100)) rd.fail('year', 'Năm không hợp lệ (từ 1945 đến 2100).');
  const note = rd.text('note', { max: 1000 });
  let d: Draft | undefined;
  if (kind === 'initiatives') {
    const title = rd.text('title', { required: true, min: 3, max: 500 });
    const unitCode = rd.text('unitCode', { required: true, max: 40 });
    const scope = rd.oneOf('scope', SCOPES.map((s) => ({ code: s, name: SCOPE_NAMES[s] })), { required: true, listName: 'phạm vi' });
    const recognizedBy = rd.text('recognizedBy', { max: 300 });
    const decisionNo = rd.text('decisionNo', { max: 100 });
    const decisionDate = rd.date('decisionDate', { min: '1945-01-01', max: '2100-12-31' });
    const authorsRaw = rd.text('authors', { required: true, max: 4000 });
    const parsed = authorsRaw ? parseAuthors(authorsRaw) : undefined;
    if (typeof parsed === 'string') rd.fail('authors', parsed);
    const usedForAward = rd.text('usedForAward', { max: 40 });
    if (usedForAward && !isAwardCode(usedForAward)) rd.fail('usedForAward', `"${usedForAward}" không có trong danh mục danh hiệu, hình thức khen thưởng.`);
    const usedForYearText = rd.text('usedForYear', { pattern: /^\d{4}$/, patternMessage: 'Năm phải gồm 4 chữ số.' });
    if ((usedForAward == null) !== (usedForYearText == null)) rd.fail(usedForAward ? 'usedForYear' : 'usedForAward', 'Nhập cả mã khen thưởng và năm đã dùng (hoặc để trống cả hai).');
    if (errors.rows.has(r.row)) return undefined;
    d = {
      row: r.row, subject: 'unit', citizenId: null, fullName: null, birthDate: null, unitCode: unitCode!, householdCode: null,
      values: {
        title, year, scope, recognizedBy: recognizedBy ?? null, decisionNo: decisionNo ?? null, decisionDate: decisionDate ?? null,
        usedForAward: usedForAward ?? null, usedForYear: usedForYearText ? Number(usedForYearText) : null, note: note ?? null,
      },
      authorsText: parsed as Draft['authorsText'],
    };
    const sum = d.authorsText!.reduce((n, a) => n + a.share, 0);
    if (sum > 100.0001) rd.fail('authors', `Tổng tỷ lệ đóng góp là ${sum}%, vượt quá 100%.`);
    return errors.rows.has(r.row) ? undefined : d;
  }
  const subject = rd.oneOf('subjectType', SUBJECT_OPTIONS.filter((o) => kind === 'awards' || o.code !== 'household'), { required: true, listName: 'đối tượng' });
  const citizenId = rd.digits('citizenId', 12);
  if (citizenId !== null && !isValidCitizenId(citizenId)) rd.fail('citizenId', `"${citizenId}" không hợp lệ: số CCCD phải gồm đúng 12 chữ số, 3 số đầu là mã tỉnh hợp lệ.`);
  const fullName = rd.text('fullName', { max: 150 });
  const birthDate = rd.date('birthDate', { min: '1900-01-01', max: '2100-12-31', what: 'Ngày sinh' });
  const unitCode = rd.text('unitCode', { max: 40 });
  const householdCode = kind === 'awards' ? rd.text('householdCode', { max: 40 }) : null;
  if (subject === 'person' && !citizenId && (!fullName || !unitCode)) rd.fail('citizenId', 'Cá nhân: nhập số CCCD, hoặc Họ và tên + Mã đơn vị (+ Ngày sinh).');
  if (subject === 'unit' && !unitCode) rd.fail('unitCode', 'Tập thể: nhập Mã đơn vị.');
  if (subject === 'household' && !householdCode) rd.fail('householdCode', 'Hộ gia đình: nhập Mã hộ.');
  const values: Record<string, unknown> = { year, note: note ?? null };
  if (kind === 'ratings') {
    values.rating = rd.oneOf('rating', RATINGS.map((x) => ({ code: x, name: RATING_NAMES[x] })), { required: true, listName: 'xếp loại' });
  } else {
    const award = rd.text('award', { required: true, max: 40 });
    if (award && !isAwardCode(award.toUpperCase())) rd.fail('award', `"${award}" không có trong danh mục danh hiệu thi đua, hình thức khen thưởng (xem trang "Hướng dẫn").`);
    else if (award && subject) {
      const errs = crossCheck('awards', subject, { award: award.toUpperCase() });
      for (const e of errs) rd.fail('award', e.message + '.');
    }
    values.award = award?.toUpperCase();
    values.decisionNo = rd.text('decisionNo', { required: true, max: 100 });
    values.decisionDate = rd.date('decisionDate', { min: '1945-01-01', max: '2100-12-31', what: 'Ngày quyết định' }) ?? null;
    values.decider = rd.text('decider', { max: 300 }) ?? null;
    values.source = 'import';
  }
  if (errors.rows.has(r.row)) return undefined;
  return { row: r.row, subject: subject!, citizenId, fullName: fullName ?? null, birthDate: birthDate ?? null, unitCode: unitCode ?? null, householdCode: householdCode ?? null, values };
}

/** natural key of a row once its subject is known */
function keyOf(kind: ExcelKind, owner: Owner, v: Record<string, unknown>): string {
  switch (kind) {
    case 'ratings':
      return `${owner.subject}|${owner.id}|${v.year}`;
    case 'awards':
      return `${owner.subject}|${owner.id}|${v.award}|${v.year}|${v.decisionNo}`;
    case 'initiatives':
      return `${v.title}|${v.year}|${owner.id}`;
  }
}

async function existingByKey(tx: Executor, kind: ExcelKind, owners: Owner[]): Promise<Map<string, repo.RecordRow>> {
  const spec = KINDS[kind];
  const out = new Map<string, repo.RecordRow>();
  const col = (s: SubjectType) => ({ person: 'personId', unit: 'unitId', household: 'householdId' })[s];
  for (const s of ['person', 'unit', 'household'] as const) {
    const ids = [...new Set(owners.filter((o) => o.subject === s).map((o) => o.id))];
    if (!ids.length || !spec.subjects.includes(s)) continue;
    for (const part of importRepo.chunks(ids, importRepo.LOOKUP_CHUNK)) {
      const rowsFound = await repo.listOfSubjects(tx, spec, s, part);
      for (const rec of rowsFound) {
        const owner: Owner = { subject: s, id: Number(rec[col(s)]), unitPath: rec.unitPath, rootId: null };
        out.set(keyOf(kind, owner, rec), rec);
      }
    }
  }
  return out;
}

interface Write {
  d: Draft;
  owner: Owner;
  values: Record<string, unknown>;
  before?: repo.RecordRow;
}

function changed(kind: ExcelKind, values: Record<string, unknown>, before: repo.RecordRow): boolean {
  return KINDS[kind].fields.some((f) => {
    if (values[f.key] === undefined) return false;
    if (f.type === 'json') return JSON.stringify(values[f.key]) !== JSON.stringify(before[f.key]);
    if (f.key === 'source') return false;
    return norm(values[f.key]) !== norm(before[f.key]);
  });
}

async function plan(tx: Executor, ctx: Ctx, kind: ExcelKind, table: TableRow[], errors: ErrorList) {
  const spec = KINDS[kind];
  const head = headersOf(COLUMNS[kind]);
  const fail = (row: number, key: string | null, message: string) => errors.add(row, key === null ? null : head[key], message);
  const drafts = table.map((r) => parseRow(kind, r, errors)).filter((d): d is Draft => !!d);
  // references
  const unitCodes = drafts.flatMap((d) => (d.unitCode ? [d.unitCode] : []));
  const units = await importRepo.unitsByCodes(tx, unitCodes);
  const byCccd = await importRepo.peopleByCitizenIds(tx, [
    ...drafts.flatMap((d) => (d.citizenId ? [d.citizenId] : [])),
    ...drafts.flatMap((d) => (d.authorsText ?? []).flatMap((a) => (a.citizenId ? [a.citizenId] : []))),
  ]);
  const keys = drafts.flatMap((d) => (d.subject === 'person' && !d.citizenId && d.unitCode && units.get(d.unitCode) ? [{ unitId: units.get(d.unitCode)!.id, fullName: d.fullName!, birthDate: d.birthDate }] : []));
  const byKey = await importRepo.peopleByKeys(tx, keys);
  const households = await importRepo.householdsByCodes(tx, drafts.flatMap((d) => (d.householdCode ? [d.householdCode] : [])));
  const thons = await importRepo.unitsByCodes(tx, [...households.values()].map((h) => h.thonCode));
  const inScope = (path: string) => can(ctx.actor, 'import', { type: spec.resource, unitPath: path });

  const writes: Write[] = [];
  for (const d of drafts) {
    let owner: Owner | undefined;
    if (d.subject === 'person') {
      if (d.citizenId) {
        const p = byCccd.get(d.citizenId);
        if (!p) fail(d.row, 'citizenId', `Không tìm thấy cá nhân có số CCCD ${d.citizenId}.`);
        else owner = { subject: 'person', id: Number(p.id), unitPath: p.unitPath, rootId: null };
      } else {
        const u = units.get(d.unitCode!);
        if (!u) fail(d.row, 'unitCode', `Không tìm thấy đơn vị có mã "${d.unitCode}".`);
        else {
          const found = byKey.get(importRepo.personKey({ unitId: u.id, fullName: d.fullName!, birthDate: d.birthDate })) ?? [];
          if (found.length === 0) fail(d.row, 'fullName', `Không tìm thấy cá nhân "${d.fullName}"${d.birthDate ? ' với ngày sinh này' : ''} trong đơn vị ${d.unitCode}.`);
          else if (found.length > 1) fail(d.row, 'fullName', `Có ${found.length} cá nhân "${d.fullName}" trong đơn vị ${d.unitCode}: hãy nhập số CCCD.`);
          else owner = { subject: 'person', id: Number(found[0].id), unitPath: found[0].unitPath, rootId: null };
        }
      }
    } else if (d.subject === 'unit') {
      const u = units.get(d.unitCode!);
      if (!u) fail(d.row, 'unitCode', `Không tìm thấy đơn vị có mã "${d.unitCode}".`);
      else owner = { subject: 'unit', id: u.id, unitPath: u.path, rootId: u.rootId ?? u.id };
    } else {
      const h = households.get(d.householdCode!);
      if (!h) fail(d.row, 'householdCode', `Không tìm thấy hộ gia đình có mã "${d.householdCode}".`);
      else {
        const thon = thons.get(h.thonCode);
        owner = { subject: 'household', id: Number(h.id), unitPath: h.unitPath, rootId: thon ? (thon.rootId ?? thon.id) : null };
      }
    }
    if (!owner) continue;
    if (!inScope(owner.unitPath)) {
      fail(d.row, d.subject === 'person' ? (d.citizenId ? 'citizenId' : 'fullName') : d.subject === 'unit' ? 'unitCode' : 'householdCode', 'Đối tượng này nằm ngoài phạm vi quản lý của bạn.');
      continue;
    }
    const values = { ...d.values };
    if (d.authorsText) {
      const authors: Author[] = [];
      for (const a of d.authorsText) {
        let personId: number | null = null;
        if (a.citizenId) {
          const p = byCccd.get(a.citizenId);
          if (!p) fail(d.row, 'authors', `Không tìm thấy cá nhân có số CCCD ${a.citizenId} (tác giả ${a.name}).`);
          else personId = Number(p.id);
        } else {
          const same = await repo.peopleNamed(tx, a.name, owner.unitPath);
          if (same.length === 1) personId = same[0];
        }
        authors.push({ personId, name: a.name, share: a.share });
      }
      values.authors = authors;
    }
    writes.push({ d, owner, values });
  }
  // duplicates within the file
  const seen = new Map<string, number>();
  const unique: Write[] = [];
  for (const w of writes) {
    const k = keyOf(kind, w.owner, w.values);
    const first = seen.get(k);
    if (first !== undefined) fail(w.d.row, null, `Trùng với dòng ${first} (cùng đối tượng${kind === 'ratings' ? ' và năm' : kind === 'awards' ? ', mã, năm và số quyết định' : ', tên và năm'}).`);
    else {
      seen.set(k, w.d.row);
      unique.push(w);
    }
  }
  const existing = await existingByKey(tx, kind, unique.map((w) => w.owner));
  const creates: Write[] = [];
  const updates: Write[] = [];
  let unchanged = 0;
  for (const w of unique) {
    if (errors.rows.has(w.d.row)) continue;
    const before = existing.get(keyOf(kind, w.owner, w.values));
    if (!before) creates.push(w);
    else if (changed(kind, w.values, before)) updates.push({ ...w, before });
    else unchanged++;
  }
  return { creates, updates, unchanged };
}

export async function importFile(deps: Deps, ctx: Ctx, kind: ExcelKind, buffer: Buffer, opts: { dryRun?: boolean } = {}): Promise<ImportResult> {
  const spec = KINDS[kind];
  if (!hasRoleFor(ctx.actor, spec.resource, 'import')) throw new Forbidden();
  await assertXlsx(buffer);
  const table = await readTable(buffer, COLUMNS[kind], { maxRows: MAX_ROWS });
  const sha256 = crypto.createHash('sha256').update(buffer).digest('hex');
  return deps.database.db.transaction(async (tx) => {
    await importRepo.lockImports(tx);
    const errors = new ErrorList();
    const p = await plan(tx, ctx, kind, table, errors);
    if (errors.size > 0) {
      throw new Unprocessable(`Tệp có ${errors.size.toLocaleString('vi-VN')} lỗi, chưa nhập dòng nào.`, { errors: errors.sorted() }, 'IMPORT_INVALID');
    }
    const result: ImportResult = { kind, dryRun: !!opts.dryRun, total: table.length, created: p.creates.length, updated: p.updates.length, unchanged: p.unchanged };
    if (opts.dryRun) return result;
    const entries: AuditEntry[] = [];
    for (const w of p.creates) {
      const id = await repo.insert(tx, spec, w.owner, w.values);
      entries.push({ action: 'import_create', entityType: spec.entityType, entityId: id, unitPath: w.owner.unitPath, after: { id, [`${w.owner.subject}Id`]: w.owner.id, ...w.values } });
    }
    for (const w of p.updates) {
      const { source: _s, ...values } = w.values;
      if (!(await repo.update(tx, spec, w.before!.id, w.before!.version, values))) throw versionConflict();
      entries.push({ action: 'import_update', entityType: spec.entityType, entityId: w.before!.id, unitPath: w.before!.unitPath, before: w.before, after: { ...w.before, ...values, version: w.before!.version + 1 } });
    }
    await importRepo.auditMany(tx, ctx, [
      ...entries,
      { action: 'import', entityType: 'import', entityId: null, after: { kind: `records.${kind}`, sha256, created: result.created, updated: result.updated, unchanged: result.unchanged } },
    ]);
    return result;
  });
}

function workbook(kind: ExcelKind, rows?: Iterable<CellValue[]>) {
  return writeWorkbook({ sheetName: INFO[kind].sheetName, columns: COLUMNS[kind], lists: listsFor(kind), intro: [INFO[kind].intro, ...COMMON_INTRO], rows });
}

export async function template(ctx: Ctx, kind: ExcelKind) {
  if (!hasRoleFor(ctx.actor, KINDS[kind].resource, 'import')) throw new Forbidden();
  return { filename: `mau-nhap-${INFO[kind].slug}.xlsx`, buffer: await workbook(kind) };
}

export async function exportWorkbook(deps: Deps, ctx: Ctx, kind: ExcelKind, q: Omit<ListQuery, 'page' | 'pageSize'>) {
  const spec = KINDS[kind];
  const f = await filterFor(deps, ctx, kind, 'export', q);
  const list = await repo.listAll(deps.database.db, spec, f, MAX_ROWS + 1);
  if (list.length > MAX_ROWS) throw new Invalid(`Danh sách có hơn ${MAX_ROWS.toLocaleString('vi-VN')} dòng. Hãy lọc bớt rồi xuất lại.`, undefined, 'EXPORT_TOO_LARGE');
  // subjects: citizen ID / name / birth date of people, unit codes, household codes
  const personIds = list.flatMap((r) => (r.personId ? [Number(r.personId)] : []));
  const people = new Map((await repo.exportPeople(deps.database.db, [...new Set(personIds)])).map((p) => [Number(p.id), p]));
  const subjectCells = (r: repo.RecordRow, household: boolean): CellValue[] => {
    const p = r.personId ? people.get(Number(r.personId)) : undefined;
    const type: SubjectType = r.personId ? 'person' : r.householdId ? 'household' : 'unit';
    const cells: CellValue[] = [SUBJECT_NAME.get(type)!, p?.citizenId ?? null, p?.fullName ?? null, excelDate(p?.birthDate ?? null), p ? p.unitCode : ((r.unitCode as string) ?? null)];
    if (household) cells.push((r.householdCode as string) ?? null);
    return cells;
  };
  const rowsOut: CellValue[][] = list.map((r) => {
    switch (kind) {
      case 'ratings':
        return [...subjectCells(r, false), Number(r.year), r.rating as string, (r.note as string) ?? null];
      case 'awards':
        return [...subjectCells(r, true), r.award as string, Number(r.year), r.decisionNo as string, excelDate((r.decisionDate as string) ?? null), (r.decider as string) ?? null, (r.note as string) ?? null];
      case 'initiatives': {
        const authors = (r.authors as Author[]).map((a) => `${a.name} (${a.share})`).join('; ');
        return [r.title as string, Number(r.year), r.unitCode as string, r.scope as string, (r.recognizedBy as string) ?? null, (r.decisionNo as string) ?? null,
          excelDate((r.decisionDate as string) ?? null), authors, (r.usedForAward as string) ?? null, r.usedForYear == null ? null : Number(r.usedForYear), (r.note as string) ?? null];
      }
    }
  });
  const buffer = await workbook(kind, rowsOut);
  await importRepo.auditMany(deps.database.db, ctx, [{ action: 'export', entityType: 'export', entityId: null, after: { kind: `records.${kind}`, count: rowsOut.length } }]);
  return { filename: `${INFO[kind].slug}.xlsx`, buffer };
}

