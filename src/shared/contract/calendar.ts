/** The working-day calendar (/calendar/*): days off and make-up working days the Government announces. */
import { z } from 'zod';
import { isoDate } from './common.js';

export const adjustmentKind = z.enum(['day_off', 'working_day']);

export const calendarAdjustment = z.object({ day: isoDate, kind: adjustmentKind, note: z.string().nullable() });
export type CalendarAdjustment = z.infer<typeof calendarAdjustment>;

/** POST /calendar/adjustments answers the day as declared (no note: the field is absent). */
export const calendarAdjustmentCreated = z.object({ day: isoDate, kind: adjustmentKind, note: z.string().optional() });
export type CalendarAdjustmentCreated = z.infer<typeof calendarAdjustmentCreated>;

/** GET /calendar/add: `days` working days after (before, if negative) `from`. */
export const workingDaysAdded = z.object({ from: isoDate, days: z.number().int(), date: isoDate });
export type WorkingDaysAdded = z.infer<typeof workingDaysAdded>;

/** GET /calendar/between: working days from `from` to `to`. */
export const workingDaysBetween = z.object({ from: isoDate, to: isoDate, days: z.number().int() });
export type WorkingDaysBetween = z.infer<typeof workingDaysBetween>;
