/**
 * The next occurrences of the schedule on screen, expanded in the browser by the same core code
 * the server runs (so the list matches the feeds), within the core's budget.
 */
import { RecurrenceError, scheduleExpander } from '../../../../core/recurrence/expand';
import { localToInstant } from '../../../../core/time';
import { upcomingOccurrences } from '../../../../core/recurrence/upcoming';

export interface UpcomingOccurrence {
  start: Date;
  /** Wall-clock `YYYY-MM-DDTHH:mm` in the piece's zone: what an exception names. */
  local: string;
  skipped: boolean;
}

/**
 * Whether a skipped date (local `YYYY-MM-DDTHH:mm`) is still a date of the series. After the
 * first publication's time or the zone changed, an old skipped date may match nothing and so
 * skip nothing: the list says so instead of letting it look effective.
 */
export function skipsAnOccurrence(input: { start: string | null; timeZone: string | null; rule: string | null }, local: string): boolean {
  if (!input.start || !input.timeZone || !input.rule) return true;
  try {
    const at = localToInstant(local, input.timeZone);
    const expand = scheduleExpander({ publishAt: new Date(input.start), timeZone: input.timeZone, recurrence: input.rule });
    return expand({ from: new Date(at.getTime() - 60_000), to: new Date(at.getTime() + 60_000) }, 5).some((o) => o.local === local);
  } catch {
    return true; // a rule that cannot be expanded is reported by the recurrence field
  }
}

export function nextOccurrences(
  input: { start: string | null; timeZone: string | null; rule: string | null; exceptions: readonly string[] },
  options: { count: number; now?: Date }
): { occurrences: UpcomingOccurrence[]; problem?: string } {
  if (!input.start || !input.timeZone || !input.rule) return { occurrences: [] };
  const publishAt = new Date(input.start);
  if (Number.isNaN(publishAt.getTime())) return { occurrences: [] };
  const now = options.now ?? new Date();
  const skipped = new Set(input.exceptions);
  try {
    // Expanded without the exceptions, so a skipped date stays in the list to be ticked back on.
    const all = upcomingOccurrences(
      { publishAt, timeZone: input.timeZone, recurrence: input.rule, recurrenceExceptions: [] },
      publishAt > now ? publishAt : now,
      options.count + skipped.size
    );
    return { occurrences: all.map((o) => ({ ...o, skipped: skipped.has(o.local) })) };
  } catch (error) {
    if (error instanceof RecurrenceError) return { occurrences: [], problem: error.message };
    throw error;
  }
}
