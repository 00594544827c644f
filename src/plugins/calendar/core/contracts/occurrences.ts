/**
 * The occurrence feeds: GET /api/calendar/occurrences (publishing sites, published pieces only)
 * and GET /calendar/occurrences (the admin views: drafts, backlog and editorial fields too).
 * The query (`from`, `to`, `tz`, filters) is parsed by core/query/occurrence-params.
 */
import type { OccurrenceFilters } from '../query/occurrence-params';
import type { UserRef } from './fields';
import { adminPath } from './routing';

export type { OccurrenceFilters, OccurrenceQuery } from '../query/occurrence-params';
export { PUBLIC_FILTER_KEYS, MAX_RANGE_DAYS } from '../query/occurrence-params';

/** One occurrence in the public feed (key order as documented for publishing sites). */
export interface PublicOccurrence {
  documentId: string;
  /** The language version this occurrence is. */
  locale: string;
  /** The document's other language versions (published ones, in the public feed). */
  locales: string[];
  title: string;
  slug: string;
  summary: string | null;
  start: string;
  timeZone: string;
  funnelStage: string;
  contentGoal: string;
  format: string | null;
  channels: string[];
  personas: string[];
  theme: string | null;
  recurring: boolean;
}

export interface FeedMeta {
  from: string;
  to: string;
  timeZone: string;
  count: number;
  /** The public feed: the cursor of the next page (`limit`, `cursor`); null on the last page and when not paged. */
  nextCursor?: string | null;
}

export interface PublicFeed {
  data: PublicOccurrence[];
  meta: FeedMeta;
}

export type PublishState = 'draft' | 'published' | 'modified';

/** An occurrence in the admin feed; a backlog piece has no `start`. */
export interface AdminOccurrence extends Omit<PublicOccurrence, 'start'> {
  start?: string;
  editorialStatus: string;
  assignee: UserRef | null;
  dueAt: string | null;
  publishAt: string | null;
  updatedAt: string;
  status: PublishState;
  recurrence: string | null;
  recurrenceExceptions: string[];
}

/** A piece the feed left out because its rule cannot be expanded ('budget': not within its budget). */
export interface ExpansionProblem {
  documentId: string;
  locale: string;
  title: string;
  kind: 'rule' | 'budget';
  message: string;
}

export interface AdminFeed {
  data: AdminOccurrence[];
  backlog: AdminOccurrence[];
  meta: FeedMeta & { backlogCount: number; backlogTruncated: boolean; problems: ExpansionProblem[] };
}

/** What the admin client sends: a date range and the view's filters. */
export interface AdminFeedArgs {
  from: string;
  to: string;
  tz?: string;
  filters?: OccurrenceFilters;
}

export const OCCURRENCE_ROUTES = { admin: '/occurrences', public: '/occurrences' } as const;

/** The admin feed's query parameters: lists are comma-separated, empty filters left out. */
export function feedParams({ from, to, tz, filters = {} }: AdminFeedArgs): Record<string, string> {
  const params: Record<string, string> = { from, to };
  if (tz) params.tz = tz;
  for (const [key, values] of Object.entries(filters)) if (values && values.length) params[key] = values.join(',');
  return params;
}

export const occurrencePaths = {
  admin: () => adminPath(OCCURRENCE_ROUTES.admin),
  /** The admin feed URL with its query string (for code that still builds URLs itself). */
  adminFeed: (args: AdminFeedArgs) => `${adminPath(OCCURRENCE_ROUTES.admin)}?${new URLSearchParams(feedParams(args)).toString()}`,
};
