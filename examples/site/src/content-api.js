/**
 * What the site reads from Vuosikello, through @strapi/client and the site's cache: the newest
 * published pieces of a language, one piece by slug with its other language versions, the
 * published occurrences coming up and the channels' names. It only ever asks for published content (`status:
 * 'published'`), so even a token that could read drafts never shows one.
 */
const { strapi, HTTPError } = require('@strapi/client');

const LIST_FIELDS = ['title', 'slug', 'summary', 'format', 'publishedAt', 'timeZone', 'locale'];
const RELATIONS = { channels: { fields: ['name', 'slug'] }, theme: { fields: ['name', 'slug'] } };
const COMING_UP_DAYS = 30;
const HOUR = 3_600_000;

/** The API refused the language (`locale` not enabled): a page that does not exist, not an outage. */
class UnknownLocaleError extends Error {}

/**
 * @param {{ strapiUrl: string, token?: string, cache: ReturnType<import('./cache').createCache>, pageSize?: number }} options
 */
function createContentApi({ strapiUrl, token, cache, pageSize = 30 }) {
  const client = strapi({ baseURL: `${strapiUrl}/api`, ...(token ? { auth: token } : {}) });
  const pieces = client.collection('content-pieces');

  /** Strapi answers 400 naming `locale` for a language it does not have. */
  const readable = async (read) => {
    try {
      return await read();
    } catch (error) {
      if (error instanceof HTTPError && error.response.status === 400) {
        const body = await error.response.json().catch(() => null);
        if (body?.error?.details?.errors?.some((e) => e.path?.[0] === 'locale')) throw new UnknownLocaleError(body.error.message);
      }
      throw error;
    }
  };

  return {
    /** The newest published pieces in `locale`, by `publishedAt`. */
    latest: (locale) =>
      cache.remember(`latest:${locale}`, () =>
        readable(async () => {
          const answer = await pieces.find({
            locale,
            status: 'published',
            sort: ['publishedAt:desc', 'id:desc'],
            fields: LIST_FIELDS,
            populate: RELATIONS,
            pagination: { page: 1, pageSize },
          });
          return answer.data;
        })
      ),

    /** The published piece with this slug in `locale`, with its other published versions; null when none. */
    bySlug: (locale, slug) =>
      cache.remember(`piece:${locale}:${slug}`, () =>
        readable(async () => {
          const answer = await pieces.find({
            locale,
            status: 'published',
            filters: { slug: { $eq: slug } },
            fields: [...LIST_FIELDS, 'body'],
            populate: { ...RELATIONS, localizations: { fields: ['title', 'slug', 'locale'] } },
            pagination: { page: 1, pageSize: 1 },
          });
          return answer.data[0] ?? null;
        })
      ),

    /** Channel names by slug, for the occurrences (the feed names channels by slug). */
    channelNames: () =>
      cache.remember('channels', async () => {
        const answer = await client.collection('channels').find({ fields: ['name', 'slug'], pagination: { page: 1, pageSize: 100 } });
        return new Map(answer.data.map((c) => [c.slug, c.name]));
      }),

    /**
     * Published occurrences in `locale` from the start of this hour for 30 days, as the calendar
     * feed gives them (`start` in the piece's own offset). The window moves by the hour so the
     * answer can be kept; the page drops what has already started.
     */
    comingUp: (locale, now = Date.now()) => {
      const from = new Date(Math.floor(now / HOUR) * HOUR);
      const to = new Date(from.getTime() + COMING_UP_DAYS * 24 * HOUR);
      const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString(), locale });
      return cache.remember(`coming-up:${locale}:${from.toISOString()}`, () =>
        readable(async () => {
          const res = await client.fetch(`/calendar/occurrences?${query}`);
          return (await res.json()).data;
        })
      );
    },
  };
}

module.exports = { createContentApi, UnknownLocaleError, COMING_UP_DAYS };
