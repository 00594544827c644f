/** Community management: tasks, the agenda with its work log, ticks and undo, and the report. */
import {
  agendaParams,
  communityPaths,
  reportParams,
  type AgendaArgs,
  type CommunityAgenda,
  type CommunityReport,
  type CommunityTask,
  type LoggedWork,
  type ReportArgs,
  type WorkLogInput,
} from '../../../../core/contracts/community';
import type { Envelope } from '../../../../core/contracts/fields';
import { afterWrite, calendarApi, get, send, unwrap } from '../calendarApi';

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    getCommunityTasks: build.query<CommunityTask[], void>({
      query: () => get(communityPaths.tasks()),
      transformResponse: (r: Envelope<CommunityTask[]>) => unwrap(r),
      providesTags: ['Community'],
    }),
    /** The whole payload: occurrences and meta (period, zone, the server's now). */
    getAgenda: build.query<CommunityAgenda, AgendaArgs>({
      query: (args) => get(communityPaths.agenda(), agendaParams(args)),
      providesTags: ['Community', 'WorkLog'],
    }),
    getCommunityReport: build.query<CommunityReport, ReportArgs>({
      query: (args) => get(communityPaths.report(), reportParams(args)),
      transformResponse: (r: Envelope<CommunityReport>) => unwrap(r),
      providesTags: ['Community', 'WorkLog'],
    }),
    /** A tick (logging an occurrence again updates its entry): the agenda, the report and My work refetch. */
    logWork: build.mutation<LoggedWork, WorkLogInput>({
      query: (input) => send('POST', communityPaths.log(), input),
      transformResponse: (r: Envelope<LoggedWork>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['WorkLog']),
    }),
    unlogWork: build.mutation<{ id: number }, number>({
      query: (id) => send('DELETE', communityPaths.unlog(id)),
      transformResponse: (r: Envelope<{ id: number }>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['WorkLog']),
    }),
  }),
});

export const { useGetCommunityTasksQuery, useGetAgendaQuery, useGetCommunityReportQuery, useLogWorkMutation, useUnlogWorkMutation } = api;
