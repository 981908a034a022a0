/** Request schemas of movements (the award rules, details, are the shared contract's: the web edits them). */
import { z } from 'zod';
import { movementDetails } from '../../../shared/contract/movements.js';
import { textField as text, validIsoDate as isoDate } from '../../../shared/contract/plans.js';
import { versionField as version } from '../plans/schemas.js';

const movementFields = {
  kind: z.enum(['thuong_xuyen', 'theo_dot', 'chuyen_de']),
  name: text(500).min(5, 'Tên phong trào từ 5 ký tự'),
  slogan: text(500).nullish(),
  scope: z.enum(['toan_quoc', 'bo_nganh_dia_phuong', 'cum_khoi', 'co_quan_don_vi']),
  launchLevel: z.enum(['trung_uong', 'bo_tinh', 'co_quan_don_vi']),
  startsOn: isoDate,
  endsOn: isoDate,
  planId: z.number().int().positive().nullish(),
  dossierDeadline: isoDate.nullish(),
  registrationDeadline: isoDate.nullish(),
  details: movementDetails,
};

export const createMovementBody = z.object({ unitId: z.number().int().positive(), ...movementFields }).strict();
export const updateMovementBody = z
  .object({
    version,
    ...Object.fromEntries(Object.entries(movementFields).map(([k, v]) => [k, (v as z.ZodTypeAny).optional()])),
  } as { version: typeof version } & { [K in keyof typeof movementFields]: z.ZodOptional<(typeof movementFields)[K]> })
  .strict();

export const listMovementsQuery = z.object({
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  kind: z.enum(['thuong_xuyen', 'theo_dot', 'chuyen_de']).optional(),
  status: z.enum(['draft', 'launched', 'closed']).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const launchBody = z.object({ version, launchedOn: isoDate }).strict();

export const progressQuery = z.object({
  /** subtree to report on (default: the movement's unit) */
  unitId: z.coerce.number().int().positive().optional(),
  period: z.string().regex(/^\d{4}(-Q[1-4]|-M(0[1-9]|1[0-2]))?$/).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
