/**
 * Bulk queries for imports. Lists travel as ONE jsonb parameter (`jsonb_array_elements_text` /
 * `jsonb_to_recordset`), never as one bind parameter per value: a 50,000-row file stays a few
 * dozen statements on both drivers, far from the protocol's 65,535-parameter limit.
 */
import { sql, type SQL } from 'drizzle-orm';
import { redact, type AuditEntry } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db.js';
import { rows } from '../../platform/db.js';
import { householdWhere, type HouseholdFilter, type HouseholdRow } from '../households/repo.js';
import { SELECT_PERSON, type PersonRow } from '../people/repo.js';
import type { UnitRow } from '../units/repo.js';

/** rows per lookup query */
export const LOOKUP_CHUNK = 5000;
/** rows per INSERT / UPDATE statement */
export const WRITE_CHUNK = 1000;

export function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** One statement per chunk of WRITE_CHUNK rows. */
async function writeChunks<T>(ex: Executor, list: T[], statement: (part: T[]) => SQL) {
  for (const part of chunks(list, WRITE_CHUNK)) await ex.execute(statement(part));
}

/** One `UPDATE … RETURNING` per chunk; how many rows were updated in all. */
async function updateChunks<T>(ex: Executor, list: T[], statement: (part: T[]) => SQL): Promise<number> {
  let n = 0;
  for (const part of chunks(list, WRITE_CHUNK)) n += (await rows(ex, statement(part))).length;
  return n;
}

const json = (v: unknown): SQL => sql`${JSON.stringify(v)}::jsonb`;
const inList = (values: string[]): SQL => sql`(SELECT jsonb_array_elements_text(${json(values)}))`;

/** One import at a time across instances: imports read, decide, then write whole trees. */
export async function lockImports(ex: Executor) {
  await ex.execute(sql`SELECT pg_advisory_xact_lock(72430100)`);
}

// ─── units ──────────────────────────────────────────────────────────────────────────────────────

/** A unit as the import plans with it: the registry's row without the list's counts, with its parent's code. */
export type UnitRef = Omit<UnitRow, 'kindName' | 'childCount' | 'allChildCount'> & { parentCode: string | null };

const SELECT_UNIT = sql`SELECT u.id, u.code, u.name, u.level, u.kind, u.legal_personality AS "legalPersonality",
  u.parent_id AS "parentId", p.code AS "parentCode", u.root_id AS "rootId", u.path::text AS path, u.address,
  u.valid_from AS "validFrom", u.valid_to AS "validTo", (u.valid_to IS NULL OR u.valid_to >= current_date) AS active, u.version
  FROM units u LEFT JOIN units p ON p.id = u.parent_id`;

export async function unitsByCodes(ex: Executor, codes: string[]): Promise<Map<string, UnitRef>> {
  const out = new Map<string, UnitRef>();
  for (const part of chunks([...new Set(codes)], LOOKUP_CHUNK)) {
    for (const u of await rows<UnitRef>(ex, sql`${SELECT_UNIT} WHERE u.code IN ${inList(part)}`)) out.set(u.code, u);
  }
  return out;
}

export async function unitByCode(ex: Executor, code: string): Promise<UnitRef | undefined> {
  return (await rows<UnitRef>(ex, sql`${SELECT_UNIT} WHERE u.code = ${code}`))[0];
}

export async function unitById(ex: Executor, id: number): Promise<UnitRef | undefined> {
  return (await rows<UnitRef>(ex, sql`${SELECT_UNIT} WHERE u.id = ${id}`))[0];
}

/** Paths of the units without a parent: the whole installation, for work done as the system. */
export async function rootUnits(ex: Executor) {
  return rows<{ id: number; name: string; path: string }>(ex, sql`SELECT id, name, path::text AS path FROM units WHERE parent_id IS NULL ORDER BY id`);
}

// ─── people ─────────────────────────────────────────────────────────────────────────────────────

export async function peopleByCitizenIds(ex: Executor, ids: string[]): Promise<Map<string, PersonRow>> {
  const out = new Map<string, PersonRow>();
  for (const part of chunks([...new Set(ids)], LOOKUP_CHUNK)) {
    for (const p of await rows<PersonRow>(ex, sql`${SELECT_PERSON} WHERE p.citizen_id IN ${inList(part)}`)) out.set(p.citizenId!, p);
  }
  return out;
}

export interface PersonKey {
  unitId: number;
  fullName: string;
  birthDate: string | null;
}

export const personKey = (k: PersonKey) => `${k.unitId}|${k.fullName}|${k.birthDate ?? ''}`;

