/**
 * Capacity, absences and workload (resursointi, poissaolot, kuormitus): each admin user's weekly
 * hours, the days they are away, and per person and ISO week the estimated work against what is
 * left of the capacity. Admin-only: nothing here is in the content API or GraphQL.
 */
import { z } from 'zod';
import { isRealDate } from '../time';
import { inDateWindow } from '../date-input';
import { ABSENCE_KINDS, MAX_WORKLOAD_WEEKS, type AbsenceKind, type IsoWeek, type WorkItem } from '../planning/workload';
import { DOCUMENT_ID, isDbIdText, isoDateTime, localeCode, MAX_DB_ID, note, queryInt, type Person } from './fields';
import { adminPath } from './routing';

export { ABSENCE_KINDS, MAX_WORKLOAD_WEEKS, type AbsenceKind };

/** Weekly capacity is kept in whole minutes; a week has 168 hours. */
export const MAX_WEEKLY_MINUTES = 168 * 60;
/** An absence is at most a year long; a person has at most this many on record. */
export const MAX_ABSENCE_DAYS = 366;
export const MAX_ABSENCES_PER_PERSON = 500;

/** A local calendar date `YYYY-MM-DD` that exists and is inside the calendar's window. */
export const localDate = (field: string) => {
  const message = `${field} must be a date YYYY-MM-DD, such as 2026-07-06`;
  return z
    .string({ message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => {
      const [y, m, d] = v.split('-').map(Number);
      return isRealDate(y, m, d) && inDateWindow(v);
    }, message);
};

const userId = (field: string) =>
  z
    .number({ message: `${field} must be an admin user id` })
    .int(`${field} must be an admin user id`)
    .min(1, `${field} must be an admin user id`)
    .max(MAX_DB_ID, `${field} must be an admin user id`);

const weeklyMinutes = z
  .number({ message: `weeklyMinutes must be a whole number of minutes from 0 to ${MAX_WEEKLY_MINUTES}` })
  .int(`weeklyMinutes must be a whole number of minutes from 0 to ${MAX_WEEKLY_MINUTES}`)
  .min(0, `weeklyMinutes must be a whole number of minutes from 0 to ${MAX_WEEKLY_MINUTES}`)
  .max(MAX_WEEKLY_MINUTES, `weeklyMinutes must be a whole number of minutes from 0 to ${MAX_WEEKLY_MINUTES}`);

/** PUT /capacity/:userId — null expectedUpdatedAt: the person had no capacity of their own yet. */
export const capacityBody = z.object({ weeklyMinutes, expectedUpdatedAt: isoDateTime('expectedUpdatedAt').nullable() }).strict();
export type CapacityInput = z.infer<typeof capacityBody>;

const kind = z.enum(ABSENCE_KINDS, { message: 'kind must be holiday, sick, training or other' });

const spanChecks = <T extends { startDate?: string; endDate?: string }>(v: T, ctx: z.RefinementCtx) => {
  if (!v.startDate || !v.endDate) return;
  if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'endDate must be on or after startDate' });
  else if ((Date.parse(v.endDate) - Date.parse(v.startDate)) / 86_400_000 >= MAX_ABSENCE_DAYS)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: `an absence is at most ${MAX_ABSENCE_DAYS} days long` });
};

export const createAbsenceBody = z
  .object({ user: userId('user'), startDate: localDate('startDate'), endDate: localDate('endDate'), kind, note })
  .strict()
  .superRefine(spanChecks);
export type CreateAbsenceInput = z.infer<typeof createAbsenceBody>;

export const updateAbsenceBody = z
  .object({
    startDate: localDate('startDate').optional(),
    endDate: localDate('endDate').optional(),
    kind: kind.optional(),
    note,
    expectedUpdatedAt: isoDateTime('expectedUpdatedAt'),
  })
  .strict()
  .superRefine(spanChecks);
export type UpdateAbsenceInput = z.infer<typeof updateAbsenceBody>;

const personParam = z
  .string({ message: 'user must be an admin user id or "me"' })
  .refine((v) => v === 'me' || isDbIdText(v), 'user must be an admin user id or "me"');

