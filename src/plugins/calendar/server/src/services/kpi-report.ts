/**
 * KPIs: the report for a year (targets set on pieces against stored results, per metric and
 * month, and the SMART goals) and storing results, entered by hand or posted by an integration.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { KpiData, KpiFilters, KpiGoal, SavedKpiResult } from '../../../core/contracts/kpis';
import { kpiMetric } from '../../../core/planning/kpi-catalogue';
import type { KpiResultInput } from '../../../core/planning/kpi-input';
import { kpiReport, type KpiFact } from '../../../core/planning/kpi-report';
import { instantToLocal } from '../../../core/time';
import { CONTENT_TYPES } from '../constants';
import { upsertByKey } from '../db';
import { getService, onePerDocument } from '../utils';
import { planYear } from './plan-year';

const RESULT = CONTENT_TYPES.kpiResult;

interface PieceRow {
  documentId: string;
  locale: string | null;
  title: string;
  publishAt: string | Date | null;
  kpiTargets: unknown;
  timeZone: string | null;
}
interface ResultRow {
  pieceDocumentId: string;
  metric: string;
  period: string;
  value: number | string;
}
interface GoalRow {
  id: number;
  documentId: string;
  title: string;
  contentGoal: string;
  metric: string;
  baseline: number | string | null;
  target: number | string;
  deadline: string;
  owner: { firstname: string | null; lastname: string | null } | null;
}
interface TargetEntry {
  metric: string;
  value: number | string;
  period?: string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { zone } = planYear(strapi);

  return {
    /** Stores KPI results (a month per metric per piece; posting the same one again replaces the value). */
    async saveResults(results: KpiResultInput[], by: { userId?: number; source: string }): Promise<SavedKpiResult[]> {
      const pieces: Array<{ documentId: string }> = await strapi.db.query(CONTENT_TYPES.contentPiece).findMany({
        where: { documentId: { $in: [...new Set(results.map((r) => r.piece))] } },
        select: ['documentId'],
      });
      const known = new Set(pieces.map((p) => p.documentId));
      const unknown = results.map((r, i) => ({ r, i })).filter(({ r }) => !known.has(r.piece));
      if (unknown.length) {
        throw new errors.ValidationError(`piece: no content piece ${unknown.map(({ r }) => r.piece).join(', ')}`, {
          errors: unknown.map(({ r, i }) => ({
            path: results.length > 1 ? ['results', String(i), 'piece'] : ['piece'],
            message: `no content piece ${r.piece}`,
            name: 'ValidationError',
          })),
        });
      }
      const saved: SavedKpiResult[] = [];
      for (const r of results) {
        const key = `${r.piece}|${r.metric}|${r.period}`;
        const data = { value: r.value, source: r.source ?? by.source, enteredBy: by.userId ?? null };
        // An integration retrying the same post races itself: the unique key keeps one row.
        const { row, created } = await upsertByKey(strapi, RESULT, { resultKey: key }, data, {
          pieceDocumentId: r.piece,
          metric: r.metric,
          period: r.period,
        });
        saved.push({
          piece: r.piece,
          metric: r.metric,
          period: r.period,
          value: Number(row.value),
          source: row.source ?? by.source,
          created,
        });
      }
      return saved;
    },

    /** The report for a year: per metric and month, targets on pieces vs results, for a stage and/or channel. */
    async kpis(year: number, filters: KpiFilters): Promise<KpiData> {
      const where: Record<string, unknown> = { publishedAt: null };
      if (filters.channel) where.channels = { slug: filters.channel };
      const [versions, resultRows, goals, defaultLocale] = (await Promise.all([
        strapi.db
          .query(CONTENT_TYPES.contentPiece)
          .findMany({ where, select: ['documentId', 'locale', 'title', 'publishAt', 'kpiTargets', 'timeZone'] }),
        strapi.db.query(RESULT).findMany({ where: { period: { $startsWith: `${year}-` } } }),
        strapi.db
          .query(CONTENT_TYPES.goal)
          .findMany({ populate: { owner: { select: ['id', 'firstname', 'lastname'] } }, orderBy: [{ deadline: 'asc' }] }),
        getService(strapi, 'languages').defaultLocale(),
      ])) as [PieceRow[], ResultRow[], GoalRow[], string];
      // KPI targets are shared by a piece's language versions: each piece counts once.
      const pieces = onePerDocument(versions, defaultLocale);
      const ids = new Set(pieces.map((p) => p.documentId));
      const monthOf = (p: PieceRow) => (p.publishAt ? instantToLocal(new Date(p.publishAt), p.timeZone || zone()).slice(0, 7) : null);
      const targets: KpiFact[] = pieces.flatMap((p) =>
        (Array.isArray(p.kpiTargets) ? (p.kpiTargets as TargetEntry[]) : [])
          .map((t) => ({ pieceDocumentId: p.documentId, metric: t.metric, period: t.period ?? monthOf(p), value: Number(t.value) }))
          .filter((t): t is KpiFact => Boolean(t.period))
      );
      const results: KpiFact[] = resultRows
        .filter((r) => ids.has(r.pieceDocumentId))
        .map((r) => ({ pieceDocumentId: r.pieceDocumentId, metric: r.metric, period: r.period, value: Number(r.value) }));
      const rows = kpiReport(year, targets, results).filter((r) => !filters.stage || r.stage === filters.stage);
      return {
        year,
        filters,
        rows,
        // The pieces of the year, for entering a result by hand.
        pieces: pieces
          .filter((p) => monthOf(p)?.startsWith(`${year}-`))
          .map((p) => ({ documentId: p.documentId, title: p.title }))
          .sort((a, b) => a.title.localeCompare(b.title, 'fi')),
        goals: goals
          .filter((g) => !filters.stage || kpiMetric(g.metric)?.stage === filters.stage)
          .map((g): KpiGoal => ({
            id: g.id,
            documentId: g.documentId,
            title: g.title,
            contentGoal: g.contentGoal,
            metric: g.metric,
            stage: kpiMetric(g.metric)?.stage ?? null,
            baseline: g.baseline === null ? null : Number(g.baseline),
            target: Number(g.target),
            deadline: g.deadline,
            owner: g.owner ? [g.owner.firstname, g.owner.lastname].filter(Boolean).join(' ') : null,
          })),
      };
    },
  };
};
