/**
 * Ticks on community-task occurrences (logging one again updates its entry) and undo. The
 * mutations invalidate whatever shows the log: the agenda, the report, My work.
 */
import { useCallback, useState } from 'react';
import { useLogWorkMutation, useUnlogWorkMutation, type AgendaOccurrence, type LogInput } from '../api';
import { useProblemOf, type Problem } from './useProblemOf';

const keyOf = (o: AgendaOccurrence) => o.occurrence + o.task.documentId;

export function useWorkLogging() {
  const [logWork] = useLogWorkMutation();
  const [unlogWork] = useUnlogWorkMutation();
  const problemOf = useProblemOf();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState<string>();

  const run = useCallback(
    async (o: AgendaOccurrence, request: () => Promise<{ error?: unknown } | { data: unknown }>) => {
      setBusy(keyOf(o));
      setProblem(undefined);
      const result = await request();
      setBusy(undefined);
      const found = 'error' in result ? problemOf(result.error) : undefined;
      setProblem(found);
      return !found;
    },
    [problemOf]
  );

  const log = useCallback(
    (o: AgendaOccurrence, input: LogInput) => run(o, () => logWork({ task: o.task.documentId, occurrence: o.occurrence, ...input })),
    [run, logWork]
  );
  const undo = useCallback(
    (o: AgendaOccurrence) => (o.log ? run(o, () => unlogWork(o.log!.id)) : Promise.resolve(false)),
    [run, unlogWork]
  );

  return { log, undo, busy, problem, clearProblem: useCallback(() => setProblem(undefined), []), keyOf };
}

export type WorkLogging = ReturnType<typeof useWorkLogging>;
