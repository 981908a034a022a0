import dayjs, { type Dayjs } from 'dayjs';
import i18n from './i18n';

/** Dates are shown dd/mm/yyyy in both languages: that is how Vietnamese documents write them. */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** 'YYYY-MM-DD' (a legal date, no time zone) → 'DD/MM/YYYY'. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_FORMAT) : value;
}

const instantFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** An instant (timestamptz) shown in Vietnam time: 'DD/MM/YYYY HH:mm:ss'. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = Object.fromEntries(instantFormatter.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour === '24' ? '00' : p.hour}:${p.minute}:${p.second}`;
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN').format(value);
}

/** DatePicker value → API date string. */
export function toApiDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** API date string → DatePicker value. */
export function fromApiDate(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const d = dayjs(value.slice(0, 10), 'YYYY-MM-DD');
  return d.isValid() ? d : null;
}
