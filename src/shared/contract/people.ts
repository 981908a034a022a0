/** People (cá nhân): who may be emulated and commended, their memberships and households. */
import { z } from 'zod';
import { EMPLOYMENT_CATEGORIES, GENDERS } from '../codes.js';
import { isoDate, pageOf } from './common.js';

/** A person as lists show them: the citizen ID masked, never in full. */
export const person = z.object({
  id: z.number().int(),
  fullName: z.string(),
  gender: z.enum(GENDERS),
  birthDate: isoDate.nullable(),
  ethnicity: z.string().nullable(),
  /** first 3 and last 3 digits of the CCCD */
  citizenIdMasked: z.string().nullable(),
  position: z.string().nullable(),
  employmentCategory: z.enum(EMPLOYMENT_CATEGORIES),
  isLeader: z.boolean(),
  isDirectWorker: z.boolean(),
  unitId: z.number().int(),
  unitName: z.string(),
  unitCode: z.string(),
  version: z.number().int(),
});
export type Person = z.infer<typeof person>;

export const membership = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  position: z.string().nullable(),
  fromDate: isoDate.nullable(),
  toDate: isoDate.nullable(),
});
export type Membership = z.infer<typeof membership>;

export const personDetail = person.extend({
  /** in full (the detail page) */
  citizenId: z.string().nullable(),
  memberships: z.array(membership),
  households: z.array(z.object({ id: z.number().int(), code: z.string(), headName: z.string(), relation: z.string().nullable() })),
});
export type PersonDetail = z.infer<typeof personDetail>;

export const personPage = pageOf(person);
