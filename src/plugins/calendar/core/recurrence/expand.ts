/**
 * Occurrences of a scheduled piece inside a range of instants.
 *
 * A recurring piece's DTSTART is its `publishAt` read as wall-clock time in its `timeZone`; the
 * RRULE is expanded by `rrule` in that wall-clock time ("floating" dates whose UTC fields hold the
 * local fields), and each result becomes an instant in the zone. So "every Tuesday 09:00
 * Helsinki" is 07:00Z in winter and 06:00Z in summer. Exceptions (local `YYYY-MM-DDTHH:mm`)
 * remove occurrences after COUNT is applied, as EXDATE does in RFC 5545.
 *
 * Cost follows the requested range, not the distance from DTSTART: a rule without COUNT starts
 * its walk at the last period of its cadence before the range (`cadence.ts`), and every walk
 * ends once it is past the range, or when the piece's budget (`EXPANSION_BUDGET`) is spent — a
 * `RecurrenceError` of kind 'budget' that the feeds report instead of stalling.
 */
import { RRule, type Options } from 'rrule';
import { instantToLocal } from '../time';
import { periodBound, pinDefaults, skipAheadStart } from './cadence';
import { floatingToInstant, floatingToLocal, floatingUntil, localToFloating } from './floating';
import { arithmeticProblem, EXPANSION_BUDGET } from './reachability';
import { iterateWithBudget, type StepBudget } from './step-budget';
import { validateRRule } from './validate-rrule';

export { EXPANSION_BUDGET };

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
 * A rule that cannot be expanded (`kind` 'rule'), that produces too many occurrences in the
 * range (`kind` 'limit': the caller's 400), or that needs more than its budget ('budget').
 */
export class RecurrenceError extends Error {
  constructor(
    message: string,
    readonly field: string = 'recurrence',
    readonly kind: 'rule' | 'limit' | 'budget' = 'rule'
  ) {
    super(message);
    this.name = 'RecurrenceError';
  }
}

const DAY_MS = 86_400_000;

/** A reusable expander for one schedule (rule parsed and checked once). */
export function scheduleExpander(schedule: Schedule, budget: StepBudget = EXPANSION_BUDGET) {
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
  // A stored rule is checked again: it may predate a check, or have been written around them.
  const check = validateRRule(ruleText, { untilWindow: false });
  if (!check.ok) throw new RecurrenceError(`recurrence ${check.message}`);
  const dtstart = localToFloating(dtstartLocal);
  const options: Partial<Options> = {
    ...pinDefaults(check.options, dtstart),
    tzid: null,
    until: floatingUntil(check.rule, zone) ?? null,
  };
  const unreachable = arithmeticProblem(options, check.rule, dtstart);
  if (unreachable) throw new RecurrenceError(`recurrence ${unreachable}`);
  const skipped = new Set(schedule.recurrenceExceptions ?? []);
  const whole = new RRule({ ...options, dtstart }, true);

  return (range: Range, limit = MAX_OCCURRENCES_PER_RANGE): Occurrence[] => {
    if (range.to <= range.from) return [];
    // Local times can be up to a day away from UTC; pad, then filter by the real instants.
    const after = localToFloating(instantToLocal(range.from, zone)).getTime() - DAY_MS;
    const before = localToFloating(instantToLocal(range.to, zone)).getTime() + DAY_MS;
    // COUNT is counted from the real DTSTART; other rules start just before the range.
    const later = options.count ? null : skipAheadStart(options, dtstart, new Date(after));
    const rule = later ? new RRule({ ...options, dtstart: later }, true) : whole;
    const out: Occurrence[] = [];
    let tooMany = false;
    const walk = iterateWithBudget(
      rule,
      budget,
      (floating) => {
        const t = floating.getTime();
        if (t > before) return false;
        if (t < after) return true;
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
      },
      { at: before, bound: periodBound(options, later ?? dtstart) }
    );
    if (tooMany) {
      throw new RecurrenceError(
        `recurrence "${check.rule}" gives more than ${limit} occurrences in the requested range; narrow the range or the rule`,
        'recurrence',
        'limit'
      );
    }
    if (walk.outcome === 'steps' || walk.outcome === 'ms') {
      const spent = walk.outcome === 'steps' ? `${budget.steps} steps` : `${budget.ms} ms`;
      throw new RecurrenceError(
        `recurrence "${check.rule}" cannot be expanded within its budget (${spent}) for this range`,
        'recurrence',
        'budget'
      );
    }
    return out;
  };
}

/** Occurrences of one schedule in `range`, in time order. */
export function expandSchedule(schedule: Schedule, range: Range, limit = MAX_OCCURRENCES_PER_RANGE, budget?: StepBudget): Occurrence[] {
  return scheduleExpander(schedule, budget)(range, limit);
}

/**
 * Why a schedule's stored rule cannot be expanded at all (broken, or never reaching an hour or
 * month it names), or null. Cheap: nothing is iterated. The ICS feed, which hands rules to
 * calendar apps instead of expanding them, leaves such pieces out as the other feeds do.
 */
export function unusableRule(schedule: Schedule): string | null {
  try {
    scheduleExpander(schedule);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
