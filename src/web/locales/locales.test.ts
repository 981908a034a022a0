import { describe, expect, it } from 'vitest';
import en0 from './en.json';
import vi0 from './vi.json';
import plansVi from './plansUi.vi.json';
import plansEn from './plansUi.en.json';
import movementsVi from './movementsUi.vi.json';
import movementsEn from './movementsUi.en.json';

const vi = { ...vi0, plansUi: plansVi, movementsUi: movementsVi };
const en = { ...en0, plansUi: plansEn, movementsUi: movementsEn };

type Tree = { [k: string]: string | Tree };

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : flatten(v, `${prefix}${k}.`)));
}

/** Keys with the plural suffix removed: Vietnamese has no plural forms, English has _one/_other. */
const base = (keys: string[]) => new Set(keys.map((k) => k.replace(PLURAL, '')));

// Every source file of the SPA, as text, to find the keys it uses.
const sources = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function usedKeys(): Set<string> {
  const keys = new Set<string>();
  const patterns = [/\bt\(\s*'([a-zA-Z0-9_.]+)'/g, /i18nKey="([a-zA-Z0-9_.]+)"/g, /\blabel: '([a-z]+\.[a-zA-Z0-9_.]+)'/g];
  for (const text of Object.values(sources)) {
    for (const re of patterns) for (const m of text.matchAll(re)) keys.add(m[1]);
  }
  return keys;
}

describe('web locale files', () => {
  const viKeys = base(flatten(vi as Tree));
  const enKeys = base(flatten(en as Tree));

  it('vi.json and en.json have the same keys', () => {
    expect([...viKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !viKeys.has(k))).toEqual([]);
  });

  it('every key used in the code exists in both languages', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !viKeys.has(k))).toEqual([]);
    expect([...used].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('every code the server knows has a label in both languages', () => {
    const groups: Record<string, string[]> = {
      level: ['trung_uong', 'tinh', 'huyen', 'xa', 'don_vi', 'thon'],
      gender: ['nam', 'nu'],
      employmentCategory: ['can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong', 'cong_nhan', 'nong_dan', 'luc_luong_vu_trang', 'khac'],
      role: ['quan_tri', 'chuyen_vien', 'can_bo_don_vi', 'thanh_vien_hd', 'lanh_dao', 'truong_cum'],
    };
    for (const [group, codes] of Object.entries(groups)) {
      for (const code of codes) {
        expect(viKeys.has(`codes.${group}.${code}`), `vi codes.${group}.${code}`).toBe(true);
        expect(enKeys.has(`codes.${group}.${code}`), `en codes.${group}.${code}`).toBe(true);
      }
    }
  });
});
