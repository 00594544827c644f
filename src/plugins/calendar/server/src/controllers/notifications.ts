import type { Core } from '@strapi/strapi';
import { digestBody, type DigestResult } from '../../../core/contracts/notifications';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { parse } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /calendar/notifications/digest — today's digest now (if not sent yet), or again with force. */
  async digest(ctx: AdminContext) {
    const body = parse(digestBody, ctx.request.body);
    ctx.body = envelope<DigestResult>(await getService(strapi, 'notifications').runDigest(new Date(), { force: body.force }));
  },
});
