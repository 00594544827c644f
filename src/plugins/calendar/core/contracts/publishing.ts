/**
 * Publishing by hand (publish now through the scheduler's claim and fence; unschedule, 409 when
 * the version is already published) and the publish log.
 */
import { z } from 'zod';
import { DOCUMENT_ID, localeCode, queryInt, type Pagination } from './fields';
import { adminPath } from './routing';

/** What a publish attempt (or an unschedule) came to, as the publish log records it. */
export const PUBLISH_OUTCOMES = ['published', 'failed', 'skipped', 'unscheduled'] as const;
export type PublishOutcome = (typeof PUBLISH_OUTCOMES)[number];
export const PUBLISH_TRIGGERS = ['schedule', 'boot', 'manual'] as const;
export type PublishTrigger = (typeof PUBLISH_TRIGGERS)[number];

/** Far beyond any real history, and small enough that the offset stays a database integer. */
const MAX_PAGE = 1_000_000;

export const publishLogQuery = z
  .object({
    page: queryInt('page', 1, MAX_PAGE).default(1),
    pageSize: queryInt('pageSize', 1, 200).default(50),
    documentId: z.string().regex(DOCUMENT_ID, 'documentId is not a document id').optional(),
    locale: localeCode.optional(),
    outcome: z.enum(PUBLISH_OUTCOMES).optional(),
  })
  .strict();
export type PublishLogQuery = z.infer<typeof publishLogQuery>;
/** What the admin client sends (the server fills in the defaults). */
export type PublishLogArgs = Partial<PublishLogQuery>;

export interface PublishLogEntry {
  id: number;
  documentId: string;
  /** The language version; null for entries from before pieces had locales. */
  locale: string | null;
  versionKey: string | null;
  title: string | null;
  occurrence: string | null;
  at: string;
  instanceId: string | null;
  trigger: PublishTrigger;
  outcome: PublishOutcome;
  attempt: number | null;
  error: string | null;
  durationMs: number | null;
  by: { id: number; firstname: string | null; lastname: string | null } | null;
}

/** GET /calendar/publish-log answers the page and its pagination (not wrapped in `data` twice). */
export interface PublishLogPage {
  data: PublishLogEntry[];
  meta: { pagination: Pagination };
}

/** Body of publish now and unschedule: the language version acted on; none = the default locale. */
export const versionBody = z.object({ locale: localeCode.optional() }).strict();
export type VersionInput = z.infer<typeof versionBody>;

export type PublishNowResult =
  | { documentId: string; locale: string; outcome: 'skipped'; message: string }
  | { documentId: string; locale: string; outcome: 'published' | 'skipped' | 'failed' };

export interface UnscheduleResult {
  documentId: string;
  locale: string;
  /** null: never set (the piece is an idea). */
  editorialStatus: string | null;
  publishAt: string | null;
}

export const PUBLISHING_ROUTES = {
  publishNow: '/pieces/:documentId/publish-now',
  unschedule: '/pieces/:documentId/unschedule',
  log: '/publish-log',
} as const;
export const publishingPaths = {
  publishNow: (documentId: string) => adminPath(PUBLISHING_ROUTES.publishNow, { documentId }),
  unschedule: (documentId: string) => adminPath(PUBLISHING_ROUTES.unschedule, { documentId }),
  log: () => adminPath(PUBLISHING_ROUTES.log),
};
