/**
 * Share links: a secret URL to a read-only year wheel and month view for people without an admin
 * login (stakeholders, clients, the board), also embeddable in an iframe. Admin routes list,
 * create, revoke and delete them; the public page is GET /api/calendar/share?token=….
 */
import { z } from 'zod';
import type { OccurrenceFilters } from '../query/occurrence-params';
import { escapeHtml } from '../share/escape';
import type { UserRef } from './fields';
import { queryYear } from './fields';
import { adminPath, CONTENT_API_PREFIX } from './routing';

/** The service checks name, filters and expiry (as for feed tokens); the contract the body's shape. */
export const createShareLinkBody = z
  .object({
    name: z.unknown().optional(),
    filters: z.unknown().optional(),
    expiresAt: z.unknown().optional(),
    showPlanned: z.boolean({ message: 'showPlanned must be true or false' }).optional(),
  })
  .strict();

/** A share link lives at most this long: a forgotten link should not show the plan for ever. */
export const SHARE_LINK_MAX_EXPIRY_DAYS = 2 * 366;

/** What the admin sends to create a link. */
export interface ShareLinkInput {
  name: string;
  filters?: OccurrenceFilters;
  /** A date (end of that day in the default zone) or an ISO date-time; absent or null: never. */
  expiresAt?: string | null;
  /** Planned titles (drafts with a publication time) too, not only what is published. */
  showPlanned?: boolean;
}

/** Whether a link opens: revoked and expired ones answer 410. */
export type ShareLinkState = 'active' | 'expired' | 'revoked';

export interface ShareLink {
  id: number;
  name: string;
  tokenHint: string | null;
  filters: OccurrenceFilters;
  showPlanned: boolean;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
  createdBy: UserRef | null;
  state: ShareLinkState;
}

/** The answer to a create: the secret, the page's URL and an iframe snippet, shown once. */
export interface CreatedShareLink extends ShareLink {
  token: string;
  url: string;
  embed: string;
}

export const SHARE_LINK_ROUTES = {
  list: '/share-links',
  create: '/share-links',
  revoke: '/share-links/:id/revoke',
  remove: '/share-links/:id',
} as const;

export const shareLinkPaths = {
  list: () => adminPath(SHARE_LINK_ROUTES.list),
  create: () => adminPath(SHARE_LINK_ROUTES.create),
  revoke: (id: number) => adminPath(SHARE_LINK_ROUTES.revoke, { id }),
  remove: (id: number) => adminPath(SHARE_LINK_ROUTES.remove, { id }),
};

// The public page. The token is a query value so that the request log redacts it (`token=`).
export const SHARE_PAGE_ROUTES = { page: '/share' } as const;
export const SHARE_VIEWS = ['wheel', 'month'] as const;
export type ShareView = (typeof SHARE_VIEWS)[number];
/** The page's own words; the content keeps its language (the link's `locale` filter). */
export const SHARE_LANGUAGES = ['fi', 'en'] as const;
export type ShareLanguage = (typeof SHARE_LANGUAGES)[number];

const MONTH_MESSAGE = 'month must be a month YYYY-MM from 2000-01 to 2100-12, such as 2026-03';

/** The page's query: every parameter checked, unknown ones refused (a typo never widens what is shown). */
export const sharePageQuery = z
  .object({
    token: z.string({ message: 'token is required once: the secret of the share link' }).min(1, 'token must not be empty'),
    view: z.enum(SHARE_VIEWS, { message: 'view must be wheel or month' }).optional(),
    year: queryYear.optional(),
    month: z
      .string({ message: MONTH_MESSAGE })
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, MONTH_MESSAGE)
      .refine((m) => m >= '2000-01' && m <= '2100-12', MONTH_MESSAGE)
      .optional(),
    lang: z.enum(SHARE_LANGUAGES, { message: 'lang must be fi or en' }).optional(),
  })
  .strict();
export type SharePageQuery = z.output<typeof sharePageQuery>;

/** The page's URL with its parameters (the token first), as the links between views are written. */
export function sharePageUrl(
  base: string,
  params: { token: string; view?: ShareView; year?: number; month?: string; lang?: ShareLanguage }
) {
  const search = new URLSearchParams({ token: params.token });
  if (params.view) search.set('view', params.view);
  if (params.year !== undefined) search.set('year', String(params.year));
  if (params.month) search.set('month', params.month);
  if (params.lang) search.set('lang', params.lang);
  return `${base}${CONTENT_API_PREFIX}${SHARE_PAGE_ROUTES.page}?${search.toString()}`;
}

/** One occurrence as the page shows it: nothing private (no notes, status, assignee, due date). */
export interface ShareOccurrence {
  documentId: string;
  locale: string;
  title: string;
  /** ISO 8601 with the piece's own offset at that moment. */
  start: string;
  timeZone: string;
  funnelStage: string;
  channels: string[];
  theme: string | null;
  /** A draft with a publication time (shown only when the link shows planned titles). */
  planned: boolean;
}

/** The iframe snippet for an intranet page. */
export const embedSnippet = (url: string, title: string) =>
  `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" width="100%" height="900" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
