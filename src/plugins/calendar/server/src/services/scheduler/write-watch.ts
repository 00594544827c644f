/**
 * Every write that puts an approved draft on the schedule tells the scheduler when it falls due,
 * once the write has committed (before that no instance could see it): the Content Manager, REST,
 * our own routes and imports alike, as all of them end in the database layer's lifecycles.
 */
import type { Core } from '@strapi/strapi';
import { PIECE } from './queue';
import type { WakeSignal } from './wake-signal';

interface PieceRow {
  publishedAt?: unknown;
  editorialStatus?: unknown;
  publishAt?: unknown;
}

/** The due time a written row announces: an approved draft with a publish time. */
export function announcedDueAt(row: PieceRow | null | undefined): Date | null {
  if (!row || row.publishedAt != null || row.editorialStatus !== 'approved' || row.publishAt == null) return null;
  const at = new Date(row.publishAt as string | number | Date);
  return Number.isNaN(at.getTime()) ? null : at;
}

export function watchScheduleWrites(strapi: Core.Strapi, signal: WakeSignal) {
  const announce = async (event: { result?: unknown }) => {
    const dueAt = announcedDueAt(event.result as PieceRow);
    if (!dueAt) return;
    // Joins the write's transaction when there is one (the callback runs at its commit); else runs now.
    await strapi.db.transaction(async ({ onCommit }) => onCommit(() => void signal.send(dueAt)));
  };
  strapi.db.lifecycles.subscribe({ models: [PIECE], afterCreate: announce, afterUpdate: announce });
}
