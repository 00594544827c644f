/**
 * RRULE validation with messages a person understands. `rrule` parses the rule in the end; the
 * checks before it exist because its own errors ("Invalid weekday string") don't say what to fix,
 * and because it accepts things RFC 5545 forbids (UNTIL with COUNT, BYWEEKNO outside YEARLY).
 */
import { RRule, type Options } from 'rrule';
import { DATE_WINDOW_TEXT, inDateWindow } from '../date-input';
import { isRealDate } from '../time';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const FREQUENCIES = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY'] as const;
/** Content is never published more often than hourly; these would be runaway rules. */
const REFUSED_FREQUENCIES = new Set(['MINUTELY', 'SECONDLY']);
/**
 * The largest INTERVAL per FREQ: a hundred years, or ten years of months, weeks and days, or a
 * year of hours. Beyond that a rule is a typo, and rrule's day arithmetic grows with it.
 */
export const MAX_INTERVAL: Record<string, { max: number; what: string }> = {
  YEARLY: { max: 100, what: 'a hundred years' },
  MONTHLY: { max: 120, what: 'ten years' },
  WEEKLY: { max: 520, what: 'ten years' },
  DAILY: { max: 3660, what: 'ten years' },
  HOURLY: { max: 8784, what: 'a year' },
};
/** The largest COUNT: a daily piece for almost three years, a weekly one for nineteen. */
export const MAX_COUNT = 1000;
/** The most times a rule may name per day or hour (BYHOUR × BYMINUTE × BYSECOND): every 15 minutes. */
export const MAX_TIMES = 96;

type Part =
  | 'FREQ'
  | 'UNTIL'
  | 'COUNT'
  | 'INTERVAL'
  | 'BYSECOND'
  | 'BYMINUTE'
  | 'BYHOUR'
  | 'BYDAY'
  | 'BYMONTHDAY'
  | 'BYYEARDAY'
  | 'BYWEEKNO'
  | 'BYMONTH'
  | 'BYSETPOS'
  | 'WKST';

const INTEGER_LISTS: Partial<Record<Part, { min: number; max: number; signed: boolean; what: string }>> = {
  BYSECOND: { min: 0, max: 60, signed: false, what: 'seconds 0..60' },
  BYMINUTE: { min: 0, max: 59, signed: false, what: 'minutes 0..59' },
  BYHOUR: { min: 0, max: 23, signed: false, what: 'hours 0..23' },
  BYMONTHDAY: { min: 1, max: 31, signed: true, what: 'days of the month 1..31 or -31..-1' },
  BYYEARDAY: { min: 1, max: 366, signed: true, what: 'days of the year 1..366 or -366..-1' },
  BYWEEKNO: { min: 1, max: 53, signed: true, what: 'week numbers 1..53 or -53..-1' },
  BYMONTH: { min: 1, max: 12, signed: false, what: 'months 1..12' },
  BYSETPOS: { min: 1, max: 366, signed: true, what: 'positions 1..366 or -366..-1' },
};
const KNOWN_PARTS = new Set<string>(['FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYDAY', 'WKST', ...Object.keys(INTEGER_LISTS)]);

export type RRuleCheck = { ok: true; rule: string; options: Partial<Options> } | { ok: false; message: string };

export interface RRuleCheckOptions {
  /**
   * Whether UNTIL must fall in the calendar's date window (on writes). Expanding a rule stored
   * earlier leaves it out: an UNTIL far ahead is harmless there.
   */
  untilWindow?: boolean;
}

const fail = (message: string): RRuleCheck => ({ ok: false, message });

const UNTIL_FORMAT = /^\d{8}(T\d{6}Z?)?$/;
const BYDAY_ITEM = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

function checkIntegerList(part: Part, value: string): string | null {
  const spec = INTEGER_LISTS[part]!;
  for (const item of value.split(',')) {
    if (!/^[+-]?\d+$/.test(item)) return `${part} must be a comma-separated list of ${spec.what}; "${item}" is not a number`;
    const n = Number(item);
    const magnitude = Math.abs(n);
    const negativeOk = spec.signed && n < 0;
    if (n < 0 && !spec.signed) return `${part} must be ${spec.what}; got ${item}`;
    if ((n >= 0 || negativeOk) && (magnitude < spec.min || magnitude > spec.max)) {
      return `${part} must be ${spec.what}; got ${item}`;
    }
  }
  return null;
}

