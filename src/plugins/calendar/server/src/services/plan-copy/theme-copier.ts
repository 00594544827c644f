/**
 * Themes: the chosen ones starting in the source year move their span by the date rule (a span over
 * New Year stays one). A theme that repeats yearly already shows in every year (the wheel draws it
 * each year), so it is only listed as recurring: copying it would draw it twice. Each language
 * version's name and description come along; the new theme's slug is made from its name.
 */
import type { Core } from '@strapi/strapi';
import { shiftSpan } from '../../../../core/planning/shift-year';
import { CONTENT_TYPES } from '../../constants';
import { invalid } from '../../utils';
import type { Copier, SourceThing } from './copier';

const THEME = CONTENT_TYPES.theme;

interface ThemeVersion {
  documentId: string;
  locale: string;
  name: string;
  description: string | null;
  color: string | null;
  startDate: string;
  endDate: string;
  repeatsYearly: boolean | null;
  contentGoal: string | null;
  quietSeason: boolean | null;
}

type ThemeRow = { versions: ThemeVersion[]; start: string; end: string };

export default (strapi: Core.Strapi): Copier<ThemeRow> => {
  const rows = () => strapi.db.query(THEME);
  return {
    kind: 'theme',
    chosen: () => true,

    async preview(source, options) {
      const inYear = { startDate: { $gte: `${source.sourceYear}-01-01`, $lte: `${source.sourceYear}-12-31` } };
      // The chosen themes, and every theme that repeats yearly (listed as recurring, never created).
      const where = { ...inYear, $or: [{ documentId: { $in: options.themes ?? [] } }, { repeatsYearly: true }] };
      const found = (await rows().findMany({
        where,
        select: [
          'documentId',
          'locale',
          'name',
          'description',
          'color',
          'startDate',
          'endDate',
          'repeatsYearly',
          'contentGoal',
          'quietSeason',
        ],
        orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      })) as ThemeVersion[];
      const byDocument = new Map<string, ThemeVersion[]>();
      for (const v of found) byDocument.set(v.documentId, [...(byDocument.get(v.documentId) ?? []), v]);
      const missing = (options.themes ?? []).filter((id) => !byDocument.has(id));
      if (missing.length) throw invalid('themes', `themes: no theme starting in ${source.sourceYear} with id ${missing.join(', ')}`);
      return [...byDocument.values()].map((versions): SourceThing<ThemeRow> => {
        const main = versions.find((v) => v.locale === source.defaultLocale) ?? versions[0];
        const span = shiftSpan(main.startDate, main.endDate, source.shift);
        return {
          sourceDocumentId: main.documentId,
          label: main.name,
          from: `${main.startDate} – ${main.endDate}`,
          to: `${span.start} – ${span.end}`,
          recurs: Boolean(main.repeatsYearly),
          row: { versions, ...span },
        };
      });
    },

    async apply(source, thing) {
      const { versions, start, end } = thing.row;
      const main = versions.find((v) => v.locale === source.defaultLocale) ?? versions[0];
      const created = (await strapi.documents(THEME).create({
        locale: main.locale,
        data: {
          name: main.name,
          description: main.description,
          color: main.color,
          startDate: start,
          endDate: end,
          repeatsYearly: Boolean(main.repeatsYearly),
          contentGoal: main.contentGoal,
          quietSeason: Boolean(main.quietSeason),
        },
      } as never)) as { documentId: string };
      // The new theme was mirrored into every language with the main name: each version gets its own text back.
      for (const v of versions) {
        if (v.locale === main.locale) continue;
        await strapi.documents(THEME).update({
          documentId: created.documentId,
          locale: v.locale,
          data: { name: v.name, description: v.description },
        } as never);
      }
      return created.documentId;
    },
  };
};
