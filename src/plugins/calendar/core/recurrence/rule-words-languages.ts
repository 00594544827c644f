/**
 * Sentence patterns for a recurrence in words, one table per language. Names of weekdays and
 * months come from the date-fns locale; what is here is grammar the locales do not carry (the
 * Finnish "-sin" plural of weekdays, ordinals in the essive case).
 */
import type { Locale } from 'date-fns';
import { enGB, fi } from 'date-fns/locale';
import { joinList } from '../list-format';
import type { WeekOfMonth } from './rule-form';

export type RuleLanguage = 'en' | 'fi';

export interface RuleWordsLanguage {
  locale: Locale;
  listLocale: string;
  dayMonth: string;
  dayMonthYear: string;
  dayMonthLong: string;
  daily(interval: number): string;
  weekly(interval: number, days: string[], list: (words: string[]) => string): string;
  monthly(interval: number, day: string): string;
  /** "on day 15" */
  monthDay(day: number): string;
  /** "on the first Wednesday"; the weekday in the formatting (fi: essive) and standalone forms. */
  monthWeekday(nth: WeekOfMonth, weekdayFormatting: string, weekdayStandalone: string): string;
  exceptMonths(list: string, months: string[]): string;
  onlyMonths(list: string, months: string[]): string;
  yearly(interval: number, date: string): string;
  time(hhmm: string): string;
  at(times: string): string;
  times(count: number): string;
  until(date: string): string;
  except(dates: string): string;
  /** Skipped dates after an "except in <months>" clause. */
  exceptAlso(dates: string): string;
  more(count: number): string;
  end: string;
}

const EN_NTH: Record<WeekOfMonth, string> = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' };
const FI_NTH: Record<WeekOfMonth, string> = { 1: 'ensimmäisenä', 2: 'toisena', 3: 'kolmantena', 4: 'neljäntenä', [-1]: 'viimeisenä' };

const en: RuleWordsLanguage = {
  locale: enGB,
  listLocale: 'en-GB',
  dayMonth: 'd MMM',
  dayMonthYear: 'd MMM yyyy',
  dayMonthLong: 'd MMMM',
  daily: (n) => (n === 1 ? 'Every day' : n === 2 ? 'Every other day' : `Every ${n} days`),
  weekly: (n, days, list) =>
    n === 1 ? `Every ${list(days)}` : n === 2 ? `Every other ${list(days)}` : `Every ${n} weeks on ${list(days)}`,
  monthly: (n, day) => (n === 1 ? `Every month ${day}` : n === 2 ? `Every other month ${day}` : `Every ${n} months ${day}`),
  // Day 29–31 is not in every month: say so, rather than let those months pass unnoticed.
  monthDay: (day) => (day === -1 ? 'on the last day' : day > 28 ? `on day ${day} (in months that have one)` : `on day ${day}`),
  monthWeekday: (nth, _formatting, weekday) => `on the ${EN_NTH[nth]} ${weekday}`,
  exceptMonths: (list) => `except in ${list}`,
  onlyMonths: (list) => `only in ${list}`,
  yearly: (n, date) => (n === 1 ? `Every year on ${date}` : `Every ${n} years on ${date}`),
  time: (hhmm) => hhmm,
  at: (times) => `at ${times}`,
  times: (count) => (count === 1 ? 'once' : `${count} times`),
  until: (date) => `until ${date}`,
  except: (dates) => `except ${dates}`,
  exceptAlso: (dates) => `and not on ${dates}`,
  more: (count) => `${count} more`,
  end: '',
};

/** "tiistai" → "tiistaisin", "keskiviikko" → "keskiviikkoisin": on Tuesdays, on Wednesdays. */
const onWeekdays = (weekday: string) => (weekday.endsWith('o') ? `${weekday}isin` : `${weekday}sin`);
/** "heinäkuu" → "heinäkuussa": in July. */
const inMonth = (month: string) => `${month}ssa`;
const FI_EVERY_OTHER: Record<number, string> = { 2: 'toinen' };
const fiEvery = (n: number) => FI_EVERY_OTHER[n] ?? `${n}.`;

const fiList = (words: string[]) => joinList('fi', words);

const finnish: RuleWordsLanguage = {
  locale: fi,
  listLocale: 'fi',
  dayMonth: 'd.M.',
  dayMonthYear: 'd.M.yyyy',
  dayMonthLong: 'd.M.',
  daily: (n) => (n === 1 ? 'Joka päivä' : `Joka ${fiEvery(n)} päivä`),
  weekly: (n, days, list) =>
    n === 1
      ? `Joka ${list(days)}`
      : days.length === 1 && n === 2
        ? `Joka toinen ${days[0]}`
        : `Joka ${fiEvery(n)} viikko ${list(days.map(onWeekdays))}`,
  monthly: (n, day) => (n === 1 ? `Joka kuukausi ${day}` : `Joka ${fiEvery(n)} kuukausi ${day}`),
  monthDay: (day) => (day === -1 ? 'viimeisenä päivänä' : day > 28 ? `${day}. päivänä (kuukausina, joissa se on)` : `${day}. päivänä`),
  monthWeekday: (nth, weekday) => `${FI_NTH[nth]} ${weekday}`,
  exceptMonths: (_list, months) => `paitsi ${fiList(months.map(inMonth))}`,
  onlyMonths: (_list, months) => `vain ${fiList(months.map(inMonth))}`,
  yearly: (n, date) => (n === 1 ? `Joka vuosi ${date}` : `Joka ${fiEvery(n)} vuosi ${date}`),
  time: (hhmm) => `${Number(hhmm.slice(0, 2))}.${hhmm.slice(3)}`,
  at: (times) => `klo ${times}`,
  times: (count) => (count === 1 ? 'kerran' : `${count} kertaa`),
  until: (date) => `${date} asti`,
  except: (dates) => `paitsi ${dates}`,
  exceptAlso: (dates) => `eikä ${dates}`,
  more: (count) => `${count} muuta`,
  end: '.',
};

export const LANGUAGES: Record<RuleLanguage, RuleWordsLanguage> = { en, fi: finnish };
