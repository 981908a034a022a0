/**
 * The nominee list of a dossier in Excel: template, import and export. Like every import of tdkt,
 * the whole file is checked first and every problem reported (row, column, reason); then all rows
 * are written in one transaction, or none. A row is identified by its subject and award, so
 * importing the same file again changes nothing.
 */
import crypto from 'node:crypto';
import { catalogAt, isEditable, type DossierState } from '../../../domain/index.js';
import { isValidCitizenId } from '../../../shared/codes.js';
import { assertXlsx, readTable, writeWorkbook, type CellValue } from '../../documents/xlsx.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { Conflict, NotFound, Unprocessable, versionConflict } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, can, isInScope } from '../../platform/policy.js';
import { ErrorList, RowReader, excelDate } from '../imports/cells.js';
import type { ColumnSpec } from '../imports/columns.js';
import { resolveSubjects } from '../imports/subjects.js';
import * as rules from '../rules/service.js';
import * as repo from './repo.js';

export const TEXT = '@';
export const MAX_ROWS = 5000;

/** The columns that find a person without a citizen id the same way in every list of nominees or entries. */
export const PERSON_COLUMNS: ColumnSpec[] = [
  { key: 'citizenId', header: 'Số CCCD', width: 16, numFmt: TEXT, help: 'Cá nhân: số CCCD (12 chữ số). Không có thì nhận biết theo Họ và tên + Mã đơn vị (+ Ngày sinh).' },
  { key: 'fullName', header: 'Họ và tên', width: 26, help: 'Cá nhân: họ và tên như trong danh sách cá nhân.' },
  { key: 'birthDate', header: 'Ngày sinh', width: 13, numFmt: 'dd/mm/yyyy', help: 'Cá nhân không có số CCCD, khi đơn vị có hai người trùng tên: ngày sinh dd/mm/yyyy.' },
];

/** How a list imports, as its template's first page tells it. */
export const IMPORT_INTRO = [
  'Dòng đầu tiên là tiêu đề, giữ nguyên tên các cột. Cột có dấu * là bắt buộc.',
  'Tệp được kiểm tra toàn bộ trước khi nhập: nếu có lỗi, hệ thống liệt kê mọi lỗi (dòng, cột, lý do) và không nhập dòng nào.',
];

/** A row's person: citizen id (checked), full name and birth date. */
export function readPerson(rd: RowReader) {
  const citizenId = rd.digits('citizenId', 12);
  if (citizenId !== null && !isValidCitizenId(citizenId)) rd.fail('citizenId', `"${citizenId}" không hợp lệ: số CCCD gồm 12 chữ số, 3 số đầu là mã tỉnh.`);
  const fullName = rd.text('fullName', { max: 150 });
  const birthDate = rd.date('birthDate', { min: '1900-01-01', max: '2100-12-31', what: 'Ngày sinh' });
  return { citizenId, fullName, birthDate };
}

export const NOMINEE_COLUMNS: ColumnSpec[] = [
  { key: 'subjectType', header: 'Đối tượng', required: true, width: 14, list: 'subjects', help: 'Cá nhân, Tập thể hoặc Hộ gia đình.' },
  ...PERSON_COLUMNS,
  { key: 'unitCode', header: 'Mã đơn vị', width: 16, numFmt: TEXT, help: 'Tập thể: mã của đơn vị được đề nghị. Cá nhân không có số CCCD: mã đơn vị nơi công tác.' },
  { key: 'householdCode', header: 'Mã hộ', width: 18, numFmt: TEXT, help: 'Hộ gia đình: mã hộ.' },
  { key: 'award', header: 'Mã danh hiệu, hình thức', required: true, width: 18, list: 'awards', listLoose: true, help: 'Mã trong danh mục (ví dụ LDTT, CSTD_CS, GK, BK_TINH; xem danh sách).' },
  { key: 'achievement', header: 'Tóm tắt thành tích', width: 60, help: 'Tóm tắt thành tích, tối đa 4000 ký tự.' },
];

const SUBJECT_OPTIONS = [
  { code: 'person' as const, name: 'Cá nhân' },
  { code: 'unit' as const, name: 'Tập thể' },
  { code: 'household' as const, name: 'Hộ gia đình' },
];
const SUBJECT_CODE = { person: 'ca_nhan', unit: 'tap_the', household: 'ho_gia_dinh' } as const;
const headers = Object.fromEntries(NOMINEE_COLUMNS.map((c) => [c.key, c.header]));

