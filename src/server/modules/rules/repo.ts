/** SQL of the rule settings (held by the root unit) and of the working-day calendar. */
import { sql } from 'drizzle-orm';
import { ROOT_UNIT_CODE } from '../../platform/bootstrap.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';

/** The stored parameters, as whichever reading of the JSON the caller takes; undefined when nothing was saved. */
export async function settingsRow<T extends object>(ex: Executor): Promise<{ params: T; version: number } | undefined> {
  const [r] = await rows<{ params: T; version: number }>(
    ex,
    sql`SELECT s.params, s.version FROM rule_settings s JOIN units u ON u.id = s.unit_id WHERE u.code = ${ROOT_UNIT_CODE}`,
  );
  return r;
}

export async function insertSettings(ex: Executor, unitId: number, paramsJson: string): Promise<void> {
  await ex.execute(sql`INSERT INTO rule_settings (unit_id, params) VALUES (${unitId}, ${paramsJson}::jsonb)`);
}

export async function updateSettings(ex: Executor, unitId: number, paramsJson: string): Promise<void> {
  await ex.execute(sql`UPDATE rule_settings SET params = ${paramsJson}::jsonb, version = version + 1, updated_at = now() WHERE unit_id = ${unitId}`);
}

export type DayKind = 'day_off' | 'working_day';
export interface AdjustmentRow {
  day: string;
  kind: DayKind;
  note: string | null;
}

/** The declared days off and make-up working days, by day; of one year when given. */
export async function adjustments(ex: Executor, year?: number): Promise<AdjustmentRow[]> {
  const cond = year ? sql`WHERE extract(year FROM day) = ${year}` : sql``;
  return rows<AdjustmentRow>(ex, sql`SELECT day, kind, note FROM calendar_adjustments ${cond} ORDER BY day`);
}

export async function adjustmentExists(ex: Executor, day: string): Promise<boolean> {
  return (await rows(ex, sql`SELECT 1 FROM calendar_adjustments WHERE day = ${day}::date`)).length > 0;
}

export async function insertAdjustment(ex: Executor, a: { day: string; kind: DayKind; note: string | null }): Promise<void> {
  await ex.execute(sql`INSERT INTO calendar_adjustments (day, kind, note) VALUES (${a.day}::date, ${a.kind}, ${a.note})`);
}

/** Removes the day; what it was, or undefined when it was not declared. */
export async function deleteAdjustment(ex: Executor, day: string): Promise<AdjustmentRow | undefined> {
  const [before] = await rows<AdjustmentRow>(ex, sql`DELETE FROM calendar_adjustments WHERE day = ${day}::date RETURNING day, kind, note`);
  return before;
}
