import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/http.js';

/** Excel import, export and templates (units, people, households). */
export async function importRoutes(_app: FastifyInstance, _deps: Deps) {}
