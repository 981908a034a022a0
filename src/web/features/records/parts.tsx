import { useState, type CSSProperties, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Form, Input, InputNumber, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, type QueryParams } from '../../app/api';
import { formatDate } from '../../app/format';
import { useDebounced } from '../../app/useDebounced';
import type { Household, Page } from '../../app/types';
import { ExportButton } from '../../components/ExportButton';
import type { UrlState } from '../../components/ServerList';
import { UnitSelect } from '../../components/UnitSelect';
import { subjectOf, type AwardEntry, type ExcelKind, type RecordSubject, type SubjectRefs } from './types';

/** File names of the Excel files (the server sends its own; these are the fallbacks). */
export const EXCEL_SLUG: Record<ExcelKind, string> = { ratings: 'xep-loai', awards: 'so-khen-thuong', initiatives: 'sang-kien' };

/** The person, unit or household a record is about, linked to its page, with what it is below. */
export function SubjectCell({ r, showKind = true }: { r: SubjectRefs; showKind?: boolean }) {
  const { t } = useTranslation();
  const s = subjectOf(r);
  let name: ReactNode = '—';
  let extra: string | null = null;
  if (s === 'person') name = <Link to={`/people/${r.personId}`}>{r.personName ?? `#${r.personId}`}</Link>;
  else if (s === 'unit') {
    name = <Link to={`/units/${r.unitId}`}>{r.unitName ?? `#${r.unitId}`}</Link>;
    extra = r.unitCode ?? null;
  } else if (s === 'household') {
    name = <Link to={`/households/${r.householdId}`}>{r.householdHead ?? `#${r.householdId}`}</Link>;
    extra = r.householdCode ?? null;
  }
  return (
    <div style={{ minWidth: 160 }}>
      <div>{name}</div>
      {s && (showKind || extra) && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[showKind ? t(`records.subject.${s}`) : null, extra].filter(Boolean).join(' · ')}
        </Typography.Text>
      )}
    </div>
  );
}

/** Plain-text name of a record's subject (for confirmations and modal titles). */
export function subjectName(r: SubjectRefs): string {
  const s = subjectOf(r);
  if (s === 'person') return r.personName ?? `#${r.personId}`;
  if (s === 'unit') return r.unitName ?? `#${r.unitId}`;
  if (s === 'household') return r.householdHead ?? `#${r.householdId}`;
  return '';
}

/** "Số 12/QĐ-UBND" over "ngày 03/01/2025". */
export function DecisionCell({ no, date, decider }: { no: string | null | undefined; date: string | null | undefined; decider?: string | null }) {
  const { t } = useTranslation();
  if (!no && !date && !decider) return <>—</>;
  return (
    <div style={{ minWidth: 150, maxWidth: 240 }}>
      <div style={{ whiteSpace: 'nowrap' }}>{no || '—'}</div>
      {date && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('records.fields.dated', { date: formatDate(date) })}
          </Typography.Text>
        </div>
      )}
      {decider && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {decider}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

/** Red "Đã hủy bỏ" mark of a revoked award, with the date, reason and what was recovered. */
export function RevokedMark({ a }: { a: Pick<AwardEntry, 'revokedOn' | 'revokeReason' | 'recovered'> }) {
  const { t } = useTranslation();
  if (!a.revokedOn) return null;
  return (
    <Space orientation="vertical" size={2} style={{ width: 200, whiteSpace: 'normal' }} data-testid="revoked-mark">
      <Tooltip title={t('register.revoke.legal')}>
        <Tag color="red">{t('register.revoked')}</Tag>
      </Tooltip>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('register.revokedOn', { date: formatDate(a.revokedOn) })}
        {a.revokeReason ? `: ${a.revokeReason}` : ''}
      </Typography.Text>
      {a.recovered && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('register.recoveredText', { what: a.recovered })}
        </Typography.Text>
      )}
    </Space>
  );
}