function workbook(rows?: CellValue[][]) {
  return writeWorkbook({
    sheetName: 'Danh sách đề nghị',
    columns: NOMINEE_COLUMNS,
    lists: [
      { key: 'subjects', title: 'Đối tượng', items: SUBJECT_OPTIONS.map((o) => ({ value: o.name })) },
      { key: 'awards', title: 'Danh hiệu, hình thức', items: catalogAt(rules.todayVN()).entries.map((e) => ({ value: e.code, meaning: e.name })) },
    ],
    intro: [
      'Mỗi dòng là một cá nhân, tập thể hoặc hộ gia đình được đề nghị một danh hiệu thi đua hoặc hình thức khen thưởng.',
      ...IMPORT_INTRO,
      'Nhập lại cùng một tệp không làm thay đổi dữ liệu: dòng đã có (cùng đối tượng, cùng mã khen thưởng) chỉ được cập nhật tóm tắt thành tích.',
    ],
    rows,
  });
}

export async function template() {
  return { filename: 'mau-danh-sach-de-nghi.xlsx', buffer: await workbook() };
}

interface Planned {
  row: number;
  subject: 'person' | 'unit' | 'household';
  subjectId: number;
  name: string;
  award: string;
  achievement: string | null;
}

export interface NomineeImportResult {
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
}

