/**
 * Rules that place a yearly day on the calendar: a fixed date, the nth weekday of a month (or the
 * last), or a number of days after another rule's day (Black Friday after Thanksgiving). Pure.
 */
export type DayRule =
  | { type: 'fixed'; month: number; day: number }
  /** `nth` 1–5, or -1 for the last; weekday 0 = Sunday … 6 = Saturday. */
  | { type: 'nthWeekday'; month: number; weekday: number; nth: number }
  /** The first `weekday` on or after month/day (juhannus: the Saturday from 20 June). */
  | { type: 'weekdayFrom'; month: number; day: number; weekday: number }
  | { type: 'relative'; to: DayRule; days: number };

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The UTC-midnight milliseconds of the rule's day in `year` (calendar arithmetic only, no zones). */
function dayMs(rule: DayRule, year: number): number {
  switch (rule.type) {
    case 'fixed':
      return Date.UTC(year, rule.month - 1, rule.day);
    case 'weekdayFrom': {
      const from = Date.UTC(year, rule.month - 1, rule.day);
      const wd = new Date(from).getUTCDay();
      return from + ((rule.weekday - wd + 7) % 7) * DAY_MS;
    }
    case 'nthWeekday': {
      if (rule.nth === -1) {
        const last = Date.UTC(year, rule.month, 0);
        const wd = new Date(last).getUTCDay();
        return last - ((wd - rule.weekday + 7) % 7) * DAY_MS;
      }
      const first = Date.UTC(year, rule.month - 1, 1);
      const wd = new Date(first).getUTCDay();
      return first + (((rule.weekday - wd + 7) % 7) + (rule.nth - 1) * 7) * DAY_MS;
    }
    case 'relative':
      return dayMs(rule.to, year) + rule.days * DAY_MS;
  }
}

/** The rule's date in `year` as YYYY-MM-DD. */
export const ruleDate = (rule: DayRule, year: number): string => iso(dayMs(rule, year));
