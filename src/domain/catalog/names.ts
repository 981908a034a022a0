import type { AwardCode } from '../codes.js';
import { CATALOG_DATA, type CatalogData } from './data.js';

const BY_CODE = new Map<string, CatalogData>(CATALOG_DATA.map((e) => [e.code, e]));

/** Static catalogue data of a code (undefined for an unknown code). */
export function catalogData(code: string): CatalogData | undefined {
  return BY_CODE.get(code);
}

/** Vietnamese name of a title or form. */
export function awardName(code: AwardCode): string {
  return BY_CODE.get(code)?.name ?? code;
}
