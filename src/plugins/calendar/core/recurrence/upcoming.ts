/**
 * The next N occurrences after an instant, for previews (the recurrence builder, the skipped-dates
 * list). Expansion takes a range, so the window grows (a month, a year, two years) until N are
 * found; a dense rule that fills the first window never needs the larger ones.
 */
import { RecurrenceError, scheduleExpander, type Occurrence, type Schedule } from './expand';

const DAY_MS = 86_400_000;
// The last windows (ten and a hundred years) are for yearly and rarer rules; a dense rule stops early.
const WINDOWS_DAYS = [35, 400, 800, 3660, 36600];

export function upcomingOccurrences(schedule: Schedule, after: Date, count: number): Occurrence[] {
  const expand = scheduleExpander(schedule);
  // Nothing happens before the first publication: a piece far ahead is found in the first window.
  const from = schedule.publishAt > after ? schedule.publishAt : after;
  let found: Occurrence[] = [];
  for (const days of WINDOWS_DAYS) {
    try {
      found = expand({ from, to: new Date(from.getTime() + days * DAY_MS) });
    } catch (error) {
      // More than a range may hold: the smaller window already had plenty.
      if (error instanceof RecurrenceError && error.kind === 'limit') break;
      throw error;
    }
    if (found.length >= count) break;
  }
  return found.slice(0, count);
}
