import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ACTIONS } from '../constants';
import { getService, invalid } from '../utils';

const canManageAll = (ctx: any) => Boolean(ctx.state.userAbility?.can(ACTIONS.settings));

const baseUrl = (strapi: Core.Strapi, ctx: any) => {
  const configured = strapi.config.get('server.url') as string | undefined;
  return (configured && /^https?:\/\//.test(configured) ? configured : ctx.origin).replace(/\/$/, '');
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: any) {
    const created = await getService(strapi, 'feed-tokens').create(ctx.request.body, ctx.state.user.id, baseUrl(strapi, ctx));
    ctx.status = 201;
    ctx.body = { data: created };
  },

  async list(ctx: any) {
    ctx.body = { data: await getService(strapi, 'feed-tokens').list(ctx.state.user.id, canManageAll(ctx)) };
  },

  async revoke(ctx: any) {
    const id = Number(ctx.params.id);
    if (!Number.isInteger(id) || id <= 0) throw invalid('id', 'id must be a positive whole number');
    const done = await getService(strapi, 'feed-tokens').revoke(id, ctx.state.user.id, canManageAll(ctx));
    if (!done) throw new errors.NotFoundError('No such feed token of yours');
    ctx.status = 204;
    ctx.body = null;
  },
});
