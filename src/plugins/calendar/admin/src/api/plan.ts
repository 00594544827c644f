/** Shapes of the planning-insight admin routes, from their contracts (kept for the pages' imports). */
export type { PlanGrid, PlanMonth, PlanRow } from '../../../core/contracts/quarterly-grid';
export type { CoverageReport as CoverageData, Gap, Suggestion } from '../../../core/contracts/coverage';
export type { KpiData, KpiReportRow as KpiRow } from '../../../core/contracts/kpis';
