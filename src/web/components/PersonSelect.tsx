import { Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { formatDate } from '../app/format';
import { useDebounced } from '../app/useDebounced';
import type { Page, Person } from '../app/types';

interface Props {
  value?: number | null;
  onChange?: (value: number | null, person?: Person) => void;
  valueLabel?: string;
  unitId?: number;
  placeholder?: string;
  style?: CSSProperties;
  id?: string;
  allowClear?: boolean;
}

/** Pick a person by name (server search ignores diacritics). */
export function PersonSelect({ value, onChange, valueLabel, unitId, placeholder, style, id, allowClear = true }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const search = useQuery({
    queryKey: ['people', 'select', q, unitId],
    queryFn: () => api.get<Page<Person>>('/people', { q, unitId, pageSize: 30 }),
    staleTime: 60_000,
  });
  const options = (search.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName, person: p as Person | undefined }));
  if (value != null && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: valueLabel ?? `#${value}`, person: undefined });
  }
  return (
    <Select<number, (typeof options)[number]>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      allowClear={allowClear}
      placeholder={placeholder ?? t('personSelect.placeholder')}
      loading={search.isFetching}
      style={{ minWidth: 220, ...style }}
      options={options}
      notFoundContent={search.isFetching ? t('common.loading') : t('personSelect.notFound')}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          {o.data.person && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[formatDate(o.data.person.birthDate), o.data.person.unitName].filter(Boolean).join(' · ')}
            </Typography.Text>
          )}
        </div>
      )}
      onChange={(v, opt) => {
        const o = Array.isArray(opt) ? opt[0] : opt;
        onChange?.(v ?? null, o?.person);
      }}
    />
  );
}
