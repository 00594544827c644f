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

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { knex, table, col: column } = dbHelpers(strapi);
  return {
    /** `documentId|locale` → updatedAt of the published version, for the admin feed's publication state. */
    async publishedVersions(documentIds: string[]): Promise<Map<string, Date>> {
      const out = new Map<string, Date>();
      for (const row of await this.versionRows(documentIds, 'public')) out.set(versionId(row), row.updatedAt);
      return out;
    },

    /** documentId → its locales in the audience (published versions for the public, drafts for the admin), sorted. */
    async localesOf(documentIds: string[], audience: Audience): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>();
      for (const row of await this.versionRows(documentIds, audience)) {
        const list = out.get(row.documentId);
        if (list) list.push(row.locale);
        else out.set(row.documentId, [row.locale]);
      }
      for (const list of out.values()) list.sort();
      return out;
    },

    /** The published (public) or draft (admin) rows of these documents, every locale, 500 documents per query. */
    async versionRows(documentIds: string[], audience: Audience) {
      const unique = [...new Set(documentIds)];
      const out: Array<{ documentId: string; locale: string; updatedAt: Date }> = [];
      for (let i = 0; i < unique.length; i += 500) {
        const q = knex()(table(PIECE))
          .whereIn(column(PIECE, 'documentId'), unique.slice(i, i + 500))
          .select({ documentId: column(PIECE, 'documentId'), locale: column(PIECE, 'locale'), updatedAt: column(PIECE, 'updatedAt') });
        const rows: Array<{ documentId: string; locale: string; updatedAt: unknown }> = await (audience === 'public'
          ? q.whereNotNull(column(PIECE, 'publishedAt'))
          : q.whereNull(column(PIECE, 'publishedAt')));
        for (const row of rows)
          out.push({ documentId: row.documentId, locale: row.locale, updatedAt: new Date(row.updatedAt as StoredTime) });
      }
      return out;
    },
  };
};
