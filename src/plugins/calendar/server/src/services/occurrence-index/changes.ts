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
  }
  // Now and then, forget old versions (kept: the last KEEP_VERSIONS).
  if (version % 500 === 0)
    await trx(TABLES.changes)
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
