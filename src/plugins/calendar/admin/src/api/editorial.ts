/** The editorial workflow's admin API: My work, the team board, moves and the activity history. */
import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useState } from 'react';
import type { DueBucket } from '../../../core/editorial/due-buckets';
import { EDITORIAL_STATUSES, type EditorialStatus } from '../../../core/enums';
import type { AgendaOccurrence } from './community';
import { apiProblem, type Problem } from './problem';

export type { DueBucket };
export const DUE_BUCKETS: DueBucket[] = ['overdue', 'this-week', 'later', 'no-date'];

export interface ChannelTag {
  slug: string;
  name: string;
  color: string | null;
}

export interface Assignee {
  id: number;
  name: string;
}

interface PieceBase {
  documentId: string;
  title: string;
  editorialStatus: EditorialStatus;
  /** The statuses the server allows from here, in workflow order. */
  moves: EditorialStatus[];
  dueAt: string | null;
  publishAt: string | null;
  funnelStage: string;
  contentGoal: string;
  format: string | null;
  channels: ChannelTag[];
  updatedAt: string;
}

export interface MyPiece extends PieceBase {
  next: EditorialStatus | null;
  /** dueAt, else publishAt. */
  deadline: string | null;
}

export interface BoardCard extends PieceBase {
  assignee: Assignee | null;
}

export interface MyWork {
  now: string;
  zone: string;
  weekEnd: string;
  buckets: Record<DueBucket, { pieces: MyPiece[]; tasks: AgendaOccurrence[] }>;
}

export interface TeamBoard {
  columns: Record<EditorialStatus, BoardCard[]>;
  truncated: boolean;
}

export interface ActivityEntry {
  id: number;
  kind: 'created' | 'status' | 'assignee' | 'due';
  from: string | null;
  to: string | null;
  by: { id: number; name: string } | null;
  at: string;
}

export interface WorkflowChange {
  editorialStatus?: EditorialStatus;
  assignee?: number | null;
  dueAt?: string | null;
}

/** The Content Manager's edit page of a piece (a path inside the admin router). */
export const pieceEditPath = (documentId: string) => `/content-manager/collection-types/api::content-piece.content-piece/${documentId}`;

/** The status one step back / forward, when the server allows moving there. */
export const stepFrom = (piece: { editorialStatus: EditorialStatus; moves: EditorialStatus[] }, by: -1 | 1) => {
  const target = EDITORIAL_STATUSES[EDITORIAL_STATUSES.indexOf(piece.editorialStatus) + by];
  return target && piece.moves.includes(target) ? target : null;
};

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
        await put(`/calendar/pieces/${piece.documentId}/workflow`, { ...change, expectedUpdatedAt: piece.updatedAt });
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
