/**
 * Community-management work: recurring tasks per channel, their occurrences (expanded by the same
 * core as content pieces), the work log (one entry per occurrence, logged again = updated) and
 * the report per channel or person.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isTooFarAhead } from '../../../core/contracts/community';
import { communityReport, type CommunityReport, type ReportLog, type ReportTask } from '../../../core/community/report';
import { RecurrenceError, type Range } from '../../../core/recurrence/expand';
import { expandMany } from '../../../core/recurrence/expand-many';
import { instantToIsoWithOffset, instantToLocal } from '../../../core/time';
import { CONTENT_TYPES } from '../constants';
import { upsertByKey } from '../db';
import { query, type Row } from '../query';
import { getConfig, getService, invalid, personName, personRef } from '../utils';

const TASK = CONTENT_TYPES.communityTask;
const LOG = CONTENT_TYPES.workLog;

/** A task with its channel and assignee populated. */
type TaskRow = Row<typeof TASK, 'channel' | 'assignee'>;

export interface LogInput {
  task: string; // documentId
  occurrence: string; // ISO instant
  status: 'done' | 'skipped';
  minutesSpent?: number | null;
  interactionsHandled?: number | null;
  firstResponseMinutes?: number | null;
  note?: string | null;
}

const occurrenceKey = (taskId: number, at: Date) => `${taskId}@${at.getTime()}`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const zoneOf = (task: TaskRow) => task.timeZone || getConfig(strapi, 'defaultTimeZone');
  const person = (u: TaskRow['assignee']) => (u ? { id: u.id, name: personName(u) as string } : null);

  async function loadTasks(where: Record<string, unknown> = {}): Promise<TaskRow[]> {
    // A task has a version per language; the work is one, read in the default locale.
    const locale = await getService(strapi, 'languages').defaultLocale();
    return query(strapi, TASK).findMany({
      where: { ...where, locale },
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
      populate: {
        channel: { select: ['id', 'slug', 'name', 'color'] },
        assignee: { select: ['id', 'firstname', 'lastname', 'email'] },
      },
    });
  }

  // A task whose stored rule cannot be expanded is logged once, not on every request that meets it.
  const reported = new Set<string>();

  /**
   * Occurrences of each task in `range`, within the expansion budgets; a task whose stored rule
   * cannot be expanded is left out (and logged), too many occurrences is a 400 naming `range`.
   */
  async function expand(tasks: TaskRow[], range: Range) {
    let expanded;
    try {
      expanded = await expandMany(
        tasks,
        (task) => ({ publishAt: new Date(task.startsAt), timeZone: zoneOf(task), recurrence: task.recurrence }),
        range,
        {
          describe: (task) => `task "${task.title}"`,
        }
      );
    } catch (error) {
      if (error instanceof RecurrenceError) throw invalid('range', error.message);
      throw error;
    }
    for (const { item: task, message } of expanded.problems) {
      const key = [task.documentId, String(task.startsAt), task.timeZone, task.recurrence].join('|');
      if (reported.has(key)) continue;
      if (reported.size >= 10_000) reported.clear();
      reported.add(key);
      strapi.log.warn(
        `[calendar] community task ${task.documentId} ("${task.title}") left out, its recurrence cannot be expanded: ${message}`
      );
    }
    const out = expanded.occurrences.map(({ item: task, occurrence }) => ({ task, start: occurrence.start, local: occurrence.local }));
    return out.sort((a, b) => a.start.getTime() - b.start.getTime() || a.task.id - b.task.id);
  }

  async function logsIn(range: Range, taskIds?: number[]) {
    const where: Record<string, unknown> = { occurrence: { $gte: range.from, $lt: range.to } };
    if (taskIds) where.task = { id: { $in: taskIds } };
    return query(strapi, LOG).findMany({
      where,
      populate: { task: { select: ['id'] }, loggedBy: { select: ['id', 'firstname', 'lastname', 'email'] } },
    });
  }

  const logView = (log: Row<typeof LOG, 'loggedBy'> | undefined) =>
    log
      ? {
          id: log.id,
          status: log.status,
          minutesSpent: log.minutesSpent ?? null,
          interactionsHandled: log.interactionsHandled ?? null,
          firstResponseMinutes: log.firstResponseMinutes ?? null,
          note: log.note ?? null,
          loggedBy: personRef(log.loggedBy),
          loggedAt: log.loggedAt ? new Date(log.loggedAt).toISOString() : null,
        }
      : null;

  const taskView = (task: TaskRow) => ({
    id: task.id,
    documentId: task.documentId,
    title: task.title,
    kind: task.kind,
    startsAt: new Date(task.startsAt).toISOString(),
    timeZone: zoneOf(task),
    recurrence: task.recurrence ?? null,
    estimateMinutes: task.estimateMinutes ?? null,
    active: task.active !== false,
    notes: task.notes ?? null,
    channel: task.channel ? { slug: task.channel.slug, name: task.channel.name, color: task.channel.color ?? null } : null,
    assignee: person(task.assignee),
  });

  return {
    async tasks() {
      return (await loadTasks()).map(taskView);
    },

    /**
     * Task occurrences in `range` with their log entry; `overdue` are occurrences already past
     * and not logged. Only active tasks have upcoming work.
     */
    async agenda(range: Range, now: Date, filter: { assignee?: number; channel?: string } = {}) {
      const where: Record<string, unknown> = { $or: [{ active: true }, { active: { $null: true } }] };
      if (filter.assignee !== undefined) where.assignee = { id: filter.assignee };
      if (filter.channel) where.channel = { slug: filter.channel };
      const tasks = await loadTasks(where);
      const occurrences = await expand(tasks, range);
      const logs = tasks.length
        ? await logsIn(
            range,
            tasks.map((t) => t.id)
          )
        : [];
      // Every log here was selected by its task, so it has one.
      const byKey = new Map(logs.map((l) => [occurrenceKey(l.task!.id, new Date(l.occurrence)), l]));
      return occurrences.map(({ task, start, local }) => {
        const log = byKey.get(occurrenceKey(task.id, start));
        return {
          task: taskView(task),
          occurrence: start.toISOString(),
          start: instantToIsoWithOffset(start, zoneOf(task)),
          local,
          log: logView(log),
          overdue: !log && start.getTime() < now.getTime(),
        };
      });
    },

    /** Logs one occurrence; the same occurrence logged again updates its entry (201 then 200). */
    async log(input: LogInput, userId: number, now: Date) {
      const [task] = await loadTasks({ documentId: input.task });
      if (!task) throw invalid('task', `task: no community task ${input.task}`);
      const at = new Date(input.occurrence);
      const isOccurrence = (await expand([task], { from: at, to: new Date(at.getTime() + 1) })).length === 1;
      if (!isOccurrence) {
        throw invalid('occurrence', `occurrence ${instantToIsoWithOffset(at, zoneOf(task))} is not an occurrence of "${task.title}"`);
      }
      if (isTooFarAhead(at, now)) {
        throw invalid('occurrence', 'occurrence is more than a day ahead: log work when it is done');
      }
      const key = occurrenceKey(task.id, at);
      // Logging again changes what is given and keeps the rest (a later tick with minutes only
      // must not wipe the note or the interactions logged before).
      const given = Object.fromEntries(
        (['minutesSpent', 'interactionsHandled', 'firstResponseMinutes', 'note'] as const)
          .filter((f) => input[f] !== undefined)
          .map((f) => [f, input[f]])
      );
      const data = { status: input.status, ...given, loggedBy: userId, loggedAt: now };
      // Two clicks racing: the unique key lets one insert win; the other becomes the update.
      const { row, created } = await upsertByKey(
        strapi,
        LOG,
        { occurrenceKey: key },
        data,
        { task: task.id, occurrence: at },
        { populate: { loggedBy: true } }
      );
      return {
        created,
        entry: { ...logView(row)!, task: task.documentId, occurrence: at.toISOString(), local: instantToLocal(at, zoneOf(task)) },
      };
    },

    async unlog(id: number) {
      const deleted = await query(strapi, LOG).delete({ where: { id } });
      if (!deleted) throw new errors.NotFoundError(`No work-log entry ${id}`);
      return { id };
    },

    /**
     * The report for [from, to) (instants; `fromDate`/`toDate` are the local dates shown): due
     * occurrences are those of active tasks up to now; logged work counts whatever the task's state.
     */
    async report(
      range: Range,
      period: { from: string; to: string; zone: string },
      groupBy: 'channel' | 'person',
      now: Date
    ): Promise<CommunityReport> {
      const tasks = await loadTasks();
      const dueUntil = new Date(Math.min(range.to.getTime(), now.getTime()));
      const due = (
        await expand(
          tasks.filter((t) => t.active !== false),
          { from: range.from, to: dueUntil }
        )
      ).map((o) => ({ taskId: o.task.id, start: o.start }));
      const logs = await logsIn(range);
      const reportTasks: ReportTask[] = tasks.map((t) => ({
        id: t.id,
        title: t.title,
        channel: t.channel ? { slug: t.channel.slug, name: t.channel.name } : null,
        assignee: person(t.assignee),
        estimateMinutes: t.estimateMinutes ?? null,
      }));
      const reportLogs: ReportLog[] = logs.flatMap((l) =>
        l.task
          ? [
              {
                taskId: l.task.id,
                occurrence: new Date(l.occurrence),
                status: l.status,
                minutesSpent: l.minutesSpent ?? null,
                interactionsHandled: l.interactionsHandled ?? null,
                firstResponseMinutes: l.firstResponseMinutes ?? null,
                loggedBy: l.loggedBy ? { id: l.loggedBy.id, name: personName(l.loggedBy) as string } : null,
              },
            ]
          : []
      );
      return communityReport({ tasks: reportTasks, due, logs: reportLogs, groupBy, zone: period.zone, from: period.from, to: period.to });
    },
  };
};
