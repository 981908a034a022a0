import { useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '../../app/api';
import type { Items } from '../../../shared/contract/common';
import type { Unit, UnitDetail } from '../../../shared/contract/units';

export const unitKeys = {
  all: ['units'] as const,
  list: (p: QueryParams) => ['units', 'list', p] as const,
  detail: (id: number | string) => ['units', 'detail', Number(id)] as const,
  children: (id: number | string, includeInactive: boolean) => ['units', 'children', Number(id), includeInactive] as const,
  roots: (includeInactive: boolean) => ['units', 'roots', includeInactive] as const,
};

export function useUnit(id: number | string | undefined) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? 0),
    queryFn: () => api.get<UnitDetail>(`/units/${id}`),
    enabled: !!id,
  });
}

export function fetchChildren(id: number, includeInactive: boolean) {
  return api.get<Items<Unit>>(`/units/${id}/children`, { includeInactive: includeInactive ? 'true' : undefined });
}

export function useUnitChildren(id: number | undefined, includeInactive: boolean) {
  return useQuery({
    queryKey: unitKeys.children(id ?? 0, includeInactive),
    queryFn: () => fetchChildren(id!, includeInactive),
    enabled: !!id,
  });
}

export function useUnitRoots(includeInactive: boolean) {
  return useQuery({
    queryKey: unitKeys.roots(includeInactive),
    queryFn: () => api.get<Items<Unit>>('/units/roots', { includeInactive: includeInactive ? 'true' : undefined }),
  });
}
