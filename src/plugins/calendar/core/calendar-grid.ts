/**
 * Calendar geometry for the month view: the weeks (Monday first, as in Finland and ISO 8601)
 * that show a month, as plain `YYYY-MM-DD` dates, and the move of a local date-time to another
 * day keeping its time.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const dateText = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export interface MonthGrid {
  month: string; // YYYY-MM
  weeks: string[][]; // 4–6 weeks of 7 dates
  first: string; // first date shown
  last: string; // last date shown
}

export function monthGrid(month: string): MonthGrid {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new RangeError(`not a month YYYY-MM: ${month}`);
  const year = Number(m[1]);
  const index = Number(m[2]) - 1;
  const firstOfMonth = new Date(Date.UTC(year, index, 1));
  const mondayOffset = (firstOfMonth.getUTCDay() + 6) % 7;
  const start = new Date(Date.UTC(year, index, 1 - mondayOffset));
  const weeks: string[][] = [];
  for (let w = 0; w < 6; w += 1) {
    const week = Array.from({ length: 7 }, (_, d) => dateText(new Date(start.getTime() + (w * 7 + d) * 86_400_000)));
    if (w > 0 && !week[0].startsWith(month)) break;
    weeks.push(week);
  }
  return { month, weeks, first: weeks[0][0], last: weeks[weeks.length - 1][6] };
}

/** The month before or after `YYYY-MM`. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** `YYYY-MM-DDTHH:mm` moved to `date`, same wall-clock time. */
export function moveToDate(local: string, date: string): string {
  return `${date}T${local.slice(11, 16)}`;
}

/** `YYYY-MM-DD` plus `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  return dateText(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
}

/** Whole days from date `a` to date `b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The Monday of the week of `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
}

/** The last date of `YYYY-MM`. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return dateText(new Date(Date.UTC(y, m, 0)));
}
