/** Public holidays, flag days and commercial days for a window (reference data: no tags, kept a while). */
import type { Envelope } from '../../../../core/contracts/fields';
import { seasonsPaths, type SeasonsAnswer } from '../../../../core/contracts/seasons';
import type { SeasonLanguage } from '../../../../core/seasons/types';
import { calendarApi, get, unwrap } from '../calendarApi';

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    getSeasons: build.query<SeasonsAnswer, { from: string; to: string; lang: SeasonLanguage; countries?: string }>({
      query: (q) => get(seasonsPaths.list(), q),
      transformResponse: (r: Envelope<SeasonsAnswer>) => unwrap(r),
      // Holidays change only with the server's config: no need to fetch them again soon.
      keepUnusedDataFor: 3600,
    }),
  }),
});

export const { useGetSeasonsQuery } = api;
