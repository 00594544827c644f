/**
 * Scheduling moves from the admin views: schedule or reschedule a piece (409 when someone else
 * changed it since the view loaded), move one occurrence of a series to its own piece, and quick
 * create. Every write goes through the Document Service, so the content guard validates it.
 */
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type {
  DetachedOccurrence,
  DetachOccurrenceInput,
  PieceCurrent,
  QuickCreatedPiece,
  QuickCreateInput,
  ScheduledPiece,
  ScheduleInput,
} from '../../../core/contracts/piece-scheduling';
import { instantToLocal } from '../../../core/time';
import { CONTENT_TYPES } from '../constants';
import { ConflictError, sameInstant } from '../conflict';
import { query } from '../query';
import { getConfig, isoOrNull } from '../utils';

const PIECE = CONTENT_TYPES.contentPiece;

/** A stale write to a content piece: answered 409 with the current version for the notice. */
export class StaleWriteError extends ConflictError<PieceCurrent> {
  constructor(current: PieceCurrent) {
    super('This content piece was changed by someone else after you loaded it. Reload to see the latest version.', current);
  }
}

/** Refuses a write based on an older version of the piece's draft. */
export function assertFresh(
  draft: { documentId: string; locale?: string | null; updatedAt: unknown; publishAt?: unknown },
  expectedUpdatedAt: string
) {
  if (!sameInstant(draft.updatedAt, expectedUpdatedAt)) {
    throw new StaleWriteError({
      documentId: draft.documentId,
      ...(draft.locale ? { locale: draft.locale } : {}),
      updatedAt: isoOrNull(draft.updatedAt)!,
      publishAt: isoOrNull(draft.publishAt),
    });
  }
}

/** What the Document Service takes for a piece; a cleared field is written as null, which its input type leaves out. */
type PieceInput = Modules.Documents.Params.Data.Input<typeof PIECE>;
type PieceVersion = Modules.Documents.AnyDocument;

/** An update of a draft that was just read: the Document Service answers null only for a missing document. */
const written = <T>(doc: T | null): T => {
  if (!doc) throw new errors.NotFoundError('The content piece was deleted meanwhile');
  return doc;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function draftOf(documentId: string, locale: string) {
    const draft = await query(strapi, PIECE).findOne({
      where: { documentId, locale, publishedAt: null },
      populate: { channels: { select: ['id'] }, personas: { select: ['id'] }, theme: { select: ['id'] }, assignee: { select: ['id'] } },
    });
    if (!draft) throw new errors.NotFoundError(`No content piece ${documentId} in locale ${locale}`);
    return draft;
  }

  const summary = (doc: PieceVersion): ScheduledPiece => ({
    documentId: doc.documentId,
    locale: doc.locale as string,
    title: doc.title,
    publishAt: doc.publishAt ? new Date(doc.publishAt).toISOString() : null,
    timeZone: doc.timeZone || getConfig(strapi, 'defaultTimeZone'),
    recurrence: doc.recurrence ?? null,
    recurrenceExceptions: Array.isArray(doc.recurrenceExceptions) ? (doc.recurrenceExceptions as string[]) : [],
    updatedAt: new Date(doc.updatedAt).toISOString(),
  });

  return {
    /** Sets (or clears, back to the backlog) when a piece is published. */
    async schedule(documentId: string, locale: string, input: ScheduleInput): Promise<ScheduledPiece> {
      const draft = await draftOf(documentId, locale);
      assertFresh(draft, input.expectedUpdatedAt);
      const updated = await strapi.documents(PIECE).update({
        documentId,
        locale,
        data: {
          publishAt: input.publishAt,
          ...(input.timeZone ? { timeZone: input.timeZone } : {}),
          ...(input.recurrence !== undefined ? { recurrence: input.recurrence } : {}),
        } as PieceInput,
      });
      return summary(written(updated));
    },

    /**
     * "This occurrence only": the series skips `occurrence` (its local time) and a new one-off
     * draft, a copy of the piece, takes the new time.
     */
    async detachOccurrence(documentId: string, locale: string, input: DetachOccurrenceInput): Promise<DetachedOccurrence> {
      const draft = await draftOf(documentId, locale);
      assertFresh(draft, input.expectedUpdatedAt);
      if (!draft.recurrence) {
        throw new errors.ValidationError('Only a recurring piece has occurrences to move one by one', {
          errors: [{ path: ['occurrence'], message: 'the piece does not recur', name: 'ValidationError' }],
        });
      }
      const stored = Array.isArray(draft.recurrenceExceptions) ? draft.recurrenceExceptions : [];
      const exceptions = stored.filter((e): e is string => typeof e === 'string');
      const series = await strapi.documents(PIECE).update({
        documentId,
        locale,
        data: { recurrenceExceptions: [...new Set([...exceptions, input.occurrence])] },
      });
      // A new document: fields the draft leaves empty are simply not set.
      const single = await strapi.documents(PIECE).create({
        locale,
        data: {
          title: draft.title,
          summary: draft.summary ?? undefined,
          body: draft.body ?? undefined,
          format: draft.format ?? undefined,
          funnelStage: draft.funnelStage,
          contentGoal: draft.contentGoal,
          dueAt: draft.dueAt ?? undefined,
          notes: draft.notes ?? undefined,
          // A copy goes out only after a publisher has seen it at its new time.
          editorialStatus: draft.editorialStatus === 'approved' ? 'in-review' : (draft.editorialStatus ?? undefined),
          timeZone: draft.timeZone || getConfig(strapi, 'defaultTimeZone'),
          publishAt: input.publishAt,
          channels: (draft.channels ?? []).map((c) => c.id),
          personas: (draft.personas ?? []).map((p) => p.id),
          theme: draft.theme?.id,
        },
      });
      // The same person keeps the work: set below the Document Service, so no "assigned to you" mail.
      if (draft.assignee?.id) {
        await query(strapi, PIECE).update({
          where: { documentId: single.documentId, locale, publishedAt: null },
          data: { assignee: draft.assignee.id },
        });
      }
      return { series: summary(written(series)), occurrence: summary(single) };
    },

    /** Quick create from a day cell: a draft at that time. */
    async quickCreate(input: QuickCreateInput, locale: string): Promise<QuickCreatedPiece> {
      const channelIds = input.channels?.length
        ? await query(strapi, CONTENT_TYPES.channel).findMany({ where: { slug: { $in: input.channels } }, select: ['id', 'slug'] })
        : [];
      const unknown = (input.channels ?? []).filter((slug) => !channelIds.some((c) => c.slug === slug));
      if (unknown.length) {
        throw new errors.ValidationError(`channels: no channel with slug ${unknown.join(', ')}`, {
          errors: [{ path: ['channels'], message: `no channel with slug ${unknown.join(', ')}`, name: 'ValidationError' }],
        });
      }
      const created = await strapi.documents(PIECE).create({
        locale,
        data: {
          title: input.title,
          funnelStage: input.funnelStage,
          contentGoal: input.contentGoal,
          format: input.format,
          channels: channelIds.map((c) => c.id),
          publishAt: input.publishAt ?? undefined,
          ...(input.timeZone ? { timeZone: input.timeZone } : {}),
          editorialStatus: 'idea',
        },
      });
      const piece = summary(created);
      return { ...piece, local: piece.publishAt ? instantToLocal(new Date(piece.publishAt), piece.timeZone) : null };
    },
  };
};
