/** Share links: list, create (the secret and the page's URL are in the answer, once), revoke and delete. */
import type { Envelope } from '../../../../core/contracts/fields';
import { shareLinkPaths, type CreatedShareLink, type ShareLink, type ShareLinkInput } from '../../../../core/contracts/share-links';
import { afterWrite, calendarApi, get, send, unwrap } from '../calendarApi';

const api = calendarApi.injectEndpoints({
  endpoints: (build) => ({
    getShareLinks: build.query<ShareLink[], void>({
      query: () => get(shareLinkPaths.list()),
      transformResponse: (r: Envelope<ShareLink[]>) => unwrap(r),
      providesTags: ['ShareLink'],
    }),
    createShareLink: build.mutation<CreatedShareLink, ShareLinkInput>({
      query: (input) => send('POST', shareLinkPaths.create(), input),
      transformResponse: (r: Envelope<CreatedShareLink>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['ShareLink']),
    }),
    revokeShareLink: build.mutation<ShareLink, number>({
      query: (id) => send('POST', shareLinkPaths.revoke(id)),
      transformResponse: (r: Envelope<ShareLink>) => unwrap(r),
      invalidatesTags: afterWrite(() => ['ShareLink']),
    }),
    deleteShareLink: build.mutation<void, number>({
      query: (id) => send('DELETE', shareLinkPaths.remove(id)),
      invalidatesTags: afterWrite(() => ['ShareLink']),
    }),
  }),
});

export const { useGetShareLinksQuery, useCreateShareLinkMutation, useRevokeShareLinkMutation, useDeleteShareLinkMutation } = api;
