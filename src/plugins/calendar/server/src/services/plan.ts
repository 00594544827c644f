/**
 * Planning insight: the quarterly grid (planned weeks per month × stage × channel against the
 * weeks actually scheduled), coverage with its gaps and channel suggestions, and the KPI report.
 * The numbers come from the pure core (coverage, tactics matrix, KPI report); this service only
 * reads rows and writes plan cells.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FUNNEL_STAGES, type FunnelStage } from '../../../core/enums';
import { coverage, scheduledWeeks, scheduledWeeksGrid, type PlannedOccurrence } from '../../../core/planning/coverage';
import { addDays, lastDayOfMonth } from '../../../core/calendar-grid';
import { kpiReport, type KpiFact } from '../../../core/planning/kpi-report';
import { kpiMetric } from '../../../core/planning/kpi-catalogue';
import type { KpiResultInput } from '../../../core/planning/kpi-input';
import { suggestChannels } from '../../../core/planning/tactics-matrix';
import { instantToLocal, startOfLocalDay } from '../../../core/time';
import { ConflictError, sameInstant } from '../conflict';
import { CONTENT_TYPES } from '../constants';
import { upsertByKey } from '../db';
import { getConfig, getService, invalid } from '../utils';

const CELL = CONTENT_TYPES.planCell;
const RESULT = CONTENT_TYPES.kpiResult;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export interface PlanCellInput {
  year: number;
  month: number;
  funnelStage: FunnelStage;
  channel: string; // slug
  plannedWeeks: number;
  note?: string | null;
  expectedUpdatedAt?: string | null;
}

/** A plan cell changed by someone else since the grid loaded (409). */
export class StalePlanCellError extends ConflictError<{ plannedWeeks: number; note: string | null; updatedAt: string }> {
  constructor(current: { plannedWeeks: number; note: string | null; updatedAt: string }) {
    super('This cell was changed by someone else after you loaded the grid. Reload to see the latest plan.', current);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const cellKey = (year: number, month: number, stage: string, channelDocumentId: string) => `${year}-${pad(month)}|${stage}|${channelDocumentId}`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const zone = () => getConfig(strapi, 'defaultTimeZone');
  const yearRange = (year: number) => ({ from: startOfLocalDay(`${year}-01-01`, zone()), to: startOfLocalDay(`${year + 1}-01-01`, zone()) });

  const channels = () =>
    strapi.db.query(CONTENT_TYPES.channel as any).findMany({ select: ['id', 'documentId', 'slug', 'name', 'kind', 'platform', 'color', 'active'], orderBy: [{ name: 'asc' }] });

  async function cellsOf(year: number) {
    return strapi.db.query(CELL as any).findMany({ where: { year }, populate: { channel: { select: ['slug'] } } });
  }

  /** Every scheduled occurrence of the year (the grid, coverage and the export count the same ones). */
  const occurrencesFor = (year: number) => getService(strapi, 'occurrences').planned(yearRange(year));

  return {
    occurrencesFor,

    /** GET /calendar/plan?year= — every channel × stage × month with planned and scheduled weeks. */
    async grid(year: number, planned?: PlannedOccurrence[]) {
      const [allChannels, cells, occurrences] = await Promise.all([channels(), cellsOf(year), planned ?? occurrencesFor(year)]);
      const weeks = scheduledWeeksGrid(occurrences, year, zone());
      const noWeeks = MONTHS.map(() => 0);
      const cellBy = new Map(cells.filter((c: any) => c.channel).map((c: any) => [`${c.month}|${c.funnelStage}|${c.channel.slug}`, c]));
      const shown = allChannels.filter((c: any) => c.active !== false || cells.some((cell: any) => cell.channel?.slug === c.slug));
      const rows = FUNNEL_STAGES.flatMap((stage) =>
        shown.map((channel: any) => {
          const scheduledByMonth = weeks.get(`${stage}|${channel.slug}`) ?? noWeeks;
          return {
            funnelStage: stage,
            channel: { slug: channel.slug, name: channel.name, kind: channel.kind, color: channel.color ?? null },
            months: MONTHS.map((month) => {
              const cell = cellBy.get(`${month}|${stage}|${channel.slug}`) as any;
              const planned = cell?.plannedWeeks ?? 0;
              const scheduled = scheduledByMonth[month - 1];
              return {
                month,
                plannedWeeks: planned,
                scheduledWeeks: scheduled,
                delta: scheduled - planned,
                note: cell?.note ?? null,
                updatedAt: cell ? new Date(cell.updatedAt).toISOString() : null,
              };
            }),
          };
        })
      );
      return { year, timeZone: zone(), rows };
    },

    /** PUT /calendar/plan — upserts one cell (unique per year, month, stage, channel). */
    async saveCell(input: PlanCellInput) {
      const channel = await strapi.db.query(CONTENT_TYPES.channel as any).findOne({ where: { slug: input.channel }, select: ['id', 'documentId', 'slug'] });
      if (!channel) throw invalid('channel', `channel: no channel with slug ${input.channel}`);
      const key = cellKey(input.year, input.month, input.funnelStage, channel.documentId);
      const existing = await strapi.db.query(CELL as any).findOne({ where: { cellKey: key } });
      const stale = (row: any) => new StalePlanCellError({ plannedWeeks: row.plannedWeeks, note: row.note ?? null, updatedAt: new Date(row.updatedAt).toISOString() });
      // expectedUpdatedAt null means "the grid saw no cell here": a cell saved since is a conflict too.
      const checked = input.expectedUpdatedAt !== undefined;
      if (existing && checked && (input.expectedUpdatedAt === null || !sameInstant(existing.updatedAt, input.expectedUpdatedAt as string))) {
        throw stale(existing);
      }
      const data = { plannedWeeks: input.plannedWeeks, ...(input.note !== undefined ? { note: input.note } : {}) };
      const { row } = await upsertByKey(strapi, CELL, { cellKey: key }, data, { year: input.year, month: input.month, funnelStage: input.funnelStage, channel: channel.id }, {
        exists: Boolean(existing),
        // Someone created the cell a moment ago: a conflict for a checked edit, else last write wins.
        onRace: checked ? async () => { throw stale(await strapi.db.query(CELL as any).findOne({ where: { cellKey: key } })); } : undefined,
      });
      // Only this cell's month, stage and channel: scheduled weeks count the month's own days.
      const month = `${input.year}-${pad(input.month)}`;
      const occurrences = await getService(strapi, 'occurrences').planned(
        { from: startOfLocalDay(`${month}-01`, zone()), to: startOfLocalDay(addDays(lastDayOfMonth(month), 1), zone()) },
        { stage: [input.funnelStage], channel: [channel.slug] }
      );
      const scheduled = scheduledWeeks(occurrences, month, zone());
      return {
        year: input.year,
        month: input.month,
        funnelStage: input.funnelStage,
        channel: channel.slug,
        plannedWeeks: row.plannedWeeks,
        scheduledWeeks: scheduled,
        delta: scheduled - Number(row.plannedWeeks),
        note: row.note ?? null,
        updatedAt: new Date(row.updatedAt).toISOString(),
      };
    },

    /** GET /calendar/coverage — counts, gaps, and for each month-stage gap the channels the tactics matrix suggests. */
    async coverage(year: number, filters: { persona?: string; channel?: string }, planned?: PlannedOccurrence[]) {
      const repositoryFilters = { ...(filters.persona ? { persona: [filters.persona] } : {}), ...(filters.channel ? { channel: [filters.channel] } : {}) };
      await getService(strapi, 'piece-repository').assertSlugsExist(repositoryFilters);
      const [occurrences, personas, allChannels] = await Promise.all([
        planned ?? getService(strapi, 'occurrences').planned(yearRange(year), repositoryFilters),
        strapi.db.query(CONTENT_TYPES.persona as any).findMany({ select: ['slug', 'name'], orderBy: [{ name: 'asc' }] }),
        channels(),
      ]);
      const personaSlugs = filters.persona ? [filters.persona] : personas.map((p: any) => p.slug);
      const result = coverage(occurrences, year, zone(), personaSlugs);
      const active = allChannels.filter((c: any) => c.active !== false);
      const suggestionsByStage = Object.fromEntries(
        FUNNEL_STAGES.map((stage) => [
          stage,
          suggestChannels(stage, active).map((s) => ({ channel: s.channel.slug, name: s.channel.name, tactic: s.tactic.key, reason: s.reason })),
        ])
      );
      return {
        ...result,
        timeZone: zone(),
        filters,
        personas: personas.map((p: any) => ({ slug: p.slug, name: p.name })),
        gaps: result.gaps.map((gap) => ({ ...gap, suggestions: suggestionsByStage[gap.stage] })),
      };
    },

    /** Stores KPI results (a month per metric per piece; posting the same one again replaces the value). */
    async saveResults(results: KpiResultInput[], by: { userId?: number; source: string }) {
      const pieces = await strapi.db.query(CONTENT_TYPES.contentPiece as any).findMany({
        where: { documentId: { $in: [...new Set(results.map((r) => r.piece))] } },
        select: ['documentId'],
      });
      const known = new Set(pieces.map((p: any) => p.documentId));
      const unknown = results.map((r, i) => ({ r, i })).filter(({ r }) => !known.has(r.piece));
      if (unknown.length) {
        throw new errors.ValidationError(`piece: no content piece ${unknown.map(({ r }) => r.piece).join(', ')}`, {
          errors: unknown.map(({ r, i }) => ({ path: results.length > 1 ? ['results', String(i), 'piece'] : ['piece'], message: `no content piece ${r.piece}`, name: 'ValidationError' })),
        });
      }
      const saved = [];
      for (const r of results) {
        const key = `${r.piece}|${r.metric}|${r.period}`;
        const data = { value: r.value, source: r.source ?? by.source, enteredBy: by.userId ?? null };
        // An integration retrying the same post races itself: the unique key keeps one row.
        const { row, created } = await upsertByKey(strapi, RESULT, { resultKey: key }, data, { pieceDocumentId: r.piece, metric: r.metric, period: r.period });
        saved.push({ piece: r.piece, metric: r.metric, period: r.period, value: Number(row.value), source: row.source, created });
      }
      return saved;
    },

    /** KPI report for a year: per metric and month, targets on pieces vs results, for a stage and/or channel. */
    async kpis(year: number, filters: { stage?: FunnelStage; channel?: string }) {
      const where: Record<string, unknown> = { publishedAt: null };
      if (filters.channel) where.channels = { slug: filters.channel };
      const [pieces, resultRows, goals] = await Promise.all([
        strapi.db.query(CONTENT_TYPES.contentPiece as any).findMany({ where, select: ['documentId', 'title', 'publishAt', 'kpiTargets', 'timeZone'] }),
        strapi.db.query(RESULT as any).findMany({ where: { period: { $startsWith: `${year}-` } } }),
        strapi.db.query(CONTENT_TYPES.goal as any).findMany({ populate: { owner: { select: ['id', 'firstname', 'lastname'] } }, orderBy: [{ deadline: 'asc' }] }),
      ]);
      const ids = new Set(pieces.map((p: any) => p.documentId));
      const monthOf = (p: any) => (p.publishAt ? instantToLocal(new Date(p.publishAt), p.timeZone || zone()).slice(0, 7) : null);
      const targets: KpiFact[] = pieces.flatMap((p: any) =>
        (Array.isArray(p.kpiTargets) ? p.kpiTargets : [])
          .map((t: any) => ({ pieceDocumentId: p.documentId, metric: t.metric, period: t.period ?? monthOf(p), value: Number(t.value) }))
          .filter((t: KpiFact) => t.period)
      );
      const results: KpiFact[] = resultRows
        .filter((r: any) => ids.has(r.pieceDocumentId))
        .map((r: any) => ({ pieceDocumentId: r.pieceDocumentId, metric: r.metric, period: r.period, value: Number(r.value) }));
      const rows = kpiReport(year, targets, results).filter((r) => !filters.stage || r.stage === filters.stage);
      return {
        year,
        filters,
        rows,
        // The pieces of the year, for entering a result by hand.
        pieces: pieces
          .filter((p: any) => monthOf(p)?.startsWith(`${year}-`))
          .map((p: any) => ({ documentId: p.documentId, title: p.title }))
          .sort((a: any, b: any) => a.title.localeCompare(b.title, 'fi')),
        goals: goals
          .filter((g: any) => !filters.stage || kpiMetric(g.metric)?.stage === filters.stage)
          .map((g: any) => ({
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
