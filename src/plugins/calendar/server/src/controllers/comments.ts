import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { commentBody, type Comment } from '../../../core/contracts/comments';
import { MAX_DB_ID } from '../../../core/contracts/fields';
import { ACTIONS } from '../constants';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { documentId, noQuery, parse } from './validation';

const commentId = z.object({
  id: z
    .string()
    .regex(/^\d{1,10}$/, 'id must be a comment id')
    .refine((v) => Number(v) <= MAX_DB_ID, 'id must be a comment id'),
});

const viewer = (ctx: AdminContext) => ({ id: ctx.state.user.id, canModerate: Boolean(ctx.state.userAbility?.can(ACTIONS.settings)) });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /calendar/pieces/:documentId/comments — the thread, oldest first. */
  async list(ctx: AdminContext) {
    const id = documentId(ctx);
    noQuery(ctx);
    ctx.body = envelope<Comment[]>(await getService(strapi, 'comments').list(id, viewer(ctx)));
  },

  /** POST /calendar/pieces/:documentId/comments — { body, mentions? }; mentioned people get a mail. */
  async create(ctx: AdminContext) {
    const id = documentId(ctx);
    const body = parse(commentBody, ctx.request.body);
    ctx.status = 201;
    ctx.body = envelope<Comment>(await getService(strapi, 'comments').create(id, body, viewer(ctx)));
  },

  /** DELETE /calendar/comments/:id — its author, or someone with the settings right. */
  async remove(ctx: AdminContext) {
    const { id } = parse(commentId, { id: ctx.params.id });
    noQuery(ctx);
    ctx.body = envelope(await getService(strapi, 'comments').remove(Number(id), viewer(ctx)));
  },
});
