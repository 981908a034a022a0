/** Households (hộ gia đình): the unit of the "gia đình văn hóa" title, kept under a village. */
import { z } from 'zod';
import { GENDERS } from '../codes.js';
import { isoDate, pageOf } from './common.js';

export const household = z.object({
  id: z.number().int(),
  code: z.string(),
  headPersonId: z.number().int().nullable(),
  headName: z.string(),
  address: z.string().nullable(),
  /** the village (thôn, tổ dân phố) or commune it belongs to */
  thonUnitId: z.number().int(),
  thonName: z.string(),
  thonCode: z.string(),
  memberCount: z.number().int(),
  version: z.number().int(),
});
export type Household = z.infer<typeof household>;

export const householdMember = z.object({
  personId: z.number().int(),
  fullName: z.string(),
  relation: z.string().nullable(),
  birthDate: isoDate.nullable(),
  gender: z.enum(GENDERS),
});
export type HouseholdMember = z.infer<typeof householdMember>;

export const householdDetail = household.extend({ members: z.array(householdMember) });
export type HouseholdDetail = z.infer<typeof householdDetail>;

export const householdPage = pageOf(household);
