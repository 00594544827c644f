/**
 * Occurrences of a scheduled piece inside a range of instants.
 *
 * A recurring piece's DTSTART is its `publishAt` read as wall-clock time in its `timeZone`; the
 * RRULE is expanded by `rrule` in that wall-clock time ("floating" dates whose UTC fields hold the
 * local fields), and each result becomes an instant in the zone. So "every Tuesday 09:00
 * Helsinki" is 07:00Z in winter and 06:00Z in summer. Exceptions (local `YYYY-MM-DDTHH:mm`)
 * remove occurrences after COUNT is applied, as EXDATE does in RFC 5545.
 */
import { RRule, type Options } from 'rrule';
import { instantToLocal, partsToInstant, parseLocal } from '../time';
import { validateRRule } from './validate-rrule';

export interface Schedule {
  publishAt: Date;
  timeZone: string;
  recurrence?: string | null;
  recurrenceExceptions?: readonly string[] | null;
}

export interface Occurrence {
  /** The instant it happens. */
  start: Date;
  /** Its nominal wall-clock time in the piece's zone (`YYYY-MM-DDTHH:mm`), as an exception names it. */
  local: string;
}

export interface Range {
  from: Date; // inclusive
  to: Date; // exclusive
}

export const MAX_OCCURRENCES_PER_RANGE = 5000;

/**
 * A rule that cannot be expanded (`kind` 'rule'), or that produces too many occurrences in the
 * range (`kind` 'limit'): the caller's 400.
 */
export class RecurrenceError extends Error {
  constructor(
    message: string,
    readonly field: string = 'recurrence',
    readonly kind: 'rule' | 'limit' = 'rule'
  ) {
    super(message);
    this.name = 'RecurrenceError';
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const floatingToLocal = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
const localToFloating = (local: string) => {
  const p = parseLocal(local);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
};
const floatingToInstant = (d: Date, zone: string) =>
  partsToInstant(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    },
    zone
  );

/**
 * UNTIL in floating time. A UTC UNTIL (…Z) is the instant seen on the zone's clock; a date-only
 * UNTIL includes that whole local day, which is what people mean by "until 31 December".
 */
function floatingUntil(rule: string, zone: string): Date | undefined {
  const m = /(?:^|;)UNTIL=(\d{8})(T(\d{6})(Z?))?/.exec(rule);
  if (!m) return undefined;
  const [, ymd, timePart, hms, z] = m;
  const date = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
  if (!timePart) return localToFloating(`${date}T23:59:59`);
  const time = `${hms.slice(0, 2)}:${hms.slice(2, 4)}:${hms.slice(4, 6)}`;
  if (z) return localToFloating(instantToLocal(new Date(`${date}T${time}Z`), zone) + `:${hms.slice(4, 6)}`);
  return localToFloating(`${date}T${time}`);
}

/** A reusable expander for one schedule (rule parsed once). */
export function scheduleExpander(schedule: Schedule) {
  const zone = schedule.timeZone;
  const dtstartLocal = instantToLocal(schedule.publishAt, zone);
  const ruleText = schedule.recurrence?.trim();
  if (!ruleText) {
    return (range: Range, limit = MAX_OCCURRENCES_PER_RANGE): Occurrence[] => {
      void limit;
      const start = schedule.publishAt;
      return start >= range.from && start < range.to ? [{ start, local: dtstartLocal }] : [];
    };
  }
  const check = validateRRule(ruleText);
  if (!check.ok) throw new RecurrenceError(`recurrence ${check.message}`);
  const options: Partial<Options> = {
    ...check.options,
    dtstart: localToFloating(dtstartLocal),
    tzid: null,
    until: floatingUntil(check.rule, zone) ?? null,
  };
  const rule = new RRule(options);
  const skipped = new Set(schedule.recurrenceExceptions ?? []);

  return (range: Range, limit = MAX_OCCURRENCES_PER_RANGE): Occurrence[] => {
    if (range.to <= range.from) return [];
    // Local times can be up to a day away from UTC; pad, then filter by the real instants.
    const after = new Date(localToFloating(instantToLocal(range.from, zone)).getTime() - 86_400_000);
    const before = new Date(localToFloating(instantToLocal(range.to, zone)).getTime() + 86_400_000);
    const out: Occurrence[] = [];
    let tooMany = false;
    rule.between(after, before, true, (floating) => {
      const local = floatingToLocal(floating);
      if (skipped.has(local)) return true;
      const start = floatingToInstant(floating, zone);
      if (start >= range.from && start < range.to) {
        if (out.length >= limit) {
          tooMany = true;
          return false;
        }
        out.push({ start, local });
      }
      return true;
    });
    if (tooMany) {
      throw new RecurrenceError(
        `recurrence "${check.rule}" gives more than ${limit} occurrences in the requested range; narrow the range or the rule`,
        'recurrence',
        'limit'
      );
    }
    return out;
  };
}

/** Occurrences of one schedule in `range`, in time order. */
export function expandSchedule(schedule: Schedule, range: Range, limit = MAX_OCCURRENCES_PER_RANGE): Occurrence[] {
  return scheduleExpander(schedule)(range, limit);
}
