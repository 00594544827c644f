/**
 * Community-management report: who did how much work on which channel, for a period. Pure: the
 * server feeds it the tasks, their occurrences already expanded and due in the period, and the
 * logs written against those occurrences.
 *
 * - An occurrence is identified by task id + instant (ms). Due occurrences and logs are joined on
 *   it. A log whose occurrence is not among the due ones (say the task's rule changed since) still
 *   counts as a due occurrence that was logged: work is never dropped. A log of a task that is not
 *   in `tasks` counts too, with no channel and no estimate. If several logs share an occurrence,
 *   the last one in input order wins (the caller orders them, e.g. by update time).
 * - Only occurrences whose local date in `zone` lies in `from`..`to` (inclusive) are counted, so
 *   every counted occurrence has its week in the trend.
 * - Group key: by 'channel', the task's channel slug (label: channel name; no channel → key ''
 *   'No channel'). By 'person', the logger of a logged occurrence (who did the work), else the
 *   task's assignee (who should have); a null person → key '' 'Unassigned'. Person keys are ids
 *   as strings.
 * - Per row and in `total`: due, done, skipped, missed (= due − done − skipped), completionRate
 *   (done / due, 0..1 unrounded, null when nothing was due), estimatedMinutes (the task's estimate
 *   summed over every due occurrence, a null estimate counting 0), minutesSpent and
 *   interactionsHandled (sums over logs, whatever their status), firstResponse (samples, median —
 *   the middle value or the mean of the two middle ones — and p90 by nearest rank, the
 *   ceil(0.9·n)-th smallest, over the logs that recorded one; null without samples).
 * - Weeks: one entry per ISO week (its Monday in `zone`, `YYYY-MM-DD`) overlapping the period, in
 *   order and including empty weeks, for the whole report and for each row. An occurrence belongs
 *   to the week of its local date in `zone`, so DST changes do not move it.
 * - Rows only for groups with at least one occurrence, sorted by label (Finnish collation), then key.
 */
import { addDays, mondayOf } from '../calendar-grid';
import { ISO_DATE, instantToLocal } from '../time';
import type {
  CommunityReport,
  CommunityReportInput,
  FirstResponseStats,
  ReportGroupBy,
  ReportLog,
  ReportRow,
  ReportTask,
  ReportTotals,
  ReportWeek,
} from './report-types';

export type * from './report-types';

export const NO_CHANNEL_LABEL = 'No channel';
export const UNASSIGNED_LABEL = 'Unassigned';

/** One occurrence in the period, with its log if it has one. */
interface Occurrence {
  task: ReportTask | undefined;
  week: string;
  log: ReportLog | undefined;
}

/** Running sums for a row, the total or a week. */
interface Tally {
  due: number;
  done: number;
  skipped: number;
  estimatedMinutes: number;
  minutesSpent: number;
  interactionsHandled: number;
  firstResponses: number[];
}

const emptyTally = (): Tally => ({
  due: 0,
  done: 0,
  skipped: 0,
  estimatedMinutes: 0,
  minutesSpent: 0,
  interactionsHandled: 0,
  firstResponses: [],
});

/** A tally for the whole period plus one per week. */
interface Bucket {
  key: string;
  label: string;
  all: Tally;
  weeks: Map<string, Tally>;
}

const occurrenceKey = (taskId: number, instant: Date) => `${taskId}|${instant.getTime()}`;

