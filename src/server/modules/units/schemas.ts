import { z } from 'zod';
import { LEVELS } from '../../../shared/codes.js';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().startsWith(s), 'Ngày không hợp lệ');

export const unitCode = z.string().trim().min(1, 'Nhập mã đơn vị').max(40).regex(/^[\p{L}\p{N}._-]+$/u, 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch');

export const unitFields = {
  code: unitCode,
  name: z.string().trim().min(1, 'Nhập tên đơn vị').max(300),
  level: z.enum(LEVELS),
  kind: z.string().trim().min(1).max(40),
  legalPersonality: z.boolean().default(false),
  address: z.string().trim().max(500).nullable().optional(),
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
};

export const createUnitBody = z.object({ ...unitFields, parentId: z.number().int().positive() });
export const updateUnitBody = z
  .object({
    code: unitFields.code.optional(),
    name: unitFields.name.optional(),
    level: unitFields.level.optional(),
    kind: unitFields.kind.optional(),
    legalPersonality: z.boolean().optional(),
    address: unitFields.address,
    validFrom: unitFields.validFrom,
    validTo: unitFields.validTo,
    renameDate: isoDate.optional(),
    version: z.number().int().positive(),
  })
  .strict();

export const unitListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  level: z.enum(LEVELS).optional(),
  kind: z.string().max(40).optional(),
  parentId: z.coerce.number().int().positive().optional(),
  includeInactive: z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true').optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
