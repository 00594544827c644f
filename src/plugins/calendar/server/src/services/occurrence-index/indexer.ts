/**
 * Writes the index for piece versions: for each, its source row (status, schedule key, span) and
 * its occurrences in the window. Always within a transaction given by the caller, so the index
 * changes with the write that caused it, or not at all.
 */
import type { Core } from '@strapi/strapi';
import { indexEntry, scheduleKey, spanOf } from '../../../../core/occurrence-index/entries';
import type { Range } from '../../../../core/recurrence/expand';
import { CONTENT_TYPES } from '../../constants';
import { dbHelpers, jsonColumn } from '../../db';
import type { Db } from '../scheduler/db-clock';
import type { Change } from './changes';
import type { FeedEntryStore } from './feed-entries';
import { TABLES, bool, num } from './tables';

const PIECE = CONTENT_TYPES.contentPiece;
/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits. */
const INSERT_BATCH = 300;

export interface VersionRow {
  id: number;
  documentId: string;
  publishedAt: unknown;
  publishAt: unknown;
  timeZone: string | null;
  recurrence: string | null;
  recurrenceExceptions: unknown;
}

/** Read as the feeds read it (so the schedule keys agree); unreadable text never fails the write. */
const exceptions = (v: unknown): string[] => {
  try {
    const parsed = jsonColumn(v);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
};

/** The schedule of a version as the feeds expand it (its zone, or the calendar's default). */
export function indexerSchedule(strapi: Core.Strapi) {
  const { toDate } = dbHelpers(strapi);
  return (row: Omit<VersionRow, 'id' | 'documentId' | 'publishedAt'>, defaultZone: string) => {
    const publishAt = toDate(row.publishAt);
    if (!publishAt) return null;
    return {
      publishAt,
      timeZone: row.timeZone || defaultZone,
      recurrence: row.recurrence,
      recurrenceExceptions: exceptions(row.recurrenceExceptions),
    };
  };
}

export function indexer(strapi: Core.Strapi, entries: FeedEntryStore) {
  const { table, col } = dbHelpers(strapi);
  const select = () =>
    Object.fromEntries(
      ['id', 'documentId', 'publishedAt', 'publishAt', 'timeZone', 'recurrence', 'recurrenceExceptions'].map((f) => [f, col(PIECE, f)])
    );
  const scheduleOf = indexerSchedule(strapi);

  async function insertBatched(trx: Db, name: string, rows: Array<Record<string, unknown>>) {
    for (let i = 0; i < rows.length; i += INSERT_BATCH) await trx(name).insert(rows.slice(i, i + INSERT_BATCH));
  }

  /** Source, occurrence and feed entry rows of `rows`, written after their old ones are deleted by the caller. */
  async function write(trx: Db, rows: VersionRow[], window: Range, defaultZone: string) {
    const sources: Array<Record<string, unknown>> = [];
    const feedStarts = new Map<number, number[]>();
    const occurrences: Array<Record<string, unknown>> = [];
    const spans: Array<{ published: boolean; from: number; to: number }> = [];
    for (const row of rows) {
      const published = row.publishedAt !== null && row.publishedAt !== undefined;
      const schedule = scheduleOf(row, defaultZone);
      const entry = schedule ? indexEntry(schedule, window) : { status: 'ok' as const, starts: [], message: null };
      // Only a version whose occurrences the index holds gets a feed entry; the others are expanded.
      if (published && schedule && entry.status === 'ok') feedStarts.set(row.id, entry.starts);
      const span = spanOf(entry.starts);
      // A piece left out of the index ('dense') or unexpandable still changes what feeds show.
      if (span) spans.push({ published, ...span });
      else if (entry.status !== 'ok') spans.push({ published, from: window.from.getTime(), to: window.to.getTime() });
      sources.push({
        piece_id: row.id,
        document_id: row.documentId,
        published,
        status: entry.status,
        message: entry.message?.slice(0, 1000) ?? null,
        schedule_key: schedule ? scheduleKey(schedule) : null,
        first_ms: span?.from ?? null,
        last_ms: span?.to ?? null,
      });
      for (const start of entry.starts) occurrences.push({ piece_id: row.id, published, start_ms: start });
    }
    await insertBatched(trx, TABLES.sources, sources);
    await insertBatched(trx, TABLES.occurrences, occurrences);
    await entries.write(trx, feedStarts, defaultZone);
    return spans;
  }

  /** The changes a set of old and new spans make, one per audience. */
  function changesOf(spans: Array<{ published: boolean; from: number; to: number }>, documents: string[]): Change[] {
    const out: Change[] = [];
    for (const published of [true, false]) {
      const mine = spans.filter((s) => s.published === published);
      if (!mine.length) continue;
      out.push({ published, from: Math.min(...mine.map((s) => s.from)), to: Math.max(...mine.map((s) => s.to)), documents });
    }
    return out;
  }

  return {
    scheduleOf,

    /**
     * Every version of `documentIds` indexed afresh (deleted versions dropped). Returns what
     * changed, for the feed cache: the span of the documents' old and new occurrences, per audience
     * (all of a document's versions: a published language changes the others' `locales`).
     */
    async reindexDocuments(trx: Db, documentIds: string[], window: Range, defaultZone: string): Promise<Change[]> {
      if (!documentIds.length) return [];
      const old: Array<{ piece_id: unknown; published: unknown; first_ms: unknown; last_ms: unknown }> = await trx(TABLES.sources)
        .whereIn('document_id', documentIds)
        .select('piece_id', 'published', 'first_ms', 'last_ms');
      const before = old
        .filter((r) => num(r.first_ms) !== null)
        .map((r) => ({ published: bool(r.published), from: num(r.first_ms)!, to: num(r.last_ms)! }));
      const rows: VersionRow[] = await trx(table(PIECE)).whereIn(col(PIECE, 'documentId'), documentIds).select(select());
      const ids = rows.map((r) => r.id);
      const oldIds = old.map((r) => num(r.piece_id)!);
      const drop = [...new Set([...ids, ...oldIds])];
      for (let i = 0; i < drop.length; i += INSERT_BATCH) {
        const part = drop.slice(i, i + INSERT_BATCH);
        await trx(TABLES.occurrences).whereIn('piece_id', part).del();
        await trx(TABLES.sources).whereIn('piece_id', part).del();
        await trx(TABLES.feedEntries).whereIn('piece_id', part).del();
      }
      const after = await write(trx, rows, window, defaultZone);
      return changesOf([...before, ...after], documentIds);
    },

    /**
     * One chunk of a rebuild: versions with id in (afterId, …], at most `limit`, locked on
     * PostgreSQL so a concurrent write waits for the chunk (then indexes its own version).
     * Returns the last id done, or null when there is nothing after `afterId`.
     */
    async rebuildChunk(trx: Db, afterId: number, limit: number, window: Range, defaultZone: string): Promise<number | null> {
      const q = trx(table(PIECE)).where('id', '>', afterId).orderBy('id').limit(limit).select(select());
      if (strapi.db.dialect.client !== 'sqlite') q.forUpdate();
      const rows: VersionRow[] = await q;
      const last = rows.length ? rows[rows.length - 1].id : null;
      // The last chunk (none left) clears what is past every version still there.
      for (const name of [TABLES.occurrences, TABLES.sources, TABLES.feedEntries]) {
        const del = trx(name).where('piece_id', '>', afterId);
        if (last !== null) del.where('piece_id', '<=', last);
        await del.del();
      }
      await write(trx, rows, window, defaultZone);
      return last;
    },
  };
}

export type Indexer = ReturnType<typeof indexer>;
