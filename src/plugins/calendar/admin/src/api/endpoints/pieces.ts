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
} from '../../../../core/contracts/publishing';
import { afterWrite, calendarApi, get, send, unwrap, type CalendarTag } from '../calendarApi';
import { contentManagerDocument } from '../query-helpers';

/** A schedule change moves occurrences, the grid's scheduled weeks, coverage and the KPI report's pieces. */
const SCHEDULE_VIEWS: CalendarTag[] = ['Occurrence', 'Piece', 'Plan', 'Coverage', 'Kpi'];
/** Publishing changes a piece's state in the feeds and on the board, and writes the log. */
const PUBLISH_VIEWS: CalendarTag[] = ['Occurrence', 'Piece', 'PublishLog'];

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
    publishNow: build.mutation<PublishNowResult, string>({
      query: (documentId) => send('POST', publishingPaths.publishNow(documentId)),
      transformResponse: (r: Envelope<PublishNowResult>) => unwrap(r),
      invalidatesTags: afterWrite((documentId) => [...PUBLISH_VIEWS, contentManagerDocument(documentId)]),
    }),
    unschedulePiece: build.mutation<UnscheduleResult, string>({
      query: (documentId) => send('POST', publishingPaths.unschedule(documentId)),
      transformResponse: (r: Envelope<UnscheduleResult>) => unwrap(r),
      invalidatesTags: afterWrite((documentId) => [...PUBLISH_VIEWS, contentManagerDocument(documentId)]),
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
