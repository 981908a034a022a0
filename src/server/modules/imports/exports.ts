/**
 * Excel templates and exports of units, people and households: the template's columns, so that
 * an export can be edited and imported back.
 */
import { writeWorkbook, type CellValue } from '../../documents/xlsx.js';
import type { Ctx } from '../../platform/context.js';
import { Forbidden, Invalid, NotFound } from '../../platform/errors.js';
import type { Deps } from '../../platform/http.js';
import { todayVN } from '../../platform/clock.js';
import { authorize, hasRoleFor, scopesFor } from '../../platform/policy.js';
import * as householdSvc from '../households/service.js';
import * as peopleRepo from '../people/repo.js';
import * as peopleSvc from '../people/service.js';
import * as unitRepo from '../units/repo.js';
import { excelDate } from './cells.js';
import { CATEGORY_OPTIONS, COLUMNS, GENDER_OPTIONS, INTRO, KIND_INFO, listsFor, yesNo, type ImportKind } from './columns.js';
import * as repo from './repo.js';
import { actingCtx } from './run.js';

export const MAX_EXPORT_ROWS = 100_000;

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

