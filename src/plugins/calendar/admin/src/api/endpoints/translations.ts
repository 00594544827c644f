/** Language versions: the pieces that lack a required translation, and creating one. */
import type { Envelope } from '../../../../core/contracts/fields';
import {
  translationPaths,
  type CreatedTranslation,
  type CreateTranslationInput,
  type TranslationsMissing,
  type TranslationsMissingArgs,
} from '../../../../core/contracts/translations';
import { afterWrite, calendarApi, get, send, unwrap } from '../calendarApi';
import { contentManagerDocument } from '../query-helpers';
import { SCHEDULE_VIEWS } from './pieces';

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    /** `locale`: only the pieces that lack this one; none = every required locale. */
    getMissingTranslations: build.query<TranslationsMissing, TranslationsMissingArgs | void>({
      query: (args) => get(translationPaths.missing(), args ?? {}),
      transformResponse: (r: Envelope<TranslationsMissing>) => unwrap(r),
      providesTags: ['Translation'],
    }),
    /**
     * A new language version, starting from `from`'s text and schedule. It has its own occurrences,
     * board card and panel version, so it refetches what a schedule change does; and the Content
     * Manager's cached document, whose list of locales it changes.
     */
    createTranslation: build.mutation<CreatedTranslation, { documentId: string } & CreateTranslationInput>({
      query: ({ documentId, ...input }) => send('POST', translationPaths.create(documentId), input),
      transformResponse: (r: Envelope<CreatedTranslation>) => unwrap(r),
      invalidatesTags: afterWrite(({ documentId }) => [...SCHEDULE_VIEWS, contentManagerDocument(documentId)]),
    }),
  }),
});

export const { useGetMissingTranslationsQuery, useCreateTranslationMutation } = api;
