/**
 * Language versions of pieces: which published or approved pieces lack a required locale, and
 * "create the translation" (a new version in the Content Manager's sense: same document, new
 * locale), which starts from the original's text and schedule so the translator works in place.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { missingLocales } from '../../../core/i18n/locales';
import {
  MISSING_LIMIT,
  type CreatedTranslation,
  type MissingTranslation,
  type TranslationsMissing,
} from '../../../core/contracts/translations';
import { pieceEditPath } from '../../../core/contracts/routing';
import { CONTENT_TYPES } from '../constants';
import { ConflictError } from '../conflict';
import { dbHelpers } from '../db';
import { query } from '../query';
import type { Db } from './scheduler/db-clock';
import { getConfig, getService, isoOrNull } from '../utils';

const PIECE = CONTENT_TYPES.contentPiece;
/** What a new version copies from the original: its text (to translate), shared fields and schedule. */
const COPIED = [
  'title',
  'summary',
  'body',
  'format',
  'funnelStage',
  'contentGoal',
  'kpiTargets',
  'publishAt',
  'timeZone',
  'recurrence',
  'recurrenceExceptions',
] as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { knex, table, col, sqlite } = dbHelpers(strapi);
  const c = (f: string) => col(PIECE, f);

  /** Documents with a published version or an approved draft that lack one of `required`, oldest schedule first. */
  async function lacking(required: string[]): Promise<string[]> {
    const t = table(PIECE);
    const committed = knex()(t).select(c('documentId')).whereNotNull(c('publishedAt')).orWhere(c('editorialStatus'), 'approved');
    const rows: Array<{ documentId: string }> = await knex()(t)
      .select({ documentId: c('documentId') })
      .whereNull(c('publishedAt'))
      .whereIn(c('documentId'), committed)
      .groupBy(c('documentId'))
      .havingRaw(`sum(case when ?? in (${required.map(() => '?').join(', ')}) then 1 else 0 end) < ?`, [
        c('locale'),
        ...required,
        required.length,
      ])
      .orderByRaw(`min(??)`, [c('publishAt')])
      .limit(MISSING_LIMIT + 1);
    return rows.map((r) => r.documentId);
  }

  async function createVersion(documentId: string, locale: string, from: string): Promise<CreatedTranslation> {
    const source = await query(strapi, PIECE).findOne({ where: { documentId, locale: from, publishedAt: null }, select: [...COPIED] });
    if (!source) throw new errors.NotFoundError(`No content piece ${documentId} in locale ${from}`);
    const existing = await query(strapi, PIECE).findOne({ where: { documentId, locale, publishedAt: null }, select: ['id'] });
    if (existing) throw new ConflictError(`This piece already has a ${locale} version.`, { documentId, locale });
    const data = Object.fromEntries(COPIED.map((f) => [f, source[f] ?? null]).filter(([, v]) => v !== null));
    // Translation is planned work: it goes out only once approved in its own language.
    const created = await strapi.documents(PIECE).update({ documentId, locale, data: { ...data, editorialStatus: 'planned' } });
    if (!created) throw new errors.NotFoundError(`No content piece ${documentId}`);
    return { documentId, locale, title: String(created.title), editPath: pieceEditPath(documentId, locale) };
  }

  return {
    async missing(onlyLocale?: string): Promise<TranslationsMissing> {
      const languages = getService(strapi, 'languages');
      const [enabled, defaultLocale] = await Promise.all([languages.enabled(), languages.defaultLocale()]);
      const required = onlyLocale ? [onlyLocale] : await languages.required();
      if (required.length === 0) return { required, enabled, items: [], truncated: false };
      const found = await lacking(required);
      const shown = found.slice(0, MISSING_LIMIT);
      const rows = shown.length
        ? await query(strapi, PIECE).findMany({
            where: { documentId: { $in: shown } },
            select: ['documentId', 'locale', 'title', 'editorialStatus', 'publishAt', 'timeZone', 'publishedAt'],
          })
        : [];
      const items: MissingTranslation[] = [];
      for (const documentId of shown) {
        const versions = rows.filter((r) => r.documentId === documentId);
        const drafts = versions.filter((r) => !r.publishedAt);
        const shownVersion = drafts.find((d) => d.locale === defaultLocale) ?? drafts[0];
        if (!shownVersion) continue;
        const locales = [...new Set(drafts.map((d) => d.locale!))].sort();
        items.push({
          documentId,
          locale: shownVersion.locale!,
          title: shownVersion.title,
          editorialStatus: shownVersion.editorialStatus ?? 'idea',
          publishAt: isoOrNull(shownVersion.publishAt),
          timeZone: shownVersion.timeZone || getConfig(strapi, 'defaultTimeZone'),
          locales,
          missing: missingLocales(locales, required),
          published: versions.some((v) => v.publishedAt),
        });
      }
      return { required, enabled, items, truncated: found.length > MISSING_LIMIT };
    },

    /** The new language version; 404 without the original, 409 when the version exists already. */
    async create(documentId: string, locale: string, from: string): Promise<CreatedTranslation> {
      // One at a time per document: two clicks must not make two versions in one locale.
      return strapi.db.transaction(async ({ trx }: { trx: Db }) => {
        if (!sqlite()) await trx(table(PIECE)).where(c('documentId'), documentId).whereNull(c('publishedAt')).forUpdate().select('id');
        return createVersion(documentId, locale, from);
      });
    },
  };
};
