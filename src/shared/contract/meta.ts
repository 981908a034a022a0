/** The shared code lists (levels, unit kinds, employment categories, genders, roles) with their names. */
import { z } from 'zod';
import { codeName } from './common.js';

export const metaCodes = z.object({
  levels: z.array(codeName),
  unitKinds: z.array(codeName),
  employmentCategories: z.array(codeName),
  genders: z.array(codeName),
  roles: z.array(codeName),
});
export type MetaCodes = z.infer<typeof metaCodes>;
