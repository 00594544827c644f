import type { Core } from '@strapi/strapi';
import { detachOccurrenceBody, quickCreateBody, scheduleBody } from '../../../core/contracts/piece-scheduling';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { conflictAware, documentId, parse } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const localeOf = (requested: string | undefined) => getService(strapi, 'languages').one(requested);
  return {
    /** PUT /calendar/pieces/:documentId/schedule — 409 when the piece changed since the view loaded. */
    async schedule(ctx: AdminContext) {
      const id = documentId(ctx);
      const body = parse(scheduleBody, ctx.request.body);
      const locale = await localeOf(body.locale);
      await conflictAware(ctx, () => getService(strapi, 'piece-scheduling').schedule(id, locale, body));
    },

    /** POST /calendar/pieces/:documentId/detach-occurrence */
    async detachOccurrence(ctx: AdminContext) {
      const id = documentId(ctx);
      const body = parse(detachOccurrenceBody, ctx.request.body);
      const locale = await localeOf(body.locale);
      await conflictAware(ctx, () => getService(strapi, 'piece-scheduling').detachOccurrence(id, locale, body));
    },

    /** POST /calendar/pieces */
    async quickCreate(ctx: AdminContext) {
      const body = parse(quickCreateBody, ctx.request.body);
      const created = await getService(strapi, 'piece-scheduling').quickCreate(body, await localeOf(body.locale));
      ctx.status = 201;
      ctx.body = envelope(created);
    },
  };
};
