import type { Core } from '@strapi/strapi';
import type { PublishNowResult, UnscheduleResult } from '../../../core/contracts/publishing';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { conflictAware, documentId } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /calendar/pieces/:documentId/publish-now — 409 while the scheduler is publishing it. */
  async publishNow(ctx: AdminContext) {
    const id = documentId(ctx);
    await conflictAware(ctx, (): Promise<PublishNowResult> => getService(strapi, 'scheduler').publishNow(id, ctx.state.user.id));
  },

  /** POST /calendar/pieces/:documentId/unschedule — 409 when the version is already published. */
  async unschedule(ctx: AdminContext) {
    const id = documentId(ctx);
    await conflictAware(ctx, (): Promise<UnscheduleResult> => getService(strapi, 'scheduler').unschedule(id, ctx.state.user.id));
  },
});
