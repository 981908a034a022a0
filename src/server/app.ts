import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CSRF_HEADER, loadSession, SESSION_COOKIE } from './platform/auth.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db.js';
import { AppError, Forbidden, fromPgError, Unauthorized } from './platform/errors.js';
import type { Deps, RoutePolicy } from './platform/http.js';
import { hasRoleFor } from './platform/policy.js';
import { auditRoutes } from './modules/audit/routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { householdRoutes } from './modules/households/routes.js';
import { importRoutes } from './modules/imports/routes.js';
import { metaRoutes } from './modules/meta/routes.js';
import { peopleRoutes } from './modules/people/routes.js';
import { unitRoutes } from './modules/units/routes.js';
import { userRoutes } from './modules/users/routes.js';
import { rulesRoutes } from './modules/rules/routes.js';
import { recordRoutes } from './modules/records/routes.js';
import { recordExcelRoutes } from './modules/records/excel-routes.js';
import { dossierRoutes } from './modules/dossiers/routes.js';
import { consultationRoutes } from './modules/consultation/routes.js';
import { councilRoutes } from './modules/councils/routes.js';
import { decisionRoutes } from './modules/decisions/routes.js';
import { certificateRoutes } from './modules/certificates/routes.js';
import { movementRoutes } from './modules/movements/routes.js';
import { planRoutes } from './modules/plans/routes.js';
import { registrationRoutes } from './modules/registrations/routes.js';
import { reminderRoutes } from './modules/reminders/routes.js';
import { reviewRoutes } from './modules/reviews/routes.js';
import { targetRoutes } from './modules/targets/routes.js';
import { taskRoutes } from './modules/tasks/routes.js';
import { DomainError } from '../domain/index.js';
import { setClockOffsetDays, testClockEnabled } from './platform/clock.js';

z.config(z.locales.vi());

/**
 * Responses are the declared schema's JSON. The schema documents the route (OpenAPI) and types the
 * web client; in checking mode (tests, the end-to-end server) every response is also parsed by it,
 * so a service that drifts from its contract fails loudly instead of sending a shape the web does
 * not expect. The data is sent as the service returned it (schemas carry no transforms).
 */
function responseSerializer(check: boolean) {
  return ({ schema, method, url }: { schema: unknown; method: string; url: string }) =>
    (data: unknown) => {
      if (check && schema instanceof z.ZodType) {
        const result = schema.safeParse(data);
        if (!result.success) {
          throw new Error(`response of ${method} ${url} does not match its schema: ${z.prettifyError(result.error)}`);
        }
      }
      return JSON.stringify(data);
    };
}

/** Vietnamese messages for the framework's own 4xx errors. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Kiểu nội dung (Content-Type) không được hỗ trợ.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Dữ liệu gửi lên quá lớn.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Nội dung JSON rỗng.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'Nội dung JSON không hợp lệ.',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'Yêu cầu phải gửi tệp dạng multipart/form-data.',
  FST_REQ_FILE_TOO_LARGE: 'Tệp tải lên vượt quá dung lượng cho phép.',
  FST_FILES_LIMIT: 'Chỉ được tải lên một tệp mỗi lần.',
  FST_PARTS_LIMIT: 'Yêu cầu có quá nhiều phần.',
};

export interface RouteEntry {
  method: string;
  url: string;
  policy: RoutePolicy | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** every route with its declared policy (the authorization matrix test walks it) */
    routeTable: RouteEntry[];
  }
}

