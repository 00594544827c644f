/**
 * Whether a rule, from its start, ever produces an occurrence — decided before a rule is saved,
 * so no stored rule sends an expansion looking for occurrences that never come.
 *
 * What arithmetic decides exactly is decided first, with words that say why: an HOURLY
 * INTERVAL only reaches the hours congruent to the start's mod gcd(INTERVAL, 24); a MONTHLY one
 * only the months congruent mod gcd(INTERVAL, 12); BYMONTH, BYMONTHDAY, BYYEARDAY and a numbered
 * BYDAY must share at least one calendar day. Everything else is a bounded search with rrule for
 * the first occurrence, and a rule with COUNT must produce its whole series within the
 * expansion budget (it is always counted from its start).
 */
import { Frequency, RRule, type Options } from 'rrule';
import { DATE_WINDOW } from '../date-input';
import { validateRRule } from './validate-rrule';
import { pinDefaults } from './cadence';
import { floatingToLocal, floatingUntil, instantToFloating } from './floating';
import { iterateWithBudget, type StepBudget } from './step-budget';

/** The search for a first occurrence: deterministic in steps; the milliseconds are a safety net. */
export const SEARCH_BUDGET: StepBudget = { steps: 10_000, ms: 200 };
/** What one piece may cost an expansion (also what a COUNT series must fit in). */
export const EXPANSION_BUDGET: StepBudget = { steps: 50_000, ms: 500 };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const list = (v: unknown): number[] => (Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]).map(Number);
const part = (rule: string, name: string) => new RegExp(`(?:^|;)${name}=([^;]+)`).exec(rule)?.[1];

/** An HOURLY walk reaches the hours h0 + k·INTERVAL (mod 24) only. */
function hourlyProblem(options: Partial<Options>, rule: string, dtstart: Date, startField: string): string | null {
  const byhour = list(options.byhour);
  if (options.freq !== Frequency.HOURLY || byhour.length === 0) return null;
  const g = gcd(options.interval ?? 1, 24);
  const h0 = dtstart.getUTCHours();
  if (byhour.some((h) => (((h - h0) % g) + g) % g === 0)) return null;
  const reached = Array.from({ length: 24 / g }, (_, k) => (h0 % g) + k * g);
  return (
    `never reaches BYHOUR=${part(rule, 'BYHOUR')}: every ${options.interval} hours from ${startField} at ` +
    `${String(h0).padStart(2, '0')}:00 it only visits the hours ${reached.join(', ')}`
  );
}

/** A MONTHLY walk reaches the months m0 + k·INTERVAL (mod 12) only. */
function monthlyProblem(options: Partial<Options>, rule: string, dtstart: Date, startField: string): string | null {
  const bymonth = list(options.bymonth);
  if (options.freq !== Frequency.MONTHLY || bymonth.length === 0) return null;
  const g = gcd(options.interval ?? 1, 12);
  const m0 = dtstart.getUTCMonth(); // 0-based
  if (bymonth.some((m) => (((m - 1 - m0) % g) + g) % g === 0)) return null;
  const reached = Array.from({ length: 12 / g }, (_, k) => MONTHS[(m0 % g) + k * g]);
  return (
    `never reaches BYMONTH=${part(rule, 'BYMONTH')}: every ${options.interval} months from ${startField} in ` +
    `${MONTHS[m0]} it only visits ${reached.join(', ')}`
  );
}

/** Whether day `d` of a month of `len` days can be the n-th (or n-th from last) weekday of it. */
const nthFits = (n: number, d: number, len: number) => (n > 0 ? d > 7 * (n - 1) && d <= 7 * n : d > len + 7 * n && d <= len + 7 * (n + 1));

/**
 * BYMONTH, BYMONTHDAY, BYYEARDAY and (monthly) a numbered BYDAY filter calendar days; if no day
 * of a leap or a common year passes them all, nothing ever does.
 */
