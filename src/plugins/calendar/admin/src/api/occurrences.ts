import type { OccurrenceFilters } from '../../../core/query/occurrence-params';
import { occurrencePaths } from '../../../core/contracts/occurrences';

export type { AdminFeed, AdminOccurrence, ExpansionProblem } from '../../../core/contracts/occurrences';

/** The admin feed URL for a date range and the view's filters (useGetOccurrencesQuery replaces it). */
export function feedUrl(from: string, to: string, filters: OccurrenceFilters): string {
  return occurrencePaths.adminFeed({ from, to, filters });
}
