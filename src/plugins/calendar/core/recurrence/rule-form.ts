/**
 * The recurrence builder's model: what a person picks (weekly on Tuesday and Thursday, every
 * other week, ending after 10 times) and the RRULE text it stands for. The stored value stays
 * the RRULE string; this only translates both ways. `rrule` parses the text; a rule that uses
 * parts the builder has no control for comes back as null, and the editor then shows it in its
 * advanced (text) mode rather than silently dropping what it cannot show.
 */
import { RRule, type Options } from 'rrule';
import { validateRRule, WEEKDAYS } from './validate-rrule';

export type Weekday = (typeof WEEKDAYS)[number];
export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
/** Which week of the month: first … fourth, or the last one. */
export const WEEK_OF_MONTH = [1, 2, 3, 4, -1] as const;
export type WeekOfMonth = (typeof WEEK_OF_MONTH)[number];

/** `day`: 1–31, or -1 for the last day of each month (BYMONTHDAY=-1). */
export type MonthlyOn = { by: 'day'; day: number } | { by: 'weekday'; nth: WeekOfMonth; weekday: Weekday };
export const LAST_DAY = -1;
export type RuleEnd = { kind: 'never' } | { kind: 'until'; date: string } | { kind: 'count'; count: number };

export interface RuleForm {
  frequency: Frequency;
  /** 1: every day/week/…; 2: every other; n: every n-th. */
  interval: number;
  /** Weekly: the weekdays, in week order (empty: the weekday of the first publication). */
  weekdays: Weekday[];
  /** Monthly: on day N or on the Nth weekday (null: the day of the first publication). */
  monthly: MonthlyOn | null;
  /** Monthly: the months it runs in, 1–12 (empty: every month). */
  months: number[];
  /** Times of day `HH:mm` (empty: the time of the first publication). */
  times: string[];
  end: RuleEnd;
}

const RRULE_FREQ: Record<Frequency, number> = { daily: RRule.DAILY, weekly: RRule.WEEKLY, monthly: RRule.MONTHLY, yearly: RRule.YEARLY };
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Parts the builder has controls for; anything else needs the advanced mode. */
const BUILDER_PARTS = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYHOUR', 'BYMINUTE', 'COUNT', 'UNTIL']);

/** A rule the builder starts from: weekly on the first publication's weekday, no end. */
export function defaultForm(frequency: Frequency = 'weekly'): RuleForm {
  return { frequency, interval: 1, weekdays: [], monthly: null, months: [], times: [], end: { kind: 'never' } };
}

const byWeekOrder = (a: Weekday, b: Weekday) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b);
const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * Times of day become BYHOUR × BYMINUTE, which RRULE combines as a cross product: 09:00 and 12:30
 * would also give 09:30 and 12:00. Such a choice is refused with a reason instead of widened.
 */
export function timesProblem(times: readonly string[]): string | null {
  if (times.some((t) => !TIME.test(t))) return 'times must be HH:mm, such as 09:00';
  const hours = unique(times.map((t) => t.slice(0, 2)));
  const minutes = unique(times.map((t) => t.slice(3)));
  if (hours.length * minutes.length !== unique([...times]).length) {
    return 'times of day must all share the same minutes (09:00 and 12:00, or 09:30 and 12:30)';
  }
  return null;
}

/** Why a form cannot become a rule, or null when it can. */
export function formProblem(form: RuleForm): string | null {
  if (!Number.isInteger(form.interval) || form.interval < 1) return 'interval must be a whole number of at least 1';
  if (form.end.kind === 'count' && (!Number.isInteger(form.end.count) || form.end.count < 1))
    return 'the number of times must be at least 1';
  if (form.end.kind === 'until' && !DATE.test(form.end.date)) return 'the end date must be a date YYYY-MM-DD';
  const day = form.monthly?.by === 'day' ? form.monthly.day : 1;
  if (day !== LAST_DAY && !(Number.isInteger(day) && day >= 1 && day <= 31)) {
    return 'the day of the month must be 1–31, or the last day';
  }
  if (form.months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) return 'months must be 1–12';
  return timesProblem(form.times);
}

