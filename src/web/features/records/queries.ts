import { useCallback } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import { RECORD_RESOURCES } from '../../../shared/access';
import { useAuth, useToday } from '../../app/auth';
import type { Page } from '../../app/types';
import { useCatalog } from '../rules/queries';
import type { RecordFilters, RecordKind, RecordOf } from './types';

export const RECORDS_KEY = ['records'] as const;

export function useRecordList<K extends RecordKind>(kind: K, params: RecordFilters & { page?: number; pageSize?: number }, enabled = true) {
  return useQuery({
    queryKey: [...RECORDS_KEY, kind, 'list', params],
    queryFn: () => api.get<Page<RecordOf[K]>>(`/records/${kind}`, { ...params }),
    placeholderData: (prev) => prev,
    enabled,
  });
}

/** Every list of every kind is refreshed after a write (ratings and awards also show on the detail pages). */
export function useInvalidateRecords() {
  const qc = useQueryClient();
  return useCallback(() => qc.invalidateQueries({ queryKey: RECORDS_KEY }), [qc]);
}

export function useDeleteRecord(kind: RecordKind) {
  const invalidate = useInvalidateRecords();
  return useMutation({
    mutationFn: (r: { id: number; version: number }) => api.delete(`/records/${kind}/${r.id}`, { params: { version: r.version } }),
    onSettled: () => invalidate(),
  });
}

/**
 * Who may write what, from the session's abilities on each kind's resource. The server also checks
 * the unit scope; this only hides buttons that would always be refused.
 */
export function useRecordPermissions() {
  const { can } = useAuth();
  return {
    canEdit: (kind: RecordKind) => can(RECORD_RESOURCES[kind], 'update'),
    canImport: (kind: RecordKind) => can(RECORD_RESOURCES[kind], 'import'),
    canRevoke: can('award_record', 'update'),
  };
}

/** Award code → the catalogue's name (the code itself when the catalogue does not know it). */
export function useAwardNames() {
  const catalog = useCatalog(useToday());
  const entries = catalog.data?.entries;
  const name = useCallback((code: string | null | undefined) => (code ? (entries?.find((e) => e.code === code)?.name ?? code) : ''), [entries]);
  return { name, entries, loading: catalog.isPending };
}
