import type { Core } from '@strapi/strapi';
import { kpiQuery, kpiResultsBody, resultsOf } from '../../../core/contracts/kpis';
import { getService } from '../utils';
import type { AdminContext, ApiContext } from './context';
import { envelope } from './envelope';
import { parse } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /calendar/kpis?year=&stage=&channel= */
  async report(ctx: AdminContext) {
    const { year, stage, channel } = parse(kpiQuery, ctx.query);
    ctx.body = envelope(await getService(strapi, 'kpi-report').kpis(year, { stage, channel }));
  },

  /** POST /calendar/kpi-results — results entered by hand in the admin. */
  async recordByHand(ctx: AdminContext) {
    const body = parse(kpiResultsBody, ctx.request.body);
    const saved = await getService(strapi, 'kpi-report').saveResults(resultsOf(body), { userId: ctx.state.user.id, source: 'manual' });
    ctx.status = 201;
    ctx.body = envelope(saved);
  },

  /** POST /api/calendar/kpi-results — results posted by an integration with an API token. */
  async recordFromIntegration(ctx: ApiContext) {
    const body = parse(kpiResultsBody, ctx.request.body);
    const token = ctx.state.auth?.credentials;
    const saved = await getService(strapi, 'kpi-report').saveResults(resultsOf(body), {
      source: token?.name ? `api-token:${token.name}` : 'api',
    });
    ctx.status = 201;
    ctx.body = envelope(saved);
  },
});
