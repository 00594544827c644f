import type { Core } from '@strapi/strapi';
import { ACTIONS } from '../../../core/contracts/actions';
import { planCopyBody, type PlanCopyInput } from '../../../core/contracts/plan-copy';
import { CONTENT_TYPES } from '../constants';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { conflictAware, noQuery, parse, writeError } from './validation';

const CREATE = 'plugin::content-manager.explorer.create';

type Guarded = 'budgetLines' | 'themes' | 'goals' | 'pieces';

/**
 * What each kind of copy writes needs its own right besides `plan`: budget lines the budget edit
 * right, themes, goals and pieces the Content Manager's create right on their type (otherwise
 * only the Content Manager creates them). Checked in this order.
 */
const GUARDS: Array<{
  field: Guarded;
  asked: (b: PlanCopyInput) => boolean;
  action: string;
  subject?: string;
  why: string;
  message: string;
}> = [
  {
    field: 'budgetLines',
    asked: (b) => Boolean(b.budgetLines),
    action: ACTIONS.budgetEdit,
    why: 'needs the budget edit permission',
    message: 'Copying budget lines needs the permission to edit the budget',
  },
  ...(
    [
      ['themes', (b: PlanCopyInput) => Boolean(b.themes?.length), CONTENT_TYPES.theme],
      ['goals', (b: PlanCopyInput) => Boolean(b.goals), CONTENT_TYPES.goal],
      ['pieces', (b: PlanCopyInput) => Boolean(b.pieces?.length), CONTENT_TYPES.contentPiece],
    ] as const
  ).map(([field, asked, subject]) => ({
    field,
    asked,
    action: CREATE,
    subject,
    why: `${field}: copying them needs the right to create them`,
    message: `You may not create what ${field} would copy.`,
  })),
];

/** The body, or null after answering 403 naming the first field the caller may not copy. */
function allowedBody(ctx: AdminContext): PlanCopyInput | null {
  const body = parse(planCopyBody, ctx.request.body);
  const refused = GUARDS.find((g) => g.asked(body) && !ctx.state.userAbility?.can(g.action, g.subject));
  if (!refused) return body;
  writeError(ctx, 403, 'ForbiddenError', refused.message, {
    errors: [{ path: [refused.field], message: refused.why, name: 'ForbiddenError' }],
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
