/** The certificate layout row of the installation (kept on the root unit). */
import { sql } from 'drizzle-orm';
import { ROOT_UNIT_CODE } from '../../platform/bootstrap.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';

export interface RootUnit {
  id: number;
  path: string;
}

export async function rootUnit(ex: Executor): Promise<RootUnit | undefined> {
  const [r] = await rows<RootUnit>(ex, sql`SELECT id, path::text AS path FROM units WHERE code = ${ROOT_UNIT_CODE}`);
  return r;
}

export async function layoutRow(ex: Executor, unitId: number): Promise<{ layout: unknown; version: number } | undefined> {
  const [row] = await rows<{ layout: unknown; version: number }>(ex, sql`SELECT layout, version FROM certificate_layouts WHERE unit_id = ${unitId}`);
  return row;
}

export async function deleteLayout(ex: Executor, unitId: number): Promise<void> {
  await ex.execute(sql`DELETE FROM certificate_layouts WHERE unit_id = ${unitId}`);
}

export async function insertLayout(ex: Executor, unitId: number, layout: unknown): Promise<void> {
  await ex.execute(sql`INSERT INTO certificate_layouts (unit_id, layout) VALUES (${unitId}, ${JSON.stringify(layout)}::jsonb)`);
}

/** false when the row's version is no longer `version` (someone saved meanwhile) */
export async function updateLayout(ex: Executor, unitId: number, layout: unknown, version: number): Promise<boolean> {
  const done = await rows(ex, sql`UPDATE certificate_layouts SET layout = ${JSON.stringify(layout)}::jsonb, version = version + 1, updated_at = now() WHERE unit_id = ${unitId} AND version = ${version} RETURNING unit_id`);
  return done.length > 0;
}
