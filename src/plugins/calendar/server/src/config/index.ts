import { z } from 'zod';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../../../core/time-zone';
import { DEFAULT_LOCALES, isLocaleCode } from '../../../core/i18n/locales';
import { isCurrencyCode } from '../../../core/money/money';
import { isKnownCountry } from '../../../core/seasons/holidays';

/** `https://host[:port]` and nothing else: it goes into a CSP header as it is. */
const isOrigin = (value: string) => {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value;
  } catch {
    return false;
  }
};

const configSchema = z.object({
  /** Grant the Public role read access to the published content on first boot. */
  publicRead: z.boolean(),
  /** IANA zone for pieces saved without one and for date-only queries. */
  defaultTimeZone: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Helsinki'),
  /**
   * The languages content is written in, created in Strapi i18n on first boot (later changes are
   * made in Settings → Internationalization); the first is the default locale.
   */
  locales: z.array(z.string().refine(isLocaleCode, 'must be locale codes such as fi, sv, en')).min(1).max(50),
  /** Languages every published or approved piece should have ("Translations missing"); none = no such list. */
  requiredLocales: z.array(z.string().refine(isLocaleCode, 'must be locale codes such as fi, sv, en')).max(50),
  /** Seconds publishing sites may cache the occurrences feed. */
  cacheMaxAgeSeconds: z.number().int().min(0).max(86_400),
  /** REFRESH-INTERVAL / X-PUBLISHED-TTL of the ICS feed. */
  feedRefreshMinutes: z.number().int().min(5).max(1440),
  /** How long a publication is shown in calendar apps (content pieces have no duration). */
  feedEventMinutes: z.number().int().min(1).max(1440),
  /** Memory for rendered public feeds, invalidated by any content change; 0 turns it off. */
  feedCacheMegabytes: z.number().min(0).max(4096),
  /**
   * What one GraphQL operation may ask for: fields selected (fragments expanded), relation loads
   * (each page multiplying its relations) and values in its arguments and variables.
   */
  graphql: z.object({
    maxFields: z.number().int().min(10).max(100_000),
    maxLoads: z.number().int().min(10).max(1_000_000),
    maxInputNodes: z.number().int().min(10).max(100_000),
  }),
  /** Whether personas' needs, pains and value proposition are in the public REST API. */
  publicPersonaDetails: z.boolean(),
  /** Automatic publishing of approved pieces when their time comes. */
  scheduler: z.object({
    enabled: z.boolean(),
    intervalSeconds: z.number().min(0.2).max(3600),
    /** How long a claimed job stays with its instance before another may retry it. */
    leaseSeconds: z.number().min(1).max(3600),
    batchSize: z.number().int().min(1).max(1000),
    maxAttempts: z.number().int().min(1).max(100),
  }),
  /** Share links' pages: the origins (besides this server's own) that may show them in an iframe. */
  shareLinks: z.object({
    frameAncestors: z.array(z.string().refine(isOrigin, 'must be origins such as https://intra.example.fi (scheme://host[:port])')).max(50),
  }),
  /** The language of the Content Manager's field labels and descriptions (one for all admins). */
  contentManagerLanguage: z.enum(['en', 'fi']),
  /** Assignment mails and the daily digest, through Strapi's email plugin. */
  notifications: z.object({
    enabled: z.boolean(),
    /** Local hour in defaultTimeZone after which the day's digest is sent (once per cluster). */
    digestHour: z.number().int().min(0).max(23),
    checkIntervalSeconds: z.number().min(1).max(86_400),
  }),
  /** Slack and Teams hooks: assignments, mentions, publish failures and the team's daily digest. */
  chat: z.object({
    enabled: z.boolean(),
    /** How often an instance posts what is due from the outbox. */
    intervalSeconds: z.number().min(0.2).max(3600),
    /** Deliveries one instance posts per tick, one after the other. */
    batchSize: z.number().int().min(1).max(500),
    /** How long a receiver may take to answer one post. */
    timeoutSeconds: z.number().min(1).max(60),
    /** Hosts (or `*.domain`) hooks may post to in production besides Slack's and Teams'. */
    allowedHosts: z
      .array(z.string().regex(/^(\*\.)?[a-z0-9.-]+$/i, 'must be host names such as relay.example.fi or *.example.fi'))
      .max(100),
  }),
  /** The budget page: the currency of new budget lines and spend entries, and of the report. */
  budget: z.object({
    currency: z.string().refine(isCurrencyCode, 'must be an ISO 4217 currency code such as EUR'),
  }),
  /** Public holidays on the calendar and the year wheel: the countries shown by default (date-holidays' codes). */
  seasons: z.object({
    countries: z.array(z.string().refine(isKnownCountry, 'must be country codes date-holidays knows, such as FI, SE, NO, DK, EE')).max(10),
  }),
  /**
   * The occurrence index: occurrences of scheduled pieces kept in a table, whole years before and
   * after the current one. Requests inside the window read it; others expand on demand.
   * `enabled: false` makes every request expand (the index is still kept in step).
   */
  occurrenceIndex: z.object({
    enabled: z.boolean(),
    yearsBack: z.number().int().min(0).max(10),
    yearsAhead: z.number().int().min(0).max(10),
  }),
  /** Workload: the weekly hours of a person whose own capacity is not set. */
  capacity: z.object({ defaultWeeklyHours: z.number().min(0).max(168) }),
});

export type CalendarConfig = z.infer<typeof configSchema>;

export default {
  default: (): CalendarConfig => ({
    publicRead: true,
    defaultTimeZone: DEFAULT_TIME_ZONE,
    locales: [...DEFAULT_LOCALES],
    requiredLocales: ['fi', 'sv'],
    cacheMaxAgeSeconds: 60,
    feedRefreshMinutes: 60,
    feedEventMinutes: 30,
    feedCacheMegabytes: 64,
    graphql: { maxFields: 500, maxLoads: 2000, maxInputNodes: 500 },
    publicPersonaDetails: false,
    scheduler: { enabled: true, intervalSeconds: 30, leaseSeconds: 120, batchSize: 50, maxAttempts: 10 },
    notifications: { enabled: true, digestHour: 8, checkIntervalSeconds: 300 },
    chat: { enabled: true, intervalSeconds: 10, batchSize: 20, timeoutSeconds: 10, allowedHosts: [] },
    contentManagerLanguage: 'en',
    shareLinks: { frameAncestors: [] },
    budget: { currency: 'EUR' },
    seasons: { countries: ['FI'] },
    capacity: { defaultWeeklyHours: 37.5 },
    occurrenceIndex: { enabled: true, yearsBack: 2, yearsAhead: 3 },
  }),
  validator(config: unknown) {
    const parsed = configSchema.safeParse(config);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`Invalid calendar plugin config: ${issue.path.join('.')} ${issue.message}`);
    }
  },
};
