import type { Core } from '@strapi/strapi';
import type { PiecePanel } from '../../../core/contracts/piece-panel';
import { ACTIONS } from '../constants';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { documentId, noQuery } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /calendar/pieces/:documentId/panel — the edit view's Schedule panel. */
  async show(ctx: AdminContext) {
    const id = documentId(ctx);
    noQuery(ctx);
    const can = (action: string) => Boolean(ctx.state.userAbility?.can(action));
    ctx.body = envelope<PiecePanel>(
      await getService(strapi, 'piece-panel').forPiece(id, { canPublish: can(ACTIONS.publish), canPlan: can(ACTIONS.plan) })
    );
  },
});
