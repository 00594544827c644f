/**
 * Workflow moves (status, assignee, due date) of one language version, with the version the view
 * showed (expectedUpdatedAt), so a piece someone else changed meanwhile is not overwritten. The
 * mutation invalidates the views it changes, after a 409 too (the view then shows the current
 * state); the server's message is left in `problem`. An assignment is checked first against the
 * person's workload (`workload/check`): when they are away that week or would be overloaded, the
 * move waits for an answer in `AssignWarningDialog`, which a view that assigns must render.
 */
import { useCallback, useRef, useState } from 'react';
import { useLazyCheckWorkloadQuery, useMoveWorkflowMutation, type WorkflowChange, type WorkloadCheck } from '../api';
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
  const [checkWorkload] = useLazyCheckWorkloadQuery();
  // An assignment that would overload the person or falls in their absence waits for a yes.
  const [warning, setWarning] = useState<WorkloadCheck>();
  const answer = useRef<(yes: boolean) => void>();

  /** Asks before an assignment when the server says the person is away or would be overloaded that week. */
  const confirmAssignment = useCallback(
    async (piece: MovedVersion, assignee: number): Promise<boolean> => {
      const check = await checkWorkload({ assignee, documentId: piece.documentId, locale: piece.locale ?? null }, false);
      // The check is advice: when it cannot be made, the save goes ahead (the server still checks the move).
      if (!check.data?.warn) return true;
      return new Promise<boolean>((resolve) => {
        answer.current = (yes) => {
          answer.current = undefined;
          setWarning(undefined);
          resolve(yes);
        };
        setWarning(check.data);
      });
    },
    [checkWorkload]
  );

  const move = useCallback(
    async (piece: MovedVersion, change: WorkflowChange) => {
      setBusy(keyOf(piece));
      if (typeof change.assignee === 'number' && !(await confirmAssignment(piece, change.assignee))) {
        setBusy(undefined);
        return false;
      }
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
    [moveWorkflow, problemOf, confirmAssignment]
  );

  return {
    move,
    busy,
    /** Whether a move of this version is under way. */
    isBusy: useCallback((piece: Pick<MovedVersion, 'documentId' | 'locale'>) => busy === keyOf(piece), [busy]),
    problem,
    clearProblem: useCallback(() => setProblem(undefined), []),
    /** For AssignWarningDialog: the check waiting for an answer, and the answer. */
    assignWarning: {
      warning,
      onAnswer: useCallback((yes: boolean) => answer.current?.(yes), []),
    },
  };
}

export type WorkflowMoves = ReturnType<typeof useWorkflowMoves>;
