/** The editorial workflow: My work, the team board, assignees, activity, workflow moves; the digest. */
import {
  editorialPaths,
  type ActivityEntry,
  type Assignee,
  type MyWork,
  type TeamBoard,
  type TeamBoardQuery,
  type WorkflowInput,
  type WorkflowResult,
} from '../../../../core/contracts/editorial';
import type { Envelope } from '../../../../core/contracts/fields';
import { notificationPaths, type DigestInput, type DigestResult } from '../../../../core/contracts/notifications';
import { afterWrite, calendarApi, get, send, unwrap } from '../calendarApi';
import { contentManagerDocument } from '../query-helpers';

const MY_WORK = { type: 'Piece', id: 'MY_WORK' } as const;
const BOARD = { type: 'Piece', id: 'BOARD' } as const;

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    /** My work holds pieces and task occurrences: a workflow move and a work log both refetch it. */
    getMyWork: build.query<MyWork, void>({
      query: () => get(editorialPaths.myWork()),
      transformResponse: (r: Envelope<MyWork>) => unwrap(r),
      providesTags: [MY_WORK, 'WorkLog'],
    }),
    getTeamBoard: build.query<TeamBoard, TeamBoardQuery | void>({
      query: (q) => get(editorialPaths.board(), q ?? {}),
      transformResponse: (r: Envelope<TeamBoard>) => unwrap(r),
      providesTags: [BOARD],
    }),
    getAssignees: build.query<Assignee[], void>({
      query: () => get(editorialPaths.assignees()),
      transformResponse: (r: Envelope<Assignee[]>) => unwrap(r),
    }),
    /** One language version's history (`locale`), or every version's when none is given. */
    getPieceActivity: build.query<ActivityEntry[], { documentId: string; locale?: string | null }>({
      query: ({ documentId, locale }) => get(editorialPaths.activity(documentId), { locale }),
      transformResponse: (r: Envelope<ActivityEntry[]>) => unwrap(r),
      // Tagged by document: a move of any version refetches it (the tag covers every locale).
      providesTags: (_r, _e, { documentId }) => [{ type: 'Piece', id: documentId }],
    }),
    /**
     * Status move, assignment or due date of one language version (`locale`), with the version the
     * view showed (expectedUpdatedAt). A 409 refetches too, so the view shows what someone else
     * saved; a 400/403 keeps the view. Approving a piece can put it on Translations missing.
     */
    moveWorkflow: build.mutation<WorkflowResult, { documentId: string } & WorkflowInput>({
      query: ({ documentId, ...input }) => send('PUT', editorialPaths.move(documentId), input),
      transformResponse: (r: Envelope<WorkflowResult>) => unwrap(r),
      invalidatesTags: afterWrite(({ documentId }) => [
        MY_WORK,
        BOARD,
        { type: 'Piece', id: documentId },
        'Occurrence',
        'PublishLog',
        'Translation',
        'Workload',
        contentManagerDocument(documentId),
      ]),
    }),
    runDigest: build.mutation<DigestResult, DigestInput | void>({
      query: (input) => send('POST', notificationPaths.digest(), input ?? {}),
      transformResponse: (r: Envelope<DigestResult>) => unwrap(r),
    }),
  }),
});

export const {
  useGetMyWorkQuery,
  useGetTeamBoardQuery,
  useGetAssigneesQuery,
  useGetPieceActivityQuery,
  useMoveWorkflowMutation,
  useRunDigestMutation,
} = api;
