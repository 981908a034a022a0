/**
 * Đăng ký thi đua in Excel: the titles a unit registers (the unit or its sub-units for collective
 * titles, its people for individual titles). Like every import of tdkt, the whole file is checked
 * first and every problem reported (row, column, reason); then all rows are written in one
 * transaction, or none. Importing the same file again adds nothing.
 */
import { catalogAt } from '../../../domain/index.js';
import { assertXlsx, readTable, writeWorkbook, type CellValue } from '../../documents/xlsx.js';
import { audit } from '../../platform/audit.js';
import { todayVN } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { Conflict, Unprocessable } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { authorize, isInScope } from '../../platform/policy.js';
import { ErrorList, RowReader } from '../imports/cells.js';
import type { ColumnSpec } from '../imports/columns.js';
import { resolveSubjects } from '../imports/subjects.js';
import { IMPORT_INTRO, MAX_ROWS, PERSON_COLUMNS, TEXT, readPerson } from '../dossiers/excel.js';
import * as repo from './repo.js';
import { load } from './service.js';


export const ENTRY_COLUMNS: ColumnSpec[] = [
  { key: 'subjectType', header: 'Đối tượng', required: true, width: 14, list: 'subjects', help: 'Cá nhân hoặc Tập thể.' },
  ...PERSON_COLUMNS,
  { key: 'unitCode', header: 'Mã đơn vị', width: 16, numFmt: TEXT, help: 'Tập thể: mã của đơn vị đăng ký (đơn vị mình hoặc đơn vị trực thuộc). Cá nhân không có số CCCD: mã đơn vị nơi công tác.' },
  { key: 'award', header: 'Mã danh hiệu', required: true, width: 16, list: 'awards', listLoose: true, help: 'Mã danh hiệu thi đua (ví dụ LDTT, CSTD_CS, TTLDTT, TTLDXS; xem danh sách).' },
  { key: 'note', header: 'Ghi chú', width: 40, help: 'Tối đa 1000 ký tự.' },
];
const SUBJECT_OPTIONS = [
  { code: 'ca_nhan' as const, name: 'Cá nhân' },
  { code: 'tap_the' as const, name: 'Tập thể' },
];
const headers = Object.fromEntries(ENTRY_COLUMNS.map((c) => [c.key, c.header]));

const titles = () => catalogAt(todayVN()).entries.filter((e) => e.kind === 'danh_hieu' && !e.subjects.includes('ho_gia_dinh'));

function workbook(data?: CellValue[][]) {
  return writeWorkbook({
    sheetName: 'Đăng ký thi đua',
    columns: ENTRY_COLUMNS,
    lists: [
      { key: 'subjects', title: 'Đối tượng', items: SUBJECT_OPTIONS.map((o) => ({ value: o.name })) },
      { key: 'awards', title: 'Danh hiệu thi đua', items: titles().map((e) => ({ value: e.code, meaning: e.name })) },
    ],
    intro: [
      'Mỗi dòng là một tập thể hoặc một cá nhân đăng ký một danh hiệu thi đua.',
      ...IMPORT_INTRO,
      'Nhập lại cùng một tệp không thêm dòng trùng.',
    ],
    rows: data,
  });
}

export async function template() {
  return { filename: 'mau-dang-ky-thi-dua.xlsx', buffer: await workbook() };
}

export async function exportEntries(deps: Deps, ctx: Ctx, id: number) {
  const db = deps.database.db;
  const r = await load(db, id);
  authorize(ctx.actor, 'export', { type: 'registration', unitPath: r.unitPath });
  const list = await repo.entriesForExport(db, id);

  const data = list.map((e) => [
    e.subject === 'ca_nhan' ? 'Cá nhân' : 'Tập thể', e.citizenId, e.subject === 'ca_nhan' ? e.name : null,
    e.birthDate ? new Date(`${e.birthDate}T00:00:00Z`) : null, e.unitCode, e.award, e.note,
  ]);
  return { filename: `dang-ky-thi-dua-${r.year}-${r.unitId}.xlsx`, buffer: await workbook(data) };
}

