/**
 * Reading an import's rows, each on its own: the format of every cell, then rows that repeat an
 * earlier row of the same file. Every problem becomes a row error; nothing here reads the database.
 */
import { isValidCitizenId } from '../../../shared/codes.js';
import type { TableRow } from '../../documents/xlsx.js';
import { ErrorList, RowReader } from './cells.js';
import { CATEGORY_OPTIONS, GENDER_OPTIONS, HOUSEHOLD_COLUMNS, LEVEL_OPTIONS, PEOPLE_COLUMNS, UNIT_COLUMNS, headersOf } from './columns.js';
import type { PersonRecord } from './repo.js';

export const UNIT_HEAD = headersOf(UNIT_COLUMNS);
export const PEOPLE_HEAD = headersOf(PEOPLE_COLUMNS);
export const HOUSEHOLD_HEAD = headersOf(HOUSEHOLD_COLUMNS);

/** Empty and missing are the same; text compares in NFC. */
export const norm = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === '' ? null : v.normalize('NFC'));

/** Records an error on a row's column, named by its key in the kind's columns (null: the whole row). */
export type Fail = (d: { row: number }, key: string | null, message: string) => void;

export function failOn(errors: ErrorList, head: Record<string, string>): Fail {
  return (d, key, message) => errors.add(d.row, key === null ? null : head[key], message);
}

/** Rows whose key (some column) repeats an earlier row are errors. */
export function uniqueBy<T extends { row: number }>(items: T[], key: (t: T) => string | null, onDup: (t: T, firstRow: number) => void): T[] {
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

const citizenIdInvalid = (id: string) => `"${id}" không hợp lệ: số CCCD phải gồm đúng 12 chữ số, 3 số đầu là mã tỉnh hợp lệ.`;

// ─── units ──────────────────────────────────────────────────────────────────────────────────────

export interface UnitDraft {
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

/** The unit rows with a code, each code once; `kinds` are the unit kinds of the registry. */
export function readUnits(rows: TableRow[], kinds: { code: string; name: string }[], errors: ErrorList): UnitDraft[] {
  const kindOptions = kinds.map((k) => ({ code: k.code, name: k.name }));
  const fail = failOn(errors, UNIT_HEAD);
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
  return uniqueBy(parsed, (d) => d.code, (d, first) => fail(d, 'code', `Mã đơn vị "${d.code}" trùng với dòng ${first}.`));
}

// ─── people ─────────────────────────────────────────────────────────────────────────────────────

export type PersonDraft = Omit<PersonRecord, 'id' | 'unitId' | 'unitPath' | 'rootId'> & { row: number; unitCode: string };

/** The people rows without errors (each person once), and the unit codes of the rows with errors. */
export function readPeople(rows: TableRow[], today: string, errors: ErrorList): { drafts: PersonDraft[]; unitOnly: { row: number; unitCode: string }[] } {
  const fail = failOn(errors, PEOPLE_HEAD);
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
    if (citizenId !== null && !isValidCitizenId(citizenId)) rd.fail('citizenId', citizenIdInvalid(citizenId));
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
  return { drafts, unitOnly };
}

// ─── households ─────────────────────────────────────────────────────────────────────────────────

export interface HouseholdDraft {
  row: number;
  code: string;
  headName: string;
  headCitizenId: string | null;
  address: string | null;
  thonCode: string;
}

/** The household rows without errors (each code once), and the thôn codes of the rows with errors. */
export function readHouseholds(rows: TableRow[], errors: ErrorList): { drafts: HouseholdDraft[]; unitOnly: { row: number; thonCode: string }[] } {
  const fail = failOn(errors, HOUSEHOLD_HEAD);
  const parsed: HouseholdDraft[] = [];
  const unitOnly: { row: number; thonCode: string }[] = [];
  for (const r of rows) {
    const rd = new RowReader(r, HOUSEHOLD_HEAD, errors);
    const code = rd.text('code', { required: true, max: 40 });
    const headName = rd.text('headName', { required: true, min: 2, max: 150 });
    const headCitizenId = rd.digits('headCitizenId', 12);
    if (headCitizenId !== null && !isValidCitizenId(headCitizenId)) rd.fail('headCitizenId', citizenIdInvalid(headCitizenId));
    const address = rd.text('address', { max: 500 });
    const thonCode = rd.text('thonCode', { required: true, max: 40 });
    if (errors.rows.has(r.row)) {
      if (thonCode) unitOnly.push({ row: r.row, thonCode });
      continue;
    }
    parsed.push({ row: r.row, code: code!, headName: headName!, headCitizenId, address: address ?? null, thonCode: thonCode! });
  }
  const drafts = uniqueBy(parsed, (d) => d.code, (d, first) => fail(d, 'code', `Mã hộ "${d.code}" trùng với dòng ${first}.`));
  return { drafts, unitOnly };
}
