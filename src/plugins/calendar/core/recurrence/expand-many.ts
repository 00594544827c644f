/**
 * Expanding many schedules for one request under a budget: each piece has its own (in
 * `scheduleExpander`), and the request as a whole has one in milliseconds. The work yields to the
 * event loop between pieces every `sliceMs`, so health checks and other requests are answered
 * while a large feed is computed. A piece that cannot be expanded — its rule is broken, or it
 * needs more than its budget, or the request's budget is spent — is left out and returned as a
 * problem; the rest is served. Too many occurrences in the range ('limit') stays the caller's 400.
 */
import { EXPANSION_BUDGET, RecurrenceError, scheduleExpander, type Occurrence, type Range, type Schedule } from './expand';
import type { StepBudget } from './step-budget';

export interface RequestBudget {
  /** What one piece may cost. */
  piece: StepBudget;
  /** What all pieces of one request may cost, in milliseconds. */
  requestMs: number;
  /** How long to compute before letting the event loop answer others. */
  sliceMs: number;
}

export const REQUEST_BUDGET: RequestBudget = { piece: EXPANSION_BUDGET, requestMs: 3000, sliceMs: 20 };

export interface ExpansionProblem<T> {
  item: T;
  kind: 'rule' | 'budget';
  message: string;
}

const pause = () => new Promise<void>((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

export async function expandMany<T>(
  items: readonly T[],
  scheduleOf: (item: T) => Schedule,
  range: Range,
  /** `skipOverLimit`: a piece with more occurrences in the range than the limit is a problem, not an error. */
  options: { budget?: RequestBudget; describe?: (item: T) => string; skipOverLimit?: boolean } = {}
): Promise<{ occurrences: Array<{ item: T; occurrence: Occurrence }>; problems: Array<ExpansionProblem<T>> }> {
  const occurrences: Array<{ item: T; occurrence: Occurrence }> = [];
  const problems: Array<ExpansionProblem<T>> = [];
  const budget = options.budget ?? REQUEST_BUDGET;
  const started = performance.now();
  let slice = started;
  for (const item of items) {
    const schedule = scheduleOf(item);
    const recurring = Boolean(schedule.recurrence && schedule.recurrence.trim());
    if (recurring && performance.now() - started > budget.requestMs) {
      problems.push({
        item,
        kind: 'budget',
        message: `not expanded: this request's expansion budget (${budget.requestMs} ms) was spent on other pieces`,
      });
      continue;
    }
    try {
      for (const occurrence of scheduleExpander(schedule, budget.piece)(range)) occurrences.push({ item, occurrence });
    } catch (error) {
      if (error instanceof RecurrenceError && error.kind === 'limit' && !options.skipOverLimit) {
        throw options.describe ? new RecurrenceError(`${options.describe(item)}: ${error.message}`, error.field, 'limit') : error;
      }
      // Anything else about one stored row (a broken rule, an impossible date) leaves that row out.
      const kind = error instanceof RecurrenceError && (error.kind === 'budget' || error.kind === 'limit') ? 'budget' : 'rule';
      problems.push({ item, kind, message: error instanceof Error ? error.message : String(error) });
    }
    if (performance.now() - slice > budget.sliceMs) {
      await pause();
      slice = performance.now();
    }
  }
  return { occurrences, problems };
}
