import type { Actor } from './policy.js';

/** What a use case knows about who asks: the actor, and where the request came from (for audit). */
export interface Ctx {
  actor: Actor | null;
  requestId: string | null;
  ip: string | null;
}

/** A context for work started from the command line or at startup. */
export function systemCtx(name = 'system'): Ctx {
  return { actor: { userId: 0, username: name, fullName: name, grants: [] }, requestId: null, ip: null };
}
