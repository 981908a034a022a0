import { useCallback, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { RECORD_RESOURCES } from '../../../shared/access';
import { useAuth, useToday } from '../../app/auth';
import { useErrorText } from '../../app/errors';
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

/** Deletes a record of a list, then says "deleted" or why not. */
export function useRemoveRecord(kind: RecordKind) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const remove = useDeleteRecord(kind);
  return (r: { id: number; version: number }) =>
    remove.mutateAsync(r).then(
      () => void message.success(t('records.deleted')),
      (e: unknown) => void message.error(errorText(e)),
    );
}

/**
 * The create / edit modal of a list: whether it is open, the record being edited (null: a new one)
 * and the key that gives every opening a fresh form (a kept form instance would show the previous
 * record's values).
 */
export function useFormOpening<T>() {
  const [state, setState] = useState<{ open: boolean; editing: T | null; key: number }>({ open: false, editing: null, key: 0 });
  return {
    ...state,
    openForm: (r: T | null) => setState((s) => ({ open: true, editing: r, key: s.key + 1 })),
    close: () => setState((s) => ({ ...s, open: false })),
  };
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
