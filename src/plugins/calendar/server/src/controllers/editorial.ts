import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { EDITORIAL_STATUSES, FUNNEL_STAGES } from '../../../core/enums';
import { ACTIONS } from '../constants';
import { ApprovalForbiddenError } from '../services/editorial';
import { getService } from '../utils';
import { conflictAware, documentId, isDbIdText, isoDateTime, MAX_DB_ID, noQuery, parse } from './validation';

const workflowBody = z
  .object({
    editorialStatus: z.enum(EDITORIAL_STATUSES, { message: `editorialStatus must be one of ${EDITORIAL_STATUSES.join(', ')}` }).optional(),
    assignee: z
      .number({ message: 'assignee must be an admin user id or null' })
      .int('assignee must be an admin user id or null')
      .min(1, 'assignee must be an admin user id or null')
      .max(MAX_DB_ID, `assignee must be an admin user id (at most ${MAX_DB_ID}) or null`)
      .nullable()
      .optional(),
    dueAt: isoDateTime('dueAt').nullable().optional(),
    expectedUpdatedAt: isoDateTime('expectedUpdatedAt'),
  })
  .strict()
  .refine((b) => b.editorialStatus !== undefined || b.assignee !== undefined || b.dueAt !== undefined, {
    message: 'give editorialStatus, assignee or dueAt to change',
  });

const boardQuery = z
  .object({
    assignee: z
      .string({ message: 'assignee must be an admin user id, "me" or "none"' })
      .refine((v) => v === 'me' || v === 'none' || isDbIdText(v), 'assignee must be an admin user id, "me" or "none"')
      .optional(),
    stage: z.enum(FUNNEL_STAGES, { message: `stage must be one of ${FUNNEL_STAGES.join(', ')}` }).optional(),
  })
  .strict();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** PUT /calendar/pieces/:documentId/workflow — status move, assignment, due date (409 when stale). */
  async move(ctx: any) {
    const id = documentId(ctx);
    const body = parse(workflowBody, ctx.request.body);
    // Approving schedules publication and un-approving unschedules it: that is the publish action.
    const canPublish = Boolean(ctx.state.userAbility?.can(ACTIONS.publish));
    try {
      await conflictAware(ctx, () => getService(strapi, 'editorial').move(id, body, { canPublish }));
    } catch (error) {
      if (!(error instanceof ApprovalForbiddenError)) throw error;
      // Strapi hides a thrown 403's message; this one tells the planner what is missing.
      ctx.status = 403;
      ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: error.message, details: {} } };
    }
  },

  /** GET /calendar/pieces/:documentId/activity */
  async activity(ctx: any) {
    ctx.body = { data: await getService(strapi, 'editorial').activity(documentId(ctx)) };
  },

  /** GET /calendar/team-board?assignee=&stage= */
  async board(ctx: any) {
    const query = parse(boardQuery, ctx.query);
    const assignee = query.assignee === 'me' ? String(ctx.state.user.id) : query.assignee;
    ctx.body = { data: await getService(strapi, 'editorial').board({ assignee, stage: query.stage }, new Date()) };
  },

  /** GET /calendar/assignees — active admin users a piece or task can be assigned to. */
  async assignees(ctx: any) {
    noQuery(ctx);
    ctx.body = { data: await getService(strapi, 'editorial').assignees() };
  },

  /** GET /calendar/my-work */
  async myWork(ctx: any) {
    noQuery(ctx);
    ctx.body = { data: await getService(strapi, 'my-work').forUser(ctx.state.user.id, new Date()) };
  },
});
