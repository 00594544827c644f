/**
 * The change log behind the feed cache: just after each indexed write commits, a short
 * transaction increments the state's version under its row lock and records the span of time the
 * write touched, so a version that is visible has its changes visible too. A cached
 * feed is served while no version since its own touched its range, on any instance: the check is
 * one primary-key read when nothing changed.
 */
import type { Db } from '../scheduler/db-clock';
import { TABLES, bool, num } from './tables';

export interface Change {
  published: boolean;
  /** Null: every time. */
  from: number | null;
  to: number | null;
  /** The documents written (all versions of each); absent: unknown, as for every time. */
  documents?: string[];
}

/** How many versions of changes are kept; a cache older than that is rebuilt. */
const KEEP_VERSIONS = 5000;

/** The next version, taken under the state row's lock (held until this short transaction ends). */
export async function nextVersion(trx: Db): Promise<number> {
  await trx(TABLES.state).where('id', 1).increment('version', 1);
  const row = await trx(TABLES.state).where('id', 1).first('version');
  return num(row?.version) ?? 0;
}

export async function record(trx: Db, changes: Change[]): Promise<number> {
  const version = await nextVersion(trx);
  if (changes.length) {
    await trx(TABLES.changes).insert(changes.map((c) => ({ version, published: c.published, from_ms: c.from, to_ms: c.to })));
    const documents = changes.flatMap((c) => (c.documents ?? []).map((id) => ({ version, published: c.published, document_id: id })));
    for (let i = 0; i < documents.length; i += 200) await trx(TABLES.changedDocuments).insert(documents.slice(i, i + 200));
  }
  // Now and then, forget old versions (kept: the last KEEP_VERSIONS).
  if (version % 500 === 0)
    for (const name of [TABLES.changes, TABLES.changedDocuments])
      await trx(name)
        .where('version', '<=', version - KEEP_VERSIONS)
        .del();
  return version;
}

export async function currentVersion(db: Db): Promise<number> {
  const row = await db(TABLES.state).where('id', 1).first('version');
  return num(row?.version) ?? 0;
}

/**
 * Whether anything after `since` up to `until` touched [from, to) for `audience`; unknown (too
 * old, or a change of every time) counts as touched.
 */
export async function touched(
  db: Db,
  since: number,
  until: number,
  range: { from: number; to: number } | null,
  drafts: boolean
): Promise<boolean> {
  // Pruning keeps every version after (latest − KEEP_VERSIONS): within that, the rows are complete.
  if (until - since > KEEP_VERSIONS) return true;
  const rows: Array<{ version: unknown; published: unknown; from_ms: unknown; to_ms: unknown }> = await db(TABLES.changes)
    .where('version', '>', since)
    .where('version', '<=', until)
    .select('version', 'published', 'from_ms', 'to_ms');
  return rows.some((r) => {
    if (!drafts && !bool(r.published)) return false;
    const from = num(r.from_ms);
    const to = num(r.to_ms);
    if (from === null || to === null || range === null) return true;
    return from < range.to && to >= range.from;
  });
}

/** At most this many documents are re-read into a cached feed; more is a rebuild. */
export const MAX_CHANGED_DOCUMENTS = 1000;

/**
 * The documents written after `since` up to `until` in an audience, or 'everything' when that is
 * not known: too old, a change of every time (a channel renamed, a rebuild), a change logged
 * without its documents, or more than MAX_CHANGED_DOCUMENTS.
 */
export async function changedDocuments(db: Db, since: number, until: number, drafts: boolean): Promise<Set<string> | 'everything'> {
  if (until - since > KEEP_VERSIONS) return 'everything';
  // Filtered here, not in SQL: SQLite stores the booleans as 0/1.
  const mine = <R extends { published: unknown }>(rows: R[]) => (drafts ? rows : rows.filter((r) => bool(r.published)));
  const between = (name: string) => db(name).where('version', '>', since).where('version', '<=', until);
  const changes = mine<{ version: unknown; published: unknown; from_ms: unknown }>(
    await between(TABLES.changes).select('version', 'published', 'from_ms')
  );
  if (changes.some((c) => num(c.from_ms) === null)) return 'everything';
  if (!changes.length) return new Set();
  const rows = mine<{ version: unknown; published: unknown; document_id: string }>(
    await between(TABLES.changedDocuments).select('version', 'published', 'document_id')
  );
  const key = (r: { version: unknown; published: unknown }) => `${num(r.version)}|${bool(r.published)}`;
  const logged = new Set(rows.map(key));
  if (changes.some((c) => !logged.has(key(c)))) return 'everything';
  const documents = new Set(rows.map((r) => r.document_id));
  return documents.size > MAX_CHANGED_DOCUMENTS ? 'everything' : documents;
}
