/**
 * The index's feed entries: for each published piece version whose occurrences the index holds,
 * its starts in the window and the public feed's JSON before and after `start`, as one byte
 * string (`entry-bytes.ts`, `public-feed-json.ts`), written in the same transaction as its
 * occurrences. A public feed built from nothing then reads one value per version and serialises
 * nothing but the starts. The JSON is also kept as text (`before_json`, `after_json`), which is
 * what instances of the previous version read during a rolling deploy.
 *
 * An entry is served only while it is what its version would give now, checked in SQL on the
 * feed's own read (`freshSql`): the version's updatedAt and schedule columns are still as they
 * were when it was made (a write around Strapi changes them), its zone is the one the version
 * resolves to, and no channel's, persona's or theme's slug has changed since (the epoch, which
 * such a write increments). Until an entry is fresh the feed reads that version as before. One
 * made under an older epoch is made again in the background; one whose version changed around
 * Strapi waits for that version's next indexed write or a reindex (its occurrences may be stale
 * too). Each entry reads the epoch and the stored columns before the content, so it never
 * claims to be newer than what it shows.
 */
import type { Core } from '@strapi/strapi';
import { packEntry, unpackEntry } from '../../../../core/occurrence-index/entry-bytes';
import { CONTENT_TYPES } from '../../constants';
import { dbHelpers } from '../../db';
import { getService } from '../../utils';
import { entryOf } from '../public-feed-json';
import type { Db } from '../scheduler/db-clock';
import { TABLES, num } from './tables';