/** Mondays of the ISO weeks overlapping from..to, in order. */
export function reportWeeks(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

/** Median (mean of the two middle values for an even count) and nearest-rank p90. */
export function firstResponseStats(minutes: number[]): FirstResponseStats {
  const sorted = [...minutes].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { samples: 0, medianMinutes: null, p90Minutes: null };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  // Integer arithmetic: 0.9 * n can land a hair above an integer and push ceil one rank too far.
  const rank = Math.ceil((9 * n) / 10);
  return { samples: n, medianMinutes: median, p90Minutes: sorted[rank - 1] };
}

/** Due occurrences and logs joined on task + instant, limited to the period's local dates. */
function collectOccurrences(input: CommunityReportInput): Occurrence[] {
  const tasks = new Map(input.tasks.map((t) => [t.id, t]));
  const starts = new Map<string, { taskId: number; start: Date }>();
  for (const d of input.due) starts.set(occurrenceKey(d.taskId, d.start), d);
  const logs = new Map<string, ReportLog>();
  for (const log of input.logs) {
    const key = occurrenceKey(log.taskId, log.occurrence);
    logs.set(key, log);
    // A logged occurrence the rule no longer produces is still work done.
    if (!starts.has(key)) starts.set(key, { taskId: log.taskId, start: log.occurrence });
  }
  const occurrences: Occurrence[] = [];
  for (const [key, { taskId, start }] of starts) {
    const date = instantToLocal(start, input.zone).slice(0, 10);
    if (date < input.from || date > input.to) continue;
    occurrences.push({ task: tasks.get(taskId), week: mondayOf(date), log: logs.get(key) });
  }
  return occurrences;
}

/** The group an occurrence counts for. */
function groupOf(o: Occurrence, groupBy: ReportGroupBy): { key: string; label: string } {
  if (groupBy === 'channel') {
    const channel = o.task?.channel;
    return channel ? { key: channel.slug, label: channel.name } : { key: '', label: NO_CHANNEL_LABEL };
  }
  // Work done is credited to whoever logged it; work not done to whoever was meant to do it.
  const person = o.log ? o.log.loggedBy : o.task?.assignee;
  return person ? { key: String(person.id), label: person.name } : { key: '', label: UNASSIGNED_LABEL };
}

function addTo(tally: Tally, o: Occurrence): void {
  tally.due += 1;
  tally.estimatedMinutes += o.task?.estimateMinutes ?? 0;
  const log = o.log;
  if (!log) return;
  if (log.status === 'done') tally.done += 1;
  else tally.skipped += 1;
  tally.minutesSpent += log.minutesSpent ?? 0;
  tally.interactionsHandled += log.interactionsHandled ?? 0;
  if (log.firstResponseMinutes !== null) tally.firstResponses.push(log.firstResponseMinutes);
}

function addToBucket(bucket: Bucket, o: Occurrence): void {
  addTo(bucket.all, o);
  let week = bucket.weeks.get(o.week);
  if (!week) bucket.weeks.set(o.week, (week = emptyTally()));
  addTo(week, o);
}

const rate = (done: number, due: number) => (due === 0 ? null : done / due);

function totals(t: Tally): ReportTotals {
  return {
    due: t.due,
    done: t.done,
    skipped: t.skipped,
    missed: t.due - t.done - t.skipped,
    completionRate: rate(t.done, t.due),
    estimatedMinutes: t.estimatedMinutes,
    minutesSpent: t.minutesSpent,
    interactionsHandled: t.interactionsHandled,
    firstResponse: firstResponseStats(t.firstResponses),
  };
}

function trend(weeks: string[], tallies: Map<string, Tally>): ReportWeek[] {
  return weeks.map((week) => {
    const t = tallies.get(week) ?? emptyTally();
    return {
      week,
      due: t.due,
      done: t.done,
      skipped: t.skipped,
      minutesSpent: t.minutesSpent,
      estimatedMinutes: t.estimatedMinutes,
      completionRate: rate(t.done, t.due),
    };
  });
}

const byLabelThenKey = (a: ReportRow, b: ReportRow) => a.label.localeCompare(b.label, 'fi') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function communityReport(input: CommunityReportInput): CommunityReport {
  const { groupBy, from, to, zone } = input;
  if (!ISO_DATE.test(from) || !ISO_DATE.test(to)) throw new RangeError(`period must be YYYY-MM-DD dates: ${from}..${to}`);
  if (from > to) throw new RangeError(`period ends before it starts: ${from}..${to}`);
  const whole: Bucket = { key: '', label: '', all: emptyTally(), weeks: new Map() };
  const groups = new Map<string, Bucket>();
  for (const o of collectOccurrences(input)) {
    const { key, label } = groupOf(o, groupBy);
    let bucket = groups.get(key);
    if (!bucket) groups.set(key, (bucket = { key, label, all: emptyTally(), weeks: new Map() }));
    addToBucket(bucket, o);
    addToBucket(whole, o);
  }
  const weeks = reportWeeks(from, to);
  const rows = [...groups.values()]
    .map((b): ReportRow => ({ key: b.key, label: b.label, ...totals(b.all), weeks: trend(weeks, b.weeks) }))
    .sort(byLabelThenKey);
  return { groupBy, from, to, zone, rows, total: totals(whole.all), weeks: trend(weeks, whole.weeks) };
}
