/** The audit log (nhật ký hệ thống), newest first. */
import { z } from 'zod';
import { instant, pageOf } from './common.js';

export const auditEntry = z.object({
  id: z.number().int(),
  /** as PostgreSQL writes it ("2026-01-15 08:30:00.123+00"): the list reads it with raw SQL */
  at: instant,
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** the entity before and after the change, as recorded (JSON) */
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditPage = pageOf(auditEntry);
