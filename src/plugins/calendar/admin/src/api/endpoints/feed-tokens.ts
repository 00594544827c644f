/** Calendar feed tokens: list, create (the secret is in the answer, once) and revoke. */
import type { Envelope } from '../../../../core/contracts/fields';
import { feedTokenPaths, type CreatedFeedToken, type FeedToken, type FeedTokenInput } from '../../../../core/contracts/feed-tokens';
import { afterWrite, calendarApi, get, send, unwrap } from '../calendarApi';

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    getFeedTokens: build.query<FeedToken[], void>({
      query: () => get(feedTokenPaths.list()),
      transformResponse: (r: Envelope<FeedToken[]>) => unwrap(r),
      providesTags: ['FeedToken'],
    }),
    createFeedToken: build.mutation<CreatedFeedToken, FeedTokenInput>({
      query: (input) => send('POST', feedTokenPaths.create(), input),
      transformResponse: (r: Envelope<CreatedFeedToken>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['FeedToken']),
    }),
    revokeFeedToken: build.mutation<void, number>({
      query: (id) => send('DELETE', feedTokenPaths.revoke(id)),
      invalidatesTags: afterWrite(() => ['FeedToken']),
    }),
  }),
});

export const { useGetFeedTokensQuery, useCreateFeedTokenMutation, useRevokeFeedTokenMutation } = api;
