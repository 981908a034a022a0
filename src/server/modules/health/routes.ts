import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { health } from '../../../shared/contract/health.js';
import { zapp, type Deps } from '../../platform/http.js';

export async function healthRoutes(app: FastifyInstance, { database }: Deps) {
  zapp(app).get(
    '/health',
    {
      config: { policy: { public: true } },
      schema: { tags: ['system'], summary: 'Tình trạng hệ thống', response: { 200: health } },
    },
    async () => {
      await database.db.execute(sql`SELECT 1`);
      return { status: 'ok' as const, db: database.kind };
    },
  );
}
