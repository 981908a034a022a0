/** Excel import of units, people and households. */
import { z } from 'zod';

export const IMPORT_KINDS = ['units', 'people', 'households'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const importResult = z.object({
  kind: z.enum(IMPORT_KINDS),
  /** checked and counted only, nothing written */
  dryRun: z.boolean(),
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type ImportResult = z.infer<typeof importResult>;

/**
 * One error of a rejected file: the 422 IMPORT_INVALID answer carries them as `details.errors`
 * (the whole file is refused, no row is written).
 */
export const importRowError = z.object({
  row: z.number().int(),
  /** the column's heading; null for an error of the whole row */
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowError>;
