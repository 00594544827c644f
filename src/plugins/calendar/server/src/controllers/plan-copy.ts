import type { Core } from '@strapi/strapi';
import { ACTIONS } from '../../../core/contracts/actions';
import { planCopyBody, type PlanCopyInput } from '../../../core/contracts/plan-copy';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { conflictAware, noQuery, parse, writeError } from './validation';

/**
 * Copying budget lines writes the budget, so it needs the budget edit permission besides `plan`.
 * Answers false after writing the 403 that names the field.
 */
function budgetAllowed(ctx: AdminContext, body: PlanCopyInput): boolean {
  if (!body.budgetLines || ctx.state.userAbility?.can(ACTIONS.budgetEdit)) return true;
  writeError(ctx, 403, 'ForbiddenError', 'Copying budget lines needs the permission to edit the budget', {
    errors: [{ path: ['budgetLines'], message: 'needs the budget edit permission' }],
  });
  return false;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /calendar/plan-copy/preview — what a copy would create, and what it would skip. */
  async preview(ctx: AdminContext) {
    noQuery(ctx);
    const body = parse(planCopyBody, ctx.request.body);
    if (!budgetAllowed(ctx, body)) return;
    ctx.body = envelope(await getService(strapi, 'plan-copy').preview(body));
  },

  /** POST /calendar/plan-copy/apply — all of it in one transaction; 409 when another copy raced it. */
  async apply(ctx: AdminContext) {
    noQuery(ctx);
    const body = parse(planCopyBody, ctx.request.body);
    if (!budgetAllowed(ctx, body)) return;
    await conflictAware(ctx, () => getService(strapi, 'plan-copy').apply(body));
  },
});
