import type { Core } from '@strapi/strapi';
import { versionBody, type PublishNowResult, type UnscheduleResult } from '../../../core/contracts/publishing';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { conflictAware, documentId, parse } from './validation';

/** The document and the language version a request acts on. */
async function version(strapi: Core.Strapi, ctx: AdminContext) {
  const id = documentId(ctx);
  const { locale } = parse(versionBody, ctx.request.body ?? {});
  return { id, locale: await getService(strapi, 'languages').one(locale) };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /calendar/pieces/:documentId/publish-now { locale? } — 409 while the scheduler is publishing it. */
  async publishNow(ctx: AdminContext) {
    const { id, locale } = await version(strapi, ctx);
    await conflictAware(ctx, (): Promise<PublishNowResult> => getService(strapi, 'scheduler').publishNow(id, locale, ctx.state.user.id));
  },

  /** POST /calendar/pieces/:documentId/unschedule { locale? } — 409 when the version is already published. */
  async unschedule(ctx: AdminContext) {
    const { id, locale } = await version(strapi, ctx);
    await conflictAware(ctx, (): Promise<UnscheduleResult> => getService(strapi, 'scheduler').unschedule(id, locale, ctx.state.user.id));
  },
});
