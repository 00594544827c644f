/** Community management's admin API: tasks, their occurrences with the work log, and the report. */
import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';
import type { CommunityReport, ReportGroupBy, ReportRow, ReportTotals, ReportWeek } from '../../../core/community/report';
import type { ChannelTag } from './editorial';
import { apiProblem, type Problem } from './problem';

export type { CommunityReport, ReportGroupBy, ReportRow, ReportTotals, ReportWeek };

/** The kinds of social-media work (following, reacting, conversation, sharing, growing the network), plus moderation and reporting. */
export const TASK_KINDS = ['monitor', 'react', 'discuss', 'share', 'grow', 'moderate', 'report'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export interface CommunityTask {
  id: number;
  documentId: string;
  title: string;
  kind: TaskKind;
  startsAt: string;
  timeZone: string;
  recurrence: string | null;
  estimateMinutes: number | null;
  active: boolean;
  notes: string | null;
  channel: ChannelTag | null;
  assignee: { id: number; name: string } | null;
}

export interface WorkLog {
  id: number;
  status: 'done' | 'skipped';
  minutesSpent: number | null;
  interactionsHandled: number | null;
  firstResponseMinutes: number | null;
  note: string | null;
  loggedBy: { id: number; name: string } | null;
  loggedAt: string | null;
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

export interface LogInput {
  status: 'done' | 'skipped';
  minutesSpent?: number | null;
  interactionsHandled?: number | null;
  firstResponseMinutes?: number | null;
  note?: string | null;
}

export function agendaUrl(from: string, to: string, filter: { mine?: boolean; channel?: string | null } = {}) {
  const params = new URLSearchParams({ from, to });
  if (filter.mine) params.set('assignee', 'me');
  if (filter.channel) params.set('channel', filter.channel);
  return `/calendar/community/agenda?${params.toString()}`;
}

export function reportUrl(from: string, to: string, groupBy: ReportGroupBy, format?: 'csv') {
  const params = new URLSearchParams({ from, to, groupBy });
  if (format) params.set('format', format);
  return `/calendar/community/report?${params.toString()}`;
}

/** The server refuses logs for occurrences more than a day ahead: work is logged when done. */
export const canLogYet = (occurrence: AgendaOccurrence, now = Date.now()) => new Date(occurrence.occurrence).getTime() <= now + 24 * 3600_000;

/**
 * Ticks (POST /community/logs; logging an occurrence again updates its entry) and undo
 * (DELETE). `onChanged` reloads whatever shows the log: the agenda, the report, My work.
 */
export function useWorkLog(onChanged: () => void) {
  const { post, del } = useFetchClient();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState<string>();

  const run = useCallback(
    async (key: string, request: () => Promise<unknown>) => {
      setBusy(key);
      setProblem(undefined);
      try {
        await request();
        onChanged();
        return true;
      } catch (err) {
        setProblem(apiProblem(err));
        return false;
      } finally {
        setBusy(undefined);
      }
    },
    [onChanged]
  );

  const log = useCallback(
    (o: AgendaOccurrence, input: LogInput) =>
      run(o.occurrence + o.task.documentId, () => post('/calendar/community/logs', { task: o.task.documentId, occurrence: o.occurrence, ...input })),
    [run, post]
  );
  const undo = useCallback(
    (o: AgendaOccurrence) => (o.log ? run(o.occurrence + o.task.documentId, () => del(`/calendar/community/logs/${o.log!.id}`)) : Promise.resolve(false)),
    [run, del]
  );

  return { log, undo, busy, problem, clearProblem: useCallback(() => setProblem(undefined), []), keyOf: (o: AgendaOccurrence) => o.occurrence + o.task.documentId };
}
