import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { Catalog, RuleSettings } from './types';

export const RULES_KEY = ['rules'] as const;

export function useCatalog(date: string | undefined) {
  return useQuery({
    queryKey: [...RULES_KEY, 'catalog', date],
    queryFn: () => api.get<Catalog>('/rules/catalog', { date }),
    enabled: !!date,
    placeholderData: (prev) => prev,
    staleTime: 5 * 60_000,
  });
}

export function useRuleSettings() {
  return useQuery({
    queryKey: [...RULES_KEY, 'settings'],
    queryFn: () => api.get<RuleSettings>('/rules/settings'),
    staleTime: 60_000,
  });
}
