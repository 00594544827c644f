/**
 * The language versions of content pieces, for the feeds: which locales each document has in an
 * audience (published versions for the public, drafts for the admin) and when each published
 * version was last written. Plain knex, 500 documents per query.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers, type StoredTime } from '../db';

type Audience = 'public' | 'admin';
const PIECE = CONTENT_TYPES.contentPiece;

/** One language version of a document, as a map key. */
export const versionId = (row: { documentId: string; locale: string }) => `${row.documentId}|${row.locale}`;

/** The language versions of some documents, as one read gives them. */
export interface Versions {
  /** The document's locales in the audience (published versions for the public, drafts for the admin), sorted. */
  localesOf(documentId: string, audience: Audience): string[];
  /** updatedAt of the published version of `documentId|locale` (see versionId), if there is one. */
  publishedUpdatedAt(row: { documentId: string; locale: string }): Date | undefined;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { knex, table, col: column } = dbHelpers(strapi);
  return {
    /** Every row (draft and published, every locale) of these documents, 500 documents per query. */
    async of(documentIds: string[]): Promise<Versions> {
      const unique = [...new Set(documentIds)];
      const locales = { public: new Map<string, string[]>(), admin: new Map<string, string[]>() };
      const published = new Map<string, Date>();
      for (let i = 0; i < unique.length; i += 500) {
        const rows: Array<{ documentId: string; locale: string; updatedAt: unknown; publishedAt: unknown }> = await knex()(table(PIECE))
          .whereIn(column(PIECE, 'documentId'), unique.slice(i, i + 500))
          .select({
            documentId: column(PIECE, 'documentId'),
            locale: column(PIECE, 'locale'),
            updatedAt: column(PIECE, 'updatedAt'),
            publishedAt: column(PIECE, 'publishedAt'),
          });
        for (const row of rows) {
          const isPublished = row.publishedAt !== null && row.publishedAt !== undefined;
          const byDocument = locales[isPublished ? 'public' : 'admin'];
          byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row.locale]);
          if (isPublished) published.set(versionId(row), new Date(row.updatedAt as StoredTime));
        }
      }
      for (const byDocument of Object.values(locales)) for (const list of byDocument.values()) list.sort();
      return {
        localesOf: (documentId, audience) => locales[audience].get(documentId) ?? [],
        publishedUpdatedAt: (row) => published.get(versionId(row)),
      };
    },
  };
};
