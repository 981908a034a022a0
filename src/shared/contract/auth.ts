import { z } from 'zod';
import { ACTIONS, RESOURCE_TYPES, ROLES } from '../access.js';
import { isoDate } from './common.js';

export const roleGrant = z.object({ id: z.number().int(), role: z.enum(ROLES), unitId: z.number().int(), unitName: z.string() });
export type RoleGrant = z.infer<typeof roleGrant>;

const abilityScope = z.object({ unitId: z.number().int(), unitName: z.string(), unitPath: z.string() });
export const abilities = z.partialRecord(z.enum(RESOURCE_TYPES), z.partialRecord(z.enum(ACTIONS), z.array(abilityScope)));

export const me = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(roleGrant),
  /** what this user may do, in which unit subtrees (the web shows only what the server would allow) */
  abilities,
  /** today in Việt Nam by the server's clock: the default of every date field */
  today: isoDate,
});
export type Me = z.infer<typeof me>;

export const authResponse = z.object({ user: me, csrfToken: z.string() });
export type AuthResponse = z.infer<typeof authResponse>;

export const passwordChanged = z.object({ ok: z.literal(true), csrfToken: z.string().optional() });
