/** GET /calendar/reference: channels, personas and themes for the views' filters and colours. */
import type { ChannelKind, ContentGoal } from '../enums';
import { adminPath } from './routing';

/** A channel as the admin routes show it; the smaller shapes below are picks of this one. */
export interface Channel {
  documentId: string;
  name: string;
  slug: string;
  kind: ChannelKind;
  color: string | null;
  active: boolean;
}
/** A channel on a card or a task: enough to label and colour it. */
export type ChannelTag = Pick<Channel, 'slug' | 'name' | 'color'>;
/** A channel on a quarterly-grid row. */
export type ChannelRow = Pick<Channel, 'slug' | 'name' | 'kind' | 'color'>;

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
  /** A quiet season (suvanto): development work rather than campaigns. */
  quietSeason: boolean;
  contentGoal: ContentGoal | null;
}

export interface Reference {
  channels: Channel[];
  personas: PersonaRef[];
  themes: ThemeRef[];
}

export const REFERENCE_ROUTES = { reference: '/reference' } as const;
export const referencePaths = { reference: () => adminPath(REFERENCE_ROUTES.reference) };
