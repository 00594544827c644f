/**
 * Moving a year's plan into another year: dates, months, instants, skipped dates and a rule's
 * UNTIL. Two rules, the planner's choice:
 * - `iso-week`: the same weekday of the same ISO week (Tue of week 10 stays Tue of week 10), for
 *   plans that run on weekdays; week 53 becomes week 52 in a year that has no week 53; a date
 *   that would leave the target calendar year that way moves a week into it (same weekday);
 * - `same-date`: the same day of the same month; Feb 29 becomes Feb 28 in a common year.
 * Dates are plain calendar dates, so the arithmetic is on day numbers (UTC midnights), never on
 * the server's own zone. Instants keep their wall-clock time in the piece's zone, across DST.
 */
import { instantToLocal, ISO_DATE, isRealDate, localToInstant } from '../time';

export const DATE_RULES = ['iso-week', 'same-date'] as const;
export type DateRule = (typeof DATE_RULES)[number];

/** Years a shift moves: the target year minus the source year. */
export interface YearShift {
  years: number;
  rule: DateRule;
}

const DAY = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const dayNumber = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / DAY);
const fromDayNumber = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
/** ISO weekday, 1 = Monday … 7 = Sunday (day number 0, 1970-01-01, was a Thursday). */
const isoWeekday = (n: number) => ((((n + 3) % 7) + 7) % 7) + 1;

function readDate(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  if (!ISO_DATE.test(date) || !isRealDate(y, m, d)) throw new RangeError(`not a calendar date: ${date}`);
  return [y, m, d];
}

/** The Monday of ISO week 1 of `year` (the week with the year's first Thursday). */
function weekOneMonday(year: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1);
}

/** 52 or 53: a year has week 53 when it starts on a Thursday, or on a Wednesday in a leap year. */
export function isoWeeksInYear(year: number): number {
  return (weekOneMonday(year + 1) - weekOneMonday(year)) / 7;
}

/** The ISO week-numbering year, week and weekday of a date (2027-01-01 is 2026-W53-5). */
export function isoWeekOf(date: string): { year: number; week: number; weekday: number } {
  const n = dayNumber(...readDate(date));
  const weekday = isoWeekday(n);
  // The Thursday of the date's week decides the week-numbering year.
  const thursday = fromDayNumber(n - weekday + 4);
  const year = Number(thursday.slice(0, 4));
  return { year, week: (n - weekday + 1 - weekOneMonday(year)) / 7 + 1, weekday };
}

/** The date of weekday `weekday` in ISO week `week` of `year`; week 53 of a 52-week year is week 52. */
export function dateOfIsoWeek(year: number, week: number, weekday: number): string {
  const w = Math.min(week, isoWeeksInYear(year));
  return fromDayNumber(weekOneMonday(year) + (w - 1) * 7 + (weekday - 1));
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * A calendar date moved `shift.years` years by the rule. Each date moves from its own year, so a
 * span crossing New Year (Dec 20 – Jan 6) stays a span crossing New Year. Same-date keeps order;
 * the ISO-week rule keeps it except around New Year, where keeping the date in its year wins
 * (`shiftSpan` keeps a span's end from landing before its start).
 */
export function shiftDate(date: string, shift: YearShift): string {
  const [y, m, d] = readDate(date);
  if (shift.rule === 'same-date') {
    const year = y + shift.years;
    return `${pad(year, 4)}-${pad(m)}-${pad(m === 2 && d === 29 && !isLeap(year) ? 28 : d)}`;
  }
  const week = isoWeekOf(date);
  const moved = dateOfIsoWeek(week.year + shift.years, week.week, week.weekday);
  // Early January can be in the previous ISO year's last week, late December in the next one's
  // first: the same week number then lands in another calendar year (1 Jan 2027, 2026-W53, would
  // become 31 Dec 2027 in 2028). A week later or earlier keeps the weekday and the target year.
  const year = y + shift.years;
  const movedYear = Number(moved.slice(0, 4));
  if (movedYear === year) return moved;
  return fromDayNumber(dayNumber(...readDate(moved)) + (movedYear < year ? 7 : -7));
}

/** A span of dates (a theme) moved; the end moves by the same rule and never before the start. */
export function shiftSpan(start: string, end: string, shift: YearShift): { start: string; end: string } {
  const s = shiftDate(start, shift);
  const e = shiftDate(end, shift);
  return { start: s, end: e < s ? s : e };
}

/** A month `YYYY-MM` (a plan cell, a KPI target's period) moved by whole years. */
export function shiftMonth(month: string, years: number): string {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) throw new RangeError(`not a month: ${month}`);
  return `${pad(Number(m[1]) + years, 4)}-${m[2]}`;
}

/**
 * An instant moved: its date in `zone` moves by the rule and its wall-clock time stays (09:00 in
 * Helsinki stays 09:00 whether the target day is in summer or winter time). A wall time that does
 * not exist on the target day (a spring-forward gap) resolves as the time module resolves it.
 */
export function shiftInstant(instant: Date, zone: string, shift: YearShift): Date {
  const local = instantToLocal(instant, zone);
  const seconds = instant.getUTCSeconds();
  const moved = localToInstant(`${shiftDate(local.slice(0, 10), shift)}${local.slice(10)}`, zone);
  return new Date(moved.getTime() + seconds * 1000);
}

/**
 * A series' skipped occurrences (local `YYYY-MM-DDTHH:mm`, or plain dates) moved by the rule with
 * their wall-clock time kept, sorted and without duplicates. With the ISO-week rule a weekly
 * series' skipped Tuesday stays a Tuesday, so it still names an occurrence of the copy.
 */
export function shiftSkippedDates(dates: readonly string[], shift: YearShift): string[] {
  return [...new Set(dates.map((d) => `${shiftDate(d.slice(0, 10), shift)}${d.slice(10)}`))].sort();
}

/**
 * A recurrence rule for the copy: the rule stays as written, except its UNTIL, which moves by the
 * same rule (a series that ended in December 2026 ends in December 2027, not before it starts).
 */
export function shiftRuleUntil(rule: string, shift: YearShift): string {
  return rule.replace(/(^|;)UNTIL=(\d{4})(\d{2})(\d{2})/i, (_all, lead: string, y: string, m: string, d: string) => {
    const moved = shiftDate(`${y}-${m}-${d}`, shift).replace(/-/g, '');
    return `${lead}UNTIL=${moved}`;
  });
}