export async function buildApp(database: Database, cfg: Config, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: cfg.logLevel,
            // never log secrets or personal data
            // the query string can carry a searched name or citizen ID: log the path only
            serializers: {
              req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: req.url.split('?')[0], id: req.id }),
            },
            redact: ['req.headers.cookie', 'req.headers.authorization', `req.headers["${CSRF_HEADER}"]`, 'res.headers["set-cookie"]'],
          },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : crypto.randomUUID();
    },
    trustProxy: process.env.TDKT_TRUST_PROXY === '1',
    bodyLimit: 2 * 1024 * 1024,
    ajv: undefined,
  });
  const deps: Deps = { database, cfg };
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: r.url, policy: r.config?.policy });
    }
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(cfg.checkResponses));
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: cfg.uploadMaxBytes, files: 1, fields: 10, parts: 12 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'tdkt API', description: 'API của tdkt — thi đua, khen thưởng', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  // Session from the cookie; CSRF token required on every cookie-authenticated write.
  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token || !req.url.startsWith('/api/')) return;
    const session = await loadSession(database.db, token, cfg);
    if (!session) return;
    req.actor = session.actor;
    req.csrfToken = session.csrfToken;
    if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || sent.length !== session.csrfToken.length ||
        !crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(session.csrfToken))) {
        throw new Forbidden('Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF). Vui lòng tải lại trang.', 'CSRF');
      }
    }
  });

  // Route policy, before any validation: no session → 401; no role that can ever do this → 403.
  // The service then checks the unit scope of the actual resource.
  app.addHook('onRequest', async (req) => {
    const policy = req.routeOptions.config?.policy;
    if (!policy || 'public' in policy) return;
    if (!req.actor) throw new Unauthorized();
    if ('resource' in policy && !hasRoleFor(req.actor, policy.resource, policy.action)) throw new Forbidden();
  });


  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        field: [err.validationContext, ...String(v.instancePath ?? '').split('/').filter(Boolean)].join('.'),
        message: v.message,
      }));
      return reply.status(400).send({
        error: { code: 'VALIDATION', message: 'Dữ liệu gửi lên không hợp lệ: ' + details.map((d) => `${d.field}: ${d.message}`).join('; '), details },
      });
    }
    if (err instanceof DomainError) {
      const status = err.code === 'not_found' ? 404 : 400;
      return reply.status(status).send({ error: { code: err.code === 'not_found' ? 'NOT_FOUND' : 'INVALID', message: err.message, details: err.errors } });
    }
    const appErr = err instanceof AppError ? err : fromPgError(err);
    if (appErr) {
      return reply.status(appErr.status).send({ error: { code: appErr.code, message: appErr.message, details: appErr.details } });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({
        error: { code: err.code ?? 'BAD_REQUEST', message: FASTIFY_MESSAGES[err.code] ?? 'Yêu cầu không hợp lệ.' },
      });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: 'Lỗi hệ thống. Vui lòng thử lại sau.' } });
  });

  await app.register(
    async (api) => {
      await healthRoutes(api, deps);
      await authRoutes(api, deps);
      await metaRoutes(api, deps);
      await unitRoutes(api, deps);
      await peopleRoutes(api, deps);
      await householdRoutes(api, deps);
      await importRoutes(api, deps);
      await userRoutes(api, deps);
      await auditRoutes(api, deps);
      await rulesRoutes(api, deps);
      await recordRoutes(api, deps);
      await recordExcelRoutes(api, deps);
      await dossierRoutes(api, deps);
      await consultationRoutes(api, deps);
      await councilRoutes(api, deps);
      await decisionRoutes(api, deps);
      await certificateRoutes(api, deps);
      await planRoutes(api, deps);
      await reviewRoutes(api, deps);
      await taskRoutes(api, deps);
      await movementRoutes(api, deps);
      await registrationRoutes(api, deps);
      await targetRoutes(api, deps);
      await reminderRoutes(api, deps);
    },
    { prefix: '/api/v1' },
  );
  if (testClockEnabled()) {
    // end-to-end tests only: move "today" forward (a consultation window, a deadline)
    app.post('/api/v1/test/clock', { config: { policy: { public: true } }, schema: { hide: true, body: z.object({ offsetDays: z.number().int().min(0).max(3650) }) } }, async (req) => {
      setClockOffsetDays((req.body as { offsetDays: number }).offsetDays);
      return { ok: true };
    });
  }
  app.get('/api/v1/openapi.json', { config: { policy: { public: true } }, schema: { hide: true } }, async () => app.swagger());

  const webDir = cfg.webDir;
  const hasWeb = fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    // wildcard: files are looked up per request, so a rebuild is served without a restart
    await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0];
    // a missing asset (a file name, or anything under /assets/) is a 404, never the app's index:
    // a browser tab left open across a redeploy must not get HTML for a script
    const isFile = pathname.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(pathname.split('/').pop() ?? '');
    if (req.url.startsWith('/api/') || req.method !== 'GET' || isFile) {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy đường dẫn yêu cầu.' } });
    }
    if (hasWeb) return reply.type('text/html').sendFile('index.html');
    return reply
      .type('text/html')
      .send('<!doctype html><meta charset="utf-8"><p>Giao diện chưa được build. Chạy <code>npm run build</code>.</p>');
  });

  return app;
}
