/**
 * Building blocks of the API contract: the zod schemas that routes declare as their responses (so
 * the OpenAPI document describes them) and that the web takes its types from (z.infer), so a field
 * renamed on the server breaks the web's typecheck instead of a user's screen.
 */
import { z } from 'zod';

/** A legal date, ISO (YYYY-MM-DD). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/**
 * An instant (timestamptz) as text: ISO 8601, or PostgreSQL's own text form ('2026-12-04 19:37:04.88+00')
 * when a raw query reads it; both parse with `new Date()`. A Date is accepted when checking and sent
 * as its ISO text.
 */
export const instant = z.union([z.string(), z.date().transform((d) => d.toISOString())]);

export const ok = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof ok>;

export const codeName = z.object({ code: z.string(), name: z.string() });
export type CodeName = z.infer<typeof codeName>;

/** One server-paged list: the page of items, and a total counted up to a cap. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    /** the server stopped counting at `total` (very large result) */
    totalCapped: z.boolean().optional(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  totalCapped?: boolean;
  page: number;
  pageSize: number;
}

export function itemsOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}
export interface Items<T> {
  items: T[];
}
