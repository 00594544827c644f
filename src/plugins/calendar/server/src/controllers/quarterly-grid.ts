import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { toCsv } from '../../../core/csv';
import { planCellBody, planExportQuery, planGridQuery } from '../../../core/contracts/quarterly-grid';
import { FUNNEL_STAGE_LABELS } from '../../../core/enums';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { conflictAware, parse } from './validation';

const EXPORT_HEADER = ['section', 'stage', 'channel', 'month', 'planned weeks', 'scheduled weeks / occurrences', 'delta', 'note'];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /calendar/plan?year= */
  async grid(ctx: AdminContext) {
    const q = parse(planGridQuery, ctx.query);
    ctx.body = envelope(await getService(strapi, 'quarterly-grid').grid(q.year));
  },

  /** PUT /calendar/plan — one cell; 409 when it changed since the grid loaded. */
  async saveCell(ctx: AdminContext) {
    const body = parse(planCellBody, ctx.request.body);
    await conflictAware(ctx, () => getService(strapi, 'quarterly-grid').saveCell(body));
  },

  /** GET /calendar/plan/export?year=&format=csv — the year plan (grid + coverage) as one CSV. */
  async exportPlan(ctx: AdminContext) {
    const q = parse(planExportQuery, ctx.query);
    const grid = getService(strapi, 'quarterly-grid');
    // One expansion of the year serves both sections.
    const planned = await grid.occurrencesFor(q.year);
    const [plan, cover] = await Promise.all([
      grid.grid(q.year, planned),
      getService(strapi, 'coverage-report').coverage(q.year, {}, planned),
    ]);
    const rows = plan.rows.flatMap((row) =>
      row.months.map((m) => [
        'grid',
        FUNNEL_STAGE_LABELS[row.funnelStage].en,
        row.channel.name,
        m.month,
        m.plannedWeeks,
        m.scheduledWeeks,
        m.delta,
        m.note ?? '',
      ])
    );
    const coverageRows = cover.byMonthStage.map((c) => [
      'coverage',
      FUNNEL_STAGE_LABELS[c.stage].en,
      '',
      c.month,
      '',
      c.count,
      '',
      c.count === 0 ? 'gap' : '',
    ]);
    if (!plan.rows.length && !coverageRows.length) throw new errors.NotFoundError('Nothing to export');
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="vuosikello-plan-${q.year}.csv"`);
    ctx.body = toCsv(EXPORT_HEADER, [...rows, ...coverageRows]);
  },
});
