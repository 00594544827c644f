/**
 * Knex access by Strapi's metadata (table and column names as Strapi maps them), for the few
 * queries the entity service cannot express: conditional updates, unique-key inserts, joins.
 * SQLite stores datetimes as epoch milliseconds, PostgreSQL as timestamps: `dbTime` passes each
 * its own.
 */
import crypto from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { query, type Populatable, type Row, type WithPopulate } from './query';

/** A stored datetime as knex returns it: Date, epoch ms (SQLite) or string. */
export type StoredTime = Date | number | string;

export function dbHelpers(strapi: Core.Strapi) {
  const meta = (uid: UID.Schema) => strapi.db.metadata.get(uid);
  const sqlite = () => strapi.db.dialect.client === 'sqlite';
  return {
    knex: () => strapi.db.connection,
    sqlite,
    meta,
    table: (uid: UID.Schema): string => meta(uid).tableName,
    col: (uid: UID.Schema, field: string): string => (meta(uid).attributes[field] as { columnName?: string }).columnName ?? field,
    dbTime: (d: Date) => (sqlite() ? d.getTime() : d),
    toDate: (v: unknown) => (v === null || v === undefined ? null : new Date(v as StoredTime)),
  };
}

/** A document id for rows inserted with knex (Strapi's own are 24 lowercase alphanumerics). */
export const newDocumentId = () =>
  crypto
    .randomBytes(18)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 24)
    .padEnd(24, '0');

/**
 * Update the row with `key`, or create it; when a concurrent create wins the unique index, update
 * that row instead (or call `onRace`, e.g. to answer 409). Returns the row and whether it was new.
 * `exists` skips the lookup when the caller has just read the row.
 */
export async function upsertByKey<T extends UID.ContentType, P extends Populatable<T> = never>(
  strapi: Core.Strapi,
  uid: T,
  key: Record<string, unknown>,
  data: Record<string, unknown>,
  createOnly: Record<string, unknown>,
  options: { populate?: WithPopulate<P>['populate']; onRace?: () => Promise<never>; exists?: boolean } = {}
): Promise<{ row: Row<T, P>; created: boolean }> {
  const rows = query(strapi, uid);
  // The row with `key` exists (just read or just created), so the update finds it.
  const update = async () => (await rows.update<P>({ where: key, data, populate: options.populate }))!;
  const exists = options.exists ?? Boolean(await rows.findOne({ where: key, select: ['id'] }));
  if (exists) return { row: await update(), created: false };
  try {
    return { row: await rows.create<P>({ data: { ...data, ...createOnly, ...key }, populate: options.populate }), created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    if (options.onRace) await options.onRace();
    return { row: await update(), created: false };
  }
}

/** A unique-index violation on SQLite or PostgreSQL (the loser of a race, not a failure). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return Boolean(
    e &&
    (e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed|duplicate key value/i.test(e.message ?? ''))
  );
}

/** A stored JSON column as a value: SQLite returns the text, PostgreSQL the parsed value. */
export const jsonColumn = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : (v ?? null));

type RawRunner = { raw(sql: string, bindings: unknown[]): Promise<unknown> };

/**
 * Holds the cluster-wide lock `name` until `trx` ends (a PostgreSQL advisory lock for the
 * transaction; SQLite serves one writer at a time, so nothing is taken there).
 */
export async function lockForTransaction(strapi: Core.Strapi, trx: RawRunner, name: string): Promise<void> {
  if (strapi.db.dialect.client === 'sqlite') return;
  await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`vuosikello:${name}`]);
}

/**
 * Runs `work` while holding a cluster-wide lock named `name` (see `lockForTransaction`). For boot
 * steps that check, then write.
 */
export async function oneInstanceAtATime<T>(strapi: Core.Strapi, name: string, work: () => Promise<T>): Promise<T> {
  if (strapi.db.dialect.client === 'sqlite') return work();
  return strapi.db.transaction(async ({ trx }: { trx: RawRunner }) => {
    await lockForTransaction(strapi, trx, name);
    return work();
  });
}
