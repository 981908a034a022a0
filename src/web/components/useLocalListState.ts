import { useCallback, useMemo, useState } from 'react';
import type { UrlPatch } from '../app/useUrlState';
import type { UrlState } from './ServerList';

/**
 * The state of a list that does not own the URL (a list inside a tab of a detail page): the same
 * shape as useUrlState, kept in memory, so the list can use useServerList and ServerTable too.
 * Paging only; it has no filters of its own.
 */
export function useLocalListState(defaultPageSize = 20): UrlState {
  const [state, setState] = useState<Record<string, string>>({});
  const page = Math.max(1, Number(state.page ?? 1) || 1);
  const pageSize = Math.max(1, Number(state.pageSize ?? defaultPageSize) || defaultPageSize);
  const get = useCallback((key: string): string | undefined => state[key], [state]);
  const update = useCallback((patch: UrlPatch) => {
    setState((prev) => {
      const next = { ...prev };
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === null || v === '' || v === false) delete next[k];
        else next[k] = String(v);
      }
      if (!('page' in patch)) delete next.page;
      return next;
    });
  }, []);
  const reset = useCallback(() => setState({}), []);
  const params = useMemo(() => new URLSearchParams(state), [state]);
  return { get, page, pageSize, update, reset, hasFilters: false, params };
}
