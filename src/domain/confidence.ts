/**
 * How sure we are of a legal value (shared/domain/legal-rules.md tags).
 * - confirmed: seen in the legal text or quoted from it — encoded as a rule.
 * - partial: indirect source — encoded as a default, shown as "chưa xác nhận", overridable.
 * - unconfirmed: no source — never given a value; an explicit parameter with no default.
 * - tenant: the value comes from the tenant's parameters (an admin's override).
 */
export type Confidence = 'confirmed' | 'partial' | 'unconfirmed' | 'tenant';

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  confirmed: 'đã xác nhận',
  partial: 'chưa xác nhận',
  unconfirmed: 'thiếu tham số',
  tenant: 'tham số của đơn vị',
};

/** A legal value with its confidence and citation. `value` is null exactly when confidence is 'unconfirmed'. */
export type Sourced<T> =
  | { value: T; confidence: 'confirmed' | 'partial' | 'tenant'; ref: string; note?: string }
  | { value: null; confidence: 'unconfirmed'; ref: string; param: string; note?: string };

export function confirmed<T>(value: T, ref: string, note?: string): Sourced<T> {
  return note === undefined ? { value, confidence: 'confirmed', ref } : { value, confidence: 'confirmed', ref, note };
}
export function partial<T>(value: T, ref: string, note?: string): Sourced<T> {
  return note === undefined ? { value, confidence: 'partial', ref } : { value, confidence: 'partial', ref, note };
}
/** `param` names the parameter (dotted path in RuleParams) an admin must set. */
export function unconfirmed<T>(param: string, ref: string, note?: string): Sourced<T> {
  return note === undefined
    ? { value: null, confidence: 'unconfirmed', ref, param }
    : { value: null, confidence: 'unconfirmed', ref, param, note };
}
export function tenant<T>(value: T, ref = 'Tham số của đơn vị'): Sourced<T> {
  return { value, confidence: 'tenant', ref };
}
