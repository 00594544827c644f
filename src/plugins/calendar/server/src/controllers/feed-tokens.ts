import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ACTIONS } from '../constants';
import { z } from 'zod';
import { getService } from '../utils';
import { dbId, noQuery, parse } from './validation';

/** The service checks name and filters; here only the body's shape (an object, no unknown fields). */
const createBody = z.object({ name: z.unknown().optional(), filters: z.unknown().optional(), expiresAt: z.unknown().optional() }).strict();

const canManageAll = (ctx: any) => Boolean(ctx.state.userAbility?.can(ACTIONS.settings));

const baseUrl = (strapi: Core.Strapi, ctx: any) => {
  const configured = strapi.config.get('server.url') as string | undefined;
  return (configured && /^https?:\/\//.test(configured) ? configured : ctx.origin).replace(/\/$/, '');
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: any) {
    const created = await getService(strapi, 'feed-tokens').create(parse(createBody, ctx.request.body), ctx.state.user.id, baseUrl(strapi, ctx));
    ctx.status = 201;
    ctx.body = { data: created };
  },

  async list(ctx: any) {
    noQuery(ctx);
    ctx.body = { data: await getService(strapi, 'feed-tokens').list(ctx.state.user.id, canManageAll(ctx)) };
  },

  async revoke(ctx: any) {
    const id = dbId('id', ctx.params.id);
    const done = await getService(strapi, 'feed-tokens').revoke(id, ctx.state.user.id, canManageAll(ctx));
    if (!done) throw new errors.NotFoundError('No such feed token of yours');
    ctx.status = 204;
    ctx.body = null;
  },
});
