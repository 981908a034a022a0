/**
 * Writing a checked plan, in the transaction that checked it: creates and updates in bulk, unit
 * renames and moves through the unit registry, memberships on a transfer, and one audit entry per
 * written record, shaped as the record reads back.
 */
import type { AuditEntry } from '../../platform/audit.js';
import { todayVN } from '../../platform/clock.js';
import { NotFound, versionConflict } from '../../platform/errors.js';
import type { PersonRow } from '../people/repo.js';
import * as unitRepo from '../units/repo.js';
import { UNIT_HEAD, norm } from './read.js';
import { invalidFile } from './report.js';
import * as repo from './repo.js';
import type { UnitRef } from './repo.js';
import { unitChanged, type HouseholdWrite, type PersonWrite, type UnitPlan, type WritePlan } from './resolve.js';
import type { Applier } from './run.js';

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}


// ─── units ──────────────────────────────────────────────────────────────────────────────────────

export const applyUnits: Applier<UnitPlan> = async (tx, ctx, plan) => {
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
        throw invalidFile([{ row: d.row, column: UNIT_HEAD.parentCode, message: `Không thể chuyển đơn vị ${d.code} vào đơn vị cấp dưới của nó.` }]);
      }
      await unitRepo.moveSubtree(tx, current, parent);
      anyMoved = true;
    }
    const after = (await repo.unitById(tx, ex.id))!;
    entries.push({ action: 'import_update', entityType: 'unit', entityId: ex.id, unitPath: after.path, before: ex, after });
  }
  await repo.auditMany(tx, ctx, entries);
};

// ─── people ─────────────────────────────────────────────────────────────────────────────────────

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

export const applyPeople: Applier<WritePlan<PersonWrite>> = async (tx, ctx, plan) => {
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


// ─── households ─────────────────────────────────────────────────────────────────────────────────

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

export const applyHouseholds: Applier<WritePlan<HouseholdWrite>> = async (tx, ctx, plan) => {
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
