/**
 * Workflow moves (status, assignee, due date) with the version the view showed
 * (expectedUpdatedAt), so a piece someone else changed meanwhile is not overwritten. The mutation
 * invalidates the views it changes, after a 409 too (the view then shows the current state);
 * the server's message is left in `problem`.
 */
import { useCallback, useState } from 'react';
import { useMoveWorkflowMutation, type WorkflowChange } from '../api';
import { useProblemOf, type Problem } from './useProblemOf';

export function useWorkflowMoves() {
  const [moveWorkflow] = useMoveWorkflowMutation();
  const problemOf = useProblemOf();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState<string>();

  const move = useCallback(
    async (piece: { documentId: string; updatedAt: string }, change: WorkflowChange) => {
      setBusy(piece.documentId);
      setProblem(undefined);
      const result = await moveWorkflow({ documentId: piece.documentId, ...change, expectedUpdatedAt: piece.updatedAt });
      setBusy(undefined);
      const found = 'error' in result ? problemOf(result.error) : undefined;
      setProblem(found);
      return !found;
    },
    [moveWorkflow, problemOf]
  );

  return { move, busy, problem, clearProblem: useCallback(() => setProblem(undefined), []) };
}

export type WorkflowMoves = ReturnType<typeof useWorkflowMoves>;
