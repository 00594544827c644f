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

/** Counts and money add up across pieces; rates, positions, durations and scores are averaged. */
export const isAdditive = (unit: string) => unit === 'count' || unit === 'currency';

function aggregate(values: number[], additive: boolean): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  return additive ? sum : sum / values.length;
}

/**
 * Per metric and month: `target` and `result` aggregate every piece that has one; `attainment`
 * compares only the pieces that have both, so an unmeasured piece does not count as a miss.
 */
export function kpiReport(year: number, targets: KpiFact[], results: KpiFact[]): KpiReportRow[] {
  type Cell = { targets: Map<string, number>; results: Map<string, number> };
  const cells = new Map<string, Cell>();
  const add = (fact: KpiFact, field: 'targets' | 'results') => {
    if (!fact.period.startsWith(`${year}-`) || !kpiMetric(fact.metric) || !Number.isFinite(fact.value)) return;
    const key = `${fact.metric}|${Number(fact.period.slice(5, 7))}`;
    const cell = cells.get(key) ?? { targets: new Map(), results: new Map() };
    // One value per piece: several targets for the same piece and month add up.
    cell[field].set(fact.pieceDocumentId, (cell[field].get(fact.pieceDocumentId) ?? 0) + fact.value);
    cells.set(key, cell);
  };
  targets.forEach((t) => add(t, 'targets'));
  results.forEach((r) => add(r, 'results'));
  return [...cells.entries()]
    .map(([key, cell]) => {
      const [metric, month] = key.split('|');
      const definition = kpiMetric(metric)!;
      const additive = isAdditive(definition.unit);
      const matched = [...cell.targets.keys()].filter((piece) => cell.results.has(piece));
      return {
        metric,
        stage: definition.stage,
        month: Number(month),
        target: aggregate([...cell.targets.values()], additive),
        result: aggregate([...cell.results.values()], additive),
        attainment: kpiAttainment(
          definition,
          aggregate(
            matched.map((p) => cell.targets.get(p)!),
            additive
          ),
          aggregate(
            matched.map((p) => cell.results.get(p)!),
            additive
          )
        ),
        pieces: new Set([...cell.targets.keys(), ...cell.results.keys()]).size,
      };
    })
    .sort((a, b) => a.metric.localeCompare(b.metric) || a.month - b.month);
}