/** The RRULE text for a form (no `RRULE:` prefix; UNTIL as a local date: that whole day counts). */
export function formToRule(form: RuleForm): string {
  const problem = formProblem(form);
  if (problem) throw new RangeError(problem);
  const options: Partial<Options> = { freq: RRULE_FREQ[form.frequency] };
  if (form.interval > 1) options.interval = form.interval;
  if (form.frequency === 'weekly' && form.weekdays.length) {
    options.byweekday = unique(form.weekdays)
      .sort(byWeekOrder)
      .map((d) => RRule[d]);
  }
  if (form.frequency === 'monthly' && form.monthly?.by === 'day') options.bymonthday = [form.monthly.day];
  if (form.frequency === 'monthly' && form.monthly?.by === 'weekday')
    options.byweekday = [RRule[form.monthly.weekday].nth(form.monthly.nth)];
  if (form.frequency === 'monthly' && form.months.length && form.months.length < 12)
    options.bymonth = unique(form.months).sort((a, b) => a - b);
  if (form.times.length) {
    options.byhour = unique(form.times.map((t) => Number(t.slice(0, 2)))).sort((a, b) => a - b);
    options.byminute = unique(form.times.map((t) => Number(t.slice(3)))).sort((a, b) => a - b);
  }
  if (form.end.kind === 'count') options.count = form.end.count;
  // rrule writes the week of the month as +1WE; 1WE is the same rule and how people write it.
  const text = RRule.optionsToString(options)
    .replace(/^RRULE:/, '')
    .replace(/\+(\d)/g, '$1');
  return form.end.kind === 'until' ? `${text};UNTIL=${form.end.date.replace(/-/g, '')}` : text;
}

const pad = (n: number) => String(n).padStart(2, '0');
const asWeekday = (n: number) => WEEKDAYS[n];

/** The builder's form for a stored rule, or null when the rule needs the advanced mode. */
export function ruleToForm(rule: string | null | undefined): RuleForm | null {
  if (!rule) return null;
  // A rule the server would refuse (COUNT with UNTIL, INTERVAL=0…) is shown as text, as it is.
  if (!validateRRule(rule, { untilWindow: false }).ok) return null;
  const text = rule
    .trim()
    .replace(/^RRULE:/i, '')
    .toUpperCase();
  const names = text.split(';').map((part) => part.split('=')[0]);
  if (names.some((name) => !BUILDER_PARTS.has(name))) return null;
  // A date-time UNTIL is an instant the builder cannot show as "ends on"; a date is a whole day.
  const until = /(?:^|;)UNTIL=([^;]*)/.exec(text)?.[1];
  if (until !== undefined && !/^\d{8}$/.test(until)) return null;
  let options: Partial<Options>;
  try {
    options = RRule.parseString(text.replace(/(^|;)UNTIL=[^;]*/, ''));
  } catch {
    return null;
  }
  const frequency = FREQUENCIES.find((f) => RRULE_FREQ[f] === options.freq);
  if (!frequency) return null;
  const days = toList(options.byweekday).map((d) =>
    typeof d === 'number'
      ? { weekday: d, n: undefined }
      : typeof d === 'string'
        ? { weekday: WEEKDAYS.indexOf(d), n: undefined }
        : { weekday: d.weekday, n: d.n }
  );
  const monthDays = toList(options.bymonthday);
  const months = toList(options.bymonth);
  const form: RuleForm = { ...defaultForm(frequency), interval: options.interval ?? 1 };

  if (frequency === 'weekly') {
    if (days.some((d) => d.n) || monthDays.length || months.length) return null;
    form.weekdays = unique(days.map((d) => asWeekday(d.weekday))).sort(byWeekOrder);
  } else if (frequency === 'monthly') {
    if (days.length > 1 || monthDays.length > 1 || (days.length && monthDays.length)) return null;
    if (days.length) {
      const nth = days[0].n;
      if (!WEEK_OF_MONTH.includes(nth as WeekOfMonth)) return null;
      form.monthly = { by: 'weekday', nth: nth as WeekOfMonth, weekday: asWeekday(days[0].weekday) };
    }
    if (monthDays.length) {
      if (monthDays[0] < 1 && monthDays[0] !== LAST_DAY) return null;
      form.monthly = { by: 'day', day: monthDays[0] };
    }
    form.months = [...months].sort((a, b) => a - b);
  } else if (days.length || monthDays.length || months.length) {
    return null;
  }

  const hours = toList(options.byhour);
  const minutes = toList(options.byminute);
  if (hours.length && !minutes.length) return null; // minutes would come from the start: not a choice the builder offers
  if (minutes.length && !hours.length) return null;
  form.times = hours.flatMap((h) => minutes.map((m) => `${pad(h)}:${pad(m)}`)).sort();

  if (options.count) form.end = { kind: 'count', count: options.count };
  if (until) form.end = { kind: 'until', date: `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6)}` };
  return form;
}

function toList<T>(value: T | T[] | null | undefined): T[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
