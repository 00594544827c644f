/**
 * Workload (kuormitus): per person and ISO week, the estimated work that falls in the week against
 * the person's capacity, reduced by absences and public holidays.
 *
 * - Weeks are ISO weeks, Monday to Sunday, named by their Monday as a local date in the calendar's
 *   default zone; the server turns instants into local dates before calling this module.
 * - Capacity is weekly minutes spread evenly over the five working days (Mon–Fri); every working
 *   day lost to an absence or a public holiday (`holidays`) takes a fifth away. A day that is both
 *   counts once. Weekends never count.
 * - Load is the sum of the work items dated in the week; over 100 % of capacity is overloaded.
 *   Work in a week without capacity (everybody away) is overloaded as well.
 * Everything is whole minutes: sums are exact and nothing drifts (37.5 h = 2250 min, 450 a day).
 */
import { addDays, mondayOf } from '../calendar-grid';

/** How many weeks one request may ask for, and how many work items it may add up. */
export const MAX_WORKLOAD_WEEKS = 26;
export const MAX_WORK_ITEMS = 20_000;
export const WORKING_DAYS_PER_WEEK = 5;

export const ABSENCE_KINDS = ['holiday', 'sick', 'training', 'other'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export interface WorkItem {
  kind: 'piece' | 'task';
  /** The piece's or task's documentId. */
  id: string;
  locale?: string | null;
  title: string;
  assigneeId: number;
  minutes: number;
  /** The local date the work is counted on. */
  date: string;
}

export interface AbsenceSpan {
  id: number;
  userId: number;
  /** Inclusive local dates. */
  startDate: string;
  endDate: string;
  kind: AbsenceKind | string;
  note?: string | null;
}

export interface WorkloadPerson {
  id: number;
  name: string;
  weeklyMinutes: number;
}

export interface WeekCapacity {
  /** Working days of the week (Mon–Fri) that are not public holidays. */
  workingDays: number;
  /** Of those, the days the person is away. */
  absentDays: number;
  capacityMinutes: number;
  /** Away on every working day of the week (a week of holidays only is not "absent"). */
  absentAllWeek: boolean;
}

export interface WorkloadCell extends WeekCapacity {
  week: string;
  loadMinutes: number;
  /** Load as a whole percentage of capacity; null when there is no capacity. */
  percent: number | null;
  overloaded: boolean;
  absences: AbsenceSpan[];
  items: WorkItem[];
}

export interface WorkloadRow {
  person: WorkloadPerson;
  cells: WorkloadCell[];
}

export interface IsoWeek {
  year: number;
  week: number;
}

const dayOfWeek = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0

/** The ISO week of a local date: the week belongs to the year its Thursday is in. */
export function isoWeekOf(date: string): IsoWeek {
  const thursday = addDays(mondayOf(date), 3);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = Math.round((Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000);
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** `count` consecutive weeks from the week of `from`, as their Mondays (count clamped to 1…MAX). */
export function weekMondays(from: string, count: number): string[] {
  const n = Math.max(1, Math.min(MAX_WORKLOAD_WEEKS, Math.floor(count)));
  const first = mondayOf(from);
  return Array.from({ length: n }, (_, i) => addDays(first, 7 * i));
}

/** The working days (Mon–Fri, not a public holiday) of the week that starts on `monday`. */
export function workingDaysOf(monday: string, holidays: ReadonlySet<string> = new Set()): string[] {
  const days: string[] = [];
  for (let i = 0; i < WORKING_DAYS_PER_WEEK; i++) {
    const day = addDays(monday, i);
    if (!holidays.has(day)) days.push(day);
  }
  return days;
}

/** Whether the absence covers `date` (both ends inclusive). */
export const covers = (absence: Pick<AbsenceSpan, 'startDate' | 'endDate'>, date: string) =>
  absence.startDate <= date && date <= absence.endDate;

/** Whether the absence touches the week starting on `monday` at all (weekends included). */
export const overlapsWeek = (absence: Pick<AbsenceSpan, 'startDate' | 'endDate'>, monday: string) =>
  absence.startDate <= addDays(monday, 6) && absence.endDate >= monday;

/** One person's capacity in one week, given their absences. */
export function weekCapacity(
  weeklyMinutes: number,
  monday: string,
  absences: ReadonlyArray<Pick<AbsenceSpan, 'startDate' | 'endDate'>>,
  holidays: ReadonlySet<string> = new Set()
): WeekCapacity {
  const days = workingDaysOf(monday, holidays);
  const absentDays = days.filter((day) => absences.some((a) => covers(a, day))).length;
  const available = days.length - absentDays;
  return {
    workingDays: days.length,
    absentDays,
    capacityMinutes: Math.round((Math.max(0, weeklyMinutes) * available) / WORKING_DAYS_PER_WEEK),
    absentAllWeek: days.length > 0 && absentDays === days.length,
  };
}

/** Load against capacity: a whole percentage (null without capacity) and whether it is over 100 %. */
export function loadRatio(loadMinutes: number, capacityMinutes: number): { percent: number | null; overloaded: boolean } {
  if (capacityMinutes <= 0) return { percent: null, overloaded: loadMinutes > 0 };
  return { percent: Math.round((loadMinutes * 100) / capacityMinutes), overloaded: loadMinutes > capacityMinutes };
}

/** The cell of one person and week from the work and absences already picked for them. */
export function workloadCell(
  person: WorkloadPerson,
  monday: string,
  items: WorkItem[],
  absences: AbsenceSpan[],
  holidays?: ReadonlySet<string>
): WorkloadCell {
  const end = addDays(monday, 6);
  const mine = items.filter((item) => item.assigneeId === person.id && item.date >= monday && item.date <= end);
  const away = absences.filter((a) => a.userId === person.id && overlapsWeek(a, monday));
  const capacity = weekCapacity(person.weeklyMinutes, monday, away, holidays);
  const loadMinutes = mine.reduce((sum, item) => sum + Math.max(0, item.minutes), 0);
  return { week: monday, ...capacity, loadMinutes, ...loadRatio(loadMinutes, capacity.capacityMinutes), absences: away, items: mine };
}

/**
 * The table: a row per person, a cell per week. Items are grouped once by person and week so the
 * work is proportional to items + people × weeks, whatever the sizes (which the caller bounds).
 */
export function workloadTable(input: {
  weeks: string[];
  people: WorkloadPerson[];
  items: WorkItem[];
  absences: AbsenceSpan[];
  holidays?: ReadonlySet<string>;
}): WorkloadRow[] {
  const weeks = input.weeks.slice(0, MAX_WORKLOAD_WEEKS);
  const byKey = new Map<string, WorkItem[]>();
  for (const item of input.items.slice(0, MAX_WORK_ITEMS)) {
    const key = `${item.assigneeId}|${mondayOf(item.date)}`;
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  const absencesOf = new Map<number, AbsenceSpan[]>();
  for (const a of input.absences) absencesOf.set(a.userId, [...(absencesOf.get(a.userId) ?? []), a]);
  return input.people.map((person) => ({
    person,
    cells: weeks.map((monday) =>
      workloadCell(person, monday, byKey.get(`${person.id}|${monday}`) ?? [], absencesOf.get(person.id) ?? [], input.holidays)
    ),
  }));
}

/** What assigning `addedMinutes` more in a week would do to a cell: the load after, and whether it overloads. */
export function withAddedWork(cell: WorkloadCell, addedMinutes: number) {
  const afterMinutes = cell.loadMinutes + Math.max(0, addedMinutes);
  return { afterMinutes, ...loadRatio(afterMinutes, cell.capacityMinutes) };
}

/** Minutes as hours for display: 90 → "1.5", 2250 → "37.5", 20 → "0.33". */
export const minutesAsHours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);

export { dayOfWeek };
