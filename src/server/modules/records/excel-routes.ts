import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/http.js';

export async function recordExcelRoutes(_app: FastifyInstance, _deps: Deps) {}
