/**
 * The content languages, on Strapi i18n: the configured locales are created when missing, the
 * first of them becomes the default on first boot, and an install whose pieces had no locales yet
 * is migrated so that every existing row becomes a version in that default language.
 */
import type { Core } from '@strapi/strapi';
import { resolveLocales } from '../../../core/i18n/locales';
import { fieldError } from '../../../core/field-errors';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES, PLUGIN_ID } from '../constants';
import { dbHelpers, newDocumentId } from '../db';
import { getConfig } from '../utils';

const LOCALE = 'plugin::i18n.locale';
/** Our types that are localized; an install that had them without locales is migrated once. */
export const LOCALIZED_TYPES = [CONTENT_TYPES.contentPiece, CONTENT_TYPES.theme, CONTENT_TYPES.communityTask] as const;

interface LocaleService {
  find(): Promise<Array<{ code: string; name: string }>>;
  findByCode(code: string): Promise<{ code: string } | null>;
  getDefaultLocale(): Promise<string>;
  setDefaultLocale(locale: { code: string }): Promise<unknown>;
}

type Schemas = Record<string, { pluginOptions?: { i18n?: { localized?: boolean } } } | undefined>;
const localized = (schema: Schemas[string]) => Boolean(schema?.pluginOptions?.i18n?.localized);

/**
 * A locale row written below the query engine: Strapi i18n answers each created locale by
 * rewriting the Super Admin's permissions, which fails while the admin's actions are not
 * registered yet (our bootstrap runs first). The admin's own bootstrap then gives the Super Admin
 * every locale.
 */
async function insertLocale(strapi: Core.Strapi, code: string) {
  const { knex, table, col, dbTime } = dbHelpers(strapi);
  const now = dbTime(new Date());
  await knex()(table(LOCALE)).insert({
    [col(LOCALE, 'documentId')]: newDocumentId(),
    [col(LOCALE, 'code')]: code,
    [col(LOCALE, 'name')]: localeName(strapi, code),
    [col(LOCALE, 'createdAt')]: now,
    [col(LOCALE, 'updatedAt')]: now,
    [col(LOCALE, 'publishedAt')]: now,
  });
}

const i18n = (strapi: Core.Strapi) => strapi.plugin('i18n').service('locales') as LocaleService;
const store = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'locales-initialised' });

/** "Swedish (sv)", as Strapi names the locales it offers; an unknown code is named by itself. */
function localeName(strapi: Core.Strapi, code: string) {
  const iso = strapi.plugin('i18n').service('iso-locales') as { getIsoLocales(): Array<{ code: string; name: string }> };
  return iso.getIsoLocales().find((l) => l.code === code)?.name ?? code;
}

/**
 * Before the schema sync: an existing database whose pieces are about to become localized gets
 * the configured default locale first, so Strapi's own migration files every existing row under
 * it (and not under the English locale Strapi starts with).
 */
export async function defaultLocaleBeforeSync(strapi: Core.Strapi, oldContentTypes: Schemas | undefined, contentTypes: Schemas) {
  if (!oldContentTypes) return; // a new database: bootstrap sets the locales up
  const becoming = LOCALIZED_TYPES.some((uid) => oldContentTypes[uid] && !localized(oldContentTypes[uid]) && localized(contentTypes[uid]));
  if (!becoming || (await store(strapi).get({}))) return;
  const code = getConfig(strapi, 'locales')[0];
  if (!(await strapi.db.query(LOCALE).findOne({ where: { code } }))) await insertLocale(strapi, code);
  await i18n(strapi).setDefaultLocale({ code });
  strapi.log.info(`[calendar] content pieces become localized: existing pieces are kept as their "${code}" version`);
}

/**
 * Content Manager permissions on localized types name the locales they reach. A permission from
 * before its type was localized names none (Strapi then allows no locale): it gets every
 * configured locale, as it reached every piece before. On the first boot the configured locales
 * are added to each role's permissions, since the roles were made before the locales existed.
 * Later, Settings → Roles decides.
 */
