import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { getService } from '../utils';
import { DOCUMENT_ID, conflictAware, documentId } from './validation';

const logQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
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
    const parsed = logQuery.safeParse(ctx.query);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        path: i.path.length ? i.path.map(String) : ['query'],
        message: `${i.path.join('.') || 'query'}: ${i.message}`,
        name: 'ValidationError',
      }));
      throw new errors.ValidationError(issues.map((i) => i.message).join('; '), { errors: issues });
    }
    ctx.body = await getService(strapi, 'scheduler').history(parsed.data);
  },
});
