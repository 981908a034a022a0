import type { FastifyInstance } from 'fastify';
import { health } from '../../../shared/contract/health.js';
import { zapp, type Deps } from '../../platform/http.js';
import { ping } from './repo.js';

export async function healthRoutes(app: FastifyInstance, { database }: Deps) {
  zapp(app).get(
    '/health',
    {
      config: { policy: { public: true } },
      schema: { tags: ['system'], summary: 'Tình trạng hệ thống', response: { 200: health } },
    },
    async () => {
      await ping(database.db);
      return { status: 'ok' as const, db: database.kind };
    },
  );
}
