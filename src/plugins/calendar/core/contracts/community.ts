/**
 * Community management: recurring tasks per channel, their occurrences with the work log (the
 * agenda), ticks and undo, and the report per channel or person (JSON or CSV).
 */
import { z } from 'zod';
import type { CommunityReport, ReportGroupBy, ReportRow, ReportTotals, ReportWeek } from '../community/report';
import { isDbIdText, isoDateTime, note, type Person } from './fields';
import type { ChannelTag } from './reference';
import { adminPath } from './routing';

export type { CommunityReport, ReportGroupBy, ReportRow, ReportTotals, ReportWeek };

/**
 * The kinds of social-media work (following, reacting, conversation, sharing, growing the
 * network), plus moderation and reporting: the community task's `kind` enumeration.
 */
export const TASK_KINDS = ['monitor', 'react', 'discuss', 'share', 'grow', 'moderate', 'report'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const WORK_LOG_STATUSES = ['done', 'skipped'] as const;
export type WorkLogStatus = (typeof WORK_LOG_STATUSES)[number];

/** A community agenda is a working view (days, weeks); the report may cover a year. */
export const MAX_AGENDA_DAYS = 62;
export const MAX_REPORT_DAYS = 400;

/** Work is logged when done: an occurrence more than this far ahead cannot be logged yet. */
export const LOG_AHEAD_MS = 24 * 3600_000;
export const isTooFarAhead = (occurrence: Date, now: Date) => occurrence.getTime() > now.getTime() + LOG_AHEAD_MS;
/** Whether the server takes a log for this occurrence now. */
export const canLogYet = (occurrence: { occurrence: string }, now = Date.now()) =>
  !isTooFarAhead(new Date(occurrence.occurrence), new Date(now));

const minutes = (field: string, max: number) =>
  z
    .number({ message: `${field} must be a whole number` })
    .int(`${field} must be a whole number`)
    .min(0, `${field} must be 0 or more`)
    .max(max, `${field} must be at most ${max}`)
    .nullable()
    .optional();

export const workLogBody = z
  .object({
    task: z
      .string({ message: 'task must be the documentId of a community task' })
      .regex(/^[a-z0-9]{10,64}$/, 'task must be the documentId of a community task'),
    occurrence: isoDateTime('occurrence'),
    status: z.enum(WORK_LOG_STATUSES, { message: 'status must be done or skipped' }),
    minutesSpent: minutes('minutesSpent', 1440),
    interactionsHandled: minutes('interactionsHandled', 100_000),
    firstResponseMinutes: minutes('firstResponseMinutes', 100_000),
    note,
  })
  .strict();
export type WorkLogInput = z.infer<typeof workLogBody>;
/** What a tick adds to the occurrence it is made on. */
export type LogInput = Omit<WorkLogInput, 'task' | 'occurrence'>;

/** The agenda's own parameters (the period's from/to/tz are parsed by core/query). */
export const agendaFilterQuery = z.object({
  assignee: z
    .string({ message: 'assignee must be an admin user id or "me"' })
    .refine((v) => v === 'me' || isDbIdText(v), 'assignee must be an admin user id or "me"')
    .optional(),
  channel: z
    .string({ message: 'channel must be a channel slug' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9\-_.~]{0,199}$/, 'channel must be a channel slug')
    .optional(),
});
export const AGENDA_PARAMS = ['assignee', 'channel'] as const;

export const reportOptionsQuery = z.object({
  groupBy: z.enum(['channel', 'person'], { message: 'groupBy must be channel or person' }).default('channel'),
  format: z.enum(['json', 'csv'], { message: 'format must be json or csv' }).default('json'),
});
export const REPORT_PARAMS = ['groupBy', 'format'] as const;

export interface CommunityTask {
  id: number;
  documentId: string;
  title: string;
  kind: TaskKind | string;
  startsAt: string;
  timeZone: string;
  recurrence: string | null;
  estimateMinutes: number | null;
  active: boolean;
  notes: string | null;
  channel: ChannelTag | null;
  assignee: Person | null;
}

export interface WorkLog {
  id: number;
  status: WorkLogStatus;
  minutesSpent: number | null;
  interactionsHandled: number | null;
  firstResponseMinutes: number | null;
  note: string | null;
  loggedBy: Person | null;
  loggedAt: string | null;
}

/** A work-log entry as a tick answers it. */
export interface LoggedWork extends WorkLog {
  task: string;
  occurrence: string;
  local: string;
}

export interface AgendaOccurrence {
  task: CommunityTask;
  /** The occurrence's instant (ISO, UTC): the key a log is written against. */
  occurrence: string;
  /** The same instant with the task zone's offset. */
  start: string;
  /** Wall-clock time in the task's zone, `YYYY-MM-DDTHH:mm`. */
  local: string;
  log: WorkLog | null;
  overdue: boolean;
}

export interface CommunityAgenda {
  data: AgendaOccurrence[];
  meta: { from: string; to: string; now: string; timeZone: string };
}

/** The admin client's agenda and report arguments. */
export interface AgendaArgs {
  from: string;
  to: string;
  mine?: boolean;
  channel?: string | null;
}
export interface ReportArgs {
  from: string;
  to: string;
  groupBy: ReportGroupBy;
}

export function agendaParams({ from, to, mine, channel }: AgendaArgs): Record<string, string> {
  return { from, to, ...(mine ? { assignee: 'me' } : {}), ...(channel ? { channel } : {}) };
}
export function reportParams({ from, to, groupBy }: ReportArgs, format?: 'csv'): Record<string, string> {
  return { from, to, groupBy, ...(format ? { format } : {}) };
}

export const COMMUNITY_ROUTES = {
  tasks: '/community/tasks',
  agenda: '/community/agenda',
  log: '/community/logs',
  unlog: '/community/logs/:id',
  report: '/community/report',
} as const;
export const communityPaths = {
  tasks: () => adminPath(COMMUNITY_ROUTES.tasks),
  agenda: () => adminPath(COMMUNITY_ROUTES.agenda),
  log: () => adminPath(COMMUNITY_ROUTES.log),
  unlog: (id: number) => adminPath(COMMUNITY_ROUTES.unlog, { id }),
  report: () => adminPath(COMMUNITY_ROUTES.report),
  /** A URL with its query string, for a download link (the CSV). */
  reportUrl: (args: ReportArgs, format?: 'csv') =>
    `${adminPath(COMMUNITY_ROUTES.report)}?${new URLSearchParams(reportParams(args, format)).toString()}`,
  agendaUrl: (args: AgendaArgs) => `${adminPath(COMMUNITY_ROUTES.agenda)}?${new URLSearchParams(agendaParams(args)).toString()}`,
};
