import type { CatalogCoefficient } from './types';

export type Rounding = 'ceil_10000' | 'none';

/**
 * The reward for a coefficient (in tenths) and a base salary, in whole đồng: the exact product in
 * integers (tenths of a đồng, or hundredths for a household factor), then rounded up to 10,000 đồng
 * (or up to the whole đồng when the tenant switched rounding off). Mirrors the server's `amountFor`;
 * the money calculator asks the server for the authoritative figure.
 */
export function amountFor(tenths: number, baseSalary: number, rounding: Rounding = 'ceil_10000', factorTenths?: number): number {
  // scaled = amount × scale, integers only
  const scale = factorTenths ? 100 : 10;
  const scaled = tenths * baseSalary * (factorTenths ?? 1);
  const step = rounding === 'ceil_10000' ? 10_000 * scale : scale;
  return (Math.ceil(scaled / step) * step) / scale;
}

/** The amount a catalogue coefficient gives, or null when it has no value (parameter missing, set per decision). */
export function catalogAmount(c: CatalogCoefficient | undefined, individual: CatalogCoefficient | undefined, baseSalary: number, rounding: Rounding): number | null {
  if (!c) return null;
  if (c.tenths != null && !c.upTo) return amountFor(c.tenths, baseSalary, rounding);
  if (c.derived && individual?.tenths != null && !individual.upTo) {
    return amountFor(individual.tenths, baseSalary, rounding, c.derived.factorTenths ?? undefined);
  }
  return null;
}
