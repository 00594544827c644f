/**
 * The quarterly grid: per funnel stage × channel × month, the weeks planned against the weeks
 * actually scheduled (GET /calendar/plan), one cell saved at a time (PUT /calendar/plan, 409 when
 * stale) and the year plan as CSV (GET /calendar/plan/export).
 */
import { z } from 'zod';
import { FUNNEL_STAGES, type FunnelStage } from '../enums';
import { bodyYear, isoDateTime, note, queryYear, slug } from './fields';
import type { ChannelRow } from './reference';
import { adminPath } from './routing';

export const funnelStageField = z.enum(FUNNEL_STAGES, { message: `funnelStage must be one of ${FUNNEL_STAGES.join(', ')}` });

export const planGridQuery = z.object({ year: queryYear }).strict();
export type PlanGridQuery = z.infer<typeof planGridQuery>;

export const planExportQuery = z
  .object({ year: queryYear, format: z.enum(['csv'], { message: 'format must be csv' }).optional() })
  .strict();
export type PlanExportQuery = z.infer<typeof planExportQuery>;

export const planCellBody = z
  .object({
    year: bodyYear,
    month: z.number({ message: 'month must be 1–12' }).int('month must be 1–12').min(1, 'month must be 1–12').max(12, 'month must be 1–12'),
    funnelStage: funnelStageField,
    channel: slug('channel'),
    plannedWeeks: z
      .number({ message: 'plannedWeeks must be 0–5' })
      .int('plannedWeeks must be a whole number 0–5')
      .min(0, 'plannedWeeks must be 0–5')
      .max(5, 'plannedWeeks must be 0–5'),
    note,
    /** The cell's updatedAt as the grid showed it; null: the grid saw no cell here. */
    expectedUpdatedAt: isoDateTime('expectedUpdatedAt').nullable().optional(),
  })
  .strict();
export type PlanCellInput = z.infer<typeof planCellBody>;

export interface PlanMonth {
  month: number;
  plannedWeeks: number;
  scheduledWeeks: number;
  delta: number;
  note: string | null;
  updatedAt: string | null;
}

export interface PlanRow {
  funnelStage: FunnelStage;
  channel: ChannelRow;
  months: PlanMonth[];
}

export interface PlanGrid {
  year: number;
  timeZone: string;
  rows: PlanRow[];
}

/** A saved cell with its month's scheduled weeks recounted. */
export interface SavedPlanCell extends Omit<PlanMonth, 'updatedAt'> {
  year: number;
  funnelStage: FunnelStage;
  /** The channel's slug. */
  channel: string;
  updatedAt: string;
}

/** The 409's `details.current`: the cell as someone else saved it. */
export interface PlanCellCurrent {
  plannedWeeks: number;
  note: string | null;
  updatedAt: string;
}

export const QUARTERLY_GRID_ROUTES = { grid: '/plan', saveCell: '/plan', export: '/plan/export' } as const;
export const quarterlyGridPaths = {
  grid: () => adminPath(QUARTERLY_GRID_ROUTES.grid),
  saveCell: () => adminPath(QUARTERLY_GRID_ROUTES.saveCell),
  export: () => adminPath(QUARTERLY_GRID_ROUTES.export),
};
