/** The calendar views' feed, the reference data (channels, personas, themes) and the settings. */
import type { AdminFeed, AdminFeedArgs } from '../../../../core/contracts/occurrences';
import { feedParams, occurrencePaths } from '../../../../core/contracts/occurrences';
import { referencePaths, type Reference } from '../../../../core/contracts/reference';
import { settingsPaths, type Settings } from '../../../../core/contracts/settings';
import type { Envelope } from '../../../../core/contracts/fields';
import { calendarApi, get, unwrap, type CalendarError } from '../calendarApi';

/** The admin feed's JSON, as the server wrote it. */
export type FeedText = string & { readonly feed: unique symbol };

/** The feed's objects, read once per text. */
export const readFeed = (text: FeedText): AdminFeed => JSON.parse(text);

/** What an answer that is not a feed says: Strapi's error body, or (a proxy's page) that it was not one. */
const refusalIn = (text: string): CalendarError => {
  try {
    const error = JSON.parse(text)?.error;
    if (error && typeof error === 'object') return error as CalendarError;
  } catch {
    // Not JSON: a proxy's or gateway's page.
  }
  return { name: 'UnknownError', message: 'The calendar feed could not be read.' };
};

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    /**
     * The whole payload (occurrences, backlog and meta), kept as the server's JSON text and read
     * with `readFeed`. A year of 25,000 occurrences as objects in the store would be deep-frozen by
     * immer and walked by the store's serializability check on every action (Strapi's admin keeps
     * it on): a fifth of a second before the wheel can draw. A string costs neither.
     */
    getOccurrences: build.query<FeedText, AdminFeedArgs>({
      queryFn: async (args, _api, _extra, baseQuery) => {
        const request = get(occurrencePaths.admin(), feedParams(args));
        const answer = await baseQuery({
          ...request,
          // A refusal (400 naming the field) comes back as text too, so its message is shown; a
          // lapsed session (401) takes Strapi's own path (refresh, then sign-in).
          config: { ...request.config, responseType: 'text', validateStatus: (status: number) => status !== 401 },
        });
        if (answer.error) return { error: answer.error as CalendarError };
        const text = answer.data as string;
        return text.startsWith('{"data":[') ? { data: text as FeedText } : { error: refusalIn(text) };
      },
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

export const { useGetOccurrencesQuery: useGetFeedTextQuery, useGetReferenceQuery, useGetCalendarSettingsQuery } = api;
