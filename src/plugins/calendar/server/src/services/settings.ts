import type { Core } from '@strapi/strapi';
import type { Reference } from '../../../core/contracts/reference';
import type { Language, Settings } from '../../../core/contracts/settings';
import { CONTENT_TYPES } from '../constants';
import { query } from '../query';
import { getConfig, getService } from '../utils';

/** The default first, then the configured order, then any other enabled locale by code. */
const inOrder = (list: Language[], order: string[]) => {
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return [...list].sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** What the admin views need to know about this installation. */
  async summary(): Promise<Settings> {
    const languages = getService(strapi, 'languages');
    const [list, defaultLocale, requiredLocales] = await Promise.all([languages.list(), languages.defaultLocale(), languages.required()]);
    return {
      defaultTimeZone: getConfig(strapi, 'defaultTimeZone'),
      publicRead: getConfig(strapi, 'publicRead'),
      languages: inOrder(list, [defaultLocale, ...getConfig(strapi, 'locales')]),
      defaultLocale,
      requiredLocales,
    };
  },

  /** Channels, personas and themes for the views' filters and colours (small tables). */
  async reference(): Promise<Reference> {
    // Themes in the default locale: each has a version per language, all on the same dates.
    const locale = await getService(strapi, 'languages').defaultLocale();
    const [channels, personas, themes] = await Promise.all([
      query(strapi, CONTENT_TYPES.channel).findMany({
        select: ['documentId', 'name', 'slug', 'kind', 'color', 'active'],
        orderBy: { name: 'asc' },
      }),
      query(strapi, CONTENT_TYPES.persona).findMany({ select: ['documentId', 'name', 'slug'], orderBy: { name: 'asc' } }),
      query(strapi, CONTENT_TYPES.theme).findMany({
        where: { locale },
        select: ['documentId', 'name', 'slug', 'color', 'startDate', 'endDate', 'repeatsYearly', 'quietSeason', 'contentGoal'],
        orderBy: { startDate: 'asc' },
      }),
    ]);
    // Unset optional columns come back as null or absent depending on the database: always null here.
    return {
      channels: channels.map((c) => ({ ...c, color: c.color ?? null, active: c.active !== false })),
      personas,
      themes: themes.map((t) => ({
        ...t,
        startDate: String(t.startDate),
        endDate: String(t.endDate),
        color: t.color ?? null,
        repeatsYearly: Boolean(t.repeatsYearly),
        quietSeason: Boolean(t.quietSeason),
        contentGoal: t.contentGoal ?? null,
      })),
    };
  },
});
