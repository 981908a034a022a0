/**
 * Task reminders and the mail outbox: reminders run hourly in the server (each task at most once a
 * day; an advisory lock lets one of several instances run them) and on demand by an admin.
 */
import { ROOT_UNIT_CODE } from '../../platform/bootstrap.js';
import type { Ctx } from '../../platform/context.js';
import type { Deps } from '../../platform/http.js';
import { outbox, sendMail } from '../../platform/mail.js';
import { authorize } from '../../platform/policy.js';
import * as units from '../units/repo.js';
import * as rules from '../rules/service.js';
import * as tasks from '../tasks/service.js';
import { tryLock } from './repo.js';
import type { OutboxMail } from '../../../shared/contract/mail.js';

/** The outbox and the reminders are the installation's: a grant on the root unit. */
export async function authorizeRoot(deps: Deps, ctx: Ctx, action: 'read' | 'create') {
  const root = await units.findByCode(deps.database.db, ROOT_UNIT_CODE);
  authorize(ctx.actor, action, { type: 'mail', unitPath: root?.path ?? '0' });
}

export async function readOutbox(deps: Deps, ctx: Ctx, page: number, pageSize: number) {
  await authorizeRoot(deps, ctx, 'read');
  const list = await outbox(deps.database.db, page, pageSize);
  // the rows of mail_outbox as platform/mail.ts selects them (timestamps typed as sent: ISO text)
  return { ...list, items: list.items as OutboxMail[] };
}

export async function remindNow(deps: Deps, ctx: Ctx) {
  await authorizeRoot(deps, ctx, 'create');
  return runReminders(deps);
}

/**
 * Reminds lead units of due and overdue tasks (in the app; by mail when SMTP is set), once a day per
 * task. Several instances may share a database: a transaction-scoped advisory lock lets one run.
 */
export async function runReminders(deps: Deps): Promise<tasks.ReminderOutcome & { skipped?: boolean }> {
  const db = deps.database.db;
  const { params } = await rules.loadSettings(db);
  return db.transaction(async (tx) => {
    if (!(await tryLock(tx, REMINDER_LOCK))) return { tasks: 0, notices: 0, mails: 0, skipped: true };
    return tasks.remindDue(tx, params.planning?.reminderDaysBefore ?? 7, (to, subject, body) => sendMail(tx, deps.cfg, to, subject, body));
  });
}

const REMINDER_LOCK = 5_120_501;

/** Runs the reminders at start and then every hour (each task is reminded at most once a day). */
export function scheduleReminders(deps: Deps, log: { warn: (o: object, m: string) => void }): () => void {
  const run = () => runReminders(deps).catch((err: unknown) => log.warn({ err }, 'nhắc việc không chạy được'));
  const first = setTimeout(run, 30_000);
  const timer = setInterval(run, 3_600_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
