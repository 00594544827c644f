/**
 * Scheduling moves from the admin views: schedule or reschedule a piece (409 when someone else
 * changed it since the view loaded), move one occurrence of a series to its own piece, and quick
 * create. Every write goes through the Document Service, so the content guard validates it.
 */
import type { Core } from '@strapi/strapi';
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
import { getConfig, isoOrNull } from '../utils';

const PIECE = CONTENT_TYPES.contentPiece;

/** A stale write to a content piece: answered 409 with the current version for the notice. */
export class StaleWriteError extends ConflictError<PieceCurrent> {
  constructor(current: PieceCurrent) {
    super('This content piece was changed by someone else after you loaded it. Reload to see the latest version.', current);
  }
}

/** Refuses a write based on an older version of the piece's draft. */
export function assertFresh(draft: { documentId: string; updatedAt: unknown; publishAt?: unknown }, expectedUpdatedAt: string) {
  if (!sameInstant(draft.updatedAt, expectedUpdatedAt)) {
    throw new StaleWriteError({ documentId: draft.documentId, updatedAt: isoOrNull(draft.updatedAt)!, publishAt: isoOrNull(draft.publishAt) });
  }
}

const COPIED_FIELDS = ['summary', 'body', 'format', 'funnelStage', 'contentGoal', 'timeZone', 'editorialStatus', 'dueAt', 'notes'] as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function draftOf(documentId: string) {
    const draft = await strapi.db.query(PIECE as any).findOne({
      where: { documentId, publishedAt: null },
      populate: { channels: { select: ['id'] }, personas: { select: ['id'] }, theme: { select: ['id'] }, assignee: { select: ['id'] } },
    });
    if (!draft) throw new errors.NotFoundError(`No content piece ${documentId}`);
    return draft;
  }

  const summary = (doc: any): ScheduledPiece => ({
    documentId: doc.documentId,
    title: doc.title,
    publishAt: doc.publishAt ? new Date(doc.publishAt).toISOString() : null,
    timeZone: doc.timeZone,
    recurrence: doc.recurrence ?? null,
    recurrenceExceptions: doc.recurrenceExceptions ?? [],
    updatedAt: new Date(doc.updatedAt).toISOString(),
  });

  return {
    /** Sets (or clears, back to the backlog) when a piece is published. */
    async schedule(documentId: string, input: ScheduleInput): Promise<ScheduledPiece> {
      const draft = await draftOf(documentId);
      assertFresh(draft, input.expectedUpdatedAt);
      const updated = await strapi.documents(PIECE as any).update({
        documentId,
        data: {
          publishAt: input.publishAt,
          ...(input.timeZone ? { timeZone: input.timeZone } : {}),
          ...(input.recurrence !== undefined ? { recurrence: input.recurrence } : {}),
        } as any,
      });
      return summary(updated);
    },

    /**
     * "This occurrence only": the series skips `occurrence` (its local time) and a new one-off
     * draft, a copy of the piece, takes the new time.
     */
    async detachOccurrence(documentId: string, input: DetachOccurrenceInput): Promise<DetachedOccurrence> {
      const draft = await draftOf(documentId);
      assertFresh(draft, input.expectedUpdatedAt);
      if (!draft.recurrence) {
        throw new errors.ValidationError('Only a recurring piece has occurrences to move one by one', {
          errors: [{ path: ['occurrence'], message: 'the piece does not recur', name: 'ValidationError' }],
        });
      }
      const exceptions: string[] = Array.isArray(draft.recurrenceExceptions) ? draft.recurrenceExceptions : [];
      const series = await strapi.documents(PIECE as any).update({
        documentId,
        data: { recurrenceExceptions: [...new Set([...exceptions, input.occurrence])] } as any,
      });
      const single = await strapi.documents(PIECE as any).create({
        data: {
          title: draft.title,
          ...Object.fromEntries(COPIED_FIELDS.map((f) => [f, draft[f] ?? null])),
          // A copy goes out only after a publisher has seen it at its new time.
          editorialStatus: draft.editorialStatus === 'approved' ? 'in-review' : (draft.editorialStatus ?? null),
          timeZone: draft.timeZone || getConfig(strapi, 'defaultTimeZone'),
          publishAt: input.publishAt,
          recurrence: null,
          recurrenceExceptions: null,
          channels: (draft.channels ?? []).map((c: any) => c.id),
          personas: (draft.personas ?? []).map((p: any) => p.id),
          theme: draft.theme?.id ?? null,
        } as any,
      });
      // The same person keeps the work: set below the Document Service, so no "assigned to you" mail.
      if (draft.assignee?.id) {
        await strapi.db.query(PIECE as any).update({ where: { documentId: single.documentId, publishedAt: null }, data: { assignee: draft.assignee.id } });
      }
      return { series: summary(series), occurrence: summary(single) };
    },

    /** Quick create from a day cell: a draft at that time. */
    async quickCreate(input: QuickCreateInput): Promise<QuickCreatedPiece> {
      const channelIds = input.channels?.length
        ? (await strapi.db.query(CONTENT_TYPES.channel as any).findMany({ where: { slug: { $in: input.channels } }, select: ['id', 'slug'] }))
        : [];
      const unknown = (input.channels ?? []).filter((slug) => !channelIds.some((c: any) => c.slug === slug));
      if (unknown.length) {
        throw new errors.ValidationError(`channels: no channel with slug ${unknown.join(', ')}`, {
          errors: [{ path: ['channels'], message: `no channel with slug ${unknown.join(', ')}`, name: 'ValidationError' }],
        });
      }
      const created = await strapi.documents(PIECE as any).create({
        data: {
          title: input.title,
          funnelStage: input.funnelStage,
          contentGoal: input.contentGoal,
          format: input.format ?? null,
          channels: channelIds.map((c: any) => c.id),
          publishAt: input.publishAt ?? null,
          ...(input.timeZone ? { timeZone: input.timeZone } : {}),
          editorialStatus: 'idea',
        } as any,
      });
      return { ...summary(created), local: created.publishAt ? instantToLocal(new Date(created.publishAt), created.timeZone) : null };
    },
  };
};
