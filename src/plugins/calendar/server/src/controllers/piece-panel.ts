import type { Core } from '@strapi/strapi';
import type { PiecePanel } from '../../../core/contracts/piece-panel';
import { ACTIONS } from '../constants';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { localeQuery } from '../../../core/contracts/editorial';
import { documentId, parse } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /calendar/pieces/:documentId/panel?locale= — the edit view's Schedule panel for one language version. */
  async show(ctx: AdminContext) {
    const id = documentId(ctx);
    const locale = await getService(strapi, 'languages').one(parse(localeQuery, ctx.query).locale);
    const can = (action: string) => Boolean(ctx.state.userAbility?.can(action));
    ctx.body = envelope<PiecePanel>(
      await getService(strapi, 'piece-panel').forPiece(id, locale, { canPublish: can(ACTIONS.publish), canPlan: can(ACTIONS.plan) })
    );
  },
});