function calendarDayProblem(options: Partial<Options>, rule: string): string | null {
  const bymonth = list(options.bymonth);
  const bymonthday = list(options.bymonthday);
  const byyearday = list(options.byyearday);
  const numbered =
    options.freq === Frequency.MONTHLY
      ? ([] as unknown[])
          .concat(options.byweekday ?? [])
          .map((w) => (w as { n?: number }).n)
          .filter((n): n is number => !!n)
      : [];
  const used = [
    bymonth.length && 'BYMONTH',
    bymonthday.length && 'BYMONTHDAY',
    byyearday.length && 'BYYEARDAY',
    numbered.length && 'BYDAY',
  ].filter(Boolean) as string[];
  if (used.length < 2) return null;
  for (const leap of [true, false]) {
    const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const yearLength = leap ? 366 : 365;
    let yearday = 0;
    for (let m = 0; m < 12; m++) {
      for (let d = 1; d <= lengths[m]; d++) {
        yearday += 1;
        if (bymonth.length && !bymonth.includes(m + 1)) continue;
        if (bymonthday.length && !bymonthday.includes(d) && !bymonthday.includes(d - lengths[m] - 1)) continue;
        if (byyearday.length && !byyearday.includes(yearday) && !byyearday.includes(yearday - yearLength - 1)) continue;
        if (numbered.length && !numbered.some((n) => nthFits(n, d, lengths[m]))) continue;
        return null;
      }
    }
  }
  return `never produces a date: ${used.map((name) => `${name}=${part(rule, name)}`).join(' and ')} never fall on the same day`;
}

/** The exact checks, cheap enough for every expansion (the HOURLY one also keeps rrule from spinning). */
export function arithmeticProblem(options: Partial<Options>, rule: string, dtstart: Date, startField = 'the start'): string | null {
  return hourlyProblem(options, rule, dtstart, startField) ?? monthlyProblem(options, rule, dtstart, startField);
}

export interface ReachableSchedule {
  /** The first occurrence's instant as given (`publishAt`, a task's `startsAt`). */
  start: Date;
  timeZone: string;
  recurrence: string;
}

export type Reachability = { ok: true; rule: string; first: string } | { ok: false; message: string };

const local = (d: Date) => floatingToLocal(d).replace('T', ' ');

/**
 * Whether `schedule`'s rule has a first occurrence (within SEARCH_BUDGET, and by the end of the
 * calendar's window) and, with COUNT, a whole series within EXPANSION_BUDGET. `message` reads
 * after the field name: "recurrence never reaches BYHOUR=9: …".
 */
export function checkReachable(
  schedule: ReachableSchedule,
  startField = 'publishAt',
  budgets: { search: StepBudget; series: StepBudget } = { search: SEARCH_BUDGET, series: EXPANSION_BUDGET }
): Reachability {
  const check = validateRRule(schedule.recurrence);
  if (!check.ok) return { ok: false, message: check.message };
  const zone = schedule.timeZone;
  const dtstart = instantToFloating(schedule.start, zone);
  const until = floatingUntil(check.rule, zone);
  const options = pinDefaults(check.options, dtstart);
  if (until && until < dtstart) {
    return { ok: false, message: `has no occurrence at all: UNTIL (${local(until)}) is before ${startField} (${local(dtstart)} ${zone})` };
  }
  const exact = arithmeticProblem(options, check.rule, dtstart, startField) ?? calendarDayProblem(options, check.rule);
  if (exact) return { ok: false, message: exact };

  const rule = new RRule({ ...options, dtstart, tzid: null, until: until ?? null }, true);
  let first: Date | undefined;
  const search = iterateWithBudget(rule, budgets.search, (d) => {
    first = d;
    return false;
  });
  if (!first) {
    if (search.outcome !== 'done') {
      return {
        ok: false,
        message: `gives no occurrence within the search budget (${budgets.search.steps} steps from ${startField} ${local(dtstart)}): its parts hardly ever or never meet on its cadence`,
      };
    }
    return {
      ok: false,
      message: until
        ? `has no occurrence between ${startField} (${local(dtstart)}) and UNTIL (${local(until)})`
        : `never produces an occurrence after ${startField} (${local(dtstart)}): its parts never meet on its cadence`,
    };
  }
  if (floatingToLocal(first).slice(0, 10) > DATE_WINDOW.last) {
    return { ok: false, message: `has its first occurrence (${local(first)}) after ${DATE_WINDOW.last}, the end of the calendar` };
  }
  if (options.count) {
    const series = iterateWithBudget(rule, budgets.series, () => true);
    if (series.outcome !== 'done') {
      return {
        ok: false,
        message: `COUNT=${options.count} spreads its occurrences too thinly to compute (more than ${budgets.series.steps} steps): lower COUNT or use UNTIL`,
      };
    }
  }
  return { ok: true, rule: check.rule, first: floatingToLocal(first) };
}
