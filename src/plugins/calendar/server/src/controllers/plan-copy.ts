import type { Core } from '@strapi/strapi';
import { ACTIONS } from '../../../core/contracts/actions';
import { planCopyBody, type PlanCopyInput } from '../../../core/contracts/plan-copy';
import { CONTENT_TYPES } from '../constants';
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

const CREATE = 'plugin::content-manager.explorer.create';

/**
 * The copy creates themes, goals and pieces, which otherwise only the Content Manager creates:
 * the caller needs its create right for each kind the body asks for. Answers the body field the
 * caller may not copy, or null.
 */
function forbiddenField(ctx: AdminContext, body: PlanCopyInput): 'themes' | 'goals' | 'pieces' | null {
  const can = (uid: string) => Boolean(ctx.state.userAbility?.can(CREATE, uid));
  if (body.themes?.length && !can(CONTENT_TYPES.theme)) return 'themes';
  if (body.goals && !can(CONTENT_TYPES.goal)) return 'goals';
  if (body.pieces?.length && !can(CONTENT_TYPES.contentPiece)) return 'pieces';
  return null;
}

/** The body, or null after answering 403 for a kind the caller may not create. */
function allowedBody(ctx: AdminContext): PlanCopyInput | null {
  const body = parse(planCopyBody, ctx.request.body);
  if (!budgetAllowed(ctx, body)) return null;
  const field = forbiddenField(ctx, body);
  if (!field) return body;
  writeError(ctx, 403, 'ForbiddenError', `You may not create what ${field} would copy.`, {
    errors: [{ path: [field], message: `${field}: copying them needs the right to create them`, name: 'ForbiddenError' }],
  });
  return null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /calendar/plan-copy/preview — what a copy would create, and what it would skip. */
  async preview(ctx: AdminContext) {
    noQuery(ctx);
    const body = allowedBody(ctx);
    if (!body) return;
    ctx.body = envelope(await getService(strapi, 'plan-copy').preview(body));
  },

  /** POST /calendar/plan-copy/apply — all of it in one transaction; 409 when another copy raced it. */
  async apply(ctx: AdminContext) {
    noQuery(ctx);
    const body = allowedBody(ctx);
    if (!body) return;
    await conflictAware(ctx, () => getService(strapi, 'plan-copy').apply(body));
  },
});
