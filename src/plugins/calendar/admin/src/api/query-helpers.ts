/** The pieces of the RTK Query endpoints that need no store: arguments, envelopes, invalidation. */
import type { QueryArguments } from '@strapi/strapi/admin';
import type { Envelope } from '../../../core/contracts/fields';

export const CALENDAR_TAGS = [
  'Occurrence',
  'Piece',
  'Plan',
  'Coverage',
  'Kpi',
  'Community',
  'WorkLog',
  'FeedToken',
  'ShareLink',
  'PublishLog',
  'CalendarSettings',
  'Comment',
  'Reference',
  'Translation',
  'ChatHook',
  'ChatDelivery',
  'Competitor',
  'CompetitorObservation',
  'Budget',
  'Workload',
] as const;
export type CalendarTag = (typeof CALENDAR_TAGS)[number];

/** Strapi's `{ data }` envelope, unwrapped. */
export const unwrap = <T>(response: Envelope<T>): T => response.data;

/**
 * A GET with query parameters. They go as an encoded string: Strapi's fetch client serialises
 * an object without encoding, so a `+03:00` offset would arrive as a space. Empty values are left out.
 */
export const get = (url: string, params?: Record<string, string | number | boolean | null | undefined>): QueryArguments => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {}))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const query = search.toString();
  return { url, method: 'GET', config: query ? { params: query } : undefined };
};
export const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, data?: unknown): QueryArguments => ({ url, method, data });

/** What Strapi's base query reports for a refused request: the server's error body. */
export interface CalendarError {
  status?: number;
  name?: string;
  message?: string;
  details?: unknown;
}

export const isConflict = (error: unknown) => (error as CalendarError | undefined)?.status === 409;

/**
 * Tags to invalidate after a write: after a success, and after a 409 too, so the view reloads
 * the current state someone else saved; other refusals (400, 403) keep the view as it is.
 */
export const afterWrite =
  <R, A>(tags: (arg: A, result: R | undefined) => Array<CalendarTag | { type: CalendarTag; id: string | number }>) =>
  (result: R | undefined, error: unknown, arg: A) =>
    error === undefined || isConflict(error) ? tags(arg, result) : [];

/**
 * The Content Manager's cache entry of a piece's edit view. A move or a publish made from our
 * views changes the document under an open edit form; invalidating it makes the form reload
 * instead of saving stale values over the change. The tag type is the Content Manager's own.
 */
export const contentManagerDocument = (documentId: string) =>
  ({ type: 'Document', id: `api::content-piece.content-piece_${documentId}` }) as unknown as { type: CalendarTag; id: string };
