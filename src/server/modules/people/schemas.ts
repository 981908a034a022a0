import { z } from 'zod';
import { EMPLOYMENT_CATEGORIES, GENDERS, isValidCitizenId } from '../../../shared/codes.js';
import { isoDate } from '../units/schemas.js';
import { todayVN } from '../../platform/clock.js';

export const citizenId = z
  .string()
  .trim()
  .refine(isValidCitizenId, 'Số CCCD phải gồm đúng 12 chữ số, 3 số đầu là mã tỉnh hợp lệ');

export const birthDate = isoDate.refine((d) => d >= '1900-01-01' && d <= todayVN(), 'Ngày sinh không hợp lệ');

export const personFields = {
  fullName: z.string().trim().min(2, 'Nhập họ và tên').max(150).regex(/^[\p{L}\s.'-]+$/u, 'Họ và tên chỉ gồm chữ cái'),
  gender: z.enum(GENDERS),
  birthDate: birthDate.nullable().optional(),
  ethnicity: z.string().trim().max(50).nullable().optional(),
  citizenId: citizenId.nullable().optional(),
  position: z.string().trim().max(200).nullable().optional(),
  employmentCategory: z.enum(EMPLOYMENT_CATEGORIES),
  isLeader: z.boolean().default(false),
  isDirectWorker: z.boolean().default(false),
};

export const createPersonBody = z.object({ ...personFields, unitId: z.number().int().positive(), joinedDate: isoDate.optional() }).strict();
export const updatePersonBody = z
  .object({
    fullName: personFields.fullName.optional(),
    gender: personFields.gender.optional(),
    birthDate: personFields.birthDate,
    ethnicity: personFields.ethnicity,
    citizenId: personFields.citizenId,
    position: personFields.position,
    employmentCategory: personFields.employmentCategory.optional(),
    isLeader: z.boolean().optional(),
    isDirectWorker: z.boolean().optional(),
    version: z.number().int().positive(),
  })
  .strict();

export const peopleListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  employmentCategory: z.enum(EMPLOYMENT_CATEGORIES).optional(),
  gender: z.enum(GENDERS).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const transferBody = z.object({ unitId: z.number().int().positive(), date: isoDate, position: z.string().trim().max(200).optional() }).strict();
