/**
 * The Schedule side panel of a piece's edit view: when it will appear (the next occurrences and
 * whether each is already in the public feed), its editorial state with the moves allowed from
 * here, and whether the viewer may publish. Its history and publish log come from the activity
 * and publish-log routes.
 */
import type { EditorialStatus } from '../enums';
import type { Person } from './fields';
import { adminPath } from './routing';

/**
 * `live`: the published version has it, so `/api/calendar/occurrences` lists it; `scheduled`: the
 * draft is approved and the scheduler will publish it; `unapproved`: it waits for approval.
 */
export type OccurrenceState = 'live' | 'scheduled' | 'unapproved';

export interface PanelOccurrence {
  /** The instant, ISO with the piece zone's offset (as the feeds give it). */
  start: string;
  /** Wall-clock `YYYY-MM-DDTHH:mm` in the piece's zone. */
  local: string;
  state: OccurrenceState;
}

/** Every language version's schedule at a glance, the panel's own version included. */
export interface PanelVersion {
  locale: string;
  title: string;
  editorialStatus: EditorialStatus;
  publishAt: string | null;
  timeZone: string;
  recurrence: string | null;
  status: 'draft' | 'published' | 'modified';
  /** The next few occurrences. */
  next: PanelOccurrence[];
  problem: string | null;
}

export interface PiecePanel {
  documentId: string;
  /** The version the panel is about (the edit view's locale). */
  locale: string;
  title: string;
  editorialStatus: EditorialStatus;
  moves: EditorialStatus[];
  assignee: Person | null;
  dueAt: string | null;
  /** The version's effort estimate in minutes (private, for the workload). */
  effortMinutes: number | null;
  publishAt: string | null;
  timeZone: string;
  recurrence: string | null;
  /** draft: never published; published: the draft is what is live; modified: the draft has unpublished changes. */
  status: 'draft' | 'published' | 'modified';
  updatedAt: string;
  next: PanelOccurrence[];
  /** Why occurrences cannot be listed (a stored rule that cannot be expanded), else null. */
  problem: string | null;
  /** Whether the viewer holds the publish right (Publish now, Unschedule, approving). */
  canPublish: boolean;
  /** Every language version of the document, in locale order. */
  versions: PanelVersion[];
}

/** How many occurrences the panel lists per other language version. */
export const VERSION_OCCURRENCES = 3;

/** How many upcoming occurrences the panel lists. */
export const PANEL_OCCURRENCES = 8;

export const PIECE_PANEL_ROUTES = { panel: '/pieces/:documentId/panel' } as const;
export const piecePanelPaths = { panel: (documentId: string) => adminPath(PIECE_PANEL_ROUTES.panel, { documentId }) };
