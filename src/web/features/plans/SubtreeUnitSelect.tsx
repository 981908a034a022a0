import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useDebounced } from '../../app/useDebounced';
import type { Page, Unit } from '../../app/types';

interface Common {
  /** the plan's unit: it and the units below it may be chosen */
  root: { id: number; name: string };
  /** names of units already chosen (so they show before a search finds them) */
  labels?: Record<number, string>;
  id?: string;
  'aria-label'?: string;
  placeholder?: string;
}

/** A unit of the plan's subtree (the plan's unit or one below it), searched on the server. */
export function SubtreeUnitSelect(
  props: Common & ({ multiple?: false; value?: number | null; onChange?: (v: number | null) => void } | { multiple: true; value?: number[]; onChange?: (v: number[]) => void }),
) {
  const { t } = useTranslation();
  const { root, labels = {} } = props;
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const search = useQuery({
    queryKey: ['units', 'subtree', root.id, q],
    queryFn: () => api.get<Page<Unit>>('/units', { parentId: root.id, q, pageSize: 50 }),
    staleTime: 60_000,
  });
  const options = new Map<number, string>();
  if (!q) options.set(root.id, root.name);
  for (const u of search.data?.items ?? []) options.set(u.id, u.name);
  const chosen = props.multiple ? (props.value ?? []) : props.value != null ? [props.value] : [];
  for (const id of chosen) if (!options.has(id)) options.set(id, labels[id] ?? (id === root.id ? root.name : `#${id}`));
  const opts = [...options].map(([value, label]) => ({ value, label }));
  const common = {
    id: props.id,
    'aria-label': props['aria-label'],
    placeholder: props.placeholder ?? t('plansUi.unitPlaceholder'),
    showSearch: { filterOption: false, onSearch: setText },
    loading: search.isFetching,
    options: opts,
    style: { width: '100%' },
    notFoundContent: search.isFetching ? t('plansUi.loading') : t('plansUi.noUnit'),
    onClear: () => setText(''),
  };
  return props.multiple ? (
    <Select<number[]> {...common} mode="multiple" allowClear value={props.value} onChange={(v) => props.onChange?.(v ?? [])} />
  ) : (
    <Select<number> {...common} value={props.value ?? undefined} onChange={(v) => props.onChange?.(v ?? null)} />
  );
}
