import type { Core } from '@strapi/strapi';
import { parseOccurrenceQuery } from '../../../core/query/occurrence-params';
import { sendCached } from '../http-cache';
import { getConfig, getService } from '../utils';
import { orBadRequest } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/calendar/occurrences — published pieces only, for publishing sites. */
  async find(ctx: any) {
    const query = orBadRequest(
      parseOccurrenceQuery(ctx.query, { defaultTimeZone: getConfig(strapi, 'defaultTimeZone'), audience: 'public' })
    );
    const payload = await getService(strapi, 'occurrences').publicFeed(query);
    sendCached(ctx, JSON.stringify(payload), 'application/json', `public, max-age=${getConfig(strapi, 'cacheMaxAgeSeconds')}`);
  },

  /** GET /calendar/occurrences — the admin views' feed: drafts, backlog and editorial fields too. */
  async adminFind(ctx: any) {
    const query = orBadRequest(
      parseOccurrenceQuery(ctx.query, { defaultTimeZone: getConfig(strapi, 'defaultTimeZone'), audience: 'admin' })
    );
    const payload = await getService(strapi, 'occurrences').adminFeed(query, ctx.state.user?.id);
    sendCached(ctx, JSON.stringify(payload), 'application/json', 'private, no-cache');
  },
});
