/**
 * Knex access by Strapi's metadata (table and column names as Strapi maps them), for the few
 * queries the entity service cannot express: conditional updates, unique-key inserts, joins.
 * SQLite stores datetimes as epoch milliseconds, PostgreSQL as timestamps: `dbTime` passes each
 * its own.
 */
import type { Core } from '@strapi/strapi';

export function dbHelpers(strapi: Core.Strapi) {
  const meta = (uid: string) => strapi.db.metadata.get(uid as any) as any;
  const sqlite = () => strapi.db.dialect.client === 'sqlite';
  return {
    knex: () => strapi.db.connection,
    sqlite,
    table: (uid: string): string => meta(uid).tableName,
    col: (uid: string, field: string): string => meta(uid).attributes[field].columnName ?? field,
    dbTime: (d: Date) => (sqlite() ? d.getTime() : d),
    toDate: (v: unknown) => (v === null || v === undefined ? null : new Date(v as any)),
  };
}

/** A unique-index violation on SQLite or PostgreSQL (the loser of a race, not a failure). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return Boolean(e && (e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed|duplicate key value/i.test(e.message ?? '')));
}
