/**
 * The editorial workflow: My work, the team board, the assignable people, a piece's status move /
 * assignment / due date (409 when stale, 403 when approving needs the publish right) and its
 * activity history.
 */
import { z } from 'zod';
import type { DueBucket } from '../editorial/due-buckets';
import { EDITORIAL_STATUSES, FUNNEL_STAGES, type EditorialStatus } from '../enums';
import type { Mention } from './comments';
import type { AgendaOccurrence } from './community';
import { isDbIdText, isoDateTime, localeCode, MAX_DB_ID, type Person } from './fields';
import type { ChannelTag } from './reference';
import { adminPath } from './routing';

export type { DueBucket };
/** My work's buckets, in the order shown. */
export const DUE_BUCKETS = ['overdue', 'this-week', 'later', 'no-date'] as const satisfies readonly DueBucket[];

export const workflowBody = z
  .object({
    editorialStatus: z.enum(EDITORIAL_STATUSES, { message: `editorialStatus must be one of ${EDITORIAL_STATUSES.join(', ')}` }).optional(),
    assignee: z
      .number({ message: 'assignee must be an admin user id or null' })
      .int('assignee must be an admin user id or null')
      .min(1, 'assignee must be an admin user id or null')
      .max(MAX_DB_ID, `assignee must be an admin user id (at most ${MAX_DB_ID}) or null`)
      .nullable()
      .optional(),
    dueAt: isoDateTime('dueAt').nullable().optional(),
    expectedUpdatedAt: isoDateTime('expectedUpdatedAt'),
    /** The language version moved; none = the default locale. */
    locale: localeCode.optional(),
  })
  .strict()
  .refine((b) => b.editorialStatus !== undefined || b.assignee !== undefined || b.dueAt !== undefined, {
    message: 'give editorialStatus, assignee or dueAt to change',
  });
export type WorkflowInput = z.infer<typeof workflowBody>;
/** The fields a view changes; the client adds the version it showed (expectedUpdatedAt). */
export type WorkflowChange = Omit<WorkflowInput, 'expectedUpdatedAt' | 'locale'>;

export const teamBoardQuery = z
  .object({
    assignee: z
      .string({ message: 'assignee must be an admin user id, "me" or "none"' })
      .refine((v) => v === 'me' || v === 'none' || isDbIdText(v), 'assignee must be an admin user id, "me" or "none"')
      .optional(),
    stage: z.enum(FUNNEL_STAGES, { message: `stage must be one of ${FUNNEL_STAGES.join(', ')}` }).optional(),
    /** Locale codes, comma-separated, or `all` (the default: every locale). */
    locale: z.string({ message: 'locale must be locale codes such as fi,sv or "all"' }).optional(),
  })
  .strict();
/** `?locale=` of a route about one piece: which version; none = the default locale (or every one, for a history). */
export const localeQuery = z.object({ locale: localeCode.optional() }).strict();

export type TeamBoardQuery = z.infer<typeof teamBoardQuery>;

export type Assignee = Person;

interface PieceCard {
  documentId: string;
  /** The language version this card is. */
  locale: string | null;
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

export interface MyPiece extends PieceCard {
  next: EditorialStatus | null;
  /** dueAt, else publishAt. */
  deadline: string | null;
}

export interface BoardCard extends PieceCard {
  assignee: Assignee | null;
}

export interface MyWork {
  now: string;
  zone: string;
  weekEnd: string;
  buckets: Record<DueBucket, { pieces: MyPiece[]; tasks: AgendaOccurrence[] }>;
  /** Comments of the last 30 days that mention the viewer, newest first. */
  mentions: Mention[];
}

export interface TeamBoard {
  columns: Record<EditorialStatus, BoardCard[]>;
  truncated: boolean;
}

export const ACTIVITY_KINDS = ['created', 'status', 'assignee', 'due'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface ActivityEntry {
  id: number;
  /** The language version changed; null for history from before pieces had locales. */
  locale: string | null;
  kind: ActivityKind;
  from: string | null;
  to: string | null;
  by: Assignee | null;
  at: string;
}

/** A piece after a workflow move. */
export interface WorkflowResult {
  documentId: string;
  locale: string;
  title: string;
  editorialStatus: EditorialStatus;
  assignee: Assignee | null;
  dueAt: string | null;
  publishAt: string | null;
  updatedAt: string;
}

/** The status one step back / forward, when the server allows moving there. */
export const stepFrom = (piece: { editorialStatus: EditorialStatus; moves: EditorialStatus[] }, by: -1 | 1) => {
  const target = EDITORIAL_STATUSES[EDITORIAL_STATUSES.indexOf(piece.editorialStatus) + by];
  return target && piece.moves.includes(target) ? target : null;
};

export const EDITORIAL_ROUTES = {
  myWork: '/my-work',
  assignees: '/assignees',
  board: '/team-board',
  activity: '/pieces/:documentId/activity',
  move: '/pieces/:documentId/workflow',
} as const;
export const editorialPaths = {
  myWork: () => adminPath(EDITORIAL_ROUTES.myWork),
  assignees: () => adminPath(EDITORIAL_ROUTES.assignees),
  board: () => adminPath(EDITORIAL_ROUTES.board),
  activity: (documentId: string) => adminPath(EDITORIAL_ROUTES.activity, { documentId }),
  move: (documentId: string) => adminPath(EDITORIAL_ROUTES.move, { documentId }),
};
