/**
 * Scheduling moves from the admin views: schedule or reschedule a piece (409 when stale), move
 * one occurrence of a series to its own piece, and quick create from a day cell.
 */
import { z } from 'zod';
import { CONTENT_FORMATS, CONTENT_GOALS, FUNNEL_STAGES } from '../enums';
import { isValidTimeZone } from '../time-zone';
import { isoDateTime, localeCode } from './fields';
import { adminPath } from './routing';

const timeZone = z.string().refine(isValidTimeZone, 'timeZone must be an IANA time zone such as Europe/Helsinki');

export const scheduleBody = z
  .object({
    publishAt: isoDateTime('publishAt').nullable(),
    timeZone: timeZone.optional(),
    /** Moving a whole series also moves its weekdays; the content guard validates the rule. */
    recurrence: z.string().max(500).optional(),
    expectedUpdatedAt: isoDateTime('expectedUpdatedAt'),
    /** The language version rescheduled; none = the default locale. */
    locale: localeCode.optional(),
  })
  .strict();
export type ScheduleInput = z.infer<typeof scheduleBody>;

export const detachOccurrenceBody = z
  .object({
    occurrence: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'occurrence must be the local date-time of the occurrence, YYYY-MM-DDTHH:mm'),
    publishAt: isoDateTime('publishAt'),
    expectedUpdatedAt: isoDateTime('expectedUpdatedAt'),
    locale: localeCode.optional(),
  })
  .strict();
export type DetachOccurrenceInput = z.infer<typeof detachOccurrenceBody>;

export const quickCreateBody = z
  .object({
    title: z.string().trim().min(1, 'title is required').max(255),
    funnelStage: z.enum(FUNNEL_STAGES, { message: `funnelStage must be one of ${FUNNEL_STAGES.join(', ')}` }),
    contentGoal: z.enum(CONTENT_GOALS, { message: `contentGoal must be one of ${CONTENT_GOALS.join(', ')}` }),
    format: z.enum(CONTENT_FORMATS).optional(),
    channels: z.array(z.string()).max(50).optional(),
    publishAt: isoDateTime('publishAt').nullable().optional(),
    timeZone: timeZone.optional(),
    /** The language the new piece is written in; none = the default locale. */
    locale: localeCode.optional(),
  })
  .strict();
export type QuickCreateInput = z.infer<typeof quickCreateBody>;

/** A piece's schedule after a write. */
export interface ScheduledPiece {
  documentId: string;
  locale: string;
  title: string;
  publishAt: string | null;
  timeZone: string;
  recurrence: string | null;
  recurrenceExceptions: string[];
  updatedAt: string;
}

export interface DetachedOccurrence {
  series: ScheduledPiece;
  occurrence: ScheduledPiece;
}

export interface QuickCreatedPiece extends ScheduledPiece {
  /** Wall-clock time in the piece's zone, `YYYY-MM-DDTHH:mm`; null for the backlog. */
  local: string | null;
}

/** The 409's `details.current` for a stale write to a piece. */
export interface PieceCurrent {
  documentId: string;
  locale?: string;
  updatedAt: string;
  publishAt: string | null;
}

export const PIECE_SCHEDULING_ROUTES = {
  quickCreate: '/pieces',
  schedule: '/pieces/:documentId/schedule',
  detachOccurrence: '/pieces/:documentId/detach-occurrence',
} as const;
export const pieceSchedulingPaths = {
  quickCreate: () => adminPath(PIECE_SCHEDULING_ROUTES.quickCreate),
  schedule: (documentId: string) => adminPath(PIECE_SCHEDULING_ROUTES.schedule, { documentId }),
  detachOccurrence: (documentId: string) => adminPath(PIECE_SCHEDULING_ROUTES.detachOccurrence, { documentId }),
};
