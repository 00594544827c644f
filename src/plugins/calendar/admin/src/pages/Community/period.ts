/** The Community view's periods, as local dates (YYYY-MM-DD, inclusive) in the planner's zone. */
import { addDays, daysBetween, mondayOf } from '../../../../core/calendar-grid';
import { isDate } from '../../utils/period';

export type PeriodKind = 'today' | 'week' | 'custom';
export const PERIOD_KINDS: PeriodKind[] = ['today', 'week', 'custom'];

/** How far back unlogged occurrences still show as overdue (as on My work). */
export const OVERDUE_DAYS = 7;

export function agendaPeriod(kind: PeriodKind, today: string, from: string | null, to: string | null) {
  if (kind === 'today') return { from: today, to: today };
  if (kind === 'custom' && isDate(from) && isDate(to) && from <= to) return { from, to };
  const monday = mondayOf(today);
  return { from: monday, to: addDays(monday, 6) };
}

export const periodDays = (period: { from: string; to: string }) => daysBetween(period.from, period.to) + 1;

/** The report's default: the last four full weeks (Monday to Sunday) before this one. */
export function lastFullWeeks(today: string, weeks = 4) {
  const monday = mondayOf(today);
  return { from: addDays(monday, -7 * weeks), to: addDays(monday, -1) };
}
