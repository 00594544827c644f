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
export { pieceEditPath } from '../../../core/contracts/routing';
