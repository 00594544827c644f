/**
 * Every write that puts an approved draft on the schedule tells the scheduler when it falls due,
 * once the write has committed (before that no instance could see it): the Content Manager, REST,
 * our own routes and imports alike, as all of them end in the database layer's lifecycles (one
 * row at a time; bulk `createMany`/`updateMany` are left to the poll).
 *
 * One signal per transaction, for its earliest due time: an import of a thousand pieces sends
 * one, not a thousand. Due times beyond the poll interval send none: every instance's next poll
 * measures them from the database anyway.
 */
import type { Core } from '@strapi/strapi';
import { getConfig } from '../../utils';
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
  /** The earliest due time announced so far in each open transaction (keyed by the transaction). */
  const pending = new WeakMap<object, { dueAt: Date }>();

  const announce = async (event: { result?: unknown }) => {
    const dueAt = announcedDueAt(event.result as PieceRow);
    if (!dueAt) return;
    // Rough on purpose (this process's clock): a hint only decides whether to send, never what is due.
    if (dueAt.getTime() > Date.now() + getConfig(strapi, 'scheduler').intervalSeconds * 1000) return;
    // Outside a transaction the write has committed already.
    if (!strapi.db.inTransaction()) return void signal.send(dueAt);
    await strapi.db.transaction(async ({ trx, onCommit }) => {
      const open = pending.get(trx);
      if (open) {
        if (dueAt < open.dueAt) open.dueAt = dueAt;
        return;
      }
      const entry = { dueAt };
      pending.set(trx, entry);
      // Joins the write's transaction: runs at its commit, never after a rollback.
      onCommit(() => {
        pending.delete(trx);
        void signal.send(entry.dueAt);
      });
    });
  };
  strapi.db.lifecycles.subscribe({ models: [PIECE], afterCreate: announce, afterUpdate: announce });
}
