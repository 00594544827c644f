/**
 * The `workload` service: per person and ISO week (in the calendar's default zone) the effort of
 * the content pieces assigned to them and the estimates of their community tasks, against their
 * capacity less absences. Every language version of a piece is its own work (a translation is
 * work too), each counted with its own assignee and effort. Bounded: at most MAX_WORKLOAD_WEEKS
 * weeks, MAX_WORKLOAD_PIECES pieces and tasks each (beyond that the answer says `truncated`).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Workload, WorkloadCheck, WorkloadWeek } from '../../../core/contracts/capacity';
import type { Person } from '../../../core/contracts/fields';
import { addDays, mondayOf } from '../../../core/calendar-grid';
import { expandMany } from '../../../core/recurrence/expand-many';
import { nextPublication, pieceWorkDates } from '../../../core/planning/work-dates';
import { holidaysBetween } from '../../../core/seasons/holidays';
import {
  isoWeekOf,
  weekMondays,
  withAddedWork,
  workloadCell,
  workloadTable,
  type AbsenceSpan,
  type WorkItem,
  type WorkloadCell,
} from '../../../core/planning/workload';
import { startOfLocalDay, instantToLocal } from '../../../core/time';
import { CONTENT_TYPES } from '../constants';
import { query } from '../query';
import { getConfig, getService, invalid, personRef } from '../utils';
import type { Viewer } from './capacity';

export const MAX_WORKLOAD_PIECES = 5000;
const PIECE = CONTENT_TYPES.contentPiece;
const TASK = CONTENT_TYPES.communityTask;

const weekOf = (monday: string): WorkloadWeek => ({ monday, ...isoWeekOf(monday) });

const cellView = (cell: WorkloadCell) => ({
  week: cell.week,
  loadMinutes: cell.loadMinutes,
  capacityMinutes: cell.capacityMinutes,
  percent: cell.percent,
  overloaded: cell.overloaded,
  absentAllWeek: cell.absentAllWeek,
  absentDays: cell.absentDays,
  workingDays: cell.workingDays,
  absences: cell.absences.map((a) => ({
    id: a.id,
    kind: a.kind as never,
    startDate: a.startDate,
    endDate: a.endDate,
    note: a.note ?? null,
  })),
  items: cell.items.map(({ assigneeId: _a, ...rest }) => rest),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const zone = () => getConfig(strapi, 'defaultTimeZone');

  /** The work items of `userIds` dated in the weeks `mondays` (pieces' effort, tasks' estimates). */
  async function workItems(userIds: number[], mondays: string[]): Promise<{ items: WorkItem[]; truncated: boolean }> {
    const tz = zone();
    const range = { from: startOfLocalDay(mondays[0], tz), to: startOfLocalDay(addDays(mondays[mondays.length - 1], 7), tz) };
    const pieces = await query(strapi, PIECE).findMany({
      where: {
        publishedAt: null,
        effortMinutes: { $gt: 0 },
        assignee: { id: { $in: userIds } },
        $or: [
          { dueAt: { $gte: range.from, $lt: range.to } },
          { dueAt: { $null: true }, publishAt: { $gte: range.from, $lt: range.to } },
          { dueAt: { $null: true }, publishAt: { $lt: range.to }, recurrence: { $notNull: true } },
        ],
      },
      select: ['documentId', 'locale', 'title', 'effortMinutes', 'dueAt', 'publishAt', 'timeZone', 'recurrence', 'recurrenceExceptions'],
      populate: { assignee: { select: ['id'] } },
      orderBy: [{ id: 'asc' }],
      limit: MAX_WORKLOAD_PIECES + 1,
    });
    const tasks = await query(strapi, TASK).findMany({
      where: {
        locale: await getService(strapi, 'languages').defaultLocale(),
        // `active` unset counts as active, as the community views have it.
        $and: [
          { $or: [{ active: true }, { active: { $null: true } }] },
          // A one-off task only in the weeks shown; a recurring one from any start before their end.
          { $or: [{ startsAt: { $gte: range.from, $lt: range.to } }, { startsAt: { $lt: range.to }, recurrence: { $notNull: true } }] },
        ],
        estimateMinutes: { $gt: 0 },
        assignee: { id: { $in: userIds } },
      },
      populate: { assignee: { select: ['id'] } },
      orderBy: [{ id: 'asc' }],
      limit: MAX_WORKLOAD_PIECES + 1,
    });
    const truncated = pieces.length > MAX_WORKLOAD_PIECES || tasks.length > MAX_WORKLOAD_PIECES;
    const dated = pieces.slice(0, MAX_WORKLOAD_PIECES).filter((p) => p.dueAt);
    const series = pieces.slice(0, MAX_WORKLOAD_PIECES).filter((p) => !p.dueAt && p.publishAt);
    const items: WorkItem[] = [];
    const pieceItem = (p: (typeof pieces)[number], date: string): WorkItem => ({
      kind: 'piece',
      id: p.documentId,
      locale: p.locale ?? null,
      title: p.title,
      assigneeId: p.assignee!.id,
      minutes: p.effortMinutes ?? 0,
      date,
    });
    for (const p of dated)
      for (const date of pieceWorkDates({ dueAt: new Date(p.dueAt!), occurrences: [] }, tz)) items.push(pieceItem(p, date));
    const expandedPieces = await expandMany(
      series,
      (p) => ({
        publishAt: new Date(p.publishAt!),
        timeZone: p.timeZone || tz,
        recurrence: p.recurrence,
        recurrenceExceptions: p.recurrenceExceptions as string[] | null,
      }),
      range,
      { skipOverLimit: true }
    );
    for (const { item, occurrence } of expandedPieces.occurrences)
      for (const date of pieceWorkDates({ dueAt: null, occurrences: [occurrence.start] }, tz)) items.push(pieceItem(item, date));
    const expandedTasks = await expandMany(
      tasks.slice(0, MAX_WORKLOAD_PIECES),
      (t) => ({ publishAt: new Date(t.startsAt), timeZone: t.timeZone || tz, recurrence: t.recurrence }),
      range,
      { skipOverLimit: true }
    );
    for (const { item: t, occurrence } of expandedTasks.occurrences)
      items.push({
        kind: 'task',
        id: t.documentId,
        locale: null,
        title: t.title,
        assigneeId: t.assignee!.id,
        minutes: t.estimateMinutes ?? 0,
        date: instantToLocal(occurrence.start, tz).slice(0, 10),
      });
    const problems = expandedPieces.problems.length + expandedTasks.problems.length;
    return { items, truncated: truncated || problems > 0 };
  }

  async function absencesOf(userIds: number[], mondays: string[], viewer: Viewer): Promise<AbsenceSpan[]> {
    const list = await getService(strapi, 'capacity').absences(
      { from: mondays[0], to: addDays(mondays[mondays.length - 1], 6), userIds },
      viewer
    );
    return list.map((a) => ({ id: a.id, userId: a.person.id, startDate: a.startDate, endDate: a.endDate, kind: a.kind, note: a.note }));
  }

  /**
   * Days off in the team's home country (the first of `seasons.countries`): public holidays and
   * the de facto days off such as juhannusaatto take a working day out of everyone's capacity.
   */
  function daysOff(mondays: string[]): Set<string> {
    const [home] = getConfig(strapi, 'seasons').countries;
    if (!home) return new Set();
    const to = addDays(mondays[mondays.length - 1], 6);
    return new Set(holidaysBetween(mondays[0], to, [home], 'fi').map((d) => d.date));
  }

  async function peopleFor(assignee: number | undefined): Promise<Person[]> {
    const all = (await getService(strapi, 'calendar-readers').all()).map((u) => personRef(u)!);
    return assignee === undefined ? all.slice(0, 500) : all.filter((p) => p.id === assignee);
  }

  return {
    async table(input: { from?: string; weeks?: number; assignee?: number }, viewer: Viewer): Promise<Workload> {
      const tz = zone();
      const from = input.from ?? instantToLocal(new Date(), tz).slice(0, 10);
      const mondays = weekMondays(from, input.weeks ?? 8);
      const people = await peopleFor(input.assignee);
      const ids = people.map((p) => p.id);
      const [weekly, { items, truncated }, absences] = await Promise.all([
        getService(strapi, 'capacity').weeklyMinutesOf(ids),
        ids.length ? workItems(ids, mondays) : Promise.resolve({ items: [], truncated: false }),
        ids.length ? absencesOf(ids, mondays, viewer) : Promise.resolve([]),
      ]);
      const rows = workloadTable({
        weeks: mondays,
        people: people.map((p) => ({ ...p, weeklyMinutes: weekly.get(p.id)! })),
        items,
        absences,
        holidays: daysOff(mondays),
      });
      return {
        weeks: mondays.map(weekOf),
        people: rows.map((r) => ({
          person: { id: r.person.id, name: r.person.name },
          weeklyMinutes: r.person.weeklyMinutes,
          cells: r.cells.map(cellView),
        })),
        meta: { timeZone: tz, from: mondays[0], truncated },
      };
    },

    /** What assigning the piece (one language version) to `assignee` would do to their week. */
    async check(input: { assignee: number; documentId: string; locale?: string; dueAt?: string }, viewer: Viewer): Promise<WorkloadCheck> {
      const tz = zone();
      const locale = await getService(strapi, 'languages').one(input.locale);
      const piece = await query(strapi, PIECE).findOne({
        where: { documentId: input.documentId, locale, publishedAt: null },
        select: ['documentId', 'locale', 'effortMinutes', 'dueAt', 'publishAt', 'timeZone', 'recurrence', 'recurrenceExceptions'],
      });
      if (!piece) throw new errors.NotFoundError(`No piece ${input.documentId} in ${locale}`);
      const [person] = await peopleFor(input.assignee);
      if (!person) throw invalid('assignee', 'assignee must be an active admin user who can read the calendar');
      const effortMinutes = piece.effortMinutes ?? 0;
      const at =
        input.dueAt ??
        piece.dueAt ??
        (piece.publishAt
          ? nextPublication(
              {
                publishAt: new Date(piece.publishAt),
                timeZone: piece.timeZone || tz,
                recurrence: piece.recurrence,
                recurrenceExceptions: piece.recurrenceExceptions as string[] | null,
              },
              new Date()
            )
          : null);
      const base = { person, effortMinutes, absences: [], absentAllWeek: false, absentDays: 0, workingDays: 5 };
      if (!at)
        return {
          ...base,
          week: null,
          loadMinutes: 0,
          afterMinutes: 0,
          capacityMinutes: 0,
          percentAfter: null,
          overloaded: false,
          warn: false,
        };
      const monday = mondayOf(instantToLocal(new Date(at), tz).slice(0, 10));
      const weekly = (await getService(strapi, 'capacity').weeklyMinutesOf([person.id])).get(person.id)!;
      const [{ items }, absences] = await Promise.all([workItems([person.id], [monday]), absencesOf([person.id], [monday], viewer)]);
      // The piece itself is not counted twice when it is already theirs.
      const others = items.filter((i) => !(i.kind === 'piece' && i.id === piece.documentId && i.locale === piece.locale));
      const cell = workloadCell({ ...person, weeklyMinutes: weekly }, monday, others, absences, daysOff([monday]));
      const after = withAddedWork(cell, effortMinutes);
      return {
        ...base,
        week: weekOf(monday),
        loadMinutes: cell.loadMinutes,
        afterMinutes: after.afterMinutes,
        capacityMinutes: cell.capacityMinutes,
        percentAfter: after.percent,
        overloaded: after.overloaded,
        absentAllWeek: cell.absentAllWeek,
        absentDays: cell.absentDays,
        workingDays: cell.workingDays,
        absences: cellView(cell).absences,
        warn: after.overloaded || cell.absentDays > 0,
      };
    },
  };
};
