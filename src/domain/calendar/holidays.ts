/**
 * Vietnamese public holidays (ngày nghỉ lễ, tết — Bộ luật Lao động 2019 Điều 112) from the maintained
 * `date-holidays` library, which computes the lunar ones (Tết Nguyên Đán, Giỗ Tổ Hùng Vương).
 * Only entries of type "public" are holidays; "observance" days (Ngày thành lập Đảng…) are working days.
 *
 * What the library does not give (checked for 2024–2027, see docs/rules.md): the second day of Quốc
 * khánh (1/9 or 3/9, chosen each year), compensatory days (nghỉ bù) when a holiday falls on a weekend,
 * and the swaps the Prime Minister approves for civil servants (nghỉ thêm / làm bù). Those are declared
 * each year and entered as CalendarAdjustments.
 */
import Holidays from 'date-holidays';
import { formatDay, parseDay } from '../dates.js';

export interface PublicHoliday {
  date: string;
  name: string;
}

let hd: Holidays | undefined;
const byYear = new Map<number, readonly PublicHoliday[]>();

const DAY_MS = 86_400_000;

/** Public holidays of a year, one entry per day (the 5 days of Tết are 5 entries), sorted. */
export function publicHolidays(year: number): readonly PublicHoliday[] {
  const hit = byYear.get(year);
  if (hit) return hit;
  hd ??= new Holidays('VN');
  const out: PublicHoliday[] = [];
  for (const h of hd.getHolidays(year)) {
    if (h.type !== 'public') continue;
    // h.date is the local calendar date "YYYY-MM-DD hh:mm:ss"; the span comes from start/end instants.
    const first = parseDay(h.date.slice(0, 10));
    const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
    const name = h.name.startsWith('Giao thừa') ? 'Tết Nguyên Đán' : h.name;
    for (let i = 0; i < days; i++) {
      const z = first + i;
      const iso = formatDay(z);
      if (!out.some((p) => p.date === iso)) out.push({ date: iso, name });
    }
  }
  out.sort((a, b) => (a.date < b.date ? -1 : 1));
  byYear.set(year, out);
  return out;
}
