import type { OccurrenceFilters } from '../../../core/query/occurrence-params';

export interface AdminOccurrence {
  documentId: string;
  title: string;
  slug: string;
  summary: string | null;
  start?: string;
  timeZone: string;
  funnelStage: string;
  contentGoal: string;
  format: string | null;
  channels: string[];
  personas: string[];
  theme: string | null;
  recurring: boolean;
  editorialStatus: string;
  status: 'draft' | 'published' | 'modified';
  assignee: { id: number; firstname: string | null; lastname: string | null } | null;
  publishAt: string | null;
  updatedAt: string;
  recurrence: string | null;
}

/** A piece the feed left out because its rule cannot be expanded ('budget': not within its budget). */
export interface ExpansionProblem {
  documentId: string;
  title: string;
  kind: 'rule' | 'budget';
  message: string;
}

export interface AdminFeed {
  data: AdminOccurrence[];
  backlog: AdminOccurrence[];
  meta: { from: string; to: string; timeZone: string; count: number; backlogCount: number; problems?: ExpansionProblem[] };
}

/** The admin feed URL for a date range and the view's filters. */
export function feedUrl(from: string, to: string, filters: OccurrenceFilters): string {
  const params = new URLSearchParams({ from, to });
  for (const [key, values] of Object.entries(filters)) if (values && values.length) params.set(key, values.join(','));
  return `/calendar/occurrences?${params.toString()}`;
}
