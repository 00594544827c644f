import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { getService } from '../utils';
import { DOCUMENT_ID, conflictAware, documentId, parse, queryInt } from './validation';

/** Far beyond any real history, and small enough that the offset stays a database integer. */
const MAX_PAGE = 1_000_000;


const logQuery = z.object({
  page: queryInt('page', 1, MAX_PAGE).default(1),
  pageSize: queryInt('pageSize', 1, 200).default(50),
  documentId: z.string().regex(DOCUMENT_ID, 'documentId is not a document id').optional(),
  outcome: z.enum(['published', 'failed', 'skipped', 'unscheduled']).optional(),
}).strict();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /calendar/pieces/:documentId/publish-now — 409 while the scheduler is publishing it. */
  async publishNow(ctx: any) {
    const id = documentId(ctx);
    await conflictAware(ctx, () => getService(strapi, 'scheduler').publishNow(id, ctx.state.user.id));
  },

  /** POST /calendar/pieces/:documentId/unschedule — 409 when the version is already published. */
  async unschedule(ctx: any) {
    const id = documentId(ctx);
    await conflictAware(ctx, () => getService(strapi, 'scheduler').unschedule(id, ctx.state.user.id));
  },

  /** GET /calendar/publish-log */
  async log(ctx: any) {
    ctx.body = await getService(strapi, 'scheduler').history(parse(logQuery, ctx.query));
  },
});
