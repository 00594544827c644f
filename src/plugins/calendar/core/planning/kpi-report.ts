/**
 * KPI report: per metric and month, the sum of targets set on pieces against the sum of results
 * measured, with attainment in the metric's direction (kpiAttainment). Pure; the server feeds it
 * the pieces' targets and the stored results, already narrowed to a stage/channel.
 */
import type { FunnelStage } from '../enums';
import { kpiAttainment, kpiMetric } from './kpi-catalogue';

export interface KpiFact {
  pieceDocumentId: string;
  metric: string;
  /** YYYY-MM */
  period: string;
  value: number;
}

export interface KpiReportRow {
  metric: string;
  stage: FunnelStage;
  month: number;
  target: number | null;
  result: number | null;
  attainment: number | null;
  pieces: number;
}

export function kpiReport(year: number, targets: KpiFact[], results: KpiFact[]): KpiReportRow[] {
  const cells = new Map<string, { target: number | null; result: number | null; pieces: Set<string> }>();
  const add = (fact: KpiFact, field: 'target' | 'result') => {
    if (!fact.period.startsWith(`${year}-`) || !kpiMetric(fact.metric)) return;
    const key = `${fact.metric}|${Number(fact.period.slice(5, 7))}`;
    const cell = cells.get(key) ?? { target: null, result: null, pieces: new Set<string>() };
    cell[field] = (cell[field] ?? 0) + fact.value;
    cell.pieces.add(fact.pieceDocumentId);
    cells.set(key, cell);
  };
  targets.forEach((t) => add(t, 'target'));
  results.forEach((r) => add(r, 'result'));
  return [...cells.entries()]
    .map(([key, cell]) => {
      const [metric, month] = key.split('|');
      const definition = kpiMetric(metric)!;
      return {
        metric,
        stage: definition.stage,
        month: Number(month),
        target: cell.target,
        result: cell.result,
        attainment: kpiAttainment(definition, cell.target, cell.result),
        pieces: cell.pieces.size,
      };
    })
    .sort((a, b) => a.metric.localeCompare(b.metric) || a.month - b.month);
}
