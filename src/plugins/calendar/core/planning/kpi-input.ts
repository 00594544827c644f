/**
 * KPI inputs checked at the edge: the targets stored on a piece (`kpiTargets`), the results an
 * integration posts, and SMART goals. Metric keys come from the catalogue; a period is a month.
 */
import { z } from 'zod';
import { fieldError, isBlank, type FieldError } from '../field-errors';
import { isKpiMetric, KPI_METRIC_KEYS } from './kpi-catalogue';

export const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

const metric = z.string({ message: 'metric must be a KPI key' }).refine(isKpiMetric, {
  message: `metric must be one of the KPI catalogue's keys (${KPI_METRIC_KEYS.slice(0, 4).join(', ')}, …)`,
});
const period = z.string({ message: 'period must be a month YYYY-MM' }).regex(PERIOD, 'period must be a month YYYY-MM, e.g. 2026-03');
const value = z
  .number({ message: 'value must be a number' })
  .refine(Number.isFinite, 'value must be a finite number')
  .refine((v) => Math.abs(v) <= 1e12, 'value must be between -1e12 and 1e12');

export const kpiTargetSchema = z.object({ metric, value, period: period.optional() }).strict();
export const kpiTargetsSchema = z.array(kpiTargetSchema).max(100, 'kpiTargets has too many entries (100 at most)');

export const kpiResultSchema = z
  .object({
    piece: z
      .string({ message: 'piece must be a content piece documentId' })
      .regex(/^[a-z0-9]{10,64}$/, 'piece must be a content piece documentId'),
    metric,
    period,
    value,
    source: z.string().max(100, 'source must be at most 100 characters').optional(),
  })
  .strict();
export type KpiResultInput = z.infer<typeof kpiResultSchema>;

/** One result, or `{ results: [...] }` (at most 500), as an integration posts them. */
export const kpiResultsBody = z.union([
  kpiResultSchema,
  z
    .object({ results: z.array(kpiResultSchema).min(1, 'results must not be empty').max(500, 'results holds at most 500 entries') })
    .strict(),
]);

/** Field errors for a piece's `kpiTargets` (null/absent is fine). */
export function validateKpiTargets(input: unknown): FieldError[] {
  if (input === null || input === undefined) return [];
  const parsed = kpiTargetsSchema.safeParse(input);
  if (parsed.success) return [];
  const issue = parsed.error.issues[0];
  const where = issue.path.length ? ` (item ${issue.path.map(String).join('.')})` : '';
  return [fieldError('kpiTargets', `kpiTargets${where}: ${issue.message}`, input)];
}

/** Field errors for a goal's metric and numbers. */
export function validateGoal(data: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  if ('metric' in data && !isKpiMetric(data.metric))
    errors.push(fieldError('metric', `metric must be one of the KPI catalogue's keys; got "${String(data.metric)}"`, data.metric));
  for (const field of ['baseline', 'target']) {
    const v = data[field];
    if (!isBlank(v) && !Number.isFinite(Number(v))) errors.push(fieldError(field, `${field} must be a number`, v));
  }
  return errors;
}
