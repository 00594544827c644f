import type { Core } from '@strapi/strapi';
import { planCopyBody } from '../../../core/contracts/plan-copy';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { conflictAware, noQuery, parse } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /calendar/plan-copy/preview — what a copy would create, and what it would skip. */
  async preview(ctx: AdminContext) {
    noQuery(ctx);
    const body = parse(planCopyBody, ctx.request.body);
    ctx.body = envelope(await getService(strapi, 'plan-copy').preview(body));
  },

  /** POST /calendar/plan-copy/apply — all of it in one transaction; 409 when another copy raced it. */
  async apply(ctx: AdminContext) {
    noQuery(ctx);
    const body = parse(planCopyBody, ctx.request.body);
    await conflictAware(ctx, () => getService(strapi, 'plan-copy').apply(body));
  },
});