/** People matching (unit, full name, birth date), grouped by that key. */
export async function peopleByKeys(ex: Executor, keys: PersonKey[]): Promise<Map<string, PersonRow[]>> {
  const unique = [...new Map(keys.map((k) => [personKey(k), k])).values()];
  const out = new Map<string, PersonRow[]>();
  for (const part of chunks(unique, LOOKUP_CHUNK)) {
    const found = await rows<PersonRow>(
      ex,
      sql`${SELECT_PERSON}
        JOIN jsonb_to_recordset(${json(part.map((k) => ({ unit_id: k.unitId, full_name: k.fullName, birth_date: k.birthDate })))})
          AS k(unit_id bigint, full_name text, birth_date date)
          ON p.unit_id = k.unit_id AND p.full_name = k.full_name AND p.birth_date IS NOT DISTINCT FROM k.birth_date`,
    );
    for (const p of found) {
      const key = personKey(p);
      const list = out.get(key) ?? [];
      if (!list.some((x) => x.id === p.id)) list.push(p);
      out.set(key, list);
    }
  }
  return out;
}

/** `n` fresh ids of an identity column, so rows inserted in bulk are known without RETURNING order. */
export async function allocateIds(ex: Executor, table: 'people' | 'households', n: number): Promise<number[]> {
  if (n === 0) return [];
  const got = await rows<{ id: number }>(ex, sql`SELECT nextval(pg_get_serial_sequence(${table}, 'id')) AS id FROM generate_series(1, ${n})`);
  return got.map((r) => Number(r.id));
}

/** A person as written in bulk: the registry's row without what is read through the unit, with the tree's root. */
export type PersonRecord = Omit<PersonRow, 'unitName' | 'unitCode' | 'version'> & { rootId: number };

const PERSON_RECORD = sql`r(id bigint, full_name text, gender text, birth_date date, ethnicity text, citizen_id text, position text,
  employment_category text, is_leader boolean, is_direct_worker boolean, unit_id bigint, unit_path text, root_id bigint, version int)`;

const personJson = (list: (PersonRecord & { version?: number })[]) =>
  json(
    list.map((p) => ({
      id: p.id, full_name: p.fullName, gender: p.gender, birth_date: p.birthDate, ethnicity: p.ethnicity, citizen_id: p.citizenId,
      position: p.position, employment_category: p.employmentCategory, is_leader: p.isLeader, is_direct_worker: p.isDirectWorker,
      unit_id: p.unitId, unit_path: p.unitPath, root_id: p.rootId, version: p.version ?? null,
    })),
  );

export async function insertPeople(ex: Executor, list: PersonRecord[]) {
  await writeChunks(
    ex,
    list,
    (part) => sql`INSERT INTO people (id, full_name, gender, birth_date, ethnicity, citizen_id, position, employment_category,
        is_leader, is_direct_worker, unit_id, unit_path, root_id)
      OVERRIDING SYSTEM VALUE
      SELECT r.id, r.full_name, r.gender, r.birth_date, r.ethnicity, r.citizen_id, r.position, r.employment_category,
        r.is_leader, r.is_direct_worker, r.unit_id, r.unit_path::ltree, r.root_id
      FROM jsonb_to_recordset(${personJson(part)}) AS ${PERSON_RECORD}`,
  );
}

/** Updates every field of each person whose version still matches; returns how many were updated. */
export async function updatePeople(ex: Executor, list: (PersonRecord & { version: number })[]): Promise<number> {
  return updateChunks(
    ex,
    list,
    (part) => sql`UPDATE people p SET full_name = r.full_name, gender = r.gender, birth_date = r.birth_date, ethnicity = r.ethnicity,
          citizen_id = r.citizen_id, position = r.position, employment_category = r.employment_category, is_leader = r.is_leader,
          is_direct_worker = r.is_direct_worker, unit_id = r.unit_id, unit_path = r.unit_path::ltree, root_id = r.root_id,
          version = p.version + 1, updated_at = now()
        FROM jsonb_to_recordset(${personJson(part)}) AS ${PERSON_RECORD}
        WHERE p.id = r.id AND p.version = r.version
        RETURNING p.id`,
  );
}

export async function openMemberships(ex: Executor, list: { personId: number; unitId: number; position: string | null; fromDate: string | null }[]) {
  await writeChunks(
    ex,
    list,
    (part) => sql`INSERT INTO memberships (person_id, unit_id, position, from_date)
      SELECT r.person_id, r.unit_id, r.position, r.from_date
      FROM jsonb_to_recordset(${json(part.map((m) => ({ person_id: m.personId, unit_id: m.unitId, position: m.position, from_date: m.fromDate })))})
        AS r(person_id bigint, unit_id bigint, position text, from_date date)`,
  );
}

export async function closeMemberships(ex: Executor, personIds: number[], lastDay: string) {
  for (const part of chunks(personIds, LOOKUP_CHUNK)) {
    await ex.execute(sql`UPDATE memberships SET to_date = ${lastDay}::date
      WHERE to_date IS NULL AND person_id IN (SELECT (jsonb_array_elements_text(${json(part)}))::bigint)`);
  }
}

// ─── households ─────────────────────────────────────────────────────────────────────────────────

/** A household as the import matches it: the registry's row without the thôn's name and the member count. */
export type HouseholdRef = Omit<HouseholdRow, 'thonName' | 'memberCount'>;

const SELECT_HOUSEHOLD = sql`SELECT h.id, h.code, h.head_person_id AS "headPersonId", h.head_name AS "headName", h.address,
  h.thon_unit_id AS "thonUnitId", u.code AS "thonCode", h.unit_path::text AS "unitPath", h.version
  FROM households h JOIN units u ON u.id = h.thon_unit_id`;

