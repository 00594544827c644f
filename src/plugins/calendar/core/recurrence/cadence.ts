/**
 * A rule's cadence: the periods rrule walks (years, months, weeks from WKST, days or hours,
 * INTERVAL apart from DTSTART's own period), so an expansion can start just before the range it
 * wants instead of at DTSTART.
 *
 * Starting later is exact when the new start is the first instant of a period the original walk
 * visits, and when the parts rrule fills in from DTSTART (BYMONTH/BYMONTHDAY of a plain yearly
 * rule, the weekday of a plain weekly one, the time of day…) are pinned to the real DTSTART
 * first. `expand.test.ts` checks it against expansion from DTSTART on many generated rules.
 */
import { Frequency, type Options } from 'rrule';
import type { PeriodBound } from './step-budget';

const HOUR = 3_600_000;
const DAY = 86_400_000;

const has = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);

/** `options` with every part rrule would derive from `dtstart` written out (rrule's own rules). */
export function pinDefaults(options: Partial<Options>, dtstart: Date): Partial<Options> {
  const out: Partial<Options> = { ...options };
  const freq = options.freq!;
  const dayParts =
    has(options.byweekno) || has(options.byyearday) || has(options.bymonthday) || has(options.byweekday) || has(options.byeaster);
  if (!dayParts) {
    if (freq === Frequency.YEARLY) {
      if (!has(options.bymonth)) out.bymonth = [dtstart.getUTCMonth() + 1];
      out.bymonthday = [dtstart.getUTCDate()];
    } else if (freq === Frequency.MONTHLY) {
      out.bymonthday = [dtstart.getUTCDate()];
    } else if (freq === Frequency.WEEKLY) {
      out.byweekday = [(dtstart.getUTCDay() + 6) % 7];
    }
  }
  if (!has(options.byhour) && freq < Frequency.HOURLY) out.byhour = [dtstart.getUTCHours()];
  if (!has(options.byminute) && freq < Frequency.MINUTELY) out.byminute = [dtstart.getUTCMinutes()];
  if (!has(options.bysecond) && freq < Frequency.SECONDLY) out.bysecond = [dtstart.getUTCSeconds()];
  return out;
}

const wkstOf = (options: Partial<Options>): number => {
  const w = options.wkst as unknown;
  if (typeof w === 'number') return w;
  if (w && typeof w === 'object' && 'weekday' in w) return (w as { weekday: number }).weekday;
  return 0; // Monday, rrule's default
};

const dayNumber = (d: Date) => Math.floor(d.getTime() / DAY);

/**
 * The start of the last period of the walk that begins at or before `target` (floating), or null
 * when that is DTSTART's own period (nothing to skip).
 */
export function skipAheadStart(options: Partial<Options>, dtstart: Date, target: Date): Date | null {
  const n = options.interval ?? 1;
  if (target.getTime() <= dtstart.getTime()) return null;
  const y0 = dtstart.getUTCFullYear();
  let start: number;
  switch (options.freq) {
    case Frequency.YEARLY: {
      const k = Math.floor((target.getUTCFullYear() - y0) / n);
      start = Date.UTC(y0 + k * n, 0, 1);
      break;
    }
    case Frequency.MONTHLY: {
      const m0 = y0 * 12 + dtstart.getUTCMonth();
      const k = Math.floor((target.getUTCFullYear() * 12 + target.getUTCMonth() - m0) / n);
      const m = m0 + k * n;
      start = Date.UTC(Math.floor(m / 12), m % 12, 1);
      break;
    }
    case Frequency.WEEKLY: {
      const back = (((dtstart.getUTCDay() + 6) % 7) - wkstOf(options) + 7) % 7;
      const week0 = dayNumber(dtstart) - back;
      const k = Math.floor((dayNumber(target) - week0) / (7 * n));
      start = (week0 + k * 7 * n) * DAY;
      break;
    }
    case Frequency.DAILY: {
      const k = Math.floor((dayNumber(target) - dayNumber(dtstart)) / n);
      start = (dayNumber(dtstart) + k * n) * DAY;
      break;
    }
    case Frequency.HOURLY: {
      const h0 = Math.floor(dtstart.getTime() / HOUR);
      const k = Math.floor((Math.floor(target.getTime() / HOUR) - h0) / n);
      start = (h0 + k * n) * HOUR;
      break;
    }
    default:
      return null;
  }
  return start > dtstart.getTime() ? new Date(start) : null;
}

/**
 * A lower bound (ms, floating) of where the next period starts once `periods` periods from
 * `dtstart` are done. Each advance moves at least INTERVAL × the shortest period; the period a
 * date belongs to may start up to one longest period before it.
 */
export function periodBound(options: Partial<Options>, dtstart: Date): PeriodBound {
  const n = options.interval ?? 1;
  const [shortest, longest] =
    options.freq === Frequency.YEARLY
      ? [365 * DAY, 366 * DAY]
      : options.freq === Frequency.MONTHLY
        ? [28 * DAY, 31 * DAY]
        : options.freq === Frequency.WEEKLY
          ? [7 * DAY, 7 * DAY]
          : options.freq === Frequency.DAILY
            ? [DAY, DAY]
            : [HOUR, HOUR];
  const t0 = dtstart.getTime();
  return (periods) => t0 + periods * n * shortest - longest;
}
