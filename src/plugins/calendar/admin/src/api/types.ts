import type { OccurrenceFilters } from '../../../core/query/occurrence-params';

export interface ChannelRef {
  documentId: string;
  name: string;
  slug: string;
  kind: 'owned' | 'paid' | 'earned' | 'shared';
  color: string | null;
  active: boolean;
}
export interface PersonaRef {
  documentId: string;
  name: string;
  slug: string;
}
export interface ThemeRef {
  documentId: string;
  name: string;
  slug: string;
  color: string | null;
  startDate: string;
  endDate: string;
  repeatsYearly: boolean;
  contentGoal: string | null;
}
export interface Reference {
  channels: ChannelRef[];
  personas: PersonaRef[];
  themes: ThemeRef[];
}
/** The same filters the server parses (core/query/occurrence-params). */
export type FeedFilters = OccurrenceFilters;
export interface FeedToken {
  id: number;
  name: string;
  tokenHint: string | null;
  filters: FeedFilters;
  lastUsedAt: string | null;
  /** When the token stops working; null: never. */
  expiresAt: string | null;
  expired: boolean;
  createdAt: string;
  owner: { id: number; firstname: string | null; lastname: string | null } | null;
  token?: string;
  url?: string;
}
