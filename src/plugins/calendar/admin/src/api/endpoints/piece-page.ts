/** The piece page (Content Manager edit view): its Schedule panel and the comment thread. */
import { commentPaths, type Comment, type CommentInput } from '../../../../core/contracts/comments';
import type { Envelope } from '../../../../core/contracts/fields';
import { piecePanelPaths, type PiecePanel } from '../../../../core/contracts/piece-panel';
import { afterWrite, calendarApi, get, send, unwrap } from '../calendarApi';

const MY_WORK = { type: 'Piece', id: 'MY_WORK' } as const;

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    /**
     * The panel of one language version (`locale`, the edit view's). `version` (the document's
     * updatedAt) refetches the panel after each save in the edit view.
     */
    getPiecePanel: build.query<PiecePanel, { documentId: string; locale?: string; version?: string }>({
      query: ({ documentId, locale }) => get(piecePanelPaths.panel(documentId), { locale }),
      transformResponse: (r: Envelope<PiecePanel>) => unwrap(r),
      providesTags: (_r, _e, { documentId }) => [{ type: 'Piece', id: documentId }, 'Occurrence'],
    }),
    getComments: build.query<Comment[], string>({
      query: (documentId) => get(commentPaths.list(documentId)),
      transformResponse: (r: Envelope<Comment[]>) => unwrap(r),
      providesTags: (_r, _e, documentId) => [{ type: 'Comment', id: documentId }],
    }),
    postComment: build.mutation<Comment, { documentId: string } & CommentInput>({
      query: ({ documentId, ...input }) => send('POST', commentPaths.create(documentId), input),
      transformResponse: (r: Envelope<Comment>) => unwrap(r),
      invalidatesTags: afterWrite(({ documentId }) => [{ type: 'Comment', id: documentId }, MY_WORK]),
    }),
    deleteComment: build.mutation<{ id: number }, { documentId: string; id: number }>({
      query: ({ id }) => send('DELETE', commentPaths.remove(id)),
      transformResponse: (r: Envelope<{ id: number }>) => unwrap(r),
      invalidatesTags: afterWrite(({ documentId }) => [{ type: 'Comment', id: documentId }, MY_WORK]),
    }),
  }),
});

export const { useGetPiecePanelQuery, useGetCommentsQuery, usePostCommentMutation, useDeleteCommentMutation } = api;
