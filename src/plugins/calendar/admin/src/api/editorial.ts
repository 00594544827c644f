/** The editorial workflow's admin API: My work, the team board, moves and the activity history. */
import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';
import type { WorkflowChange } from '../../../core/contracts/editorial';
import { editorialPaths } from '../../../core/contracts/editorial';
import { apiProblem, type Problem } from './problem';

export { DUE_BUCKETS, stepFrom } from '../../../core/contracts/editorial';
export type { ActivityEntry, Assignee, BoardCard, DueBucket, MyPiece, MyWork, TeamBoard, WorkflowChange } from '../../../core/contracts/editorial';
export type { ChannelTag } from '../../../core/contracts/reference';

/** The Content Manager's edit page of a piece (a path inside the admin router). */
export const pieceEditPath = (documentId: string) => `/content-manager/collection-types/api::content-piece.content-piece/${documentId}`;

/**
 * PUT /calendar/pieces/:id/workflow with the version the view showed (expectedUpdatedAt), so a
 * piece someone else changed meanwhile is not overwritten. `onChanged` reloads the view after a
 * save and after a 409 (the view then shows the current state); other refusals (400) keep the
 * view as it is and leave the server's message in `problem`.
 */
export function useWorkflow(onChanged: () => void) {
  const { put } = useFetchClient();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState<string>();

  const move = useCallback(
    async (piece: { documentId: string; updatedAt: string }, change: WorkflowChange) => {
      setBusy(piece.documentId);
      setProblem(undefined);
      try {
        await put(editorialPaths.move(piece.documentId), { ...change, expectedUpdatedAt: piece.updatedAt });
        onChanged();
        return true;
      } catch (err) {
        const found = apiProblem(err);
        setProblem(found);
        if (found.status === 409) onChanged();
        return false;
      } finally {
        setBusy(undefined);
      }
    },
    [put, onChanged]
  );

  return { move, busy, problem, clearProblem: useCallback(() => setProblem(undefined), []) };
}
