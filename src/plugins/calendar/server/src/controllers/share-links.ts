import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { createShareLinkBody, type CreatedShareLink, type ShareLink } from '../../../core/contracts/share-links';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { baseUrl } from './feed-tokens';
import { dbId, noQuery, parse } from './validation';

const noBody = z.object({}).strict();
const notFound = () => new errors.NotFoundError('No such share link');

/** Share links (admin): list (read), create, revoke and delete (plan). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: AdminContext) {
    noQuery(ctx);
    ctx.body = envelope<ShareLink[]>(await getService(strapi, 'share-links').list());
  },

  async create(ctx: AdminContext) {
    noQuery(ctx);
    const created = await getService(strapi, 'share-links').create(
      parse(createShareLinkBody, ctx.request.body),
      ctx.state.user.id,
      baseUrl(strapi, ctx)
    );
    ctx.status = 201;
    ctx.body = envelope<CreatedShareLink>(created);
  },

  async revoke(ctx: AdminContext) {
    const id = dbId('id', ctx.params.id);
    noQuery(ctx);
    parse(noBody, ctx.request.body);
    const revoked = await getService(strapi, 'share-links').revoke(id);
    if (!revoked) throw notFound();
    ctx.body = envelope<ShareLink>(revoked);
  },

  async remove(ctx: AdminContext) {
    const id = dbId('id', ctx.params.id);
    noQuery(ctx);
    if (!(await getService(strapi, 'share-links').remove(id))) throw notFound();
    ctx.status = 204;
    ctx.body = null;
  },
});