export async function importEntries(deps: Deps, ctx: Ctx, id: number, buffer: Buffer, opts: { dryRun: boolean }) {
  const db = deps.database.db;
  const r = await load(db, id);
  authorize(ctx.actor, 'import', { type: 'registration', unitPath: r.unitPath });
  if (r.status !== 'draft' && r.status !== 'returned') throw new Conflict('Bản đăng ký đã gửi; chỉ nhập khi đang soạn hoặc bị trả lại.', undefined, 'NOT_EDITABLE');
  await assertXlsx(buffer);
  const table = await readTable(buffer, ENTRY_COLUMNS, { maxRows: MAX_ROWS });
  const catalog = new Map(titles().map((e) => [e.code, e]));
  const errors = new ErrorList();
  const drafts = table.flatMap((row) => {
    const rd = new RowReader(row, headers, errors);
    const subject = rd.oneOf('subjectType', SUBJECT_OPTIONS, { required: true, listName: 'đối tượng' });
    const { citizenId, fullName, birthDate } = readPerson(rd);
    const unitCode = rd.text('unitCode', { max: 40 });
    const awardRaw = rd.text('award', { required: true, max: 40 });
    const note = rd.text('note', { max: 1000 });
    const award = awardRaw?.toUpperCase();
    const entry = award ? catalog.get(award) : undefined;
    if (award && !entry) rd.fail('award', `"${awardRaw}" không phải mã danh hiệu thi đua (xem trang "Hướng dẫn").`);
    else if (entry && subject && !entry.subjects.includes(subject)) rd.fail('award', `${entry.name} không áp dụng cho ${subject === 'ca_nhan' ? 'cá nhân' : 'tập thể'}.`);
    if (subject === 'ca_nhan' && !citizenId && (!fullName || !unitCode)) rd.fail('citizenId', 'Cá nhân: nhập số CCCD, hoặc Họ và tên + Mã đơn vị (+ Ngày sinh).');
    if (subject === 'tap_the' && !unitCode) rd.fail('unitCode', 'Tập thể: nhập Mã đơn vị.');
    if (errors.rows.has(row.row)) return [];
    return [{ row: row.row, subject: subject!, citizenId, fullName: fullName ?? null, birthDate: birthDate ?? null, unitCode: unitCode ?? null, award: award!, note: note ?? null }];
  });
  const fail = (row: number, key: string | null, message: string) => errors.add(row, key === null ? null : headers[key], message);
  const subjects = await resolveSubjects(db, drafts.map((x) => ({ ...x, subject: x.subject === 'ca_nhan' ? ('person' as const) : ('unit' as const) })), fail);
  const planned: { row: number; subject: 'ca_nhan' | 'tap_the'; personId: number | null; unitId: number | null; name: string; award: string; note: string | null }[] = [];
  for (const x of drafts) {
    const found = subjects.get(x.row);
    if (!found) continue;
    if (!isInScope(r.unitPath, found.path)) {
      fail(x.row, found.field, `${found.name} không thuộc ${r.unitName}: chỉ đăng ký cho cá nhân, tập thể của đơn vị mình.`);
      continue;
    }
    planned.push({ row: x.row, subject: x.subject, personId: x.subject === 'ca_nhan' ? found.id : null, unitId: x.subject === 'tap_the' ? found.id : null, name: found.name, award: x.award, note: x.note });
  }
  const keyOf = (p: { personId: number | null; unitId: number | null; award: string }) => `${p.personId ?? 0}|${p.unitId ?? 0}|${p.award}`;
  const seen = new Map<string, number>();
  for (const p of planned) {
    const first = seen.get(keyOf(p));
    if (first !== undefined) fail(p.row, null, `Trùng với dòng ${first} (cùng đối tượng và cùng danh hiệu).`);
    else seen.set(keyOf(p), p.row);
  }
  if (errors.size > 0) throw new Unprocessable(`Tệp có ${errors.size.toLocaleString('vi-VN')} lỗi, chưa nhập dòng nào.`, { errors: errors.sorted() }, 'IMPORT_INVALID');
  return db.transaction(async (tx) => {
    const current = await repo.entryKeys(tx, id);

    const have = new Set(current.map((c) => keyOf({ personId: c.personId ? Number(c.personId) : null, unitId: c.unitId ? Number(c.unitId) : null, award: c.award })));
    const creates = planned.filter((p) => !have.has(keyOf(p)));
    const result = { dryRun: opts.dryRun, total: table.length, created: creates.length, unchanged: planned.length - creates.length };
    if (opts.dryRun || creates.length === 0) return result;
    for (const p of creates) {
      await repo.insertEntry(tx, id, p);
    }
    await repo.touch(tx, id);
    await audit(tx, ctx, { action: 'import', entityType: 'registration', entityId: id, unitPath: r.unitPath, after: { created: creates.length, rows: creates.map((p) => ({ name: p.name, award: p.award })) } });
    return result;
  });
}
