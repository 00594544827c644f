/**
 * Which local dates a piece's effort is counted on in the workload. The work is done for a
 * deadline: a piece with a due date counts its effort once, in the week of `dueAt` (even when it
 * repeats: the due date is one piece of work). Without a due date the work is made for each
 * publication, so every occurrence in the range counts the effort again (a weekly post is a
 * week's work each week). A piece with neither is in the backlog and is not counted.
 */
import { upcomingOccurrences } from '../recurrence/upcoming';
import type { Schedule } from '../recurrence/expand';
import { instantToLocal } from '../time';

export function pieceWorkDates(piece: { dueAt: Date | null; occurrences: readonly Date[] }, zone: string): string[] {
  if (piece.dueAt) return [instantToLocal(piece.dueAt, zone).slice(0, 10)];
  return piece.occurrences.map((at) => instantToLocal(at, zone).slice(0, 10));
}

/**
 * The publication a piece without a due date is worked for when it is assigned now: a series'
 * next one from `now` (its first may be months ago), else its publish time. A rule that cannot be
 * expanded falls back to the publish time (the assign check warns about that week then).
 */
export function nextPublication(schedule: Schedule, now: Date): Date {
  if (!schedule.recurrence) return schedule.publishAt;
  try {
    return upcomingOccurrences(schedule, now, 1)[0]?.start ?? schedule.publishAt;
  } catch {
    return schedule.publishAt;
  }
}
