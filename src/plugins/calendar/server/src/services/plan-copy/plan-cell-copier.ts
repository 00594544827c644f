/**
 * Quarterly plan cells: every cell of the source year lands on the same month, stage and channel
 * of the target year, with its planned weeks and note. A cell the target year already has (filled
 * in by hand) is left as it is and reported.
 */
import type { Core } from '@strapi/strapi';
import { FUNNEL_STAGE_LABELS, type FunnelStage } from '../../../../core/enums';
import { shiftMonth } from '../../../../core/planning/shift-year';
import { CONTENT_TYPES } from '../../constants';
import { cellKey } from '../quarterly-grid';
import type { Copier } from './copier';

const CELL = CONTENT_TYPES.planCell;

interface CellRow {
  id: number;
  documentId: string;
  month: number;
  funnelStage: FunnelStage;
  plannedWeeks: number | null;
  note: string | null;
  channel: { id: number; documentId: string; name: string } | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export default (strapi: Core.Strapi): Copier<CellRow & { key: string }> => {
  const cells = () => strapi.db.query(CELL);
  return {
    kind: 'plan-cell',
    chosen: (options) => options.planCells === true,

    async preview(source) {
      const found = (await cells().findMany({
        where: { year: source.sourceYear },
        populate: { channel: { select: ['id', 'documentId', 'name'] } },
        orderBy: [{ month: 'asc' }, { funnelStage: 'asc' }, { id: 'asc' }],
      })) as CellRow[];
      const withChannel = found.filter((c) => c.channel);
      const keys = withChannel.map((c) => cellKey(source.targetYear, c.month, c.funnelStage, c.channel!.documentId));
      const existing = (await cells().findMany({ where: { cellKey: { $in: keys } }, select: ['cellKey', 'documentId'] })) as Array<{
        cellKey: string;
        documentId: string;
      }>;
      const existingBy = new Map(existing.map((c) => [c.cellKey, c.documentId]));
      return withChannel.map((cell, i) => {
        const month = `${source.sourceYear}-${pad(cell.month)}`;
        return {
          sourceDocumentId: cell.documentId,
          label: `${FUNNEL_STAGE_LABELS[cell.funnelStage].en} · ${cell.channel!.name} · ${cell.plannedWeeks ?? 0} wk`,
          from: month,
          to: shiftMonth(month, source.shift.years),
          existingTargetId: existingBy.get(keys[i]),
          row: { ...cell, key: keys[i] },
        };
      });
    },

    async apply(source, thing) {
      const cell = thing.row;
      const created = (await cells().create({
        data: {
          cellKey: cell.key,
          year: source.targetYear,
          month: cell.month,
          funnelStage: cell.funnelStage,
          channel: cell.channel!.id,
          plannedWeeks: cell.plannedWeeks ?? 0,
          note: cell.note,
        },
      })) as { id: number; documentId?: string | null };
      return created.documentId ?? String(created.id);
    },
  };
};
