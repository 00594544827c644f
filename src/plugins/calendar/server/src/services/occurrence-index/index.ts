/**
 * The occurrence index service: set up and checked at boot, rebuilt when its window or rules
 * change (or by `npm run reindex`), kept in step by the document middleware
 * (`middleware.ts`) in each write's transaction, and read by the feeds for ranges inside its
 * window. Reads never trust it blindly: an entry is used only while its version's schedule still
 * has the key it was computed from.
 */
import type { Core } from '@strapi/strapi';
import { covers, indexWindow } from '../../../../core/occurrence-index/window';
import type { Range } from '../../../../core/recurrence/expand';
import { lockForTransaction } from '../../db';
import { getConfig, getService } from '../../utils';
import type { Db } from '../scheduler/db-clock';
import { changedDocuments, currentVersion, record, touched, type Change } from './changes';
import { feedEntryStore } from './feed-entries';
import { indexer } from './indexer';
import { RULES_VERSION, TABLES, bool, ensureTables, num } from './tables';

export interface IndexState {
  version: number;
  window: Range;
  rules: number;
  ready: boolean;
}

const CHUNK = 500;
const EVERYTHING: Change[] = [
  { published: true, from: null, to: null },
  { published: false, from: null, to: null },
];
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = feedEntryStore(strapi);
  const ix = indexer(strapi, entries);
  const knex = () => strapi.db.connection;
  const settings = () => getConfig(strapi, 'occurrenceIndex');
  const defaultZone = () => getConfig(strapi, 'defaultTimeZone');
  const wanted = () => indexWindow(new Date(), settings());
  const inTransaction = <T>(work: (trx: Db) => Promise<T>): Promise<T> =>
    strapi.db.transaction(({ trx }: { trx: Db }) => work(trx)) as Promise<T>;
  let tablesReady = false;
  let rebuilding: Promise<{ ms: number }> | null = null;
  let timer: NodeJS.Timeout | null = null;
  /** Change-log writes waiting to be retried (a dropped connection just after a commit). */
  const retries = new Set<NodeJS.Timeout>();
  const RETRY_ATTEMPTS = 5;

  function retryLater(changes: Change[] | 'everything', attempt: number) {
    const retry = setTimeout(
      () => {
        retries.delete(retry);
        service.recordChanges(changes).catch((error: Error) => {
          if (attempt < RETRY_ATTEMPTS) retryLater(changes, attempt + 1);
          else strapi.log.error(`[calendar] feed change log still not written after ${attempt} retries: ${error.message}`);
        });
      },
      500 * 2 ** attempt
    );
    retry.unref();
    retries.add(retry);
  }

  async function readState(db: Db = knex()): Promise<IndexState | null> {
    const row = await db(TABLES.state).where('id', 1).first();
    if (!row) return null;
    return {
      version: num(row.version)!,
      window: { from: new Date(num(row.window_from)!), to: new Date(num(row.window_to)!) },
      rules: num(row.rules)!,
      ready: bool(row.ready),
    };
  }

  const stale = (state: IndexState | null) => {
    const w = wanted();
    return (
      !state ||
      !state.ready ||
      state.rules !== RULES_VERSION ||
      state.window.from.getTime() !== w.from.getTime() ||
      state.window.to.getTime() !== w.to.getTime()
    );
  };

  const service = {
    /** Tables and the state row: the first step of the plugin's bootstrap. */
    async setUp() {
      await ensureTables(knex());
      const w = wanted();
      if (!(await readState())) {
        await knex()(TABLES.state)
          .insert({ id: 1, version: 0, window_from: w.from.getTime(), window_to: w.to.getTime(), rules: RULES_VERSION, ready: false })
          .catch(async (error: unknown) => {
            // Another instance inserted it first.
            if (!(await readState())) throw error;
          });
      }
      await entries.setUp(knex());
      tablesReady = true;
    },

    /** The boot check, and the hourly one. Outside any transaction: a rebuild runs in its own. */
    async start() {
      if ((await service.check()) === 'ready') service.refreshFeedEntries();
      // The window rolls at the turn of the year; looked at hourly.
      timer = setInterval(
        () => void service.check().catch((e: Error) => strapi.log.error(`[calendar] occurrence index: ${e.message}`)),
        3_600_000
      );
      timer.unref();
    },

    /**
     * Rebuilds in the background when the index is not ready, or built for another window or older
     * rules. One built by newer rules (a newer instance, during a rolling deploy) is left to it:
     * rebuilt back here, the two would take turns; this instance expands on demand meanwhile.
     */
    async check(): Promise<'ready' | 'rebuilding' | 'newer'> {
      const state = await readState();
      if (state && state.rules > RULES_VERSION) return 'newer';
      if (!stale(state)) return 'ready';
      void service.rebuild().catch((error: Error) => strapi.log.error(`[calendar] occurrence index rebuild failed: ${error.message}`));
      return 'rebuilding';
    },

    /**
     * Every piece version indexed afresh, in chunks (a write waits for at most one chunk). Until
     * it is done the feeds expand on demand. One rebuild per instance at a time.
     */
    rebuild(): Promise<{ ms: number }> {
      rebuilding ??= (async () => {
        const started = performance.now();
        const window = wanted();
        await inTransaction(async (trx) => {
          await trx(TABLES.state)
            .where('id', 1)
            .update({ ready: false, window_from: window.from.getTime(), window_to: window.to.getTime(), rules: RULES_VERSION });
          await record(trx, EVERYTHING);
        });
        for (let after: number | null = 0; after !== null; await pause()) {
          const from: number = after;
          after = await inTransaction((trx) => ix.rebuildChunk(trx, from, CHUNK, window, defaultZone()));
        }
        await inTransaction(async (trx) => {
          await trx(TABLES.state).where('id', 1).update({ ready: true, built_at: Date.now() });
          await record(trx, EVERYTHING);
        });
        const ms = performance.now() - started;
        strapi.log.info(`[calendar] occurrence index rebuilt in ${(ms / 1000).toFixed(1)} s`);
        return { ms };
      })().finally(() => {
        rebuilding = null;
      });
      return rebuilding;
    },

    /** The state when the index may answer `range`, else null (expand on demand). */
    async usableFor(range: Range): Promise<IndexState | null> {
      if (!tablesReady || !settings().enabled) return null;
      const state = await readState();
      return state && state.ready && state.rules === RULES_VERSION && covers(state.window, range) ? state : null;
    },

    /** The feed entries (their freshness check is part of the public feed's read). */
    feedEntries: entries,

    /** In a channel's, persona's or theme's write: every feed entry is stale from its commit. */
    shownTypeWritten: (trx: Db) => (tablesReady ? entries.bump(trx) : Promise.resolve()),

    /** Stale feed entries made again in the background (after a channel, persona or theme write). */
    refreshFeedEntries() {
      if (!tablesReady) return;
      void entries.refresh(defaultZone).catch((e: Error) => strapi.log.error(`[calendar] feed entries not refreshed: ${e.message}`));
    },

    /** Start instants (ms) per piece version in `range`; `pieceIds` narrows the scan when few. */
    async starts(range: Range, published: boolean, pieceIds?: number[]): Promise<Map<number, number[]>> {
      const q = knex()(TABLES.occurrences)
        .where('published', published)
        .where('start_ms', '>=', range.from.getTime())
        .where('start_ms', '<', range.to.getTime())
        .select('piece_id', 'start_ms');
      if (pieceIds && pieceIds.length <= CHUNK) q.whereIn('piece_id', pieceIds.length ? pieceIds : [-1]);
      const rows: Array<{ piece_id: unknown; start_ms: unknown }> = await q;
      const out = new Map<number, number[]>();
      for (const row of rows) {
        const id = Number(row.piece_id);
        const list = out.get(id);
        if (list) list.push(Number(row.start_ms));
        else out.set(id, [Number(row.start_ms)]);
      }
      return out;
    },

    /** PostgreSQL: writes of one document wait for each other, so each indexes what it sees last. */
    lockDocument: (trx: Db, documentId: string) => lockForTransaction(strapi, trx, `occurrences:${documentId}`),

    /** In the write's transaction: the documents' index rows afresh; returns the changes they make. */
    async documentsWritten(trx: Db, documentIds: string[], options: { draftsOnly?: boolean } = {}): Promise<Change[]> {
      if (!tablesReady || !documentIds.length) return [];
      const state = await readState(trx);
      if (!state) return [];
      const changes = await ix.reindexDocuments(trx, documentIds, state.window, defaultZone());
      return options.draftsOnly ? changes.filter((c) => !c.published) : changes;
    },

    /**
     * Logs changes for the feed cache once their write has committed, in a transaction of its
     * own: taking the version row's lock inside the write would queue every writer of the cluster
     * behind each other's commits (publishing 1,000 pieces at once was measurably later).
     */
    async recordChanges(changes: Change[] | 'everything') {
      if (!tablesReady) return;
      const list = changes === 'everything' ? EVERYTHING : changes;
      if (!list.length) return;
      await inTransaction((trx) => record(trx, list));
    },

    /**
     * `recordChanges` for a write that has committed: it never fails that write (its caller would
     * think it lost, and a scheduler would retry a publication that happened). When the log
     * cannot be written, this instance drops its cached feeds and the log is retried in the
     * background; other instances serve their cached feeds until it is written.
     */
    async recordCommitted(changes: Change[] | 'everything') {
      try {
        await service.recordChanges(changes);
      } catch (error) {
        strapi.log.error(`[calendar] feed change log not written, retrying: ${(error as Error).message}`);
        getService(strapi, 'feed-cache').forget();
        retryLater(changes, 1);
      }
    },

    version: (db?: Db) => (tablesReady ? currentVersion(db ?? knex()) : Promise.resolve(-1)),
    touched: (since: number, until: number, range: { from: number; to: number } | null, drafts: boolean) =>
      touched(knex(), since, until, range, drafts),
    /** What was written since a cached feed's version (see `changes.ts`). */
    changedDocuments: (since: number, until: number, drafts: boolean) =>
      tablesReady ? changedDocuments(knex(), since, until, drafts) : Promise.resolve('everything' as const),
    state: () => readState(),
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      for (const retry of retries) clearTimeout(retry);
      retries.clear();
      await rebuilding?.catch(() => undefined);
      await entries.settled();
    },
  };
  return service;
};
