/**
 * What the index stores for one piece version: the start instants of its occurrences in the
 * window, or why it has none there. A rule that cannot be expanded ('rule', 'budget') is stored
 * as such, so the feeds report it without trying again; a piece with more occurrences in a year
 * than one range may hold ('dense', an hourly rule) is not stored and is expanded on demand,
 * where the feeds' per-range limit applies to it as before.
 */
import { MAX_OCCURRENCES_PER_RANGE, RecurrenceError, scheduleExpander, type Range, type Schedule } from '../recurrence/expand';
import { yearSlices } from './window';

export type IndexStatus = 'ok' | 'dense' | 'rule' | 'budget';

export interface IndexEntry {
  status: IndexStatus;
  /** Epoch milliseconds, ascending; empty unless 'ok'. */
  starts: number[];
  message: string | null;
}

/** How many occurrences one version may put in the index (the window's years × the per-range limit). */
export const MAX_INDEXED_PER_YEAR = MAX_OCCURRENCES_PER_RANGE;

export function indexEntry(schedule: Schedule, window: Range): IndexEntry {
  try {
    const expand = scheduleExpander(schedule);
    const starts: number[] = [];
    for (const slice of yearSlices(window)) {
      for (const occurrence of expand(slice, MAX_INDEXED_PER_YEAR)) starts.push(occurrence.start.getTime());
    }
    return { status: 'ok', starts, message: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RecurrenceError && error.kind === 'limit') return { status: 'dense', starts: [], message };
    if (error instanceof RecurrenceError && error.kind === 'budget') return { status: 'budget', starts: [], message };
    return { status: 'rule', starts: [], message };
  }
}

/** The span [first, last] of what a set of entries covers, for invalidating the feeds that show it. */
export function spanOf(starts: Iterable<number>): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  for (const s of starts) {
    if (s < from) from = s;
    if (s > to) to = s;
  }
  return from === Infinity ? null : { from, to };
}

/**
 * The inputs an entry was computed from, as one string: an entry is used only while its piece
 * version still has the same key, so a row written around Strapi (plain SQL, an import) is
 * expanded on demand instead of being served stale.
 */
export function scheduleKey(schedule: Schedule): string {
  return JSON.stringify([
    schedule.publishAt.getTime(),
    schedule.timeZone,
    schedule.recurrence?.trim() || null,
    schedule.recurrenceExceptions ?? [],
  ]);
}
