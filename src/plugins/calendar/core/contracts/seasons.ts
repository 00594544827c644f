/**
 * GET /calendar/seasons?from=&to=&countries=&lang=: the public holidays, flag days and commercial
 * days of a window of at most two years, for the calendar views and the year wheel.
 * The country check is passed in (date-holidays' list), so the admin bundle does not carry it.
 */
import { z } from 'zod';
import { isRealDate } from '../time';
import { MAX_SEASON_COUNTRIES, MAX_SEASON_DAYS } from '../seasons/limits';
import { SEASON_LANGUAGES, type SeasonDay, type SeasonLanguage } from '../seasons/types';
import { adminPath } from './routing';

export { MAX_SEASON_COUNTRIES, MAX_SEASON_DAYS };

const DAY_MS = 86_400_000;
const dateField = (field: string) => {
  const message = `${field} must be a date YYYY-MM-DD from 2000 to 2100`;
  return z
    .string({ message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => {
      const [y, m, d] = v.split('-').map(Number);
      return y >= 2000 && y <= 2100 && isRealDate(y, m, d);
    }, message);
};

const COUNTRIES_MESSAGE = `countries must be up to ${MAX_SEASON_COUNTRIES} country codes such as FI,SE`;

export const seasonsQuerySchema = (isKnownCountry: (code: string) => boolean) =>
  z
    .object({
      from: dateField('from'),
      to: dateField('to'),
      countries: z
        .string({ message: COUNTRIES_MESSAGE })
        .max(64, COUNTRIES_MESSAGE)
        .transform((v) => [...new Set(v.split(',').map((c) => c.trim().toUpperCase()))].filter(Boolean))
        .superRefine((codes, ctx) => {
          if (codes.length === 0 || codes.length > MAX_SEASON_COUNTRIES) ctx.addIssue({ code: 'custom', message: COUNTRIES_MESSAGE });
          const unknown = codes.filter((c) => !isKnownCountry(c));
          if (unknown.length)
            ctx.addIssue({ code: 'custom', message: `countries: no holiday calendar for ${unknown.slice(0, 3).join(', ')}` });
        })
        .optional(),
      lang: z.enum(SEASON_LANGUAGES, { message: 'lang must be fi, sv or en' }).optional(),
    })
    .strict()
    .superRefine((q, ctx) => {
      if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must be on or after from' });
      else if ((Date.parse(q.to) - Date.parse(q.from)) / DAY_MS + 1 > MAX_SEASON_DAYS)
        ctx.addIssue({ code: 'custom', path: ['to'], message: `to must be at most ${MAX_SEASON_DAYS} days after from` });
    });

export type SeasonsQuery = z.infer<ReturnType<typeof seasonsQuerySchema>>;

export interface SeasonsAnswer {
  from: string;
  to: string;
  countries: string[];
  lang: SeasonLanguage;
  /** Country names in `lang`, for "public holiday in Finland". */
  countryNames: Record<string, string>;
  days: SeasonDay[];
}

export const SEASONS_ROUTES = { list: '/seasons' } as const;
export const seasonsPaths = { list: () => adminPath(SEASONS_ROUTES.list) };
