/**
 * A recurrence in words, as the piece page shows it under the builder: "Every Thursday at 08:00,
 * except 24 Dec and 31 Dec" / "Joka torstai klo 8.00, paitsi 24.12. ja 31.12.". Weekday, month
 * and date names come from date-fns locales and lists from Intl.ListFormat; only the sentence
 * patterns are ours (one table per language in `rule-words-languages.ts`).
 */
import { format } from 'date-fns';
import { joinList } from '../list-format';
import { parseLocal } from '../time';
import { LANGUAGES, type RuleLanguage, type RuleWordsLanguage } from './rule-words-languages';
import { ruleToForm, type RuleForm, type Weekday } from './rule-form';
import { WEEKDAYS } from './validate-rrule';

export type { RuleLanguage };

export interface DescribeOptions {
  language: RuleLanguage;
  /** The first publication, wall-clock `YYYY-MM-DDTHH:mm` in the piece's zone (DTSTART). */
  start: string;
  /** Skipped occurrences, local `YYYY-MM-DDTHH:mm`. */
  exceptions?: readonly string[] | null;
  /** How many skipped dates are named before "and N more". */
  maxExceptions?: number;
}

const noon = (local: string) => {
  const p = parseLocal(local.length === 10 ? `${local}T12:00` : local);
  return new Date(p.year, p.month - 1, p.day, 12);
};
/** Names through date-fns patterns: `cccc`/`LLLL` standalone ("torstai"), `EEEE` in a sentence ("torstaina"). 1 Jan 2024 was a Monday. */
const weekdayName = (d: Weekday, pattern: 'cccc' | 'EEEE', lang: RuleWordsLanguage) =>
  format(new Date(2024, 0, 1 + WEEKDAYS.indexOf(d), 12), pattern, { locale: lang.locale });
const monthName = (m: number, lang: RuleWordsLanguage) => format(new Date(2024, m - 1, 15, 12), 'LLLL', { locale: lang.locale });
const weekdayOf = (local: string): Weekday => WEEKDAYS[(noon(local).getDay() + 6) % 7];

const listOf = (words: string[], lang: RuleWordsLanguage) => joinList(lang.listLocale, words);

function dateText(local: string, withYear: boolean, lang: RuleWordsLanguage) {
  return format(noon(local), withYear ? lang.dayMonthYear : lang.dayMonth, { locale: lang.locale });
}

/** How often, and (monthly) in which months: the months follow the time of day. */
function cadence(form: RuleForm, start: string, lang: RuleWordsLanguage): { often: string; months?: string; exceptsMonths?: boolean } {
  const weekday = (d: Weekday, context: 'standalone' | 'formatting') => weekdayName(d, context === 'standalone' ? 'cccc' : 'EEEE', lang);
  switch (form.frequency) {
    case 'daily':
      return { often: lang.daily(form.interval) };
    case 'weekly': {
      const days = form.weekdays.length ? form.weekdays : [weekdayOf(start)];
      return {
        often: lang.weekly(
          form.interval,
          days.map((d) => weekday(d, 'standalone')),
          (words) => listOf(words, lang)
        ),
      };
    }
    case 'monthly': {
      const on = form.monthly ?? { by: 'day' as const, day: parseLocal(start).day };
      const day =
        on.by === 'day'
          ? lang.monthDay(on.day)
          : lang.monthWeekday(on.nth, weekday(on.weekday, 'formatting'), weekday(on.weekday, 'standalone'));
      const name = (m: number) => monthName(m, lang);
      const months = form.months.length && form.months.length < 12 ? form.months : [];
      const missing = months.length ? [...Array(12).keys()].map((i) => i + 1).filter((m) => !months.includes(m)) : [];
      // Eleven months read better as "except in July" than as a list of eleven.
      const within = !months.length
        ? undefined
        : missing.length < months.length
          ? lang.exceptMonths(listOf(missing.map(name), lang), missing.map(name))
          : lang.onlyMonths(listOf(months.map(name), lang), months.map(name));
      return {
        often: lang.monthly(form.interval, day),
        months: within,
        exceptsMonths: missing.length > 0 && missing.length < months.length,
      };
    }
    case 'yearly':
      return { often: lang.yearly(form.interval, format(noon(start), lang.dayMonthLong, { locale: lang.locale })) };
  }
}

/**
 * The rule in words, or null when the builder cannot read it (the caller then shows the RRULE
 * text itself): a sentence nobody can trust is worse than the rule.
 */
export function describeRule(rule: string | null | undefined, options: DescribeOptions): string | null {
  const form = ruleToForm(rule);
  if (!form) return null;
  const lang = LANGUAGES[options.language];
  const startYear = parseLocal(options.start).year;
  const times = (form.times.length ? form.times : [options.start.slice(11, 16)]).map(lang.time);
  const { often, months, exceptsMonths } = cadence(form, options.start, lang);
  const parts = [`${often} ${lang.at(listOf(times, lang))}`];
  if (months) parts.push(months);
  if (form.end.kind === 'count') parts.push(lang.times(form.end.count));
  if (form.end.kind === 'until') parts.push(lang.until(dateText(form.end.date, true, lang)));
  const skipped = [...new Set(options.exceptions ?? [])].sort();
  if (skipped.length) {
    const max = options.maxExceptions ?? 5;
    const named = skipped.slice(0, max).map((local) => dateText(local, parseLocal(local).year !== startYear, lang));
    if (skipped.length > max) named.push(lang.more(skipped.length - max));
    // After "except in July", a second "except" reads badly: "and not on 24 Dec" / "eikä 24.12.".
    parts.push(exceptsMonths ? lang.exceptAlso(listOf(named, lang)) : lang.except(listOf(named, lang)));
  }
  const text = parts.join(', ');
  return text.endsWith(lang.end) ? text : `${text}${lang.end}`;
}
