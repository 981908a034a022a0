import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth';
import type { Action, ResourceType } from '../../../shared/access';
import type { UnitDetail } from '../../app/types';
import type { MovementQuota, MovementStatus, RegistrationStatus } from './types';

const MOVEMENT_COLORS: Record<MovementStatus, string> = { draft: 'default', launched: 'green', closed: 'purple' };
const REGISTRATION_COLORS: Record<RegistrationStatus, string> = { draft: 'default', submitted: 'blue', approved: 'green', returned: 'orange' };

export function MovementStatusTag({ status, testId = 'movement-status' }: { status: MovementStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={MOVEMENT_COLORS[status]} data-testid={testId}>
      {t(`movementsUi.status.${status}`)}
    </Tag>
  );
}

export function RegistrationStatusTag({ status, testId = 'registration-status' }: { status: RegistrationStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={REGISTRATION_COLORS[status]} data-testid={testId}>
      {t(`movementsUi.regStatus.${status}`)}
    </Tag>
  );
}

/**
 * What the signed-in user may do about a unit, from the session's abilities: on the unit itself
 * (`own`), or from a grant on a unit above it (`above`). The server decides for real; this only hides
 * buttons that would be refused.
 */
export function useUnitAccess(unitId: number | null | undefined, resource: ResourceType, action: Action) {
  const { unitsWhere } = useAuth();
  const unit = useQuery({
    queryKey: ['units', 'detail', unitId],
    queryFn: () => api.get<UnitDetail>(`/units/${unitId}`),
    enabled: unitId != null,
    staleTime: 60_000,
  });
  const scopes = unitsWhere(resource, action);
  const ancestors = new Set((unit.data?.ancestors ?? []).map((a) => a.id));
  const own = scopes.some((g) => g.unitId === unitId);
  const above = scopes.some((g) => ancestors.has(g.unitId));
  return { own, above, inScope: own || above, unit: unit.data, loading: unit.isPending };
}

/** Units the user may act for (register, launch a movement…): each granted unit once. */
export function useMyUnits(resource: ResourceType, action: Action) {
  return useAuth()
    .unitsWhere(resource, action)
    .map((s) => ({ value: s.unitId, label: s.unitName }));
}

const two = (n: number) => (n >= 0 && n < 10 ? `0${n}` : String(n));
const has = (n: number | null | undefined): n is number => n != null;

/** The quota as official documents write it ("không quá 05 cá nhân"), as the server's quotaText. */
export function quotaText(t: TFunction, q: Pick<MovementQuota, 'maxIndividuals' | 'maxCollectives' | 'maxTotal'>): string {
  const parts: string[] = [];
  if (has(q.maxCollectives)) parts.push(t('movementsUi.quota.collectives', { n: two(q.maxCollectives) }));
  if (has(q.maxIndividuals)) parts.push(t('movementsUi.quota.individuals', { n: two(q.maxIndividuals) }));
  const split = parts.length ? t('movementsUi.quota.atMost', { what: parts.join(t('movementsUi.quota.and')) }) : '';
  if (has(q.maxTotal)) {
    const total = t('movementsUi.quota.atMost', { what: t('movementsUi.quota.total', { n: two(q.maxTotal) }) });
    return split ? t('movementsUi.quota.withSplit', { total, split }) : total;
  }
  return split || t('movementsUi.quota.unlimited');
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Reporting periods of a year: the quarters, the year, the months. */
export function periodOptions(t: TFunction, year: number) {
  return [
    ...[1, 2, 3, 4].map((q) => ({ value: `${year}-Q${q}`, label: t('movementsUi.period.quarter', { q: ROMAN[q - 1], year }) })),
    { value: String(year), label: t('movementsUi.period.year', { year }) },
    ...Array.from({ length: 12 }, (_, i) => ({ value: `${year}-M${two(i + 1)}`, label: t('movementsUi.period.month', { m: i + 1, year }) })),
  ];
}

/** The quarter period of a date ('2026-12-01' → '2026-Q4'). */
export function quarterOf(iso: string): string {
  const m = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-Q${Math.ceil(m / 3)}`;
}

/** A number the Vietnamese way (1.234,5) or the English way. */
export function num(x: number | null | undefined, lang: string): string {
  if (x == null) return '—';
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 3 }).format(x);
}

export function percentText(p: number | null | undefined, lang: string): string {
  return p == null ? '—' : `${num(p, lang)}%`;
}

/** Colour of an attainment: met green, under way orange, none grey. */
export function attainmentColor(met: boolean | null | undefined): string {
  return met === true ? 'green' : met === false ? 'orange' : 'default';
}
