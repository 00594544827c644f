import type { Core } from '@strapi/strapi';
import { narrowFilters, parseFilters, PUBLIC_FILTER_KEYS } from '../../../core/query/occurrence-params';
import { ICS_CONTENT_TYPE } from '../../../core/contracts/ics';
import { sendFeed } from '../http-cache';
import { getService } from '../utils';
import type { ApiContext } from './context';
import { orBadRequest, writeError } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/calendar/ics?token=… — a calendar app's subscription; the token is the credential. */
  async feed(ctx: ApiContext) {
    const { token, ...rest } = ctx.query;
    const access = await getService(strapi, 'feed-tokens').verify(token);
    if (!access.ok) {
      // Written out, not thrown: Strapi's route authorization turns a thrown 401/403 into a bare
      // "Unauthorized"/"Forbidden", and a calendar app's user needs to know why.
      const name = access.status === 401 ? 'UnauthorizedError' : 'ForbiddenError';
      writeError(ctx, access.status, name, access.message, { errors: [{ path: ['token'], message: access.message }] });
      return;
    }
    const { row } = access;
    const requested = orBadRequest(parseFilters(rest, PUBLIC_FILTER_KEYS));
    const filters = narrowFilters(row.filters ?? {}, requested);
    await getService(strapi, 'piece-repository').assertSlugsExist(requested);
    const host = ctx.hostname || 'vuosikello';
    const key = `ics|${row.id}|${row.name}|${host}|${JSON.stringify(filters)}`;
    const { feed, cached } = await getService(strapi, 'feed-cache').getOrBuild(key, { range: null, drafts: false }, () =>
      getService(strapi, 'ics-feed').build({ name: row.name, filters, host })
    );
    ctx.set('Content-Disposition', 'inline; filename="vuosikello.ics"');
    await sendFeed(ctx, feed, ICS_CONTENT_TYPE, 'private, max-age=300', cached);
  },
});
