/**
 * Outgoing mail. Every message is written to `mail_outbox` first; with TDKT_SMTP_URL set it is then
 * sent through that server (nodemailer) and marked sent or failed; without it it stays in the outbox
 * with status 'outbox', where an admin reads it (/admin/outbox) — the development outbox.
 */
import { sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from './config.js';
import type { Executor } from './db.js';
import { rows } from './db.js';

let transport: { url: string; t: Transporter } | null = null;

function transporter(url: string): Transporter {
  if (!transport || transport.url !== url) transport = { url, t: nodemailer.createTransport(url) };
  return transport.t;
}

export async function sendMail(ex: Executor, cfg: Pick<Config, 'smtpUrl' | 'mailFrom'>, to: string, subject: string, body: string): Promise<void> {
  const [row] = await rows<{ id: number }>(
    ex,
    sql`INSERT INTO mail_outbox (to_address, subject, body, status) VALUES (${to}, ${subject}, ${body}, ${cfg.smtpUrl ? 'queued' : 'outbox'}) RETURNING id`,
  );
  if (!cfg.smtpUrl) return;
  try {
    await transporter(cfg.smtpUrl).sendMail({ from: cfg.mailFrom, to, subject, text: body });
    await ex.execute(sql`UPDATE mail_outbox SET status = 'sent', sent_at = now() WHERE id = ${row.id}`);
  } catch (err) {
    await ex.execute(sql`UPDATE mail_outbox SET status = 'failed', error = ${String((err as Error).message).slice(0, 500)} WHERE id = ${row.id}`);
  }
}

export async function outbox(ex: Executor, page: number, pageSize: number) {
  const items = await rows(
    ex,
    sql`SELECT id, to_address AS "to", subject, body, status, error, created_at AS "createdAt", sent_at AS "sentAt" FROM mail_outbox ORDER BY id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  );
  const [{ total }] = await rows<{ total: number }>(ex, sql`SELECT count(*)::int AS total FROM mail_outbox`);
  return { items, total, page, pageSize };
}
