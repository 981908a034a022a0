/** User accounts and the roles they hold in unit subtrees. */
import { z } from 'zod';
import { roleGrant } from './auth.js';
import { pageOf } from './common.js';

export const user = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  /** where task reminders are mailed */
  email: z.string().nullable(),
  active: z.boolean(),
  roles: z.array(roleGrant),
  version: z.number().int(),
});
export type User = z.infer<typeof user>;

export const userPage = pageOf(user);
