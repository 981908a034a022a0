import { useState, type CSSProperties } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { fold } from '../../app/text';
import { useDebounced } from '../../app/useDebounced';
import type { Page, Unit } from '../../app/types';
import { useCatalog } from '../rules/queries';
import type { CatalogEntry, SubjectCode } from '../rules/types';
import { useToday } from '../../app/auth';

/** Several units, by typing part of a name or code (server search). */
export function UnitsMultiSelect({
  value,
  onChange,
  names,
  id,
  style,
  placeholder,
  'aria-label': ariaLabel,
}: {
  value?: number[];
  onChange?: (v: number[]) => void;
  /** names of units already chosen, when known */
  names?: Map<number, string>;
  id?: string;
  style?: CSSProperties;
  placeholder?: string;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const [known, setKnown] = useState<Map<number, string>>(new Map());
  const search = useQuery({
    queryKey: ['units', 'select', q, undefined, undefined],
    queryFn: () => api.get<Page<Unit>>('/units', { q, pageSize: 30 }),
    staleTime: 60_000,
  });
  const options = (search.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  for (const v of value ?? []) {
    if (!options.some((o) => o.value === v)) options.unshift({ value: v, label: known.get(v) ?? names?.get(v) ?? `#${v}` });
  }
  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      aria-label={ariaLabel}
      placeholder={placeholder ?? t('movementsUi.form.unitsPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? []}
      loading={search.isFetching}
      style={{ minWidth: 260, ...style }}
      options={options}
      notFoundContent={search.isFetching ? t('common.loading') : t('unitSelect.notFound')}
      onChange={(v) => {
        const next = new Map(known);
        for (const o of options) next.set(o.value, o.label);
        setKnown(next);
        onChange?.(v);
      }}
    />
  );
}

function groupedOptions(t: (k: string) => string, list: CatalogEntry[]) {
  const group = (kind: CatalogEntry['kind']) => ({
    label: t(`rules.kind.${kind}`),
    title: t(`rules.kind.${kind}`),
    options: list.filter((e) => e.kind === kind).map((e) => ({ value: e.code, label: e.name, search: fold(`${e.name} ${e.code}`) })),
  });
  return [group('danh_hieu'), group('hinh_thuc')].filter((g) => g.options.length);
}

const searchFilter = (input: string, o?: { search?: string }) => !!o && typeof o.search === 'string' && o.search.includes(fold(input.trim()));

/** Award forms and titles offered by a movement (several). */
export function AwardsMultiSelect({ value, onChange, id, 'aria-label': ariaLabel }: { value?: string[]; onChange?: (v: string[]) => void; id?: string; 'aria-label'?: string }) {
  const { t } = useTranslation();
  const catalog = useCatalog(useToday());
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      aria-label={ariaLabel}
      placeholder={t('rules.awardPlaceholder')}
      loading={catalog.isPending}
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      showSearch={{ filterOption: (input, o) => searchFilter(input, o as { search?: string }) }}
      options={groupedOptions(t, catalog.data?.entries ?? [])}
      style={{ width: '100%' }}
    />
  );
}

/** A title (danh hiệu thi đua) for a subject: collective or individual. */
export function TitleSelect({
  subject,
  value,
  onChange,
  id,
  style,
  'aria-label': ariaLabel,
}: {
  subject: SubjectCode;
  value?: string;
  onChange?: (v: string | undefined) => void;
  id?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const catalog = useCatalog(useToday());
  const list = (catalog.data?.entries ?? []).filter((e) => e.kind === 'danh_hieu' && e.subjects.includes(subject));
  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      allowClear
      placeholder={t('movementsUi.reg.pickTitle')}
      loading={catalog.isPending}
      value={value}
      onChange={(v) => onChange?.(v)}
      showSearch={{ filterOption: (input, o) => searchFilter(input, o as { search?: string }) }}
      options={list.map((e) => ({ value: e.code, label: e.name, search: fold(`${e.name} ${e.code}`) }))}
      style={{ minWidth: 260, ...style }}
    />
  );
}

/** The unit itself or one of its direct sub-units (a collective that registers under it). */
export function SubUnitSelect({
  unitId,
  unitName,
  value,
  onChange,
  id,
  style,
  'aria-label': ariaLabel,
}: {
  unitId: number;
  unitName: string;
  value?: number;
  onChange?: (v: number | undefined) => void;
  id?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const children = useQuery({
    queryKey: ['units', 'children', unitId],
    queryFn: () => api.get<Page<Unit>>('/units', { parentId: unitId, pageSize: 200 }),
    staleTime: 60_000,
  });
  const options = [
    { value: unitId, label: t('movementsUi.reg.theUnitItself', { name: unitName }), search: fold(unitName) },
    ...(children.data?.items ?? []).filter((u) => u.id !== unitId).map((u) => ({ value: u.id, label: u.name, search: fold(u.name) })),
  ];
  return (
    <Select<number>
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={(v) => onChange?.(v)}
      loading={children.isFetching}
      showSearch={{ filterOption: (input, o) => searchFilter(input, o as { search?: string }) }}
      options={options}
      style={{ minWidth: 260, ...style }}
    />
  );
}