export const absencesQuery = z
  .object({ from: localDate('from').optional(), to: localDate('to').optional(), user: personParam.optional() })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'to must be on or after from' });

export const workloadQuery = z
  .object({
    from: localDate('from').optional(),
    weeks: queryInt('weeks', 1, MAX_WORKLOAD_WEEKS).optional(),
    assignee: z
      .string({ message: 'assignee must be an admin user id or "me"' })
      .refine((v) => v === 'me' || isDbIdText(v), 'assignee must be an admin user id or "me"')
      .optional(),
  })
  .strict();

export const workloadCheckQuery = z
  .object({
    assignee: z.string({ message: 'assignee must be an admin user id' }).refine((v) => isDbIdText(v), 'assignee must be an admin user id'),
    documentId: z.string({ message: 'documentId must be a document id' }).regex(DOCUMENT_ID, 'documentId must be a document id'),
    locale: localeCode.optional(),
    /** The due date the view is about to save, when it changes it too. */
    dueAt: isoDateTime('dueAt').optional(),
  })
  .strict();

export interface Capacity {
  person: Person;
  weeklyMinutes: number;
  /** No capacity of their own: the configured default applies. */
  isDefault: boolean;
  /** The version an edit is based on; null while the default applies. */
  updatedAt: string | null;
}
export interface CapacityList {
  defaultWeeklyMinutes: number;
  people: Capacity[];
}

export interface Absence {
  id: number;
  person: Person;
  startDate: string;
  endDate: string;
  kind: AbsenceKind;
  note: string | null;
  updatedAt: string;
  /** Whether the viewer may change it (their own, or a planner). */
  editable: boolean;
}

export interface WorkloadWeek extends IsoWeek {
  /** The Monday, `YYYY-MM-DD`. */
  monday: string;
}

/** A piece or community task behind a cell: what it is, when and how many minutes. */
export type WorkloadEntry = Omit<WorkItem, 'assigneeId'>;

export interface WorkloadCellView {
  week: string;
  loadMinutes: number;
  capacityMinutes: number;
  percent: number | null;
  overloaded: boolean;
  absentAllWeek: boolean;
  absentDays: number;
  workingDays: number;
  absences: Array<{ id: number; kind: AbsenceKind; startDate: string; endDate: string; note: string | null }>;
  items: WorkloadEntry[];
}

export interface Workload {
  weeks: WorkloadWeek[];
  people: Array<{ person: Person; weeklyMinutes: number; cells: WorkloadCellView[] }>;
  meta: { timeZone: string; from: string; truncated: boolean };
}

/** What assigning a piece to someone would do to their week. */
export interface WorkloadCheck {
  person: Person;
  /** The week the piece's work falls in; null for a piece with no date (backlog): nothing to warn. */
  week: WorkloadWeek | null;
  effortMinutes: number;
  /** The person's load that week before and after, and the capacity. */
  loadMinutes: number;
  afterMinutes: number;
  capacityMinutes: number;
  percentAfter: number | null;
  overloaded: boolean;
  absentAllWeek: boolean;
  absentDays: number;
  workingDays: number;
  absences: WorkloadCellView['absences'];
  /** Whether the view should ask before saving. */
  warn: boolean;
}

export const CAPACITY_ROUTES = {
  capacities: '/capacity',
  capacity: '/capacity/:userId',
  absences: '/absences',
  absence: '/absences/:id',
  workload: '/workload',
  check: '/workload/check',
} as const;

export const capacityPaths = {
  capacities: () => adminPath(CAPACITY_ROUTES.capacities),
  capacity: (userId: number) => adminPath(CAPACITY_ROUTES.capacity, { userId }),
  absences: () => adminPath(CAPACITY_ROUTES.absences),
  absence: (id: number) => adminPath(CAPACITY_ROUTES.absence, { id }),
  workload: () => adminPath(CAPACITY_ROUTES.workload),
  check: () => adminPath(CAPACITY_ROUTES.check),
};
