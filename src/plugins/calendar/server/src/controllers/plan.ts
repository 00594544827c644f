import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { toCsv } from '../../../core/csv';
import { FUNNEL_STAGES, FUNNEL_STAGE_LABELS } from '../../../core/enums';
import { kpiResultsBody } from '../../../core/planning/kpi-input';
import { getService } from '../utils';
import { conflictAware, isoDateTime, parse, queryInt } from './validation';

const YEAR_RANGE = 'year must be a year from 2000 to 2100, such as 2026';
/** In a query string: digits only, so 2e3, 0x7EA and 2026.0 are refused rather than read as numbers. */
const year = queryInt('year', 2000, 2100);
const bodyYear = z.number({ message: YEAR_RANGE }).int(YEAR_RANGE).min(2000, YEAR_RANGE).max(2100, YEAR_RANGE);
const slug = (field: string) => z.string().regex(/^[A-Za-z0-9][A-Za-z0-9\-_.~]*$/, `${field} must be a slug`);
const stage = z.enum(FUNNEL_STAGES, { message: `funnelStage must be one of ${FUNNEL_STAGES.join(', ')}` });

const yearQuery = z.object({ year }).strict();
const coverageQuery = z.object({ year, persona: slug('persona').optional(), channel: slug('channel').optional() }).strict();
const kpiQuery = z.object({ year, stage: z.enum(FUNNEL_STAGES, { message: `stage must be one of ${FUNNEL_STAGES.join(', ')}` }).optional(), channel: slug('channel').optional() }).strict();
const exportQuery = z.object({ year, format: z.enum(['csv'], { message: 'format must be csv' }).optional() }).strict();

const cellBody = z
  .object({
    year: bodyYear,
    month: z.number({ message: 'month must be 1–12' }).int('month must be 1–12').min(1, 'month must be 1–12').max(12, 'month must be 1–12'),
    funnelStage: stage,
    channel: slug('channel'),
    plannedWeeks: z.number({ message: 'plannedWeeks must be 0–5' }).int('plannedWeeks must be a whole number 0–5').min(0, 'plannedWeeks must be 0–5').max(5, 'plannedWeeks must be 0–5'),
    note: z.string().max(2000, 'note must be at most 2,000 characters').nullable().optional(),
    expectedUpdatedAt: isoDateTime('expectedUpdatedAt').nullable().optional(),
  })
  .strict();

const resultsOf = (body: z.infer<typeof kpiResultsBody>) => ('results' in body ? body.results : [body]);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /calendar/plan?year= */
  async grid(ctx: any) {
    const q = parse(yearQuery, ctx.query);
    ctx.body = { data: await getService(strapi, 'plan').grid(q.year) };
  },

  /** PUT /calendar/plan — one cell; 409 when it changed since the grid loaded. */
  async saveCell(ctx: any) {
    const body = parse(cellBody, ctx.request.body);
    await conflictAware(ctx, () => getService(strapi, 'plan').saveCell(body));
  },

  /** GET /calendar/coverage?year=&persona=&channel= */
  async coverage(ctx: any) {
    const q = parse(coverageQuery, ctx.query);
    ctx.body = { data: await getService(strapi, 'plan').coverage(q.year, { persona: q.persona, channel: q.channel }) };
  },

  /** GET /calendar/kpis?year=&stage=&channel= */
  async kpis(ctx: any) {
    const q = parse(kpiQuery, ctx.query);
    ctx.body = { data: await getService(strapi, 'plan').kpis(q.year, { stage: q.stage, channel: q.channel }) };
  },

  /** POST /calendar/kpi-results — results entered by hand in the admin. */
  async recordByHand(ctx: any) {
    const body = parse(kpiResultsBody, ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'plan').saveResults(resultsOf(body), { userId: ctx.state.user.id, source: 'manual' }) };
  },

  /** POST /api/calendar/kpi-results — results posted by an integration with an API token. */
  async recordFromIntegration(ctx: any) {
    const body = parse(kpiResultsBody, ctx.request.body);
    const token = ctx.state?.auth?.credentials;
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'plan').saveResults(resultsOf(body), { source: token?.name ? `api-token:${token.name}` : 'api' }) };
  },

  /** GET /calendar/plan/export?year=&format=csv — the year plan (grid + coverage) as one CSV. */
  async exportPlan(ctx: any) {
    const q = parse(exportQuery, ctx.query);
    const plan = getService(strapi, 'plan');
    // One expansion of the year serves both sections.
    const planned = await plan.occurrencesFor(q.year);
    const [grid, cover] = await Promise.all([plan.grid(q.year, planned), plan.coverage(q.year, {}, planned)]);
    const rows = grid.rows.flatMap((row) =>
      row.months.map((m) => ['grid', FUNNEL_STAGE_LABELS[row.funnelStage].en, row.channel.name, m.month, m.plannedWeeks, m.scheduledWeeks, m.delta, m.note ?? ''])
    );
    const coverageRows = cover.byMonthStage.map((c) => ['coverage', FUNNEL_STAGE_LABELS[c.stage].en, '', c.month, '', c.count, '', c.count === 0 ? 'gap' : '']);
    if (!grid.rows.length && !coverageRows.length) throw new errors.NotFoundError('Nothing to export');
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="vuosikello-plan-${q.year}.csv"`);
    ctx.body = toCsv(['section', 'stage', 'channel', 'month', 'planned weeks', 'scheduled weeks / occurrences', 'delta', 'note'], [...rows, ...coverageRows]);
  },
});
