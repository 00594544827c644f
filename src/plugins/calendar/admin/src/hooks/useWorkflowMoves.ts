/**
 * Workflow moves (status, assignee, due date) of one language version, with the version the view
 * showed (expectedUpdatedAt), so a piece someone else changed meanwhile is not overwritten. The
 * mutation invalidates the views it changes, after a 409 too (the view then shows the current
 * state); the server's message is left in `problem`.
 */
import { useCallback, useState } from 'react';
import { useMoveWorkflowMutation, type WorkflowChange } from '../api';
import { useProblemOf, type Problem } from './useProblemOf';

/** What a view moves: one language version of a piece (no locale: the default one), as it showed it. */
export interface MovedVersion {
  documentId: string;
  locale?: string | null;
  updatedAt: string;
}

/** Versions of one document are separate cards: busy is per document and locale. */
const keyOf = (piece: Pick<MovedVersion, 'documentId' | 'locale'>) => `${piece.documentId}:${piece.locale ?? ''}`;

export function useWorkflowMoves() {
  const [moveWorkflow] = useMoveWorkflowMutation();
  const problemOf = useProblemOf();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState<string>();

  const move = useCallback(
    async (piece: MovedVersion, change: WorkflowChange) => {
      setBusy(keyOf(piece));
      setProblem(undefined);
      const result = await moveWorkflow({
        documentId: piece.documentId,
        ...change,
        expectedUpdatedAt: piece.updatedAt,
        ...(piece.locale ? { locale: piece.locale } : {}),
      });
      setBusy(undefined);
      const found = 'error' in result ? problemOf(result.error) : undefined;
      setProblem(found);
      return !found;
    },
    [moveWorkflow, problemOf]
  );

  return {
    move,
    busy,
    /** Whether a move of this version is under way. */
    isBusy: useCallback((piece: Pick<MovedVersion, 'documentId' | 'locale'>) => busy === keyOf(piece), [busy]),
    problem,
    clearProblem: useCallback(() => setProblem(undefined), []),
  };
}

export type WorkflowMoves = ReturnType<typeof useWorkflowMoves>;
