/** Shapes of the planning-insight admin routes (server/src/services/plan.ts). */
import type { FunnelStage } from '../../../core/enums';

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
  channel: { slug: string; name: string; kind: string; color: string | null };
  months: PlanMonth[];
}

export interface PlanGrid {
  year: number;
  timeZone: string;
  rows: PlanRow[];
}

export interface Suggestion {
  channel: string;
  name: string;
  tactic: string;
  reason: { en: string; fi: string };
}

export type Gap =
  | { kind: 'month-stage'; month: number; stage: FunnelStage; suggestions: Suggestion[] }
  | { kind: 'persona-stage-quarter'; quarter: number; persona: string; stage: FunnelStage; suggestions: Suggestion[] };

export interface CoverageData {
  year: number;
  timeZone: string;
  byMonthStage: Array<{ month: number; stage: FunnelStage; count: number }>;
  byMonthGoal: Array<{ month: number; goal: string; count: number }>;
  byQuarterPersonaStage: Array<{ quarter: number; persona: string; stage: FunnelStage; count: number }>;
  personas: Array<{ slug: string; name: string }>;
  gaps: Gap[];
}

export type { KpiReportRow as KpiRow } from '../../../core/planning/kpi-report';
import type { KpiReportRow } from '../../../core/planning/kpi-report';

export interface KpiData {
  year: number;
  rows: KpiReportRow[];
  pieces: Array<{ documentId: string; title: string }>;
  goals: Array<{ id: number; documentId: string; title: string; contentGoal: string; metric: string; stage: FunnelStage | null; baseline: number | null; target: number; deadline: string; owner: string | null }>;
}
