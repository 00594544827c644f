/**
 * Competitors and the observation log. A change to a competitor refetches the list, the log (its
 * names and colours) and the wheel ring; an observation refetches the log, the list's counts and
 * the ring. `getCompetitorWheel` answers the ring's marks too, made by core's observationRingMarks.
 */
import type { Envelope } from '../../../../core/contracts/fields';
import {
  competitorPaths,
  observationRingMarks,
  type Competitor,
  type CompetitorChange,
  type CompetitorInput,
  type CompetitorList,
  type CompetitorWheel,
  type Observation,
  type ObservationChange,
  type ObservationInput,
  type ObservationList,
  type ObservationsArgs,
  type RingMark,
} from '../../../../core/contracts/competitors';
import { afterWrite, calendarApi, get, send, unwrap } from '../calendarApi';

export type CompetitorRing = CompetitorWheel & { marks: RingMark[] };

const ALL = ['Competitor', 'CompetitorObservation'] as const;

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    getCompetitors: build.query<CompetitorList, void>({
      query: () => get(competitorPaths.list()),
      transformResponse: (r: Envelope<CompetitorList>) => unwrap(r),
      providesTags: ['Competitor'],
    }),
    createCompetitor: build.mutation<Competitor, CompetitorInput>({
      query: (input) => send('POST', competitorPaths.create(), input),
      transformResponse: (r: Envelope<Competitor>) => unwrap(r),
      invalidatesTags: afterWrite(() => [...ALL]),
    }),
    updateCompetitor: build.mutation<Competitor, { id: number; change: CompetitorChange }>({
      query: ({ id, change }) => send('PUT', competitorPaths.update(id), change),
      transformResponse: (r: Envelope<Competitor>) => unwrap(r),
      invalidatesTags: afterWrite(() => [...ALL]),
    }),
    deleteCompetitor: build.mutation<{ observationsDeleted: number }, { id: number; withObservations: boolean }>({
      query: ({ id, withObservations }) =>
        send('DELETE', `${competitorPaths.remove(id)}${withObservations ? '?withObservations=true' : ''}`),
      transformResponse: (r: Envelope<{ observationsDeleted: number }>) => unwrap(r),
      invalidatesTags: afterWrite(() => [...ALL]),
    }),
    getCompetitorObservations: build.query<ObservationList, ObservationsArgs>({
      query: (args) => get(competitorPaths.observations(), { ...args }),
      providesTags: ['CompetitorObservation'],
    }),
    createCompetitorObservation: build.mutation<Observation, ObservationInput>({
      query: (input) => send('POST', competitorPaths.createObservation(), input),
      transformResponse: (r: Envelope<Observation>) => unwrap(r),
      invalidatesTags: afterWrite(() => [...ALL]),
    }),
    updateCompetitorObservation: build.mutation<Observation, { id: number; change: ObservationChange }>({
      query: ({ id, change }) => send('PUT', competitorPaths.updateObservation(id), change),
      transformResponse: (r: Envelope<Observation>) => unwrap(r),
      invalidatesTags: afterWrite(() => [...ALL]),
    }),
    deleteCompetitorObservation: build.mutation<void, number>({
      query: (id) => send('DELETE', competitorPaths.removeObservation(id)),
      invalidatesTags: afterWrite(() => [...ALL]),
    }),
    /** The year wheel's competitor ring: the year's observations and their marks in each competitor's colour. */
    getCompetitorWheel: build.query<CompetitorRing, number>({
      query: (year) => get(competitorPaths.wheel(), { year }),
      transformResponse: (r: Envelope<CompetitorWheel>) => ({
        ...r.data,
        marks: observationRingMarks(r.data.observations, r.data.competitors, { year: r.data.year }),
      }),
      providesTags: [...ALL],
    }),
  }),
});

export const {
  useGetCompetitorsQuery,
  useCreateCompetitorMutation,
  useUpdateCompetitorMutation,
  useDeleteCompetitorMutation,
  useGetCompetitorObservationsQuery,
  useCreateCompetitorObservationMutation,
  useUpdateCompetitorObservationMutation,
  useDeleteCompetitorObservationMutation,
  useGetCompetitorWheelQuery,
} = api;
