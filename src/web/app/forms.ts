import type { FormInstance } from 'antd';
import { isApiError } from './api';

/** Request parts the server prefixes validation fields with ("body.fullName"). */
const CONTEXTS = new Set(['body', 'querystring', 'params', 'headers']);

/**
 * Puts a server validation error next to the field it is about. Every 400 carries its details in one
 * shape (src/server/platform/errors.ts): `[{ field, message }]`, the field a path such as
 * "body.fullName" or "fullName". Returns true when at least one field of the form got a message.
 */
export function applyServerErrors(form: FormInstance, error: unknown): boolean {
  if (!isApiError(error) || !Array.isArray(error.details)) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const found: Record<string, string[]> = {};
  for (const item of error.details as unknown[]) {
    const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
    if (typeof field !== 'string' || typeof message !== 'string') continue;
    const parts = field.split('.');
    while (parts.length && CONTEXTS.has(parts[0])) parts.shift();
    const name = parts[0] ?? '';
    if (name && known.has(name)) (found[name] ??= []).push(message);
  }
  const entries = Object.entries(found);
  if (!entries.length) return false;
  form.setFields(entries.map(([name, errors]) => ({ name, errors })));
  return true;
}

/** Only the fields that changed, for PATCH bodies. */
export function changedFields<T extends Record<string, unknown>>(before: Partial<T>, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(after) as (keyof T)[]) {
    const a = after[k] ?? null;
    const b = before[k] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) out[k] = after[k];
  }
  return out;
}
