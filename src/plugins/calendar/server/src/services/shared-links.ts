/**
 * Channels, personas and theme are shared by every language version of a piece. Strapi i18n
 * keeps non-localized scalar fields in step across locales, but stores relations per locale; this
 * keeps them in step too, below the Document Service (a link change is not a new version).
 *
 * - A version whose links change passes them on to the document's other drafts.
 * - A new language version takes the links the document already has, so a translation started
 *   with empty relations never wipes the original's. Links it brings where the document has none
 *   are passed on.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers } from '../db';
import { getService } from '../utils';
import type { Db } from './scheduler/db-clock';

const PIECE = CONTENT_TYPES.contentPiece;
export const SHARED_LINKS = ['channels', 'personas', 'theme'] as const;
type LinkName = (typeof SHARED_LINKS)[number];

/**
 * Each shared relation as sorted keys: channel and persona row ids (they have no locales), and
 * the theme's documentId (themes have a version per locale: each piece version links the theme's
 * version in its own locale). The theme is a list of at most one.
 */
export type Links = Record<LinkName, string[]>;

/** The links around a write: the version's own (null for a new version) and another version's with links, if any. */
export interface LinkSnapshot {
  links: Links | null;
  source?: { links: Links };
}

const keys = (value: unknown, key: 'id' | 'documentId'): string[] => {
  if (!value) return [];
  const list = (Array.isArray(value) ? value : [value]) as Array<{ id: number; documentId: string }>;
  return list.map((v) => String(v[key])).sort();
};
const same = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const empty = (links: Links) => SHARED_LINKS.every((name) => links[name].length === 0);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const select = { select: ['id', 'documentId'] };
  async function drafts(documentId: string) {
    const rows = (await strapi.db.query(PIECE).findMany({
      where: { documentId, publishedAt: null },
      select: ['id', 'locale'],
      populate: { channels: select, personas: select, theme: select },
    })) as Array<{ id: number; locale: string } & Record<LinkName, unknown>>;
    return rows.map((r) => ({
      id: r.id,
      locale: r.locale,
      links: { channels: keys(r.channels, 'id'), personas: keys(r.personas, 'id'), theme: keys(r.theme, 'documentId') } as Links,
    }));
  }

  /** The theme's row in `locale` (every theme has one, see mirrored-versions). */
  async function themeRow(themeDocumentId: string | undefined, locale: string) {
    if (!themeDocumentId) return null;
    const row = await strapi.db.query(CONTENT_TYPES.theme).findOne({ where: { documentId: themeDocumentId, locale }, select: ['id'] });
    return row?.id ?? null;
  }

  async function write(target: { id: number; locale: string }, links: Partial<Links>) {
    const data: Record<string, unknown> = {};
    for (const [name, list] of Object.entries(links)) {
      if (name !== 'theme') data[name] = list.map(Number);
      else if (list.length === 0) data.theme = null;
      else {
        // A theme not (yet) in this language keeps the version's own link rather than dropping it.
        const row = await themeRow(list[0], target.locale);
        if (row !== null) data.theme = row;
      }
    }
    if (Object.keys(data).length) await strapi.db.query(PIECE).update({ where: { id: target.id }, data });
  }

  return {
    /**
     * Publishing one language version: Strapi i18n copies its shared fields into the other
     * versions' published rows, which dates them now, and "the draft is newer than what is
     * published" would no longer hold for a changed, approved version waiting for its own time. The
     * other published rows keep their dates (their own publication is what they record).
     */
    async keepSiblingsPublished<T>(documentId: string | undefined, locale: string, publish: () => T): Promise<Awaited<T>> {
      if (!documentId) return await publish();
      const { table, col } = dbHelpers(strapi);
      const updatedAt = col(PIECE, 'updatedAt');
      // Raw rows, in the publish's transaction when there is one (SQLite has a single connection).
      const inTransaction = <R>(work: (trx: Db) => Promise<R>) => strapi.db.transaction(({ trx }: { trx: Db }) => work(trx));
      const before: Array<{ id: number; updatedAt: unknown }> = await inTransaction((trx) =>
        trx(table(PIECE))
          .where(col(PIECE, 'documentId'), documentId)
          .whereNot(col(PIECE, 'locale'), locale)
          .whereNotNull(col(PIECE, 'publishedAt'))
          .select({ id: 'id', updatedAt })
      );
      const result = await publish();
      if (before.length) {
        await inTransaction(async (trx) => {
          for (const row of before)
            await trx(table(PIECE))
              .where('id', row.id)
              .update({ [updatedAt]: row.updatedAt });
          // Their feed entries were just made from these rows: only the date went back.
          await getService(strapi, 'occurrence-index').feedEntries.restamp(
            trx,
            before.map((row) => row.id)
          );
        });
      }
      return result;
    },

    /**
     * Before a write that creates a language version: the document's links go into its data, so
     * the version is written (and, with `status: published`, published) with them in one call.
     */
    async adopt(snapshot: LinkSnapshot, locale: string, data: Record<string, unknown>) {
      const { source } = snapshot;
      if (!source) return data;
      const theme = source.links.theme[0];
      // A language added since the boot: the theme gets its version in it first.
      if (theme && (await themeRow(theme, locale)) === null)
        await getService(strapi, 'mirrored-versions').mirror(CONTENT_TYPES.theme, theme);
      const out = { ...data };
      for (const name of SHARED_LINKS) {
        if (source.links[name].length === 0) continue;
        // Channels and personas by row id; the theme by documentId, which Strapi resolves in the new version's locale.
        out[name] = name === 'theme' ? source.links.theme[0] : source.links[name].map(Number);
      }
      return out;
    },

    /** Before the write: the written version's links (null: the version does not exist yet) and the document's. */
    async before(documentId: string, locale: string): Promise<LinkSnapshot> {
      const all = await drafts(documentId);
      return {
        links: all.find((d) => d.locale === locale)?.links ?? null,
        source: all.find((d) => d.locale !== locale && !empty(d.links)),
      };
    },

    /** After the write: brings the document's other drafts (or the new version) in step. */
    async after(documentId: string, locale: string, before: Links | null) {
      const all = await drafts(documentId);
      const written = all.find((d) => d.locale === locale);
      const others = all.filter((d) => d.locale !== locale);
      if (!written || others.length === 0) return;
      const changed = SHARED_LINKS.filter((name) => (before ? !same(before[name], written.links[name]) : true));
      if (changed.length === 0) return;
      if (before === null) {
        // A new version took the document's links (adopt); links it brought where the document had none go to the others.
        const source = others.find((o) => !empty(o.links)) ?? others[0];
        const bring = SHARED_LINKS.filter((name) => source.links[name].length === 0 && written.links[name].length > 0);
        for (const other of others) if (bring.length) await write(other, Object.fromEntries(bring.map((n) => [n, written.links[n]])));
        return;
      }
      for (const other of others) {
        const differing = changed.filter((name) => !same(other.links[name], written.links[name]));
        if (differing.length) await write(other, Object.fromEntries(differing.map((n) => [n, written.links[n]])));
      }
    },
  };
};
