/**
 * Competitors (kilpailijat) the yearly plan follows, and the observations (havainnot) the team
 * logs of what they did: admin only, never public. Read needs `read`; every write needs `plan`.
 * Deleting a competitor that has observations is refused (409) unless the request confirms that
 * the observations go with it (`withObservations=true`).
 */
import { z } from 'zod';
import { WEB_URL_MAX } from '../competitors/web-url';
import {
  calendarDate,
  COMPETITOR_PLATFORMS,
  optionalText,
  optionalUrl,
  text,
  webUrl,
  type CompetitorPlatform,
} from '../competitors/fields';
import type { CompetitorAdvice, RingMark } from '../competitors/ring-marks';
import { isDbIdText, isoDateTime, queryInt, queryYear } from './fields';
import { adminPath } from './routing';

export { RECOMMENDED_COMPETITORS, competitorAdvice, observationRingMarks, competitorColors } from '../competitors/ring-marks';
export type { CompetitorAdvice, RingMark };
export { WEB_URL_MAX, calendarDate, COMPETITOR_PLATFORMS };
export type { CompetitorPlatform };

/** A list the page shows on one screen; the plan names 2–5. */
export const COMPETITORS_MAX = 50;
export const COMPETITOR_CHANNELS_MAX = 12;
/** A period of the observation log: a month, or a range of at most a year. */
export const OBSERVATION_RANGE_MAX_DAYS = 366;
/** Rows one listing answers at most (a year of daily notes on many competitors still fits). */
export const OBSERVATIONS_LIST_MAX = 2000;

const name = text('name', 100).min(1, 'name is required');
const PLATFORM_MESSAGE = `platform must be one of ${COMPETITOR_PLATFORMS.join(', ')}`;
export const competitorChannel = z
  .object({ platform: z.enum(COMPETITOR_PLATFORMS, { message: PLATFORM_MESSAGE }), url: webUrl('url') })
  .strict();
const channels = z
  .array(competitorChannel, { message: 'channels must be a list of { platform, url }' })
  .max(COMPETITOR_CHANNELS_MAX, `channels must have at most ${COMPETITOR_CHANNELS_MAX} entries`);
const active = z.boolean({ message: 'active must be true or false' });

export const createCompetitorBody = z
  .object({
    name,
    siteUrl: optionalUrl('siteUrl'),
    channels: channels.optional(),
    description: optionalText('description', 2000),
    active: active.optional(),
  })
  .strict();
export type CompetitorInput = z.input<typeof createCompetitorBody>;
export type CompetitorFields = z.output<typeof createCompetitorBody>;

/** Only what changes, plus the version the form showed. */
export const updateCompetitorBody = z
  .object({
    name: name.optional(),
    siteUrl: optionalUrl('siteUrl'),
    channels: channels.optional(),
    description: optionalText('description', 2000),
    active: active.optional(),
    expectedUpdatedAt: isoDateTime('expectedUpdatedAt'),
  })
  .strict();
export type CompetitorChange = z.input<typeof updateCompetitorBody>;

export const removeCompetitorQuery = z
  .object({ withObservations: z.enum(['true', 'false'], { message: 'withObservations must be true or false' }).optional() })
  .strict();

const competitorRef = z
  .number({ message: 'competitor must be the id of a competitor' })
  .int('competitor must be the id of a competitor')
  .min(1, 'competitor must be the id of a competitor')
  .max(2_147_483_647, 'competitor must be the id of a competitor');
const action = text('action', 300).min(1, 'action is required: what the competitor did');

export const createObservationBody = z
  .object({
    date: calendarDate('date'),
    competitor: competitorRef,
    channel: optionalText('channel', 100),
    action,
    note: optionalText('note', 2000),
    link: optionalUrl('link'),
  })
  .strict();
export type ObservationInput = z.input<typeof createObservationBody>;
export type ObservationFields = z.output<typeof createObservationBody>;

export const updateObservationBody = z
  .object({
    date: calendarDate('date').optional(),
    competitor: competitorRef.optional(),
    channel: optionalText('channel', 100),
    action: action.optional(),
    note: optionalText('note', 2000),
    link: optionalUrl('link'),
    expectedUpdatedAt: isoDateTime('expectedUpdatedAt'),
  })
  .strict();
export type ObservationChange = z.input<typeof updateObservationBody>;

