/** Request schemas of targets (chỉ tiêu thi đua) and their figures. */
import { z } from 'zod';
import { textField as text, yearField as year } from '../../../shared/contract/plans.js';
import { versionField as version } from '../plans/schemas.js';

const finite = z.number().finite('Phải là số');
export const createTargetBody = z
  .object({
    unitId: z.number().int().positive(),
    year,
    planId: z.number().int().positive().nullish(),
    movementId: z.number().int().positive().nullish(),
    registrationId: z.number().int().positive().nullish(),
    name: text(500).min(1, 'Nhập tên chỉ tiêu'),
    measure: text(50),
    direction: z.enum(['at_least', 'at_most', 'equal', 'reduce_by']),
    baseline: finite.nullish(),
    target: finite,
  })
  .strict();

export const updateTargetBody = z
  .object({
    version,
    name: text(500).min(1).optional(),
    measure: text(50).optional(),
    direction: z.enum(['at_least', 'at_most', 'equal', 'reduce_by']).optional(),
    baseline: finite.nullish(),
    target: finite.optional(),
  })
  .strict();

export const actualBody = z
  .object({
    period: z.string().regex(/^\d{4}(-Q[1-4]|-M(0[1-9]|1[0-2]))?$/, 'Kỳ dạng 2026, 2026-Q1 hoặc 2026-M03'),
    value: finite,
    note: text(2000).nullish(),
    file: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), fileName: text(200).min(1) }).strict().optional(),
  })
  .strict();

export const listTargetsQuery = z.object({
  planId: z.coerce.number().int().positive().optional(),
  movementId: z.coerce.number().int().positive().optional(),
  registrationId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
