/**
 * The occurrence index's own tables, made with knex rather than as content types: they are a
 * derived copy (rebuilt by `npm run reindex`), never edited, and need exactly the indexes the
 * feeds' range scans use. Strapi's schema sync leaves tables it did not create alone.
 *
 * - occurrences: one row per occurrence in the window (piece version id, published?, start ms)
 * - sources: one row per piece version: its status, the schedule key it was computed from, and
 *   the span of its occurrences (for invalidating only the feeds that show it)
 * - state: one row: the window, the rules version, whether the index is ready, and a version
 *   counter incremented under its row lock after each indexed write (see `changes.ts`)
 * - changes: which span of time (and which audience) each version touched
 * - changed documents: which documents each version wrote (a cached feed re-reads only those)
 * - feed entries: each published version's public feed entry (its starts in the window and its
 *   JSON around `start`, as one byte string: `entry-bytes.ts`), with what it was made from (the
 *   version's updatedAt and schedule as stored) and the epoch. The JSON is also kept as text
 *   (`before_json`, `after_json`): instances of the previous version read that during a rolling
 *   deploy, and their rows (with no `entry`) are expanded by this one
 * - epoch: one row, incremented by every write that changes a channel's, persona's or theme's
 *   slug (which the entries show), so an entry made before it is not served
 */
import type { Db } from '../scheduler/db-clock';

export const TABLES = {
  occurrences: 'calendar_occurrences',
  sources: 'calendar_occurrence_sources',
  state: 'calendar_occurrence_state',
  changes: 'calendar_occurrence_changes',
  changedDocuments: 'calendar_occurrence_changed_documents',
  feedEntries: 'calendar_occurrence_feed_entries',
  epoch: 'calendar_occurrence_epoch',
} as const;

/** Bumped whenever what an entry holds changes meaning: the index is rebuilt at the next boot (3: entries as bytes, with their starts). */
export const RULES_VERSION = 3;

/** Plain DDL with IF NOT EXISTS: the same on SQLite and PostgreSQL, and harmless when run twice. */
const DDL = [
  `CREATE TABLE IF NOT EXISTS ${TABLES.occurrences} (piece_id integer NOT NULL, published boolean NOT NULL, start_ms bigint NOT NULL)`,
  // With piece_id, a feed's range scan reads the index alone.
  `DROP INDEX IF EXISTS calendar_occurrences_range`,
  `CREATE INDEX IF NOT EXISTS calendar_occurrences_range_piece ON ${TABLES.occurrences} (published, start_ms, piece_id)`,
  `CREATE INDEX IF NOT EXISTS calendar_occurrences_piece ON ${TABLES.occurrences} (piece_id)`,
  `CREATE TABLE IF NOT EXISTS ${TABLES.sources} (piece_id integer PRIMARY KEY, document_id varchar(64) NOT NULL,
     published boolean NOT NULL, status varchar(16) NOT NULL, message text, schedule_key text, first_ms bigint, last_ms bigint)`,
  `CREATE INDEX IF NOT EXISTS calendar_occurrence_sources_document ON ${TABLES.sources} (document_id)`,
  `CREATE TABLE IF NOT EXISTS ${TABLES.state} (id integer PRIMARY KEY, version bigint NOT NULL, window_from bigint NOT NULL,
     window_to bigint NOT NULL, rules integer NOT NULL, ready boolean NOT NULL, built_at bigint)`,
  // from_ms/to_ms null: every time (a channel renamed, the index rebuilt).
  `CREATE TABLE IF NOT EXISTS ${TABLES.changes} (version bigint NOT NULL, published boolean NOT NULL, from_ms bigint, to_ms bigint)`,
  `CREATE INDEX IF NOT EXISTS calendar_occurrence_changes_version ON ${TABLES.changes} (version)`,
  `CREATE TABLE IF NOT EXISTS ${TABLES.changedDocuments} (version bigint NOT NULL, published boolean NOT NULL, document_id varchar(64) NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS calendar_occurrence_changed_documents_version ON ${TABLES.changedDocuments} (version)`,
  `CREATE TABLE IF NOT EXISTS ${TABLES.feedEntries} (piece_id integer PRIMARY KEY, before_json text NOT NULL, after_json text NOT NULL,
     zone varchar(64) NOT NULL, epoch bigint NOT NULL, updated_ms bigint, publish_ms bigint, time_zone text, recurrence text, exceptions text)`,
  `CREATE INDEX IF NOT EXISTS calendar_occurrence_feed_entries_epoch ON ${TABLES.feedEntries} (epoch)`,
  `CREATE TABLE IF NOT EXISTS ${TABLES.epoch} (id integer PRIMARY KEY, epoch bigint NOT NULL)`,
];

/** Columns added since a table was first made. */
const ADDED = [
  { table: TABLES.feedEntries, column: 'entry', type: 'binary' }, // blob on SQLite, bytea on PostgreSQL
  { table: TABLES.feedEntries, column: 'start_count', type: 'integer' },
] as const;

export async function ensureTables(knex: Db): Promise<void> {
  for (const statement of DDL) await knex.raw(statement);
  for (const { table, column, type } of ADDED) {
    if (await knex.schema.hasColumn(table, column)) continue;
    // Another instance booting at the same moment may add it first.
    await knex.schema
      .alterTable(table, (t) => void t[type](column))
      .catch(async (error: unknown) => {
        if (!(await knex.schema.hasColumn(table, column))) throw error;
      });
  }
}

/** knex returns PostgreSQL bigints as strings. */
export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const bool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't';
