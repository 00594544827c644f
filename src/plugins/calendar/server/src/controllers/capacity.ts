import type { Core } from '@strapi/strapi';
import {
  absencesQuery,
  capacityBody,
  createAbsenceBody,
  updateAbsenceBody,
  workloadCheckQuery,
  workloadQuery,
  type Absence,
  type Capacity,
  type CapacityList,
  type Workload,
  type WorkloadCheck,
} from '../../../core/contracts/capacity';
import { ACTIONS } from '../constants';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { conflictAware, dbId, noQuery, parse } from './validation';

const viewer = (ctx: AdminContext) => ({ id: ctx.state.user.id, canPlan: Boolean(ctx.state.userAbility?.can(ACTIONS.plan)) });
const personId = (ctx: AdminContext, value: string | undefined) =>
  value === undefined ? undefined : value === 'me' ? ctx.state.user.id : Number(value);

/** Capacity, absences and the workload table (the Workload view and the assign warnings). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const capacity = () => getService(strapi, 'capacity');
  return {
    /** GET /calendar/capacity — everyone's weekly capacity. */
    async capacities(ctx: AdminContext) {
      noQuery(ctx);
      ctx.body = envelope<CapacityList>(await capacity().list());
    },

    /** PUT /calendar/capacity/:userId — { weeklyMinutes, expectedUpdatedAt } (plan). */
    async setCapacity(ctx: AdminContext) {
      const userId = dbId('userId', ctx.params.userId);
      const body = parse(capacityBody, ctx.request.body);
      await conflictAware(ctx, (): Promise<Capacity> => capacity().set(userId, body));
    },

    /** GET /calendar/absences?from=&to=&user= */
    async absences(ctx: AdminContext) {
      const q = parse(absencesQuery, ctx.query);
      const user = personId(ctx, q.user);
      ctx.body = envelope<Absence[]>(
        await capacity().absences({ from: q.from, to: q.to, userIds: user ? [user] : undefined }, viewer(ctx))
      );
    },

    /** POST /calendar/absences — one's own, or anyone's with plan. */
    async createAbsence(ctx: AdminContext) {
      const body = parse(createAbsenceBody, ctx.request.body);
      ctx.body = envelope<Absence>(await capacity().createAbsence(body, viewer(ctx)));
      ctx.status = 201;
    },

    /** PUT /calendar/absences/:id — 409 with the current absence when `expectedUpdatedAt` is stale. */
    async updateAbsence(ctx: AdminContext) {
      const id = dbId('id', ctx.params.id);
      const body = parse(updateAbsenceBody, ctx.request.body);
      await conflictAware(ctx, (): Promise<Absence> => capacity().updateAbsence(id, body, viewer(ctx)));
    },

    /** DELETE /calendar/absences/:id */
    async removeAbsence(ctx: AdminContext) {
      const id = dbId('id', ctx.params.id);
      noQuery(ctx);
      await capacity().removeAbsence(id, viewer(ctx));
      ctx.status = 204;
      ctx.body = null;
    },

    /** GET /calendar/workload?from=&weeks=&assignee= */
    async workload(ctx: AdminContext) {
      const q = parse(workloadQuery, ctx.query);
      ctx.body = envelope<Workload>(
        await getService(strapi, 'workload').table({ from: q.from, weeks: q.weeks, assignee: personId(ctx, q.assignee) }, viewer(ctx))
      );
    },

    /** GET /calendar/workload/check?assignee=&documentId=&locale=&dueAt= */
    async check(ctx: AdminContext) {
      const q = parse(workloadCheckQuery, ctx.query);
      ctx.body = envelope<WorkloadCheck>(
        await getService(strapi, 'workload').check(
          { assignee: Number(q.assignee), documentId: q.documentId, locale: q.locale, dueAt: q.dueAt },
          viewer(ctx)
        )
      );
    },
  };
};
