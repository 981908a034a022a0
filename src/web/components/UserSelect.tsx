import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { usePermissions } from '../app/auth';
import { useDebounced } from '../app/useDebounced';
import type { Page, User } from '../app/types';

/** Pick a user account (admins only: others may not list users, so the box is hidden for them). */
export function UserSelect({
  value,
  onChange,
  placeholder,
  style,
}: {
  value?: number;
  onChange: (v: number | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
}) {
  const { t } = useTranslation();
  const { canManageUsers } = usePermissions();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const search = useQuery({
    queryKey: ['users', 'select', q],
    queryFn: () => api.get<Page<User>>('/users', { q, pageSize: 30 }),
    enabled: canManageUsers,
    staleTime: 60_000,
  });
  if (!canManageUsers) return null;
  const options = (search.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }));
  if (value != null && !options.some((o) => o.value === value)) options.unshift({ value, label: `#${value}` });
  return (
    <Select<number>
      allowClear
      aria-label={placeholder}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      placeholder={placeholder}
      style={style}
      loading={search.isFetching}
      options={options}
      notFoundContent={search.isFetching ? t('common.loading') : t('common.noResult')}
      onChange={(v) => onChange(v ?? undefined)}
    />
  );
}
