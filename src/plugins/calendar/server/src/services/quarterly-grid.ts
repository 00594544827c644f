/**
 * The quarterly grid: planned weeks per month × stage × channel against the weeks actually
 * scheduled. The counting is the pure core's (coverage); this service reads rows and writes cells.
 */
import type { Core } from '@strapi/strapi';
import { addDays, lastDayOfMonth } from '../../../core/calendar-grid';
import type { PlanCellCurrent, PlanCellInput, PlanGrid, SavedPlanCell } from '../../../core/contracts/quarterly-grid';
import { FUNNEL_STAGES, type FunnelStage } from '../../../core/enums';
import { scheduledWeeks, scheduledWeeksGrid, type PlannedOccurrence } from '../../../core/planning/coverage';
import { startOfLocalDay } from '../../../core/time';
import { ConflictError, sameInstant } from '../conflict';
import { CONTENT_TYPES } from '../constants';
import { upsertByKey } from '../db';
import { getService, invalid } from '../utils';
import { planYear } from './plan-year';

const CELL = CONTENT_TYPES.planCell;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

interface CellRow {
  month: number;
  funnelStage: FunnelStage;
  plannedWeeks: number;
  note: string | null;
  updatedAt: string | Date;
  channel?: { slug: string } | null;
}

/** A plan cell changed by someone else since the grid loaded (409). */
export class StalePlanCellError extends ConflictError<PlanCellCurrent> {
  constructor(current: PlanCellCurrent) {
    super('This cell was changed by someone else after you loaded the grid. Reload to see the latest plan.', current);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
export const cellKey = (year: number, month: number, stage: string, channelDocumentId: string) =>
  `${year}-${pad(month)}|${stage}|${channelDocumentId}`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { zone, yearRange, channels } = planYear(strapi);
  const cells = () => strapi.db.query(CELL);

  const cellsOf = (year: number): Promise<CellRow[]> => cells().findMany({ where: { year }, populate: { channel: { select: ['slug'] } } });

  /** Every scheduled occurrence of the year (the grid, coverage and the export count the same ones). */
  const occurrencesFor = (year: number): Promise<PlannedOccurrence[]> => getService(strapi, 'occurrences').planned(yearRange(year));

  return {
    occurrencesFor,

    /** Every channel × stage × month with planned and scheduled weeks. */
    async grid(year: number, planned?: PlannedOccurrence[]): Promise<PlanGrid> {
      const [allChannels, rows, occurrences] = await Promise.all([channels(), cellsOf(year), planned ?? occurrencesFor(year)]);
      const weeks = scheduledWeeksGrid(occurrences, year, zone());
      const noWeeks = MONTHS.map(() => 0);
      const cellBy = new Map(rows.filter((c) => c.channel).map((c) => [`${c.month}|${c.funnelStage}|${c.channel!.slug}`, c]));
      const shown = allChannels.filter((c) => c.active !== false || rows.some((cell) => cell.channel?.slug === c.slug));
      return {
        year,
        timeZone: zone(),
        rows: FUNNEL_STAGES.flatMap((stage) =>
          shown.map((channel) => {
            const scheduledByMonth = weeks.get(`${stage}|${channel.slug}`) ?? noWeeks;
            return {
              funnelStage: stage,
              channel: { slug: channel.slug, name: channel.name, kind: channel.kind, color: channel.color ?? null },
              months: MONTHS.map((month) => {
                const cell = cellBy.get(`${month}|${stage}|${channel.slug}`);
                const plannedWeeks = cell?.plannedWeeks ?? 0;
                const scheduled = scheduledByMonth[month - 1];
                return {
                  month,
                  plannedWeeks,
                  scheduledWeeks: scheduled,
                  delta: scheduled - plannedWeeks,
                  note: cell?.note ?? null,
                  updatedAt: cell ? new Date(cell.updatedAt).toISOString() : null,
                };
              }),
            };
          })
        ),
      };
    },

    /** Upserts one cell (unique per year, month, stage, channel); 409 when it changed since the grid loaded. */
    async saveCell(input: PlanCellInput): Promise<SavedPlanCell> {
      const channel: { id: number; documentId: string; slug: string } | null = await strapi.db
        .query(CONTENT_TYPES.channel)
        .findOne({ where: { slug: input.channel }, select: ['id', 'documentId', 'slug'] });
      if (!channel) throw invalid('channel', `channel: no channel with slug ${input.channel}`);
      const key = cellKey(input.year, input.month, input.funnelStage, channel.documentId);
      const existing: CellRow | null = await cells().findOne({ where: { cellKey: key } });
      const stale = (row: CellRow) =>
        new StalePlanCellError({
          plannedWeeks: row.plannedWeeks,
          note: row.note ?? null,
          updatedAt: new Date(row.updatedAt).toISOString(),
        });
      // expectedUpdatedAt null means "the grid saw no cell here": a cell saved since is a conflict too.
      const checked = input.expectedUpdatedAt !== undefined;
      if (
        existing &&
        checked &&
        (input.expectedUpdatedAt === null || !sameInstant(existing.updatedAt, input.expectedUpdatedAt as string))
      ) {
        throw stale(existing);
      }
      const data = { plannedWeeks: input.plannedWeeks, ...(input.note !== undefined ? { note: input.note } : {}) };
      const { row } = await upsertByKey(
        strapi,
        CELL,
        { cellKey: key },
        data,
        { year: input.year, month: input.month, funnelStage: input.funnelStage, channel: channel.id },
        {
          exists: Boolean(existing),
          // Someone created the cell a moment ago: a conflict for a checked edit, else last write wins.
          onRace: checked
            ? async () => {
                throw stale(await cells().findOne({ where: { cellKey: key } }));
              }
            : undefined,
        }
      );
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
        plannedWeeks: Number(row.plannedWeeks ?? 0),
        scheduledWeeks: scheduled,
        delta: scheduled - Number(row.plannedWeeks ?? 0),
        note: row.note ?? null,
        updatedAt: new Date(row.updatedAt).toISOString(),
      };
    },
  };
};
