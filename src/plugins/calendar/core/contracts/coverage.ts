/**
 * GET /calendar/coverage?year=&persona=&channel=: content per month × stage, goal and persona,
 * the gaps (the stages with no content), and for each gap the channels the tactics matrix suggests.
 */
import { z } from 'zod';
import type { Bilingual, FunnelStage } from '../enums';
import type { Coverage } from '../planning/coverage';
import type { QuietSeason } from '../planning/quiet-seasons';
import { localeCode, queryYear, slug } from './fields';
import { adminPath } from './routing';

export const coverageQuery = z
  .object({
    year: queryYear,
    persona: slug('persona').optional(),
    channel: slug('channel').optional(),
    /** One language's plan; none = the default locale's. */
    locale: localeCode.optional(),
  })
  .strict();
export type CoverageQuery = z.infer<typeof coverageQuery>;
export type CoverageFilters = Omit<CoverageQuery, 'year'>;

export interface Suggestion {
  /** The channel's slug. */
  channel: string;
  name: string;
  /** The tactics matrix's tactic key. */
  tactic: string;
  reason: Bilingual;
}

export type Gap =
  | { kind: 'month-stage'; month: number; stage: FunnelStage; suggestions: Suggestion[] }
  | { kind: 'persona-stage-quarter'; quarter: number; persona: string; stage: FunnelStage; suggestions: Suggestion[] };

export interface CoverageReport extends Omit<Coverage, 'gaps'> {
  timeZone: string;
  filters: CoverageFilters;
  personas: Array<{ slug: string; name: string }>;
  gaps: Gap[];
  /** Themes marked as quiet seasons in the year: where development work goes. */
  quietSeasons: QuietSeason[];
}

export const COVERAGE_ROUTES = { report: '/coverage' } as const;
export const coveragePaths = { report: () => adminPath(COVERAGE_ROUTES.report) };
