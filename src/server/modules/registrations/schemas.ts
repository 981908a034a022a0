/** Request schemas of registrations (đăng ký thi đua). */
import { z } from 'zod';
import { textField as text, yearField as year } from '../../../shared/contract/plans.js';
import { versionField as version } from '../plans/schemas.js';

export const createRegistrationBody = z
  .object({ unitId: z.number().int().positive(), year, movementId: z.number().int().positive().nullish() })
  .strict();

export const entryBody = z
  .object({
    subject: z.enum(['ca_nhan', 'tap_the']),
    personId: z.number().int().positive().nullish(),
    subjectUnitId: z.number().int().positive().nullish(),
    award: z.string().min(1).max(64),
    note: text(1000).nullish(),
  })
  .strict();

export const listRegistrationsQuery = z.object({
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  movementId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  status: z.enum(['draft', 'submitted', 'approved', 'returned']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const summaryQuery = z.object({
  unitId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(1945).max(2100),
  movementId: z.coerce.number().int().positive().optional(),
});

export const returnBody = z.object({ version, reason: text(2000).min(5, 'Lý do trả lại từ 5 ký tự') }).strict();
