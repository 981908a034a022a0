/**
 * What an import answers: the counts of a valid file, or every row error of an invalid one (then
 * nothing is written), and the audit line that records the import itself.
 */
import type { AuditEntry } from '../../platform/audit.js';
import { Unprocessable } from '../../platform/errors.js';
import type { RowError } from './cells.js';
import type { ImportKind } from './columns.js';

/** What a plan would write: rows identical to the database are `unchanged`, neither written nor audited. */
export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportResult extends Counts {
  kind: ImportKind;
  dryRun: boolean;
  total: number;
}

export function importResult(kind: ImportKind, dryRun: boolean, total: number, c: Counts): ImportResult {
  return { kind, dryRun, total, created: c.created, updated: c.updated, unchanged: c.unchanged };
}

/** The answer to a file with errors: all of them, sorted by row, and nothing written. */
export function invalidFile(errors: RowError[]): Unprocessable {
  return new Unprocessable(`Tệp có ${errors.length.toLocaleString('vi-VN')} lỗi, chưa nhập dòng nào.`, { errors }, 'IMPORT_INVALID');
}

/** The audit line of the import as a whole (each written row has its own). */
export function importAudit(kind: ImportKind, sha256: string, c: Counts): AuditEntry {
  return { action: 'import', entityType: 'import', entityId: null, after: { kind, sha256, created: c.created, updated: c.updated, unchanged: c.unchanged } };
}
