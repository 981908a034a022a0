import type { FormInstance } from 'antd';
import { isApiError } from './api';

/** Request parts the server prefixes validation fields with ("body.fullName"). */
const CONTEXTS = new Set(['body', 'querystring', 'params', 'headers']);

/**
 * Puts a server validation error next to the field it is about, when the server says which field.
 * Shapes understood: `[{ field: 'body.name', message }]` (schema validation), `{ field: 'code' }`
 * (a service error about one field: the error's own message goes there), `{ fields: { name: msg } }`
 * and `{ issues|errors: [{ path, message }] }`. Returns true when at least one field got a message.
 */
export function applyServerErrors(form: FormInstance, error: unknown): boolean {
  if (!isApiError(error) || !error.details) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const found: Record<string, string[]> = {};
  const add = (path: unknown, msg: unknown) => {
    const parts = Array.isArray(path) ? path.map(String) : typeof path === 'string' ? path.split('.') : [];
    while (parts.length && CONTEXTS.has(parts[0])) parts.shift();
    const name = parts[0] ?? '';
    if (!name || typeof msg !== 'string' || !known.has(name)) return;
    (found[name] ??= []).push(msg);
  };
  const d = error.details as Record<string, unknown> | unknown[];
  const lists: unknown[] = [];
  if (Array.isArray(d)) lists.push(...d);
  else {
    if (typeof d.field === 'string') add(d.field, error.message);
    if (d.fields && typeof d.fields === 'object') {
      for (const [k, v] of Object.entries(d.fields as Record<string, unknown>)) add(k, Array.isArray(v) ? v[0] : v);
    }
    for (const key of ['issues', 'errors', 'fieldErrors']) {
      const v = d[key];
      if (Array.isArray(v)) lists.push(...v);
      else if (v && typeof v === 'object') {
        for (const [k, m] of Object.entries(v as Record<string, unknown>)) add(k, Array.isArray(m) ? m[0] : m);
      }
    }
  }
  for (const item of lists) {
    if (item && typeof item === 'object') {
      const it = item as { path?: unknown; field?: unknown; message?: unknown };
      add(it.path ?? it.field, it.message);
    }
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
