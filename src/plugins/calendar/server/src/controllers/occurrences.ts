import type { Core } from '@strapi/strapi';
import { parseOccurrenceQuery } from '../../../core/query/occurrence-params';
import { sendFeed } from '../http-cache';
import { RenderedFeed } from '../services/feed-cache';
import type { AdminFeed } from '../../../core/contracts/occurrences';
import { getConfig, getService, invalid } from '../utils';
import type { AdminContext, ApiContext } from './context';
import { isDbIdText, orBadRequest } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/calendar/occurrences — published pieces only, for publishing sites. */
  async find(ctx: ApiContext) {
    const query = orBadRequest(
      parseOccurrenceQuery(ctx.query, { defaultTimeZone: getConfig(strapi, 'defaultTimeZone'), audience: 'public' })
    );
    const { feed, cached } = await getService(strapi, 'occurrences').cachedPublicFeed(query);
    await sendFeed(ctx, feed, 'application/json', `public, max-age=${getConfig(strapi, 'cacheMaxAgeSeconds')}`, cached);
  },

  /** GET /calendar/occurrences — the admin views' feed: drafts, backlog and editorial fields too. */
  async adminFind(ctx: AdminContext) {
    const query = orBadRequest(
      parseOccurrenceQuery(ctx.query, { defaultTimeZone: getConfig(strapi, 'defaultTimeZone'), audience: 'admin' })
    );
    // A user id beyond the database's integer range would fail the query instead of matching no one.
    if (query.filters.assignee?.some((a) => /^\d+$/.test(a) && !isDbIdText(a)))
      throw invalid('assignee', 'assignee must be admin user ids, "me" or "none"');
    const payload: AdminFeed = await getService(strapi, 'occurrences').adminFeed(query, ctx.state.user.id);
    await sendFeed(ctx, new RenderedFeed(JSON.stringify(payload)), 'application/json', 'private, no-cache', false);
  },
});
