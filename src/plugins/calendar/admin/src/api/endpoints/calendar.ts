/** The calendar views' feed, the reference data (channels, personas, themes) and the settings. */
import type { AdminFeed, AdminFeedArgs } from '../../../../core/contracts/occurrences';
import { feedParams, occurrencePaths } from '../../../../core/contracts/occurrences';
import { referencePaths, type Reference } from '../../../../core/contracts/reference';
import { settingsPaths, type Settings } from '../../../../core/contracts/settings';
import type { Envelope } from '../../../../core/contracts/fields';
import { calendarApi, get, unwrap } from '../calendarApi';

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    /** The whole payload: occurrences, backlog and meta (problems, counts). */
    getOccurrences: build.query<AdminFeed, AdminFeedArgs>({
      query: (args) => get(occurrencePaths.admin(), feedParams(args)),
      providesTags: ['Occurrence'],
    }),
    getReference: build.query<Reference, void>({
      query: () => get(referencePaths.reference()),
      transformResponse: (r: Envelope<Reference>) => unwrap(r),
      providesTags: ['Reference'],
    }),
    getCalendarSettings: build.query<Settings, void>({
      query: () => get(settingsPaths.show()),
      transformResponse: (r: Envelope<Settings>) => unwrap(r),
      providesTags: ['CalendarSettings'],
    }),
  }),
});

export const { useGetOccurrencesQuery, useGetReferenceQuery, useGetCalendarSettingsQuery } = api;