/** Normalises (no `RRULE:` prefix, upper case) and validates an RRULE value. */
export function validateRRule(input: unknown, options: RRuleCheckOptions = {}): RRuleCheck {
  if (typeof input !== 'string') return fail('must be an RRULE string such as FREQ=WEEKLY;BYDAY=TU');
  let rule = input.trim();
  if (/^RRULE:/i.test(rule)) rule = rule.slice(6);
  rule = rule.toUpperCase();
  if (rule.length === 0) return fail('must not be empty; leave it out for a one-off piece');
  if (rule.length > 500) return fail('is too long (500 characters at most)');
  if (/[\r\n]/.test(rule)) return fail('must be a single RRULE line (DTSTART and EXDATE come from other fields)');

  const parts = new Map<Part, string>();
  for (const chunk of rule.split(';')) {
    if (chunk === '') continue;
    const eq = chunk.indexOf('=');
    if (eq <= 0 || eq === chunk.length - 1) return fail(`"${chunk}" is not of the form NAME=VALUE`);
    const name = chunk.slice(0, eq);
    const value = chunk.slice(eq + 1);
    if (!KNOWN_PARTS.has(name)) {
      return fail(
        `unknown part "${name}"; allowed: FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYHOUR, BYMINUTE, BYSECOND, BYSETPOS, WKST`
      );
    }
    if (parts.has(name as Part)) return fail(`${name} is given twice`);
    parts.set(name as Part, value);
  }

  const freq = parts.get('FREQ');
  if (!freq) return fail('FREQ is required (DAILY, WEEKLY, MONTHLY, YEARLY or HOURLY)');
  if (!(FREQUENCIES as readonly string[]).includes(freq)) {
    return fail(`FREQ must be DAILY, WEEKLY, MONTHLY, YEARLY or HOURLY; got ${freq}`);
  }
  if (REFUSED_FREQUENCIES.has(freq)) return fail(`FREQ=${freq} is not allowed: content repeats at most hourly`);

  if (parts.has('UNTIL') && parts.has('COUNT')) return fail('UNTIL and COUNT cannot both be set');
  const count = parts.get('COUNT');
  if (count !== undefined && !(/^\d+$/.test(count) && Number(count) >= 1)) {
    return fail(`COUNT must be a whole number of at least 1; got ${count}`);
  }
  if (count !== undefined && Number(count) > MAX_COUNT) {
    return fail(`COUNT=${count} is too large: at most ${MAX_COUNT} occurrences (use UNTIL, or no end, for a longer series)`);
  }
  const interval = parts.get('INTERVAL');
  if (interval !== undefined && !(/^\d+$/.test(interval) && Number(interval) >= 1)) {
    return fail(`INTERVAL must be a whole number of at least 1; got ${interval}`);
  }
  const cap = MAX_INTERVAL[freq];
  if (interval !== undefined && cap && Number(interval) > cap.max) {
    return fail(`INTERVAL=${interval} is too large for FREQ=${freq}: at most ${cap.max} (${cap.what})`);
  }
  const until = parts.get('UNTIL');
  if (until !== undefined) {
    if (!UNTIL_FORMAT.test(until)) return fail(`UNTIL must be a date (20261231) or a UTC date-time (20261231T235959Z); got ${until}`);
    const [hh, mm, ss] = [until.slice(9, 11), until.slice(11, 13), until.slice(13, 15)].map(Number);
    if (!isRealDate(Number(until.slice(0, 4)), Number(until.slice(4, 6)), Number(until.slice(6, 8))) || hh > 23 || mm > 59 || ss > 59) {
      return fail(`UNTIL is not a real date and time (nothing rolls over): ${until}`);
    }
    const date = `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`;
    if (options.untilWindow !== false && !inDateWindow(date)) return fail(`UNTIL must be between ${DATE_WINDOW_TEXT}; got ${until}`);
  }
  const wkst = parts.get('WKST');
  if (wkst !== undefined && !(WEEKDAYS as readonly string[]).includes(wkst)) return fail(`WKST must be one of MO..SU; got ${wkst}`);

  const byday = parts.get('BYDAY');
  if (byday !== undefined) {
    for (const item of byday.split(',')) {
      const match = BYDAY_ITEM.exec(item);
      if (!match) return fail(`BYDAY must be MO..SU, optionally with a number such as 1MO or -1FR; got "${item}"`);
      if (match[1] !== undefined) {
        const n = Math.abs(Number(match[1]));
        if (freq !== 'MONTHLY' && freq !== 'YEARLY') {
          return fail(`BYDAY with a number (${item}) is only allowed with FREQ=MONTHLY or FREQ=YEARLY`);
        }
        if (n < 1 || n > 53) return fail(`BYDAY number must be 1..53 or -53..-1; got "${item}"`);
        if (freq === 'MONTHLY' && n > 5) return fail(`BYDAY number must be 1..5 or -5..-1 in a monthly rule; got "${item}"`);
      }
    }
  }
  for (const part of Object.keys(INTEGER_LISTS) as Part[]) {
    const value = parts.get(part);
    if (value === undefined) continue;
    const problem = checkIntegerList(part, value);
    if (problem) return fail(problem);
  }
  const times = (['BYHOUR', 'BYMINUTE', 'BYSECOND'] as const).reduce((n, p) => n * (parts.get(p)?.split(',').length ?? 1), 1);
  if (times > MAX_TIMES) {
    return fail(`names ${times} times of day (BYHOUR × BYMINUTE × BYSECOND); at most ${MAX_TIMES}, i.e. every 15 minutes`);
  }
  if (parts.has('BYWEEKNO') && freq !== 'YEARLY') return fail('BYWEEKNO is only allowed with FREQ=YEARLY');
  if (parts.has('BYYEARDAY') && ['DAILY', 'WEEKLY', 'MONTHLY'].includes(freq)) {
    return fail('BYYEARDAY is not allowed with FREQ=DAILY, WEEKLY or MONTHLY');
  }
  if (parts.has('BYMONTHDAY') && freq === 'WEEKLY') return fail('BYMONTHDAY is not allowed with FREQ=WEEKLY');
  if (parts.has('BYSETPOS') && ![...parts.keys()].some((p) => p.startsWith('BY') && p !== 'BYSETPOS')) {
    return fail('BYSETPOS needs another BY part (e.g. BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1)');
  }

  const normalised = [...parts.entries()].map(([k, v]) => `${k}=${v}`).join(';');
  try {
    const options = RRule.parseString(normalised);
    // Constructing the rule makes rrule apply its own checks too.
    new RRule(options);
    return { ok: true, rule: normalised, options };
  } catch (error) {
    return fail(`is not a valid RRULE: ${(error as Error).message}`);
  }
}
