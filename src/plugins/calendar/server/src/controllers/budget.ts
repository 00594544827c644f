/** The budget routes: lines and spend entries (read / edit), the report, its CSV and theme use. */
import type { Core } from '@strapi/strapi';
import { budgetCsvRows, BUDGET_CSV_HEADER } from '../../../core/budget/budget-csv';
import {
  budgetLineCreateBody,
  budgetLineUpdateBody,
  budgetListQuery,
  budgetReportQuery,
  spendEntryCreateBody,
  spendEntryUpdateBody,
  themeUseQuery,
} from '../../../core/contracts/budget';
import { toCsv } from '../../../core/csv';
import { getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { conflictAware, documentId, noQuery, parse } from './validation';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const budget = () => getService(strapi, 'budget');
  return {
    /** GET /calendar/budget?year=&month= */
    async list(ctx: AdminContext) {
      const q = parse(budgetListQuery, ctx.query);
      ctx.body = envelope(await budget().list(q.year, q.month));
    },
    async createLine(ctx: AdminContext) {
      noQuery(ctx);
      const body = parse(budgetLineCreateBody, ctx.request.body);
      ctx.status = 201;
      ctx.body = envelope(await budget().createLine(body));
    },
    async updateLine(ctx: AdminContext) {
      const id = documentId(ctx);
      const body = parse(budgetLineUpdateBody, ctx.request.body);
      await conflictAware(ctx, () => budget().updateLine(id, body));
    },
    async deleteLine(ctx: AdminContext) {
      ctx.body = envelope(await budget().deleteLine(documentId(ctx)));
    },
    async createEntry(ctx: AdminContext) {
      noQuery(ctx);
      const body = parse(spendEntryCreateBody, ctx.request.body);
      ctx.status = 201;
      ctx.body = envelope(await budget().createEntry(body));
    },
    async updateEntry(ctx: AdminContext) {
      const id = documentId(ctx);
      const body = parse(spendEntryUpdateBody, ctx.request.body);
      await conflictAware(ctx, () => budget().updateEntry(id, body));
    },
    async deleteEntry(ctx: AdminContext) {
      ctx.body = envelope(await budget().deleteEntry(documentId(ctx)));
    },
    /** GET /calendar/budget/report?year=&by=channel|theme|category */
    async report(ctx: AdminContext) {
      const q = parse(budgetReportQuery, ctx.query);
      ctx.body = envelope(await budget().report(q.year, q.by ?? 'category'));
    },
    /** GET /calendar/budget/report/export?year=&by= — the same report as CSV, the same sums. */
    async exportReport(ctx: AdminContext) {
      const q = parse(budgetReportQuery, ctx.query);
      const by = q.by ?? 'category';
      const report = await budget().report(q.year, by);
      const label = (key: string | null) => (key === null ? 'none' : (report.labels[key] ?? key));
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="vuosikello-budget-${q.year}-${by}.csv"`);
      ctx.body = toCsv(BUDGET_CSV_HEADER, budgetCsvRows(report, label));
    },
    /** GET /calendar/budget/theme-use?year= — for the year wheel. */
    async themeUse(ctx: AdminContext) {
      const q = parse(themeUseQuery, ctx.query);
      ctx.body = envelope(await budget().themeUse(q.year));
    },
  };
};