/** The log's period: `year` + `month`, or `from` + `to` (dates, inclusive, at most a year); `competitor` narrows it. */
export const observationsQuery = z
  .object({
    year: queryYear.optional(),
    month: queryInt('month', 1, 12).optional(),
    from: calendarDate('from').optional(),
    to: calendarDate('to').optional(),
    competitor: z
      .string({ message: 'competitor must be the id of a competitor' })
      .refine(isDbIdText, 'competitor must be the id of a competitor')
      .transform(Number)
      .optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const month = q.year !== undefined || q.month !== undefined;
    const range = q.from !== undefined || q.to !== undefined;
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (month && range) issue('from', 'from/to cannot be combined with year/month: give one period');
    else if (month) {
      if (q.year === undefined) issue('year', 'year is required with month');
      if (q.month === undefined) issue('month', 'month is required with year');
    } else if (range) {
      if (q.from === undefined) issue('from', 'from is required with to');
      else if (q.to === undefined) issue('to', 'to is required with from');
      else if (q.to < q.from) issue('to', 'to must be on or after from');
      else if (daysBetween(q.from, q.to) >= OBSERVATION_RANGE_MAX_DAYS)
        issue('to', `the period from … to may be at most ${OBSERVATION_RANGE_MAX_DAYS} days`);
    } else issue('year', 'a period is required: year and month, or from and to');
  });
export type ObservationsQuery = z.output<typeof observationsQuery>;

export const competitorWheelQuery = z.object({ year: queryYear }).strict();

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The first and last date of a period query (a month's or the range's). */
export function observationPeriod(q: ObservationsQuery): { from: string; to: string } {
  if (q.from && q.to) return { from: q.from, to: q.to };
  const month = String(q.month).padStart(2, '0');
  const last = new Date(Date.UTC(q.year!, q.month!, 0)).getUTCDate();
  return { from: `${q.year}-${month}-01`, to: `${q.year}-${month}-${String(last).padStart(2, '0')}` };
}

export interface CompetitorChannel {
  platform: CompetitorPlatform;
  url: string;
}

export interface Competitor {
  id: number;
  name: string;
  siteUrl: string | null;
  channels: CompetitorChannel[];
  description: string | null;
  active: boolean;
  /** The competitor's colour on the wheel and in the log. */
  color: string;
  observationCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface CompetitorList {
  competitors: Competitor[];
  activeCount: number;
  /** The plan's advice on how many to follow (2–5): null when the active ones are within it. */
  advice: CompetitorAdvice;
}

export interface Observation {
  id: number;
  date: string;
  competitor: { id: number; name: string; color: string } | null;
  channel: string | null;
  action: string;
  note: string | null;
  link: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ObservationList {
  data: Observation[];
  meta: { from: string; to: string; total: number; truncated: boolean };
}

/** What the year wheel's competitor ring needs: `observationRingMarks(observations, competitors)` makes the marks. */
export interface CompetitorWheel {
  year: number;
  competitors: Array<{ id: number; name: string; color: string; active: boolean }>;
  observations: Array<{ id: number; date: string; competitorId: number; action: string }>;
  truncated: boolean;
}

export interface ObservationsArgs {
  year?: number;
  month?: number;
  from?: string;
  to?: string;
  competitor?: number | null;
}

export const COMPETITOR_ROUTES = {
  list: '/competitors',
  create: '/competitors',
  wheel: '/competitors/wheel',
  update: '/competitors/:id',
  remove: '/competitors/:id',
  observations: '/competitor-observations',
  createObservation: '/competitor-observations',
  updateObservation: '/competitor-observations/:id',
  removeObservation: '/competitor-observations/:id',
} as const;

export const competitorPaths = {
  list: () => adminPath(COMPETITOR_ROUTES.list),
  create: () => adminPath(COMPETITOR_ROUTES.create),
  wheel: () => adminPath(COMPETITOR_ROUTES.wheel),
  update: (id: number) => adminPath(COMPETITOR_ROUTES.update, { id }),
  remove: (id: number) => adminPath(COMPETITOR_ROUTES.remove, { id }),
  observations: () => adminPath(COMPETITOR_ROUTES.observations),
  createObservation: () => adminPath(COMPETITOR_ROUTES.createObservation),
  updateObservation: (id: number) => adminPath(COMPETITOR_ROUTES.updateObservation, { id }),
  removeObservation: (id: number) => adminPath(COMPETITOR_ROUTES.removeObservation, { id }),
};
