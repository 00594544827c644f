import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { getService } from '../utils';
import { parse } from './validation';

const digestBody = z.object({ force: z.boolean({ message: 'force must be true or false' }).optional() }).strict();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /calendar/notifications/digest — today's digest now (if not sent yet), or again with force. */
  async digest(ctx: any) {
    const body = parse(digestBody, ctx.request.body);
    ctx.body = { data: await getService(strapi, 'notifications').runDigest(new Date(), { force: body.force }) };
  },
});
