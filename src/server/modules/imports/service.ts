/**
 * Excel import and export of units, people and households: the module's API for routes, the CLI
 * and benchmarks.
 *
 * An import reads the whole file, checks every row (format, references, duplicates, the actor's
 * scope) and reports every problem before writing anything; then it writes all rows in one
 * transaction, or none. Rows are matched to existing records by natural key, so importing the same
 * file twice changes nothing: rows identical to the database are counted `unchanged`, not written
 * and not audited.
 *
 * Each kind runs the same pipeline (`run.ts`): its rows are read (`read.ts`), resolved against the
 * registry into a plan (`resolve.ts`), and the plan is written (`apply.ts`); `report.ts` is what an
 * import answers. Templates and exports are in `exports.ts`.
 */
import type { Ctx } from '../../platform/context.js';
import type { Deps } from '../../platform/http.js';
import { todayVN } from '../../platform/clock.js';
import * as unitRepo from '../units/repo.js';
import { applyHouseholds, applyPeople, applyUnits } from './apply.js';
import type { ImportKind } from './columns.js';
import { readHouseholds, readPeople, readUnits } from './read.js';
import type { ImportResult } from './report.js';
import { resolveHouseholds, resolvePeople, resolveUnits, type HouseholdWrite, type PersonWrite, type UnitPlan, type WritePlan } from './resolve.js';
import { runImport, type ImportOptions, type Planner } from './run.js';

export { MAX_IMPORT_ROWS, type ImportOptions } from './run.js';
export type { ImportResult } from './report.js';
export { MAX_EXPORT_ROWS, exportWorkbook, template, type ExportFilter, type HouseholdExportFilter, type PeopleExportFilter, type UnitExportFilter } from './exports.js';

const planUnits: Planner<UnitPlan> = async (tx, acting, rows, errors) => resolveUnits(tx, acting, readUnits(rows, await unitRepo.listKinds(tx), errors), errors);
const planPeople: Planner<WritePlan<PersonWrite>> = async (tx, acting, rows, errors) => resolvePeople(tx, acting, readPeople(rows, todayVN(), errors), errors);
const planHouseholds: Planner<WritePlan<HouseholdWrite>> = async (tx, acting, rows, errors) => resolveHouseholds(tx, acting, readHouseholds(rows, errors), errors);

export function importUnits(deps: Deps, ctx: Ctx, buffer: Buffer, opts: ImportOptions = {}) {
  return runImport(deps, ctx, 'units', buffer, opts, planUnits, applyUnits);
}

/** Imports people from an .xlsx (the "Cá nhân" template). Usable as is by benchmarks and the CLI. */
export function importPeople(deps: Deps, ctx: Ctx, buffer: Buffer, opts: ImportOptions = {}) {
  return runImport(deps, ctx, 'people', buffer, opts, planPeople, applyPeople);
}

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
