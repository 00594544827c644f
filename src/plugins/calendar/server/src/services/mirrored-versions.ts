/**
 * Themes and community tasks are localized (a theme's name, a task's title and notes are written
 * per language) but they are one thing on the calendar: a theme colours the wheel in every
 * language and a piece in Swedish links to the same theme as its Finnish version. Strapi links
 * localized types locale to locale, so each of these documents keeps a version in every enabled
 * locale: a new one is copied into the others at once (to be translated in place), and the boot
 * fills in what is missing (a locale added in Settings, an install from before languages).
 * The calendar reads them in the default locale.
 */
import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers } from '../db';
import { getService } from '../utils';

/** Per type: the fields a new version copies (its localized text and its links). */
const MIRRORED: Partial<Record<string, { fields: string[]; links: string[] }>> = {
  [CONTENT_TYPES.theme]: { fields: ['name', 'slug', 'description'], links: [] },
  [CONTENT_TYPES.communityTask]: { fields: ['title', 'notes'], links: ['channel', 'assignee'] },
};
export const MIRRORED_TYPES = new Set(Object.keys(MIRRORED));

/** How many documents one boot fills in per type (a theme or task table is small; this bounds a surprise). */
const BACKFILL_LIMIT = 5000;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const languages = () => getService(strapi, 'languages');
  const { knex, table, col } = dbHelpers(strapi);

  /** The versions `documentId` lacks, copied from the one in `from` (or any it has). */
  async function mirror(uid: string, documentId: string, from?: string) {
    const spec = MIRRORED[uid];
    if (!spec) return 0;
    const rows = (await strapi.db.query(uid as UID.ContentType).findMany({
      where: { documentId },
      select: ['id', 'locale', ...spec.fields],
      populate: Object.fromEntries(spec.links.map((l) => [l, { select: ['id', 'documentId'] }])),
    })) as Array<Record<string, unknown> & { locale: string }>;
    if (rows.length === 0) return 0;
    const source = rows.find((r) => r.locale === from) ?? rows[0];
    const have = new Set(rows.map((r) => r.locale));
    let created = 0;
    for (const locale of await languages().enabled()) {
      if (have.has(locale)) continue;
      const data: Record<string, unknown> = {};
      for (const f of spec.fields) if (source[f] !== null && source[f] !== undefined) data[f] = source[f];
      for (const l of spec.links) {
        const link = source[l] as { id: number; documentId?: string } | null;
        // Admin users are linked by id; content documents by documentId.
        if (link) data[l] = l === 'assignee' ? link.id : link.documentId;
      }
      await strapi.documents(uid as UID.ContentType).update({ documentId, locale, data } as never);
      created += 1;
    }
    return created;
  }

  return {
    mirror,

    /** At boot: every mirrored document has a version in every enabled locale. */
    async backfill() {
      const [enabled, defaultLocale] = await Promise.all([languages().enabled(), languages().defaultLocale()]);
      let created = 0;
      for (const uid of MIRRORED_TYPES) {
        const type = uid as UID.ContentType;
        const column = (field: string) => col(type, field);
        // Versions in the enabled locales only: a row left in a removed language does not count.
        const lacking: Array<{ documentId: string }> = await knex()(table(type))
          .select({ documentId: column('documentId') })
          .whereIn(column('locale'), enabled)
          .groupBy(column('documentId'))
          .havingRaw('count(distinct ??) < ?', [column('locale'), enabled.length])
          .limit(BACKFILL_LIMIT);
        for (const { documentId } of lacking) created += await mirror(uid, documentId, defaultLocale);
      }
      if (created) strapi.log.info(`[calendar] added ${created} language version(s) of themes and community tasks`);
      return created;
    },
  };
};