const PIECE = CONTENT_TYPES.contentPiece;
/** Versions per refresh transaction (and per read of their rows). */
const CHUNK = 500;
/** At most this many chunks per refresh (500,000 versions); a newer epoch starts another. */
const MAX_CHUNKS = 1000;
const INSERT_BATCH = 100;
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Bytes as both drivers bind them (a Buffer), without a copy. */
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function feedEntryStore(strapi: Core.Strapi) {
  const knex = () => strapi.db.connection;
  const { col, sqlite, table } = dbHelpers(strapi);
  const p = (field: string) => `p.${col(PIECE, field)}`;
  // The stored forms compared: epoch milliseconds and text, whatever the column types.
  const ms = (column: string) => (sqlite() ? column : `floor(extract(epoch from ${column}) * 1000)`);
  const text = (column: string) => (sqlite() ? column : `${column}::text`);
  const same = (a: string, b: string) => (sqlite() ? `${a} IS ${b}` : `${a} IS NOT DISTINCT FROM ${b}`);
  const madeFrom = () => ({
    updated_ms: ms(p('updatedAt')),
    publish_ms: ms(p('publishAt')),
    time_zone: p('timeZone'),
    recurrence: p('recurrence'),
    exceptions: text(p('recurrenceExceptions')),
  });
  let refreshing: Promise<void> | null = null;
  let again = false;

  const epoch = async (db: Db = knex()): Promise<number> => num((await db(TABLES.epoch).where('id', 1).first('epoch'))?.epoch) ?? 0;

  /**
   * The entries of the published, scheduled versions among `pieceIds`, read in `trx` (epoch,
   * stored columns, then content), with their starts. A version without starts given gets a row
   * that is never served (no `entry`).
   */
  async function render(trx: Db, pieceIds: number[], defaultZone: string, startsOf: Map<number, ArrayLike<number>>) {
    const current = await epoch(trx);
    const out = [];
    for (let i = 0; i < pieceIds.length; i += CHUNK) {
      const ids = pieceIds.slice(i, i + CHUNK);
      const columns = Object.entries(madeFrom()).map(([alias, expr]) => `${expr} AS ${alias}`);
      const stored: Array<Record<string, unknown> & { id: number }> = await trx(`${table(PIECE)} as p`)
        .whereIn('p.id', ids)
        .select('p.id', trx.raw(columns.join(', ')));
      const storedOf = new Map(stored.map((row) => [Number(row.id), row]));
      const rows = await getService(strapi, 'piece-repository').find({
        audience: 'public',
        filters: {},
        locales: null,
        pieceIds: ids,
        withPublishedLocales: true,
        db: trx,
      });
      for (const row of rows) {
        const { id: _id, ...made } = storedOf.get(row.id) ?? {};
        const entry = entryOf(row, row.timeZone || defaultZone);
        const starts = startsOf.get(row.id);
        out.push({
          piece_id: row.id,
          entry: starts ? asBuffer(packEntry(starts, entry.before, entry.after)) : null,
          start_count: starts?.length ?? null,
          before_json: asBuffer(entry.before).toString('utf8'),
          after_json: asBuffer(entry.after).toString('utf8'),
          zone: entry.zone,
          epoch: current,
          ...made,
        });
      }
    }
    return out;
  }

  async function insert(trx: Db, rows: Array<Record<string, unknown>>, onConflict: 'merge' | 'ignore') {
    for (let i = 0; i < rows.length; i += INSERT_BATCH) {
      const q = trx(TABLES.feedEntries)
        .insert(rows.slice(i, i + INSERT_BATCH))
        .onConflict('piece_id');
      await (onConflict === 'merge' ? q.merge() : q.ignore());
    }
  }

  /**
   * One chunk of entries made under an older epoch made again; false when there were none. What
   * each was made from is kept: a version also changed around Strapi stays unserved (its
   * occurrences may be stale too) until it is indexed again.
   */
  const refreshChunk = (defaultZone: string) =>
    strapi.db.transaction(async ({ trx }: { trx: Db }) => {
      const current = await epoch(trx);
      const stale: Array<Record<string, unknown> & { piece_id: unknown }> = await trx(TABLES.feedEntries)
        .where('epoch', '<', current)
        .limit(CHUNK)
        .select('piece_id', 'entry', 'start_count', ...Object.keys(madeFrom()));
      if (!stale.length) return false;
      const ids = stale.map((row) => Number(row.piece_id));
      const kept = new Map(stale.map(({ piece_id, entry: _entry, start_count: _count, ...made }) => [Number(piece_id), made]));
      // The starts stay: only what the JSON shows changed.
      const startsOf = new Map<number, ArrayLike<number>>();
      for (const row of stale) {
        const parts = unpackEntry(row.entry, num(row.start_count));
        if (parts) startsOf.set(Number(row.piece_id), parts.starts);
      }
      const rows = (await render(trx, ids, defaultZone, startsOf)).map((row) => ({ ...row, ...kept.get(row.piece_id) }));
      await trx(TABLES.feedEntries).whereIn('piece_id', ids).where('epoch', '<', current).del();
      // A write that indexed one of these meanwhile has its own, newer entry: it is kept.
      await insert(trx, rows, 'ignore');
      return true;
    }) as unknown as Promise<boolean>;

  const store = {
    epoch,

    /**
     * SQL true when entry `f` is what piece version `p` gives now (bindings: `freshBindings`).
     * The epoch is a scalar subquery, read once per statement.
     */
    freshSql: () =>
      `(f.piece_id IS NOT NULL AND f.entry IS NOT NULL AND f.epoch >= (SELECT epoch FROM ${TABLES.epoch} WHERE id = 1) AND ` +
      `${Object.entries(madeFrom())
        .map(([alias, expr]) => same(`f.${alias}`, expr))
        .join(' AND ')} AND f.zone = COALESCE(NULLIF(${p('timeZone')}, ''), ?))`,
    freshBindings: (defaultZone: string) => [defaultZone],

    /**
     * The entries of `pieceIds` take their versions' updatedAt as it is now: for a caller that has
     * just put back the date of rows whose entries were made from them (nothing else changed).
     */
    async restamp(trx: Db, pieceIds: number[]) {
      if (!pieceIds.length) return;
      const now = ms(p('updatedAt'));
      await trx(TABLES.feedEntries)
        .whereIn('piece_id', pieceIds)
        .update({ updated_ms: trx.raw(`(SELECT ${now} FROM ${table(PIECE)} p WHERE p.id = ${TABLES.feedEntries}.piece_id)`) });
    },

    /** In a write that changes a channel's, persona's or theme's slug: every entry is stale from its commit. */
    async bump(trx: Db) {
      await trx(TABLES.epoch).where('id', 1).increment('epoch', 1);
    },

    async setUp(db: Db) {
      await db(TABLES.epoch).insert({ id: 1, epoch: 0 }).onConflict('id').ignore();
    },

    /** In an indexed write: the entries of published versions, by id with their starts (old ones deleted by the caller). */
    async write(trx: Db, startsOf: Map<number, number[]>, defaultZone: string) {
      if (startsOf.size) await insert(trx, await render(trx, [...startsOf.keys()], defaultZone, startsOf), 'merge');
    },

    /** Stale entries made again, in chunks, in the background; one refresh per instance at a time. */
    refresh(defaultZone: () => string): Promise<void> {
      if (refreshing) {
        again = true;
        return refreshing;
      }
      refreshing = (async () => {
        do {
          again = false;
          for (let n = 0; n < MAX_CHUNKS && (await refreshChunk(defaultZone())); n += 1) await pause();
        } while (again);
      })().finally(() => {
        refreshing = null;
      });
      return refreshing;
    },

    /** Waits for a refresh under way (at shutdown). */
    settled: () => refreshing?.catch(() => undefined) ?? Promise.resolve(),
  };
  return store;
}

export type FeedEntryStore = ReturnType<typeof feedEntryStore>;
