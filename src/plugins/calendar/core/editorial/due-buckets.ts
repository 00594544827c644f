/**
 * Where an item lands on My work: overdue, due this week (through Sunday in the user's zone),
 * later, or without a date. Pure, so the page, the digest and the tests agree.
 */
import { addDays, mondayOf } from '../calendar-grid';
import { instantToLocal, startOfLocalDay } from '../time';

export type DueBucket = 'overdue' | 'this-week' | 'later' | 'no-date';

/** The instant the current week (Monday to Sunday in `zone`) ends. */
export function endOfLocalWeek(now: Date, zone: string): Date {
  const monday = mondayOf(instantToLocal(now, zone).slice(0, 10));
  return startOfLocalDay(addDays(monday, 7), zone);
}

/**
 * `weekEnd` is `endOfLocalWeek(now, zone)`; a caller bucketing many items passes it once. Left out,
 * it is computed only when needed (an item without a date or overdue never needs it).
 */
export function dueBucket(deadline: Date | null, now: Date, zone: string, weekEnd?: Date): DueBucket {
  if (!deadline) return 'no-date';
  if (deadline.getTime() < now.getTime()) return 'overdue';
  return deadline.getTime() < (weekEnd ?? endOfLocalWeek(now, zone)).getTime() ? 'this-week' : 'later';
}