async function grantLocales(strapi: Core.Strapi, codes: string[], first: boolean) {
  const rows = (await strapi.db.query('admin::permission').findMany({
    where: { subject: { $in: [...LOCALIZED_TYPES] }, action: { $startsWith: 'plugin::content-manager.explorer.' } },
    select: ['id', 'properties'],
  })) as Array<{ id: number; properties: { locales?: string[] | null; [key: string]: unknown } | null }>;
  for (const row of rows) {
    const properties = row.properties ?? {};
    if (properties.locales === null) continue; // every locale already
    if (properties.locales !== undefined && !first) continue;
    const locales = [...new Set([...(properties.locales ?? []), ...codes])];
    if (properties.locales && locales.length === properties.locales.length) continue;
    await strapi.db.query('admin::permission').update({ where: { id: row.id }, data: { properties: { ...properties, locales } } });
  }
}

/**
 * A role permission created on a localized type without a locale list (Strapi's default Editor
 * and Author roles on a new install) reaches every locale, as it would reach every piece without
 * languages; the role editor in Settings always names its locales, and is left alone.
 */
export function grantNewPermissionsEveryLocale(strapi: Core.Strapi) {
  strapi.db.lifecycles.subscribe({
    models: ['admin::permission'],
    async beforeCreate(event) {
      const data = event.params.data as { subject?: string; action?: string; properties?: Record<string, unknown> };
      if (!data.subject || !(LOCALIZED_TYPES as readonly string[]).includes(data.subject)) return;
      if (!data.action?.startsWith('plugin::content-manager.explorer.') || (data.properties && 'locales' in data.properties)) return;
      const codes = (await i18n(strapi).find()).map((l) => l.code);
      data.properties = { ...(data.properties ?? {}), locales: codes };
    },
  });
}

/** The 400 for locales that are not enabled, naming `locale`. */
const unknownLocale = (unknown: string[], enabled: string[]) => {
  const message = `locale: no locale ${unknown.join(', ')}; enabled: ${enabled.join(', ')}`;
  return new errors.ValidationError(message, { errors: [fieldError('locale', message, unknown.length === 1 ? unknown[0] : unknown)] });
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cache: { at: number; codes: string[]; names: Array<{ code: string; name: string }>; defaultLocale: string } | null = null;
  /** The enabled locales change only in Settings; a few seconds of staleness is harmless. */
  async function known() {
    if (cache && Date.now() - cache.at < 5000) return cache;
    const [rows, defaultLocale] = await Promise.all([i18n(strapi).find(), i18n(strapi).getDefaultLocale()]);
    const sorted = [...rows].sort((a, b) => a.code.localeCompare(b.code));
    cache = { at: Date.now(), codes: sorted.map((r) => r.code), names: sorted.map((r) => ({ code: r.code, name: r.name })), defaultLocale };
    return cache;
  }

  return {
    /** At boot: the configured locales exist; on the first boot the first of them is the default. */
    async setUp() {
      const wanted = getConfig(strapi, 'locales');
      for (const code of wanted) {
        if (!(await i18n(strapi).findByCode(code))) await insertLocale(strapi, code);
      }
      const first = !(await store(strapi).get({}));
      if (first) await i18n(strapi).setDefaultLocale({ code: wanted[0] });
      await grantLocales(strapi, wanted, first);
      if (first) await store(strapi).set({ value: true });
      cache = null;
    },

    async defaultLocale() {
      return (await known()).defaultLocale;
    },

    async enabled() {
      return (await known()).codes;
    },

    /** The enabled locales with their names, in code order. */
    async list() {
      return (await known()).names;
    },

    /** The locales the configuration says every published or approved piece needs, among the enabled ones. */
    async required() {
      const codes = (await known()).codes;
      return getConfig(strapi, 'requiredLocales').filter((c) => codes.includes(c));
    },

    /** A `locale` filter as codes (null: every locale); unknown codes are a 400 naming `locale`. */
    async resolve(requested: readonly string[] | undefined): Promise<string[] | null> {
      const { codes, defaultLocale } = await known();
      const { locales, unknown } = resolveLocales(requested, codes, defaultLocale);
      if (unknown.length) throw unknownLocale(unknown, codes);
      return locales;
    },

    /** One locale for a route that acts on one version; none given = the default. */
    async one(requested: unknown): Promise<string> {
      return (await this.optional(requested)) ?? (await known()).defaultLocale;
    },

    /** One locale when the route was given one (a history, a list narrowed to a language), else undefined. */
    async optional(requested: unknown): Promise<string | undefined> {
      if (requested === undefined || requested === null || requested === '') return undefined;
      const { codes } = await known();
      if (typeof requested !== 'string' || !codes.includes(requested)) throw unknownLocale([String(requested)], codes);
      return requested;
    },
  };
};