export async function householdsByCodes(ex: Executor, codes: string[]): Promise<Map<string, HouseholdRef>> {
  const out = new Map<string, HouseholdRef>();
  for (const part of chunks([...new Set(codes)], LOOKUP_CHUNK)) {
    for (const h of await rows<HouseholdRef>(ex, sql`${SELECT_HOUSEHOLD} WHERE h.code IN ${inList(part)}`)) out.set(h.code, h);
  }
  return out;
}

/** A household as written in bulk. */
export type HouseholdRecord = Omit<HouseholdRef, 'thonCode' | 'version'> & { rootId: number };

const HOUSEHOLD_RECORD = sql`r(id bigint, code text, head_person_id bigint, head_name text, address text, thon_unit_id bigint,
  unit_path text, root_id bigint, version int)`;

const householdJson = (list: (HouseholdRecord & { version?: number })[]) =>
  json(
    list.map((h) => ({
      id: h.id, code: h.code, head_person_id: h.headPersonId, head_name: h.headName, address: h.address,
      thon_unit_id: h.thonUnitId, unit_path: h.unitPath, root_id: h.rootId, version: h.version ?? null,
    })),
  );

export async function insertHouseholds(ex: Executor, list: HouseholdRecord[]) {
  await writeChunks(
    ex,
    list,
    (part) => sql`INSERT INTO households (id, code, head_person_id, head_name, address, thon_unit_id, unit_path, root_id)
      OVERRIDING SYSTEM VALUE
      SELECT r.id, r.code, r.head_person_id, r.head_name, r.address, r.thon_unit_id, r.unit_path::ltree, r.root_id
      FROM jsonb_to_recordset(${householdJson(part)}) AS ${HOUSEHOLD_RECORD}`,
  );
}

export async function updateHouseholds(ex: Executor, list: (HouseholdRecord & { version: number })[]): Promise<number> {
  return updateChunks(
    ex,
    list,
    (part) => sql`UPDATE households h SET head_person_id = r.head_person_id, head_name = r.head_name, address = r.address,
          thon_unit_id = r.thon_unit_id, unit_path = r.unit_path::ltree, root_id = r.root_id, version = h.version + 1, updated_at = now()
        FROM jsonb_to_recordset(${householdJson(part)}) AS ${HOUSEHOLD_RECORD}
        WHERE h.id = r.id AND h.version = r.version
        RETURNING h.id`,
  );
}

export async function addHouseholdMembers(ex: Executor, list: { householdId: number; personId: number; relation: string }[]) {
  await writeChunks(
    ex,
    list,
    (part) => sql`INSERT INTO household_members (household_id, person_id, relation)
      SELECT r.household_id, r.person_id, r.relation
      FROM jsonb_to_recordset(${json(part.map((m) => ({ household_id: m.householdId, person_id: m.personId, relation: m.relation })))})
        AS r(household_id bigint, person_id bigint, relation text)
      ON CONFLICT DO NOTHING`,
  );
}

export interface HouseholdExportRow {
  code: string;
  headName: string;
  headCitizenId: string | null;
  address: string | null;
  thonCode: string;
}

export async function householdsForExport(ex: Executor, f: HouseholdFilter, limit: number): Promise<HouseholdExportRow[]> {
  return rows<HouseholdExportRow>(
    ex,
    sql`SELECT h.code, h.head_name AS "headName", hp.citizen_id AS "headCitizenId", h.address, u.code AS "thonCode"
      FROM households h JOIN units u ON u.id = h.thon_unit_id LEFT JOIN people hp ON hp.id = h.head_person_id
      WHERE ${householdWhere(f)} ORDER BY u.code, h.code LIMIT ${limit}`,
  );
}

// ─── audit ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Appends many audit rows in one statement per chunk, in order. The BEFORE INSERT trigger chains
 * each row (id, time, previous hash, hash) exactly as for single rows; values are redacted the same
 * way as `audit()` does.
 */
export async function auditMany(ex: Executor, ctx: Ctx, entries: AuditEntry[]) {
  await writeChunks(ex, entries, (part) => {
    const payload = part.map((e) => ({
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId === null ? null : String(e.entityId),
      unit_path: e.unitPath ?? null,
      ...(e.before === undefined ? {} : { before: redact(e.before) }),
      ...(e.after === undefined ? {} : { after: redact(e.after) }),
    }));
    return sql`INSERT INTO audit_log
        (id, at, actor_id, actor_name, action, entity_type, entity_id, unit_path, before, after, request_id, ip, prev_hash, hash)
      SELECT 0, NULL, ${ctx.actor?.userId || null}::bigint, ${ctx.actor?.username ?? null}, e.v->>'action', e.v->>'entity_type',
        e.v->>'entity_id', (e.v->>'unit_path')::ltree, e.v->'before', e.v->'after', ${ctx.requestId}, ${ctx.ip}, '', ''
      FROM jsonb_array_elements(${json(payload)}) WITH ORDINALITY AS e(v, n)
      ORDER BY e.n`;
  });
}
