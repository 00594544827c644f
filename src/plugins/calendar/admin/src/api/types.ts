import type { OccurrenceFilters } from '../../../core/query/occurrence-params';
import type { CreatedFeedToken, FeedToken as ListedFeedToken } from '../../../core/contracts/feed-tokens';

export type { Channel as ChannelRef, PersonaRef, Reference, ThemeRef } from '../../../core/contracts/reference';
/** The same filters the server parses (core/query/occurrence-params). */
export type FeedFilters = OccurrenceFilters;
/** A listed token; right after creation it also carries the secret and the URL. */
export type FeedToken = ListedFeedToken & Partial<Pick<CreatedFeedToken, 'token' | 'url'>>;
