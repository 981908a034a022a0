/**
 * Chỉ tiêu thi đua (/targets): each target with its periodic figures and attainment; the progress of
 * a movement's targets by unit and by period (/movements/:id/progress).
 */
import { z } from 'zod';
import { TARGET_DIRECTIONS } from '../../domain/planning/targets.js';
import { itemsOf } from './common.js';

export const targetDirection = z.enum(TARGET_DIRECTIONS);

export const attainment = z.object({
  /** share of the target attained, in percent, one decimal; null when it cannot be computed */
  percent: z.number().nullable(),
  /** null when there is no figure (or no baseline for a reduction) */
  met: z.boolean().nullable(),
  text: z.string(),
});
export type Attainment = z.infer<typeof attainment>;

export const targetActual = z.object({
  id: z.number().int(),
  targetId: z.number().int(),
  /** 2026, 2026-Q1 or 2026-M03 */
  period: z.string(),
  periodLabel: z.string(),
  value: z.number(),
  note: z.string().nullable(),
  fileName: z.string().nullable(),
  attainment,
});
export type TargetActual = z.infer<typeof targetActual>;

export const target = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  planId: z.number().int().nullable(),
  movementId: z.number().int().nullable(),
  registrationId: z.number().int().nullable(),
  name: z.string(),
  measure: z.string(),
  direction: targetDirection,
  directionName: z.string(),
  baseline: z.number().nullable(),
  target: z.number(),
  version: z.number().int(),
  /** oldest period first */
  actuals: z.array(targetActual),
  latest: targetActual.nullable(),
  /** of the latest figure */
  attainment,
});
export type Target = z.infer<typeof target>;
export const targetList = itemsOf(target);

const count = z.number().int();
export const movementProgress = z.object({
  totals: z.object({ targets: count, reported: count, met: count, units: count }),
  periods: z.array(z.object({ period: z.string(), reported: count, met: count, label: z.string() })),
  /** one page of units, by the units' order in the tree */
  units: z.array(z.object({ unitId: z.number().int(), unitName: z.string(), targets: count, reported: count, met: count, percent: z.number().nullable() })),
  unitTotal: count,
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type MovementProgress = z.infer<typeof movementProgress>;
