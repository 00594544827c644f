import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { seasonsQuerySchema } from '../../../core/contracts/seasons';
import { isKnownCountry } from '../../../core/seasons/holidays';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { parse } from './validation';

const seasonsQuery = seasonsQuerySchema(isKnownCountry);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * GET /calendar/seasons?from=&to=&countries=&lang=. The answer depends on the query and the
   * config only, so the browser may keep it for an hour and revalidate it with its ETag.
   */
  async list(ctx: AdminContext) {
    const { from, to, countries, lang } = parse(seasonsQuery, ctx.query);
    const body = JSON.stringify(envelope(getService(strapi, 'seasons').days(from, to, countries, lang ?? 'fi')));
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', 'private, max-age=3600');
    if (ctx.get('If-None-Match') === etag) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = body;
  },
});
