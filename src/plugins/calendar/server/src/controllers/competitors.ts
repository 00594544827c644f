import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  competitorWheelQuery,
  createCompetitorBody,
  createObservationBody,
  observationsQuery,
  removeCompetitorQuery,
  updateCompetitorBody,
  updateObservationBody,
  type Competitor,
  type CompetitorList,
  type CompetitorWheel,
  type Observation,
  type ObservationList,
} from '../../../core/contracts/competitors';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { conflictAware, dbId, noQuery, parse } from './validation';

/** Competitors and their observations (admin): reading needs `read`, every write `plan`. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const competitors = () => getService(strapi, 'competitors');
  const observations = () => getService(strapi, 'competitor-observations');
  return {
    /** GET /calendar/competitors */
    async list(ctx: AdminContext) {
      noQuery(ctx);
      ctx.body = envelope<CompetitorList>(await competitors().list());
    },

    /** POST /calendar/competitors */
    async create(ctx: AdminContext) {
      noQuery(ctx);
      const body = parse(createCompetitorBody, ctx.request.body);
      ctx.body = envelope<Competitor>(await competitors().create(body, ctx.state.user.id));
      ctx.status = 201;
    },

    /** PUT /calendar/competitors/:id — 409 with the current competitor when `expectedUpdatedAt` is stale. */
    async update(ctx: AdminContext) {
      const id = dbId('id', ctx.params.id);
      noQuery(ctx);
      const body = parse(updateCompetitorBody, ctx.request.body);
      await conflictAware(ctx, (): Promise<Competitor> => competitors().update(id, body, ctx.state.user.id));
    },

    /** DELETE /calendar/competitors/:id[?withObservations=true] — 409 while it has observations and that is not confirmed. */
    async remove(ctx: AdminContext) {
      const id = dbId('id', ctx.params.id);
      const q = parse(removeCompetitorQuery, ctx.query);
      await conflictAware(ctx, () => competitors().remove(id, q.withObservations === 'true'));
    },

    /** GET /calendar/competitors/wheel?year= — the year wheel's competitor ring. */
    async wheel(ctx: AdminContext) {
      const { year } = parse(competitorWheelQuery, ctx.query);
      ctx.body = envelope<CompetitorWheel>(await competitors().wheel(year));
    },

    /** GET /calendar/competitor-observations?year=&month= | from=&to= [&competitor=] */
    async observations(ctx: AdminContext) {
      const q = parse(observationsQuery, ctx.query);
      if (q.competitor !== undefined && !(await competitors().exists(q.competitor)))
        throw new errors.ValidationError(`competitor ${q.competitor} does not exist`, {
          errors: [{ path: ['competitor'], message: `competitor ${q.competitor} does not exist`, name: 'ValidationError' }],
        });
      const list: ObservationList = await observations().list(q);
      ctx.body = list;
    },

    /** POST /calendar/competitor-observations */
    async createObservation(ctx: AdminContext) {
      noQuery(ctx);
      const body = parse(createObservationBody, ctx.request.body);
      ctx.body = envelope<Observation>(await observations().create(body, ctx.state.user.id));
      ctx.status = 201;
    },

    /** PUT /calendar/competitor-observations/:id — 409 when stale. */
    async updateObservation(ctx: AdminContext) {
      const id = dbId('id', ctx.params.id);
      noQuery(ctx);
      const body = parse(updateObservationBody, ctx.request.body);
      await conflictAware(ctx, (): Promise<Observation> => observations().update(id, body, ctx.state.user.id));
    },

    /** DELETE /calendar/competitor-observations/:id */
    async removeObservation(ctx: AdminContext) {
      const id = dbId('id', ctx.params.id);
      noQuery(ctx);
      await observations().remove(id);
      ctx.status = 204;
      ctx.body = null;
    },
  };
};