export async function importNominees(deps: Deps, ctx: Ctx, dossierId: number, buffer: Buffer, opts: { dryRun: boolean }): Promise<NomineeImportResult> {
  const db = deps.database.db;
  const d = await repo.findById(db, dossierId);
  if (!d) throw new NotFound('Không tìm thấy hồ sơ đề nghị khen thưởng.');
  authorize(ctx.actor, 'import', { type: 'dossier', unitPath: d.proposingPath });
  if (!isEditable(d.state as DossierState)) throw new Conflict('Chỉ nhập danh sách khi hồ sơ là dự thảo hoặc đã được trả lại để bổ sung.', undefined, 'NOT_EDITABLE');
  await assertXlsx(buffer);
  const table = await readTable(buffer, NOMINEE_COLUMNS, { maxRows: MAX_ROWS });
  const { params } = await rules.loadSettings(db);
  const catalog = new Map(catalogAt(rules.todayVN(), params).entries.map((e) => [e.code, e]));
  const errors = new ErrorList();

  const drafts = table.flatMap((r) => {
    const rd = new RowReader(r, headers, errors);
    const subject = rd.oneOf('subjectType', SUBJECT_OPTIONS, { required: true, listName: 'đối tượng' });
    const { citizenId, fullName, birthDate } = readPerson(rd);
    const unitCode = rd.text('unitCode', { max: 40 });
    const householdCode = rd.text('householdCode', { max: 40 });
    const awardRaw = rd.text('award', { required: true, max: 40 });
    const achievement = rd.text('achievement', { max: 4000 });
    const award = awardRaw?.toUpperCase();
    const entry = award ? catalog.get(award) : undefined;
    if (award && !entry) rd.fail('award', `"${awardRaw}" không có trong danh mục danh hiệu thi đua, hình thức khen thưởng (xem trang "Hướng dẫn").`);
    else if (entry && subject && !entry.subjects.includes(SUBJECT_CODE[subject])) {
      rd.fail('award', `${entry.name} không áp dụng cho ${SUBJECT_OPTIONS.find((o) => o.code === subject)!.name.toLowerCase()}.`);
    }
    if (subject === 'person' && !citizenId && (!fullName || !unitCode)) rd.fail('citizenId', 'Cá nhân: nhập số CCCD, hoặc Họ và tên + Mã đơn vị (+ Ngày sinh).');
    if (subject === 'unit' && !unitCode) rd.fail('unitCode', 'Tập thể: nhập Mã đơn vị.');
    if (subject === 'household' && !householdCode) rd.fail('householdCode', 'Hộ gia đình: nhập Mã hộ.');
    if (errors.rows.has(r.row)) return [];
    return [{ row: r.row, subject: subject!, citizenId, fullName: fullName ?? null, birthDate: birthDate ?? null, unitCode: unitCode ?? null, householdCode: householdCode ?? null, award: award!, achievement: achievement ?? null }];
  });

  const fail = (row: number, key: string | null, message: string) => errors.add(row, key === null ? null : headers[key], message);
  const subjects = await resolveSubjects(db, drafts, fail);

  const planned: Planned[] = [];
  for (const x of drafts) {
    const found = subjects.get(x.row);
    if (!found) continue;
    if (!isInScope(d.proposingPath, found.path)) {
      fail(x.row, found.field, `${found.name} không thuộc ${d.proposingUnitName}: chỉ đề nghị cho cá nhân, tập thể, hộ gia đình của đơn vị mình.`);
      continue;
    }
    planned.push({ row: x.row, subject: x.subject, subjectId: found.id, name: found.name, award: x.award, achievement: x.achievement });
  }
  const keyOf = (p: { subject: string; subjectId: number; award: string }) => `${p.subject}|${p.subjectId}|${p.award}`;
  const seen = new Map<string, number>();
  for (const p of planned) {
    const first = seen.get(keyOf(p));
    if (first !== undefined) fail(p.row, null, `Trùng với dòng ${first} (cùng đối tượng và cùng danh hiệu, hình thức).`);
    else seen.set(keyOf(p), p.row);
  }
  if (errors.size > 0) {
    throw new Unprocessable(`Tệp có ${errors.size.toLocaleString('vi-VN')} lỗi, chưa nhập dòng nào.`, { errors: errors.sorted() }, 'IMPORT_INVALID');
  }

  const sha256 = crypto.createHash('sha256').update(buffer).digest('hex');
  return db.transaction(async (tx) => {
    const current = await repo.nominees(tx, dossierId);
    const existing = new Map(current.map((n) => [keyOf({ subject: n.subject, subjectId: Number(n.personId ?? n.unitId ?? n.householdId), award: n.award }), n]));
    const creates = planned.filter((p) => !existing.has(keyOf(p)));
    const updates = planned.filter((p) => {
      const n = existing.get(keyOf(p));
      return n && p.achievement !== null && p.achievement !== n.achievement;
    });
    const result = { dryRun: opts.dryRun, total: table.length, created: creates.length, updated: updates.length, unchanged: planned.length - creates.length - updates.length };
    if (opts.dryRun || (creates.length === 0 && updates.length === 0)) return result;
    for (const p of creates) {
      const id = await repo.insertNominee(tx, dossierId, { subject: p.subject, subjectId: p.subjectId, name: p.name, award: p.award, achievement: p.achievement });
      await audit(tx, ctx, { action: 'import_create', entityType: 'dossier_nominee', entityId: id, unitPath: d.proposingPath, after: { dossierId, ...p } });
    }
    for (const p of updates) {
      const n = existing.get(keyOf(p))!;
      if (!(await repo.updateNominee(tx, n.id, n.version, { achievement: p.achievement }))) throw versionConflict();
      await audit(tx, ctx, { action: 'import_update', entityType: 'dossier_nominee', entityId: n.id, unitPath: d.proposingPath, before: { achievement: n.achievement }, after: { achievement: p.achievement } });
    }
    await repo.touch(tx, dossierId);
    await audit(tx, ctx, { action: 'import', entityType: 'import', entityId: null, unitPath: d.proposingPath, after: { kind: 'dossier.nominees', dossierId, sha256, ...result } });
    return result;
  });
}

export async function exportNominees(deps: Deps, ctx: Ctx, dossierId: number) {
  const db = deps.database.db;
  const d = await repo.findById(db, dossierId);
  if (!d) throw new NotFound('Không tìm thấy hồ sơ đề nghị khen thưởng.');
  const readable = can(ctx.actor, 'export', { type: 'dossier', unitPath: d.proposingPath }) || (d.state !== 'draft' && can(ctx.actor, 'export', { type: 'dossier', unitPath: d.receivingPath }));
  if (!readable) authorize(ctx.actor, 'export', { type: 'dossier', unitPath: d.proposingPath });
  const list = await repo.nomineeCodes(db, dossierId);
  const rows: CellValue[][] = list.map((n) => [
    SUBJECT_OPTIONS.find((o) => o.code === n.subject)!.name,
    n.citizenId,
    n.subject === 'person' ? n.name : null,
    excelDate(n.birthDate),
    n.unitCode,
    n.householdCode,
    n.award,
    n.achievement,
  ]);
  return { filename: `danh-sach-de-nghi-${d.code}.xlsx`, buffer: await workbook(rows) };
}
