import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { createFeedTokenBody, type CreatedFeedToken, type FeedToken } from '../../../core/contracts/feed-tokens';
import { ACTIONS } from '../constants';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { dbId, noQuery, parse } from './validation';

const canManageAll = (ctx: AdminContext) => Boolean(ctx.state.userAbility?.can(ACTIONS.settings));

/** The origin of a secret link (feed subscription, share page): the configured public URL, else the request's own. */
export const baseUrl = (strapi: Core.Strapi, ctx: AdminContext) => {
  const configured = strapi.config.get('server.url') as string | undefined;
  return (configured && /^https?:\/\//.test(configured) ? configured : ctx.origin).replace(/\/$/, '');
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: AdminContext) {
    const created = await getService(strapi, 'feed-tokens').create(
      parse(createFeedTokenBody, ctx.request.body),
      ctx.state.user.id,
      baseUrl(strapi, ctx)
    );
    ctx.status = 201;
    ctx.body = envelope<CreatedFeedToken>(created);
  },

  async list(ctx: AdminContext) {
    noQuery(ctx);
    ctx.body = envelope<FeedToken[]>(await getService(strapi, 'feed-tokens').list(ctx.state.user.id, canManageAll(ctx)));
  },

  async revoke(ctx: AdminContext) {
    const id = dbId('id', ctx.params.id);
    const done = await getService(strapi, 'feed-tokens').revoke(id, ctx.state.user.id, canManageAll(ctx));
    if (!done) throw new errors.NotFoundError('No such feed token of yours');
    ctx.status = 204;
    ctx.body = null;
  },
});
