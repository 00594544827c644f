/**
 * The KPI report (GET /calendar/kpis: targets set on pieces against results, per metric and
 * month, plus the SMART goals) and KPI results, entered by hand (POST /calendar/kpi-results) or
 * posted by an integration (POST /api/calendar/kpi-results, permission `kpis.recordFromIntegration`).
 */
import { z } from 'zod';
import { FUNNEL_STAGES, type ContentGoal, type FunnelStage } from '../enums';
import { kpiResultsBody, type KpiResultInput } from '../planning/kpi-input';
import type { KpiReportRow } from '../planning/kpi-report';
import { queryYear, slug } from './fields';
import { adminPath, CONTENT_API_PREFIX } from './routing';

export { kpiResultsBody, type KpiResultInput, type KpiReportRow };

export const kpiQuery = z
  .object({
    year: queryYear,
    stage: z.enum(FUNNEL_STAGES, { message: `stage must be one of ${FUNNEL_STAGES.join(', ')}` }).optional(),
    channel: slug('channel').optional(),
  })
  .strict();
export type KpiQuery = z.infer<typeof kpiQuery>;
export type KpiFilters = Omit<KpiQuery, 'year'>;

export type KpiResultsBody = z.infer<typeof kpiResultsBody>;
/** One result or `{ results }`, as a list. */
export const resultsOf = (body: KpiResultsBody): KpiResultInput[] => ('results' in body ? body.results : [body]);

export interface KpiGoal {
  id: number;
  documentId: string;
  title: string;
  contentGoal: ContentGoal | string;
  metric: string;
  stage: FunnelStage | null;
  baseline: number | null;
  target: number;
  deadline: string;
  owner: string | null;
}

export interface KpiData {
  year: number;
  filters: KpiFilters;
  rows: KpiReportRow[];
  /** The pieces of the year, for entering a result by hand. */
  pieces: Array<{ documentId: string; title: string }>;
  goals: KpiGoal[];
}

export interface SavedKpiResult {
  piece: string;
  metric: string;
  period: string;
  value: number;
  source: string;
  /** false: an earlier result for the same piece, metric and month was replaced. */
  created: boolean;
}

/** The content-API action an integration's token needs (it was `plan.recordFromIntegration`). */
export const KPI_INTEGRATION_ACTION = 'plugin::calendar.kpis.recordFromIntegration';
export const LEGACY_KPI_INTEGRATION_ACTION = 'plugin::calendar.plan.recordFromIntegration';

export const KPI_ROUTES = { report: '/kpis', recordByHand: '/kpi-results', recordFromIntegration: '/kpi-results' } as const;
export const kpiPaths = {
  report: () => adminPath(KPI_ROUTES.report),
  recordByHand: () => adminPath(KPI_ROUTES.recordByHand),
  recordFromIntegration: () => `${CONTENT_API_PREFIX}${KPI_ROUTES.recordFromIntegration}`,
};
