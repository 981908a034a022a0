/** Units (đơn vị): the organisation tree, its unit kinds and the lineage of merges and renames. */
import { z } from 'zod';
import { LEVELS, LINEAGE_KINDS } from '../codes.js';
import { codeName, isoDate, itemsOf, pageOf } from './common.js';

export const unit = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: z.enum(LEVELS),
  kind: z.string(),
  kindName: z.string(),
  legalPersonality: z.boolean(),
  parentId: z.number().int().nullable(),
  rootId: z.number().int().nullable(),
  /** ltree path of ids from the root */
  path: z.string(),
  address: z.string().nullable(),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  active: z.boolean(),
  /** active children */
  childCount: z.number().int(),
  /** children including those no longer in force (merged, abolished) */
  allChildCount: z.number().int(),
  version: z.number().int(),
});
export type Unit = z.infer<typeof unit>;

export const lineageEntry = z.object({
  kind: z.enum(LINEAGE_KINDS),
  date: isoDate,
  /** `to`: this unit went into the other one; `from`: the other one came into this unit */
  direction: z.enum(['from', 'to']),
  otherUnitId: z.number().int().nullable(),
  otherUnitName: z.string().nullable(),
  /** for a rename: the name before */
  previousName: z.string().nullable(),
  note: z.string().nullable(),
});
export type LineageEntry = z.infer<typeof lineageEntry>;

export const unitDetail = unit.extend({
  /** from the root down to the parent */
  ancestors: z.array(unit),
  lineage: z.array(lineageEntry),
});
export type UnitDetail = z.infer<typeof unitDetail>;

export const unitPage = pageOf(unit);
export const unitItems = itemsOf(unit);

export const unitKind = z.object({ code: z.string(), name: z.string(), builtin: z.boolean() });
export type UnitKind = z.infer<typeof unitKind>;
export const unitKindItems = itemsOf(unitKind);
/** a unit kind just added */
export const unitKindCreated = codeName;
