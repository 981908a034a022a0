/**
 * Finding the subject of an imported row — a person (by citizen ID, or by name + unit code + birth
 * date), a unit (by code) or a household (by code) — in a few queries for the whole file. Shared by
 * the imports that name subjects (a dossier's nominees, a registration's titles).
 */
import type { Executor } from '../../platform/db.js';
import * as importRepo from './repo.js';

export interface SubjectDraft {
  row: number;
  subject: 'person' | 'unit' | 'household';
  citizenId: string | null;
  fullName: string | null;
  birthDate: string | null;
  unitCode: string | null;
  householdCode?: string | null;
}

export interface FoundSubject {
  id: number;
  name: string;
  /** the unit path the subject belongs to, for the scope check */
  path: string;
  /** the column that identified it, for an error about the subject itself */
  field: 'citizenId' | 'fullName' | 'unitCode' | 'householdCode';
}

/** Each row's subject by row number; a row not found gets an error (row, column key, reason) and no entry. */
export async function resolveSubjects(
  ex: Executor,
  drafts: SubjectDraft[],
  fail: (row: number, key: string, message: string) => void,
): Promise<Map<number, FoundSubject>> {
  const units = await importRepo.unitsByCodes(ex, drafts.flatMap((x) => (x.unitCode ? [x.unitCode] : [])));
  const byCccd = await importRepo.peopleByCitizenIds(ex, drafts.flatMap((x) => (x.citizenId ? [x.citizenId] : [])));
  const byKey = await importRepo.peopleByKeys(
    ex,
    drafts.flatMap((x) => (x.subject === 'person' && !x.citizenId && x.unitCode && units.get(x.unitCode) ? [{ unitId: units.get(x.unitCode)!.id, fullName: x.fullName!, birthDate: x.birthDate }] : [])),
  );
  const households = await importRepo.householdsByCodes(ex, drafts.flatMap((x) => (x.householdCode ? [x.householdCode] : [])));
  const out = new Map<number, FoundSubject>();
  for (const x of drafts) {
    if (x.subject === 'person') {
      if (x.citizenId) {
        const p = byCccd.get(x.citizenId);
        if (!p) fail(x.row, 'citizenId', `Không tìm thấy cá nhân có số CCCD ${x.citizenId}.`);
        else out.set(x.row, { id: Number(p.id), name: p.fullName, path: p.unitPath, field: 'citizenId' });
        continue;
      }
      const u = units.get(x.unitCode!);
      if (!u) {
        fail(x.row, 'unitCode', `Không tìm thấy đơn vị có mã "${x.unitCode}".`);
        continue;
      }
      const list = byKey.get(importRepo.personKey({ unitId: u.id, fullName: x.fullName!, birthDate: x.birthDate })) ?? [];
      if (list.length === 0) fail(x.row, 'fullName', `Không tìm thấy cá nhân "${x.fullName}"${x.birthDate ? ' với ngày sinh này' : ''} trong đơn vị ${x.unitCode}.`);
      else if (list.length > 1) fail(x.row, 'fullName', `Có ${list.length} cá nhân "${x.fullName}" trong đơn vị ${x.unitCode}: hãy nhập số CCCD hoặc ngày sinh.`);
      else out.set(x.row, { id: Number(list[0].id), name: list[0].fullName, path: list[0].unitPath, field: 'fullName' });
    } else if (x.subject === 'unit') {
      const u = units.get(x.unitCode!);
      if (!u) fail(x.row, 'unitCode', `Không tìm thấy đơn vị có mã "${x.unitCode}".`);
      else out.set(x.row, { id: u.id, name: u.name, path: u.path, field: 'unitCode' });
    } else {
      const h = households.get(x.householdCode!);
      if (!h) fail(x.row, 'householdCode', `Không tìm thấy hộ gia đình có mã "${x.householdCode}".`);
      else out.set(x.row, { id: Number(h.id), name: `Hộ ${h.headName}`, path: h.unitPath, field: 'householdCode' });
    }
  }
  return out;
}
