import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Ctx } from './context.js';
import type { Executor } from './db.js';
import { rows } from './db.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number | null;
  unitPath?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Fields never written to the audit trail in clear. */
const SECRET_KEYS = new Set(['passwordHash', 'password_hash', 'password', 'tokenHash', 'csrfToken']);
const MASKED_KEYS = new Set(['citizenId', 'citizen_id']);

export function redact(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (SECRET_KEYS.has(k)) continue;
      if (MASKED_KEYS.has(k) && typeof v === 'string') out[k] = maskCitizenId(v);
      else out[k] = redact(v);
    }
    return out;
  }
  return value;
}

export function maskCitizenId(id: string | null | undefined): string | null {
  if (!id) return null;
  return id.slice(0, 3) + '******' + id.slice(-3);
}

/**
 * Appends an audit row. Must be called with the transaction of the write it records, so both
 * commit or neither does. The id, time, previous hash and hash are set by the database trigger.
 */
export async function audit(ex: Executor, ctx: Ctx, e: AuditEntry): Promise<void> {
  const before = e.before === undefined ? null : JSON.stringify(redact(e.before));
  const after = e.after === undefined ? null : JSON.stringify(redact(e.after));
  await ex.execute(sql`INSERT INTO audit_log
    (id, at, actor_id, actor_name, action, entity_type, entity_id, unit_path, before, after, request_id, ip, prev_hash, hash)
    VALUES (0, NULL, ${ctx.actor?.userId || null}, ${ctx.actor?.username ?? null}, ${e.action}, ${e.entityType},
      ${e.entityId === null ? null : String(e.entityId)}, ${e.unitPath ?? null}::ltree,
      ${before}::jsonb, ${after}::jsonb, ${ctx.requestId}, ${ctx.ip}, '', '')`);
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** the first row whose link is broken */
  brokenAt?: { id: number; reason: string };
}

/**
 * Recomputes the chain in the application from the stored text forms: every row's hash must be the
 * sha256 of its payload, its prev_hash the previous row's hash, and ids must have no gap.
 */
export async function verifyAudit(ex: Executor, batch = 5000): Promise<VerifyResult> {
  let prevHash = '0'.repeat(64);
  let expectedId = 1;
  let checked = 0;
  for (;;) {
    const page = await rows<{
      id: number;
      prev_hash: string;
      hash: string;
      at_text: string;
      actor_id: string | null;
      actor_name: string | null;
      action: string;
      entity_type: string;
      entity_id: string | null;
      unit_path: string | null;
      before_text: string | null;
      after_text: string | null;
      request_id: string | null;
      ip: string | null;
    }>(
      ex,
      sql`SELECT id, prev_hash, hash,
        to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at_text,
        actor_id::text AS actor_id, actor_name, action, entity_type, entity_id, unit_path::text AS unit_path,
        before::text AS before_text, after::text AS after_text, request_id, ip
        FROM audit_log WHERE id >= ${expectedId} ORDER BY id LIMIT ${batch}`,
    );
    if (page.length === 0) break;
    for (const r of page) {
      const id = Number(r.id);
      if (id !== expectedId) return { ok: false, checked, brokenAt: { id: expectedId, reason: `thiếu bản ghi số ${expectedId}` } };
      if (r.prev_hash !== prevHash) return { ok: false, checked, brokenAt: { id, reason: 'prev_hash không khớp bản ghi trước' } };
      const payload = [
        String(id), r.prev_hash, r.at_text, r.actor_id ?? '', r.actor_name ?? '', r.action, r.entity_type,
        r.entity_id ?? '', r.unit_path ?? '', r.before_text ?? '', r.after_text ?? '', r.request_id ?? '', r.ip ?? '',
      ].join('|');
      const hash = crypto.createHash('sha256').update(payload, 'utf8').digest('hex');
      if (hash !== r.hash) return { ok: false, checked, brokenAt: { id, reason: 'nội dung đã bị sửa (hash không khớp)' } };
      prevHash = r.hash;
      expectedId = id + 1;
      checked++;
    }
  }
  return { ok: true, checked };
}