/** Pick a household by its head's name or its code. */
export function HouseholdSelect({
  value,
  onChange,
  id,
  placeholder,
  style,
}: {
  value?: number | null;
  onChange?: (value: number | null) => void;
  id?: string;
  placeholder?: string;
  style?: CSSProperties;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const search = useQuery({
    queryKey: ['households', 'select', q],
    queryFn: () => api.get<Page<Household>>('/households', { q, pageSize: 30 }),
    staleTime: 60_000,
  });
  const options = (search.data?.items ?? []).map((h) => ({ value: h.id, label: `${h.headName} (${h.code})`, thon: h.thonName }));
  if (value != null && !options.some((o) => o.value === value)) options.unshift({ value, label: `#${value}`, thon: '' });
  return (
    <Select<number, (typeof options)[number]>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      allowClear
      placeholder={placeholder ?? t('records.householdPlaceholder')}
      loading={search.isFetching}
      style={{ minWidth: 220, ...style }}
      options={options}
      notFoundContent={search.isFetching ? t('common.loading') : t('common.noResult')}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          {o.data.thon && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.data.thon}
            </Typography.Text>
          )}
        </div>
      )}
      onChange={(v) => onChange?.(v ?? null)}
    />
  );
}

/** Excel export of a records kind with the list's filters (paging dropped). */
export function RecordExportButton({ kind, params }: { kind: ExcelKind; params: QueryParams }) {
  return <ExportButton kind={kind} path={`/records/${kind}/export`} params={params} fileName={`${EXCEL_SLUG[kind]}.xlsx`} />;
}

/** The page sizes of the records lists (longer than the registry's: a year's ratings of a commune). */
export const PAGE_SIZES = [10, 20, 50, 100, 200];

/** A whole-number filter of the URL (undefined when absent). */
export const numberParam = (url: UrlState, key: string): number | undefined => (url.get(key) ? Number(url.get(key)) : undefined);

/** The unit filter of the records lists (`unitId`: the unit and the units below it). */
export function UnitFilter({ url, value }: { url: UrlState; value: number | undefined }) {
  const { t } = useTranslation();
  return (
    <UnitSelect
      aria-label={t('records.filters.unit')}
      placeholder={t('records.filters.unit')}
      includeInactive
      value={value}
      onChange={(v) => url.update({ unitId: v })}
      style={{ width: 260 }}
    />
  );
}

/** The year filter of the records lists (`year`). */
export function YearFilter({ url, value }: { url: UrlState; value: number | undefined }) {
  const { t } = useTranslation();
  return (
    <InputNumber
      aria-label={t('records.filters.year')}
      placeholder={t('records.filters.year')}
      min={1945}
      max={2100}
      precision={0}
      style={{ width: 110 }}
      value={value ?? null}
      onChange={(y) => url.update({ year: y ?? undefined })}
    />
  );
}

/** Person / unit / household, of the subjects a kind accepts. */
export function SubjectFilter({
  label,
  subjects,
  value,
  width,
  onChange,
}: {
  label: string;
  subjects: readonly RecordSubject[];
  value: RecordSubject | undefined;
  width: number;
  onChange: (v: RecordSubject | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select<RecordSubject>
      allowClear
      aria-label={label}
      placeholder={label}
      style={{ width }}
      value={value}
      options={subjects.map((s) => ({ value: s, label: t(`records.subject.${s}`) }))}
      onChange={onChange}
    />
  );
}

/** The record forms drop the values of fields they hide, and scroll to the first error. */
export const FORM_PROPS = { preserve: false, scrollToFirstError: true } as const;

/** A text field of a record form with its length limit; `required` is the message when it is left empty (or shorter than `min`). */
export function TextItem({
  name,
  label,
  id,
  max,
  min,
  required,
  rows,
  placeholder,
  extra,
}: {
  name: string;
  label: string;
  id: string;
  max: number;
  min?: number;
  required?: string;
  /** a text area of that many rows */
  rows?: number;
  placeholder?: string;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const rules = [
    ...(required ? [{ required: true, whitespace: true, message: required }] : []),
    ...(required && min ? [{ min, message: required }] : []),
    { max, message: t('validation.maxLength', { max }) },
  ];
  return (
    <Form.Item name={name} label={label} htmlFor={id} extra={extra} rules={rules}>
      {rows ? <Input.TextArea id={id} rows={rows} maxLength={max} placeholder={placeholder} /> : <Input id={id} maxLength={max} placeholder={placeholder} />}
    </Form.Item>
  );
}
