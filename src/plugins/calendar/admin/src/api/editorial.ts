/** The editorial workflow's types for the admin, and where a piece is edited. Data: ./endpoints/editorial. */

export { DUE_BUCKETS, stepFrom } from '../../../core/contracts/editorial';
export type {
  ActivityEntry,
  Assignee,
  BoardCard,
  DueBucket,
  MyPiece,
  MyWork,
  TeamBoard,
  WorkflowChange,
} from '../../../core/contracts/editorial';
export type { ChannelTag } from '../../../core/contracts/reference';

/** The Content Manager's edit page of a piece (a path inside the admin router). */
export const pieceEditPath = (documentId: string) => `/content-manager/collection-types/api::content-piece.content-piece/${documentId}`;
