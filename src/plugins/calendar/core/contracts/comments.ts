/**
 * Editorial comments on a piece: a thread in the edit view's side panel, with @mentions of admin
 * users (who get a mail and see it in My work). Admin-only: no content-API route, no relation
 * from the piece, so no public query can reach them.
 */
import { z } from 'zod';
import { MAX_DB_ID, type Person } from './fields';
import { adminPath } from './routing';

export const COMMENT_MAX_LENGTH = 5000;
export const COMMENT_MAX_MENTIONS = 20;

export const commentBody = z
  .object({
    body: z
      .string({ message: 'body must be text' })
      .trim()
      .min(1, 'body is required')
      .max(COMMENT_MAX_LENGTH, `body must be at most ${COMMENT_MAX_LENGTH.toLocaleString('en')} characters`),
    /** The admin users picked in the @mention list (ids); the body shows their names. */
    mentions: z
      .array(z.number({ message: 'mentions must be admin user ids' }).int('mentions must be admin user ids').min(1).max(MAX_DB_ID), {
        message: 'mentions must be a list of admin user ids',
      })
      .max(COMMENT_MAX_MENTIONS, `mentions can name at most ${COMMENT_MAX_MENTIONS} people`)
      .optional(),
  })
  .strict();
export type CommentInput = z.infer<typeof commentBody>;

export interface Comment {
  id: number;
  pieceDocumentId: string;
  body: string;
  author: Person | null;
  mentions: Person[];
  createdAt: string;
  /** Whether the viewer may delete it (its author, or someone with the settings right). */
  deletable: boolean;
}

/** A comment that mentions the viewer, for My work. */
export interface Mention {
  commentId: number;
  piece: { documentId: string; title: string };
  by: Person | null;
  at: string;
  excerpt: string;
}

export const COMMENT_ROUTES = {
  list: '/pieces/:documentId/comments',
  create: '/pieces/:documentId/comments',
  remove: '/comments/:id',
} as const;
export const commentPaths = {
  list: (documentId: string) => adminPath(COMMENT_ROUTES.list, { documentId }),
  create: (documentId: string) => adminPath(COMMENT_ROUTES.create, { documentId }),
  remove: (id: number) => adminPath(COMMENT_ROUTES.remove, { id }),
};
