/** The mail outbox and task reminders run now (/mail). */
import { z } from 'zod';
import { instant, pageOf } from './common.js';

export const outboxMail = z.object({
  id: z.number().int(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  /** outbox: kept here, no SMTP configured */
  status: z.enum(['queued', 'outbox', 'sent', 'failed']),
  error: z.string().nullable(),
  createdAt: instant,
  sentAt: instant.nullable(),
});
export type OutboxMail = z.infer<typeof outboxMail>;
export const outboxPage = pageOf(outboxMail);

export const reminderOutcome = z.object({
  tasks: z.number().int(),
  notices: z.number().int(),
  mails: z.number().int(),
  /** another instance was running the reminders */
  skipped: z.boolean().optional(),
});
export type ReminderOutcome = z.infer<typeof reminderOutcome>;
