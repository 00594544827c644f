/**
 * `calendarOccurrences(from, to, tz, locale, channel, persona, theme, stage, goal, format, limit, cursor)`: the
 * public occurrences feed over GraphQL. The arguments are handed to the REST endpoint's parser,
 * so the rules and the messages are the same, as BAD_USER_INPUT errors whose
 * `extensions.error.details.errors[].path` names the argument; the answer is the same cached feed.
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_FILTER_KEYS, parseOccurrenceQuery } from '../../../core/query/occurrence-params';
import type { PublicFeed } from '../../../core/contracts/occurrences';
import { orBadRequest } from '../controllers/validation';
import { getConfig, getService } from '../utils';
import type { NexusLike } from '.';

type Args = { from: string; to: string; tz?: string | null; limit?: number | null; cursor?: string | null } & Partial<
  Record<(typeof PUBLIC_FILTER_KEYS)[number], string[] | null>
>;

/** The arguments as the REST query string would carry them: lists comma-separated. */
function asRestQuery(args: Args): Record<string, string> {
  const query: Record<string, string> = { from: args.from, to: args.to };
  if (args.tz != null) query.tz = args.tz;
  if (args.limit != null) query.limit = String(args.limit);
  if (args.cursor != null) query.cursor = args.cursor;
  for (const key of PUBLIC_FILTER_KEYS) {
    const values = args[key];
    if (values != null) query[key] = values.join(',');
  }
  return query;
}

export function occurrencesExtension(strapi: Core.Strapi, nexus: NexusLike) {
  const occurrence = nexus.objectType({
    name: 'CalendarOccurrence',
    description: 'One publication of a published piece: a recurring piece has one per occurrence.',
    definition(t) {
      t.nonNull.string('documentId');
      t.nonNull.string('locale', { description: 'The language version this occurrence is.' });
      t.nonNull.list.nonNull.string('locales', { description: "The document's other published language versions." });
      t.nonNull.string('title');
      t.string('slug');
      t.string('summary');
      t.nonNull.string('start', { description: "ISO 8601 with the piece's own offset, e.g. 2026-03-31T09:00:00+03:00." });
      t.nonNull.string('timeZone');
      t.string('funnelStage');
      t.string('contentGoal');
      t.string('format');
      t.nonNull.list.nonNull.string('channels', { description: 'Channel slugs.' });
      t.nonNull.list.nonNull.string('personas', { description: 'Persona slugs.' });
      t.string('theme', { description: 'The theme slug.' });
      t.nonNull.boolean('recurring');
    },
  });
  const meta = nexus.objectType({
    name: 'CalendarOccurrenceFeedMeta',
    definition(t) {
      t.nonNull.string('from');
      t.nonNull.string('to');
      t.nonNull.string('timeZone');
      t.nonNull.int('count');
      t.string('nextCursor', {
        description: 'With limit: the cursor argument for the next page; null on the last page and when not paged.',
      });
    },
  });
  const feed = nexus.objectType({
    name: 'CalendarOccurrenceFeed',
    definition(t) {
      t.nonNull.list.nonNull.field('data', { type: 'CalendarOccurrence' });
      t.nonNull.field('meta', { type: 'CalendarOccurrenceFeedMeta' });
    },
  });
  const list = () => nexus.list(nexus.nonNull(nexus.stringArg()));
  const query = nexus.extendType({
    type: 'Query',
    definition(t) {
      t.nonNull.field('calendarOccurrences', {
        type: 'CalendarOccurrenceFeed',
        description: 'Published occurrences between two dates (at most 400 days), as GET /api/calendar/occurrences answers them.',
        args: {
          from: nexus.nonNull(nexus.stringArg({ description: 'A date (YYYY-MM-DD, a whole day in tz) or an instant.' })),
          to: nexus.nonNull(nexus.stringArg({ description: 'Inclusive; a date or an instant.' })),
          tz: nexus.stringArg({ description: 'IANA time zone of date-only from/to; default the calendar zone.' }),
          ...Object.fromEntries(PUBLIC_FILTER_KEYS.map((key) => [key, list()])),
          limit: nexus.intArg({ description: 'Page size (1–5000); meta.nextCursor leads to the next page.' }),
          cursor: nexus.stringArg({ description: "The previous page's meta.nextCursor." }),
        },
        async resolve(_parent: unknown, args: Args) {
          const parsed = orBadRequest(
            parseOccurrenceQuery(asRestQuery(args), { defaultTimeZone: getConfig(strapi, 'defaultTimeZone'), audience: 'public' })
          );
          const { feed } = await getService(strapi, 'occurrences').cachedPublicFeed(parsed);
          return JSON.parse(feed.text()) as PublicFeed;
        },
      });
    },
  });
  return {
    types: [occurrence, meta, feed, query],
    // The Public role's permission for the REST feed opens this query too.
    resolversConfig: { 'Query.calendarOccurrences': { auth: { scope: ['plugin::calendar.occurrences.find'] } } },
  };
}
