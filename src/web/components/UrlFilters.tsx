/**
 * The filters of a list bound to one URL key each (see ServerList's ListFilters): a year box and a
 * choice. The label is the accessible name and the placeholder.
 */
import { InputNumber, Select, type SelectProps } from 'antd';
import type { UrlState } from './ServerList';

/** A year (1945–2100) in the URL key `name` (default `year`). */
export function YearFilter({ url, label, name = 'year', width = 110 }: { url: UrlState; label: string; name?: string; width?: number }) {
  return (
    <InputNumber
      aria-label={label}
      placeholder={label}
      min={1945}
      max={2100}
      style={{ width }}
      value={url.get(name) ? Number(url.get(name)) : null}
      onChange={(y) => url.update({ [name]: y ?? undefined })}
    />
  );
}

/** One of `options` in the URL key `name`, clearable; `numeric` when the options' values are numbers. */
export function SelectFilter({
  url,
  name,
  label,
  width,
  numeric,
  ...rest
}: { url: UrlState; name: string; label: string; width: number; numeric?: boolean } & Omit<SelectProps, 'value' | 'onChange' | 'style' | 'mode'>) {
  const value = url.get(name);
  return (
    <Select
      allowClear
      aria-label={label}
      placeholder={label}
      {...rest}
      style={{ width }}
      value={numeric && value ? Number(value) : value}
      onChange={(v: string | number | undefined) => url.update({ [name]: v })}
    />
  );
}
