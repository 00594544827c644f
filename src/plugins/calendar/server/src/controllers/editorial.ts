import type { Core } from '@strapi/strapi';
import {
  localeQuery,
  teamBoardQuery,
  workflowBody,
  type ActivityEntry,
  type Assignee,
  type MyWork,
  type TeamBoard,
  type WorkflowResult,
} from '../../../core/contracts/editorial';
import { ACTIONS } from '../constants';
import { ApprovalForbiddenError } from '../services/editorial';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { conflictAware, documentId, noQuery, parse, writeError } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** PUT /calendar/pieces/:documentId/workflow — status move, assignment, due date (409 when stale). */
  async move(ctx: AdminContext) {
    const id = documentId(ctx);
    const { locale: requested, ...body } = parse(workflowBody, ctx.request.body);
    const locale = await getService(strapi, 'languages').one(requested);
    // Approving schedules publication and un-approving unschedules it: that is the publish action.
    const canPublish = Boolean(ctx.state.userAbility?.can(ACTIONS.publish));
    try {
      await conflictAware(ctx, (): Promise<WorkflowResult> => getService(strapi, 'editorial').move(id, locale, body, { canPublish }));
    } catch (error) {
      if (!(error instanceof ApprovalForbiddenError)) throw error;
      // Strapi hides a thrown 403's message; this one tells the planner what is missing.
      writeError(ctx, 403, 'ForbiddenError', error.message);
    }
  },

  /** GET /calendar/pieces/:documentId/activity?locale= */
  async activity(ctx: AdminContext) {
    const { locale } = parse(localeQuery, ctx.query);
    const one = await getService(strapi, 'languages').optional(locale);
    ctx.body = envelope<ActivityEntry[]>(await getService(strapi, 'editorial').activity(documentId(ctx), one));
  },

  /** GET /calendar/team-board?assignee=&stage= */
  async board(ctx: AdminContext) {
    const query = parse(teamBoardQuery, ctx.query);
    const assignee = query.assignee === 'me' ? String(ctx.state.user.id) : query.assignee;
    const locales = await getService(strapi, 'languages').resolve(query.locale ? query.locale.split(',') : ['all']);
    ctx.body = envelope<TeamBoard>(await getService(strapi, 'editorial').board({ assignee, stage: query.stage, locales }, new Date()));
  },

  /** GET /calendar/assignees — active admin users a piece or task can be assigned to. */
  async assignees(ctx: AdminContext) {
    noQuery(ctx);
    ctx.body = envelope<Array<Assignee | null>>(await getService(strapi, 'editorial').assignees());
  },

  /** GET /calendar/my-work */
  async myWork(ctx: AdminContext) {
    noQuery(ctx);
    ctx.body = envelope<MyWork>(await getService(strapi, 'my-work').forUser(ctx.state.user.id, new Date()));
  },
});
