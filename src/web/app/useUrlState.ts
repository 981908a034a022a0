import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type UrlPatch = Record<string, string | number | boolean | null | undefined>;

/**
 * List filters and paging live in the URL, so a list can be bookmarked, shared and returned to with
 * the browser's Back button exactly as it was left.
 */
export function useUrlState(defaultPageSize = 20) {
  const [sp, setSp] = useSearchParams();

  const get = useCallback((key: string): string | undefined => sp.get(key) ?? undefined, [sp]);
  const page = Math.max(1, Number(sp.get('page') ?? 1) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(sp.get('pageSize') ?? defaultPageSize) || defaultPageSize));

  const update = useCallback(
    (patch: UrlPatch) => {
      setSp(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === null || v === '' || v === false) next.delete(k);
            else next.set(k, String(v));
          }
          // Any filter change goes back to the first page.
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setSp],
  );

  const reset = useCallback(() => setSp(new URLSearchParams(), { replace: true }), [setSp]);
  const hasFilters = useMemo(() => [...sp.keys()].some((k) => k !== 'page' && k !== 'pageSize'), [sp]);

  return { get, page, pageSize, update, reset, hasFilters, params: sp };
}
