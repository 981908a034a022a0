import { Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { useDebounced } from '../app/useDebounced';
import { useCodes } from '../app/codes';
import type { LevelCode, Page, Unit, UnitDetail } from '../app/types';

interface Props {
  value?: number | null;
  onChange?: (value: number | null, unit?: Unit) => void;
  /** name of the current value, when the caller already knows it (avoids one request) */
  valueLabel?: string;
  level?: LevelCode;
  includeInactive?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
  disabled?: boolean;
  excludeId?: number;
  'aria-label'?: string;
}

/** Pick a unit by typing part of its name or code (server search, diacritics optional). */
export function UnitSelect({
  value,
  onChange,
  valueLabel,
  level,
  includeInactive,
  placeholder,
  allowClear = true,
  style,
  id,
  disabled,
  excludeId,
  ...rest
}: Props) {
  const { t } = useTranslation();
  const { label } = useCodes();
  const [text, setQ] = useState('');
  const q = useDebounced(text.trim(), 250);

  const search = useQuery({
    queryKey: ['units', 'select', q, level, includeInactive],
    queryFn: () =>
      api.get<Page<Unit>>('/units', { q, level, includeInactive: includeInactive ? 'true' : undefined, pageSize: 30 }),
    staleTime: 60_000,
  });

  // The current value may not be in the search page: fetch its name once.
  const current = useQuery({
    queryKey: ['units', 'detail', value],
    queryFn: () => api.get<UnitDetail>(`/units/${value}`),
    enabled: value != null && !valueLabel && !search.data?.items.some((u) => u.id === value),
    staleTime: 60_000,
  });

  const units = (search.data?.items ?? []).filter((u) => u.id !== excludeId);
  const options = units.map((u) => ({ value: u.id, label: u.name, unit: u }));
  if (value != null && !options.some((o) => o.value === value)) {
    const name = valueLabel ?? current.data?.name ?? `#${value}`;
    options.unshift({ value, label: name, unit: current.data as Unit });
  }

  return (
    <Select<number, (typeof options)[number]>
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      placeholder={placeholder ?? t('unitSelect.placeholder')}
      allowClear={allowClear}
      disabled={disabled}
      loading={search.isFetching}
      style={{ minWidth: 220, ...style }}
      options={options}
      notFoundContent={search.isFetching ? t('common.loading') : t('unitSelect.notFound')}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          {o.data.unit && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {label('level', o.data.unit.level)} · {o.data.unit.code}
              {o.data.unit.active === false ? ` · ${t('status.unit.inactive')}` : ''}
            </Typography.Text>
          )}
        </div>
      )}
      onChange={(v, opt) => {
        const o = Array.isArray(opt) ? opt[0] : opt;
        onChange?.(v ?? null, o?.unit);
      }}
      onClear={() => setQ('')}
    />
  );
}
