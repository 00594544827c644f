/**
 * Strict reading of date inputs, shared by every edge (query parameters, request bodies, the
 * content guard, RRULE UNTIL, exception lists). Nothing rolls over — `2026-02-30` and `10:00:99`
 * are refused, where `Date` would quietly read them as 2 March and 10:01:39 — and every date must
 * fall in the calendar's window, so no input can send an expansion thousands of years away.
 */
import { isRealDate, type LocalParts } from './time';

/** The calendar's dates: the first and last day (inclusive) any input may name. */
export const DATE_WINDOW = { first: '1970-01-01', last: '2100-12-31' } as const;
export const DATE_WINDOW_TEXT = `${DATE_WINDOW.first} … ${DATE_WINDOW.last}`;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

export type DateInput =
  | {
      ok: true;
      /** The calendar date written in the value, `YYYY-MM-DD`. */
      date: string;
      /** Whether a time was written (`2026-03-01` alone is a date). */
      hasTime: boolean;
      /** The written wall-clock fields. */
      local: LocalParts;
      /** Milliseconds of a written fraction of a second. */
      millisecond: number;
      /** Minutes east of UTC when an offset (or Z) was written, else null. */
      offsetMinutes: number | null;
    }
  | { ok: false; problem: 'format' | 'unreal' | 'window' };

/** `YYYY-MM-DD` within the window (string comparison is date order for this shape). */
export const inDateWindow = (date: string) => date >= DATE_WINDOW.first && date <= DATE_WINDOW.last;

/** An instant whose UTC date is in the window. */
export const instantInWindow = (instant: Date) => !Number.isNaN(instant.getTime()) && inDateWindow(instant.toISOString().slice(0, 10));

/**
 * Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss[.fff]][Z|±HH:MM]`. `problem` says why a value is
 * refused: not this shape, not a real date or time, or outside the window.
 */
export function readDateInput(value: string): DateInput {
  const m = DATE_TIME.exec(value);
  if (!m) return { ok: false, problem: 'format' };
  const [, ys, mos, ds, hs, mis, ss, fraction, offset] = m;
  const [year, month, day] = [Number(ys), Number(mos), Number(ds)];
  const [hour, minute, second] = [Number(hs ?? 0), Number(mis ?? 0), Number(ss ?? 0)];
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return { ok: false, problem: 'unreal' };
  let offsetMinutes: number | null = null;
  if (offset) {
    if (offset.toUpperCase() === 'Z') offsetMinutes = 0;
    else {
      const digits = offset.replace(':', '');
      const [oh, om] = [Number(digits.slice(1, 3)), Number(digits.slice(3, 5))];
      if (oh > 23 || om > 59) return { ok: false, problem: 'unreal' };
      offsetMinutes = (offset[0] === '-' ? -1 : 1) * (oh * 60 + om);
    }
  }
  const date = `${ys}-${mos}-${ds}`;
  if (!inDateWindow(date)) return { ok: false, problem: 'window' };
  const millisecond = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  return { ok: true, date, hasTime: hs !== undefined, local: { year, month, day, hour, minute, second }, millisecond, offsetMinutes };
}

/** The instant of a read value that carries an offset (or Z). */
export function offsetInstant(input: Extract<DateInput, { ok: true }>): Date {
  const p = input.local;
  return new Date(
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, input.millisecond) - (input.offsetMinutes ?? 0) * 60_000
  );
}

/** The words for a refused value of `field` ("publishAt is not a real date and time: …"). */
export function dateProblemText(field: string, problem: 'format' | 'unreal' | 'window', value: unknown, expected: string): string {
  const got = `got "${String(value)}"`;
  if (problem === 'unreal')
    return `${field} must be a date and time that exist (nothing rolls over: 2026-02-30 and 10:00:99 are refused); ${got}`;
  if (problem === 'window') return `${field} must be between ${DATE_WINDOW_TEXT}; ${got}`;
  return `${field} must be ${expected}; ${got}`;
}
