import type { Core } from '@strapi/strapi';
import type { SeasonsAnswer } from '../../../core/contracts/seasons';
import { countryName } from '../../../core/seasons/holidays';
import { seasonDays } from '../../../core/seasons/season-days';
import type { SeasonLanguage } from '../../../core/seasons/types';
import { getConfig } from '../utils';

/** The holidays, flag days and commercial days of a window: computed, nothing stored. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  days(from: string, to: string, countries: string[] | undefined, lang: SeasonLanguage): SeasonsAnswer {
    const chosen = countries ?? getConfig(strapi, 'seasons').countries;
    return {
      from,
      to,
      countries: chosen,
      lang,
      countryNames: Object.fromEntries(chosen.map((c) => [c, countryName(c, lang)])),
      days: seasonDays(from, to, chosen, lang),
    };
  },
});
