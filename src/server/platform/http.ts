import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyTypeProvider } from 'fastify';
import { z } from 'zod';
import type { Config } from './config.js';
import type { Ctx } from './context.js';
import type { Database } from './db.js';
import type { Action, Actor, ResourceType } from './policy.js';

export type ZApp = ReturnType<FastifyInstance['withTypeProvider']> extends never ? never : FastifyInstance;

/**
 * zod schemas as the type provider: a request is typed by what its schema outputs, a handler's result
 * by what its response schema accepts (its input) — so a handler may return a Date where the contract
 * says `instant`, which the web sees (z.infer, the output) as the ISO text JSON sends.
 */
export interface ZodTypeProvider extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}

/** The Fastify instance with zod schemas as the type provider. */
export const zapp = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

export interface Deps {
  database: Database;
  cfg: Config;
}

/**
 * Declared on every route: `public` routes need no session; the others name the resource and action
 * they act on. The hook answers 401 without a session and 403 when no role of the actor can ever do
 * that action; the service then checks the unit scope of the actual resource.
 */
export type RoutePolicy = { public: true } | { resource: ResourceType; action: Action } | { authenticated: true };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

/** A route's `config`: the resource and action it acts on (the service then checks the unit scope). */
export const policy = (resource: ResourceType, action: Action) => ({ policy: { resource, action } });

export function ctxOf(req: FastifyRequest): Ctx {
  return { actor: req.actor, requestId: String(req.id), ip: req.ip ?? null };
}

export const idParam = z.object({ id: z.coerce.number().int().positive() });
/** The version a delete is made at (optimistic lock). */
export const versionQuery = z.object({ version: z.coerce.number().int().positive() });
export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};
export const boolQuery = z
  .enum(['1', '0', 'true', 'false'])
  .transform((v) => v === '1' || v === 'true')
  .optional();

export function sendXlsx(reply: FastifyReply, filename: string, buf: Buffer | Uint8Array) {
  return reply
    .header('content-type', MIME.xlsx)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(Buffer.from(buf));
}

export const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  zip: 'application/zip',
  any: 'application/octet-stream',
} as const;

/**
 * The 200 response of a download route, for the OpenAPI document: the file's content types, each a
 * binary string. `response: { 200: fileResponse('Tệp Excel', MIME.xlsx) }`.
 */
export function fileResponse(description: string, ...mimes: string[]) {
  const binary = z.string().meta({ format: 'binary' });
  return { description, content: Object.fromEntries(mimes.map((m) => [m, { schema: binary }])) } as unknown as z.ZodUnknown;
}
