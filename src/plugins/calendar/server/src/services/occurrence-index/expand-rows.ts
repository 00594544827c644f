/**
 * Occurrences of piece versions in a range, from the index where it can answer and by expanding
 * on demand where it cannot: the range reaches outside the window, the index is being rebuilt,
 * a version has no entry or one computed from another schedule (written around Strapi), or its
 * entry is 'dense' or over budget (expanded under the request's budget, as before the index).
 * The answer is the same either way: `occurrence-index.test.ts` compares the two.
 */
import type { Core } from '@strapi/strapi';
import { scheduleKey } from '../../../../core/occurrence-index/entries';
import { MAX_OCCURRENCES_PER_RANGE, RecurrenceError, type Range, type Schedule } from '../../../../core/recurrence/expand';
import { expandMany, type ExpansionProblem } from '../../../../core/recurrence/expand-many';
import { getService } from '../../utils';
import type { PieceRow } from '../piece-repository';

export interface Expanded {
  occurrences: Array<{ item: PieceRow; occurrence: { start: Date } }>;
  problems: Array<ExpansionProblem<PieceRow>>;
}

export async function expandRows(
  strapi: Core.Strapi,
  rows: PieceRow[],
  scheduleOf: (row: PieceRow) => Schedule,
  range: Range,
  options: { describe: (row: PieceRow) => string; skipOverLimit?: boolean }
): Promise<Expanded> {
  const index = getService(strapi, 'occurrence-index');
  const state = rows.length ? await index.usableFor(range) : null;
  if (!state) return expandMany(rows, scheduleOf, range, options);

  const onDemand: PieceRow[] = [];
  const indexed: PieceRow[] = [];
  const problems: Expanded['problems'] = [];
  for (const row of rows) {
    const source = row.indexSource;
    if (!source || source.key !== scheduleKey(scheduleOf(row)) || source.status === 'dense' || source.status === 'budget')
      onDemand.push(row);
    else if (source.status === 'rule')
      problems.push({ item: row, kind: 'rule', message: source.message ?? 'recurrence cannot be expanded' });
    else indexed.push(row);
  }
  const ids = (published: boolean) => indexed.filter((r) => Boolean(r.published) === published).map((r) => r.id);
  const [publishedIds, draftIds] = [ids(true), ids(false)];
  const [publishedStarts, draftStarts] = await Promise.all([
    publishedIds.length ? index.starts(range, true, publishedIds) : Promise.resolve(new Map<number, number[]>()),
    draftIds.length ? index.starts(range, false, draftIds) : Promise.resolve(new Map<number, number[]>()),
  ]);
  const occurrences: Expanded['occurrences'] = [];
  for (const row of indexed) {
    const starts = (row.published ? publishedStarts : draftStarts).get(row.id) ?? [];
    if (starts.length > MAX_OCCURRENCES_PER_RANGE) {
      const message = `recurrence "${row.recurrence}" gives more than ${MAX_OCCURRENCES_PER_RANGE} occurrences in the requested range; narrow the range or the rule`;
      if (!options.skipOverLimit) throw new RecurrenceError(`${options.describe(row)}: ${message}`, 'recurrence', 'limit');
      problems.push({ item: row, kind: 'budget', message });
      continue;
    }
    for (const start of starts) occurrences.push({ item: row, occurrence: { start: new Date(start) } });
  }
  if (onDemand.length) {
    const more = await expandMany(onDemand, scheduleOf, range, options);
    occurrences.push(...more.occurrences);
    problems.push(...more.problems);
  }
  return { occurrences, problems };
}
