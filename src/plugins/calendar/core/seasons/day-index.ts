/** Looking up season days by date (no date-holidays here: the admin bundle uses this). */
import type { SeasonDay } from './types';

/** The days grouped by date, for the month and week views. */
export function daysByDate(days: readonly SeasonDay[]): Map<string, SeasonDay[]> {
  const map = new Map<string, SeasonDay[]>();
  for (const day of days) {
    const list = map.get(day.date);
    if (list) list.push(day);
    else map.set(day.date, [day]);
  }
  return map;
}

/** A piece's date that falls on a public holiday or a day off: the first such day, else null. */
export const holidayOn = (date: string, days: readonly SeasonDay[]): SeasonDay | null =>
  days.find((d) => d.date === date && (d.kind === 'public' || d.kind === 'dayOff')) ?? null;
