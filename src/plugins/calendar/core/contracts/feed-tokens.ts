/** Calendar feed tokens (admin: list, create, revoke) and the ICS subscription they unlock. */
import { z } from 'zod';
import type { OccurrenceFilters } from '../query/occurrence-params';
import type { UserRef } from './fields';
import { adminPath } from './routing';

/** The service checks name, filters and expiry; the contract checks the body's shape (no unknown fields). */
export const createFeedTokenBody = z
  .object({ name: z.unknown().optional(), filters: z.unknown().optional(), expiresAt: z.unknown().optional() })
  .strict();

/** What the admin sends to create a token. */
export interface FeedTokenInput {
  name: string;
  filters?: OccurrenceFilters;
  /** A date (end of that day in the default zone) or an ISO date-time; absent or null: never. */
  expiresAt?: string | null;
}

export interface FeedToken {
  id: number;
  name: string;
  tokenHint: string | null;
  filters: OccurrenceFilters;
  lastUsedAt: string | null;
  /** When the token stops working; null: never. */
  expiresAt: string | null;
  expired: boolean;
  createdAt: string;
  owner: UserRef | null;
}

/** The answer to a create: the secret and the subscription URL, shown once. */
export interface CreatedFeedToken extends FeedToken {
  token: string;
  url: string;
}

export const FEED_TOKEN_ROUTES = { list: '/feed-tokens', create: '/feed-tokens', revoke: '/feed-tokens/:id' } as const;
export const feedTokenPaths = {
  list: () => adminPath(FEED_TOKEN_ROUTES.list),
  create: () => adminPath(FEED_TOKEN_ROUTES.create),
  revoke: (id: number) => adminPath(FEED_TOKEN_ROUTES.revoke, { id }),
};
