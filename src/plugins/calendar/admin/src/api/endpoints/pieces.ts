/** Writes to one piece: schedule, detach an occurrence, quick create, publish now, unschedule; and the publish log. */
import type { Envelope } from '../../../../core/contracts/fields';
import {
  pieceSchedulingPaths,
  type DetachedOccurrence,
  type DetachOccurrenceInput,
  type QuickCreatedPiece,
  type QuickCreateInput,
  type ScheduledPiece,
  type ScheduleInput,
} from '../../../../core/contracts/piece-scheduling';
import {
  publishingPaths,
  type PublishLogArgs,
  type PublishLogPage,
  type PublishNowResult,
  type UnscheduleResult,
  type VersionInput,
} from '../../../../core/contracts/publishing';
import { afterWrite, calendarApi, get, send, unwrap, type CalendarTag } from '../calendarApi';
import { contentManagerDocument } from '../query-helpers';

/**
 * A schedule change moves occurrences, the grid's scheduled weeks, coverage and the KPI report's
 * pieces, and the publish time Translations missing shows (a quick-created piece may join it later).
 */
export const SCHEDULE_VIEWS: CalendarTag[] = ['Occurrence', 'Piece', 'Plan', 'Coverage', 'Kpi', 'Translation'];
/** Publishing changes a piece's state in the feeds, on the board and in Translations missing, and writes the log. */
const PUBLISH_VIEWS: CalendarTag[] = ['Occurrence', 'Piece', 'PublishLog', 'Translation'];

/** One language version of a piece: publish now and unschedule act on it alone (none = the default locale). */
export type PieceVersion = { documentId: string } & VersionInput;

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    schedulePiece: build.mutation<ScheduledPiece, { documentId: string } & ScheduleInput>({
      query: ({ documentId, ...input }) => send('PUT', pieceSchedulingPaths.schedule(documentId), input),
      transformResponse: (r: Envelope<ScheduledPiece>) => unwrap(r),
      invalidatesTags: afterWrite(() => SCHEDULE_VIEWS),
    }),
    detachOccurrence: build.mutation<DetachedOccurrence, { documentId: string } & DetachOccurrenceInput>({
      query: ({ documentId, ...input }) => send('POST', pieceSchedulingPaths.detachOccurrence(documentId), input),
      transformResponse: (r: Envelope<DetachedOccurrence>) => unwrap(r),
      invalidatesTags: afterWrite(() => SCHEDULE_VIEWS),
    }),
    quickCreatePiece: build.mutation<QuickCreatedPiece, QuickCreateInput>({
      query: (input) => send('POST', pieceSchedulingPaths.quickCreate(), input),
      transformResponse: (r: Envelope<QuickCreatedPiece>) => unwrap(r),
      invalidatesTags: afterWrite(() => SCHEDULE_VIEWS),
    }),
    publishNow: build.mutation<PublishNowResult, PieceVersion>({
      query: ({ documentId, ...version }) => send('POST', publishingPaths.publishNow(documentId), version),
      transformResponse: (r: Envelope<PublishNowResult>) => unwrap(r),
      invalidatesTags: afterWrite(({ documentId }) => [...PUBLISH_VIEWS, contentManagerDocument(documentId)]),
    }),
    unschedulePiece: build.mutation<UnscheduleResult, PieceVersion>({
      query: ({ documentId, ...version }) => send('POST', publishingPaths.unschedule(documentId), version),
      transformResponse: (r: Envelope<UnscheduleResult>) => unwrap(r),
      invalidatesTags: afterWrite(({ documentId }) => [...PUBLISH_VIEWS, contentManagerDocument(documentId)]),
    }),
    /** The page as the server sends it: `data` (entries) and `meta.pagination`. */
    getPublishLog: build.query<PublishLogPage, PublishLogArgs | void>({
      query: (args) => get(publishingPaths.log(), args ?? {}),
      providesTags: ['PublishLog'],
    }),
  }),
});

export const {
  useSchedulePieceMutation,
  useDetachOccurrenceMutation,
  useQuickCreatePieceMutation,
  usePublishNowMutation,
  useUnschedulePieceMutation,
  useGetPublishLogQuery,
} = api;
