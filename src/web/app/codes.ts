import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from './api';
import { useAuth } from './auth';
import type { CodeName, MetaCodes } from './types';

const EMPTY: MetaCodes = { levels: [], unitKinds: [], employmentCategories: [], genders: [], roles: [] };

export function useMetaCodes() {
  const { me } = useAuth();
  return useQuery({
    queryKey: ['meta', 'codes'],
    queryFn: () => api.get<MetaCodes>('/meta/codes'),
    staleTime: 30 * 60_000,
    enabled: !!me,
  });
}

type Group = 'level' | 'employmentCategory' | 'gender' | 'role';

/** The fixed code lists (docs/codes.md), used until /meta/codes has answered. */
export const LEVELS = ['trung_uong', 'tinh', 'huyen', 'xa', 'don_vi', 'thon'] as const;
export const EMPLOYMENT_CATEGORIES = [
  'can_bo',
  'cong_chuc',
  'vien_chuc',
  'nguoi_lao_dong',
  'cong_nhan',
  'nong_dan',
  'luc_luong_vu_trang',
  'khac',
] as const;
export const GENDERS = ['nam', 'nu'] as const;
export const ROLES = ['quan_tri', 'chuyen_vien', 'can_bo_don_vi', 'thanh_vien_hd', 'lanh_dao', 'truong_cum'] as const;

const fixed: Record<Group, readonly string[]> = {
  level: LEVELS,
  employmentCategory: EMPLOYMENT_CATEGORIES,
  gender: GENDERS,
  role: ROLES,
};

const groupOf: Record<Group, keyof MetaCodes> = {
  level: 'levels',
  employmentCategory: 'employmentCategories',
  gender: 'genders',
  role: 'roles',
};

/**
 * Display names for codes. Fixed codes come from the locale files (so English works); codes the
 * locale does not know (tenant extensions) fall back to the server's Vietnamese name. Unit kinds are
 * admin-extensible, so they always use the server's names.
 */
export function useCodes() {
  const { t, i18n } = useTranslation();
  const q = useMetaCodes();
  const codes = q.data ?? EMPTY;

  const label = useCallback(
    (group: Group, code: string | null | undefined): string => {
      if (!code) return '';
      const apiName = codes[groupOf[group]].find((c) => c.code === code)?.name;
      return t(`codes.${group}.${code}`, { defaultValue: apiName ?? code });
    },
    [codes, t, i18n.language],
  );

  const options = useCallback(
    (group: Group): { value: string; label: string }[] => {
      const fromApi: CodeName[] = codes[groupOf[group]];
      const list = fromApi.length ? fromApi : fixed[group].map((code) => ({ code, name: code }));
      return list.map((c) => ({ value: c.code, label: label(group, c.code) }));
    },
    [codes, label],
  );

  const kindOptions = useMemo(() => codes.unitKinds.map((k) => ({ value: k.code, label: k.name })), [codes]);
  const kindName = useCallback(
    (code: string | null | undefined) => codes.unitKinds.find((k) => k.code === code)?.name ?? code ?? '',
    [codes],
  );

  return { ready: q.isSuccess, label, options, kindOptions, kindName };
}
