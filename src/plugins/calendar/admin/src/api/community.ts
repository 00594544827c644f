/** Community management's admin API: tasks, their occurrences with the work log, and the report. */
import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';
import { communityPaths, type AgendaOccurrence, type LogInput, type ReportGroupBy } from '../../../core/contracts/community';
import { apiProblem, type Problem } from './problem';

export { canLogYet, TASK_KINDS } from '../../../core/contracts/community';
export type {
  AgendaOccurrence,
  CommunityAgenda,
  CommunityReport,
  CommunityTask,
  LogInput,
  ReportGroupBy,
  ReportRow,
  ReportTotals,
  ReportWeek,
  TaskKind,
  WorkLog,
} from '../../../core/contracts/community';

export function agendaUrl(from: string, to: string, filter: { mine?: boolean; channel?: string | null } = {}) {
  return communityPaths.agendaUrl({ from, to, ...filter });
}

export function reportUrl(from: string, to: string, groupBy: ReportGroupBy, format?: 'csv') {
  return communityPaths.reportUrl({ from, to, groupBy }, format);
}

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
      run(o.occurrence + o.task.documentId, () => post(communityPaths.log(), { task: o.task.documentId, occurrence: o.occurrence, ...input })),
    [run, post]
  );
  const undo = useCallback(
    (o: AgendaOccurrence) => (o.log ? run(o.occurrence + o.task.documentId, () => del(communityPaths.unlog(o.log!.id))) : Promise.resolve(false)),
    [run, del]
  );

  return { log, undo, busy, problem, clearProblem: useCallback(() => setProblem(undefined), []), keyOf: (o: AgendaOccurrence) => o.occurrence + o.task.documentId };
}
