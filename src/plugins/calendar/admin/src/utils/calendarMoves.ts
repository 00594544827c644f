/**
 * Date maths of the calendar views: which local day an occurrence falls on in the planner's zone,
 * and where a piece (or its whole series) lands when it is put on another day. Pure: no React.
 */
import { addDays, daysBetween, moveToDate } from '../../../core/calendar-grid';
import { shiftRule } from '../../../core/recurrence/shift-rule';
import { instantToLocal, localToInstant } from '../../../core/time';
import type { AdminOccurrence } from '../api/occurrences';
import type { ThemeRef } from '../api/types';

/** A backlog piece dropped on a day is scheduled at this local time. */
export const DEFAULT_TIME = '09:00';

/** What is being moved: a backlog piece, or one occurrence of a piece. */
export interface Moving {
  item: AdminOccurrence;
  /** The occurrence's wall-clock time in the piece's zone; none for a backlog piece. */
  local?: string;
}

export interface DayEntry {
  item: AdminOccurrence;
  /** `HH:mm` in the planner's zone. */
  time: string;
  moving: Moving;
}

/** Occurrences by local day of the planner's zone, each with its local time there. */
export function groupByDay(items: readonly AdminOccurrence[], zone: string): Map<string, DayEntry[]> {
  const map = new Map<string, DayEntry[]>();
  for (const item of items) {
    const local = instantToLocal(new Date(item.start!), zone);
    const list = map.get(local.slice(0, 10)) ?? [];
    list.push({ item, time: local.slice(11, 16), moving: { item, local: instantToLocal(new Date(item.start!), item.timeZone) } });
    map.set(local.slice(0, 10), list);
  }
  return map;
}

/** The day (in the planner's zone) the occurrence is shown on. */
const viewDate = (m: Moving, zone: string) => instantToLocal(new Date(m.item.start!), zone).slice(0, 10);

/** New publishAt for `m` put on `date` (a day in the planner's zone), keeping its time of day. */
export function newInstant(m: Moving, date: string, zone: string): Date {
  if (!m.local) return localToInstant(`${date}T${DEFAULT_TIME}`, zone);
  return localToInstant(moveToDate(m.local, addDays(m.local.slice(0, 10), daysBetween(viewDate(m, zone), date))), m.item.timeZone);
}

/** The whole series moved by the same days as this occurrence (first occurrence and weekdays), or null if the rule cannot shift. */
export function seriesMove(m: Moving, date: string, zone: string): { publishAt: Date; recurrence: string } | null {
  if (!m.local || !m.item.publishAt || !m.item.recurrence) return null;
  const days = daysBetween(viewDate(m, zone), date);
  const rule = shiftRule(m.item.recurrence, days);
  if (rule === null) return null;
  const first = instantToLocal(new Date(m.item.publishAt), m.item.timeZone);
  return { publishAt: localToInstant(moveToDate(first, addDays(first.slice(0, 10), days)), m.item.timeZone), recurrence: rule };
}

/** Themes that cover `date` (yearly ones in any year, also across New Year), for the day's colour band. */
export function themesOn(themes: readonly ThemeRef[], date: string): ThemeRef[] {
  return themes.filter((theme) => {
    if (!theme.repeatsYearly) return theme.startDate <= date && date <= theme.endDate;
    const md = date.slice(5);
    const [from, to] = [theme.startDate.slice(5), theme.endDate.slice(5)];
    return from <= to ? from <= md && md <= to : md >= from || md <= to;
  });
}

/** Assignees seen in the loaded range, for the assignee filter. */
export function assigneesOf(items: readonly AdminOccurrence[]) {
  const seen = new Map<number, NonNullable<AdminOccurrence['assignee']>>();
  for (const item of items) if (item.assignee) seen.set(item.assignee.id, item.assignee);
  return [...seen.values()];
}
