/**
 * The occurrence feeds: pieces from the repository expanded by the pure core into occurrences,
 * sorted by start then documentId. The public feed shows published pieces only; the admin feed
 * shows the latest (draft) version of every piece, its editorial fields and the backlog.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError } from '../../../core/field-errors';
import type { OccurrenceQuery } from '../../../core/query/occurrence-params';
import { RecurrenceError } from '../../../core/recurrence/expand';
import type { PlannedOccurrence } from '../../../core/planning/coverage';
import { instantToIsoWithOffset } from '../../../core/time';
import { getConfig, getService } from '../utils';
import { expandRows } from './occurrence-index/expand-rows';
import type { PieceRow } from './piece-repository';
import { base, editorial } from './occurrence-fields';
import type { Versions } from './piece-versions';
import { encodeCursor } from '../../../core/query/occurrence-page';
import type { BuildContext, FeedBody, StreamedBody } from './feed-cache';
import { approximateBytes, compareDated, patched, publicFeedChunks, writePublicFeed, type Dated } from './public-feed-json';
import { indexedPublicFeed } from './indexed-public-feed';
import type { PieceSelection } from './piece-selection';
import type { ShareOccurrence } from '../../../core/contracts/share-links';

const BACKLOG_LIMIT = 1000;

/** How many unexpandable pieces are remembered as already logged (then the memory starts over). */
const REPORTED_LIMIT = 10_000;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const indexed = indexedPublicFeed(strapi);
  const defaultZone = () => getConfig(strapi, 'defaultTimeZone');
  /** A piece's own zone, else the calendar's (read once per feed, not per occurrence). */
  const zones = () => {
    const fallback = defaultZone();
    return (row: PieceRow) => row.timeZone || fallback;
  };
  // Each unexpandable piece is logged once per schedule, not on every request that meets it.
  const reported = new Set<string>();
  const reportOnce = (row: PieceRow, kind: string, message: string) => {
    const key = [row.documentId, kind, String(row.publishAt), row.timeZone, row.recurrence].join('|');
    if (reported.has(key)) return;
    if (reported.size >= REPORTED_LIMIT) reported.clear();
    reported.add(key);
    strapi.log.warn(
      `[calendar] piece ${row.documentId} ("${row.title}") left out of the feeds, its recurrence cannot be expanded: ${message}`
    );
  };

  /**
   * Occurrences of the rows in the query's range, within the expansion budgets, in the feeds'
   * one order (start, documentId, locale). A piece that cannot be expanded is left out and
   * returned in `problems`; too many occurrences of one piece in the range is the caller's 400,
   * unless `skipOverLimit` (a view nobody can narrow) leaves it out too.
   */
  async function sorted(rows: PieceRow[], query: OccurrenceQuery, options: { skipOverLimit?: boolean } = {}) {
    const zoneOf = zones();
    let expanded;
    try {
      expanded = await expandRows(
        strapi,
        rows,
        (row) => ({
          publishAt: new Date(row.publishAt!),
          timeZone: zoneOf(row),
          recurrence: row.recurrence,
          recurrenceExceptions: row.recurrenceExceptions,
        }),
        query,
        { describe: (row: PieceRow) => `"${row.title}" (${row.documentId})`, skipOverLimit: options.skipOverLimit }
      );
    } catch (error) {
      if (!(error instanceof RecurrenceError)) throw error;
      throw new errors.ValidationError(error.message, { errors: [fieldError('to', error.message)] });
    }
    const occurrences: Dated<PieceRow>[] = expanded.occurrences.map(({ item, occurrence }) => ({
      item,
      start: occurrence.start.getTime(),
    }));
    occurrences.sort(compareDated);
    const problems = expanded.problems.map(({ item: row, kind, message }) => {
      reportOnce(row, kind, message);
      return { documentId: row.documentId, locale: row.locale, title: row.title, kind, message };
    });
    return { occurrences, problems };
  }

  /** `sorted`, each occurrence built into what the view shows. */
  async function expand<T>(
    rows: PieceRow[],
    query: OccurrenceQuery,
    build: (row: PieceRow, start: Date, zone: string) => T,
    options: { skipOverLimit?: boolean } = {}
  ) {
    const { occurrences, problems } = await sorted(rows, query, options);
    const zoneOf = zones();
    return { items: occurrences.map(({ item, start }) => build(item, new Date(start), zoneOf(item))), problems };
  }

  /** Each row with its document's locales in the audience. */
  function withLocales(rows: PieceRow[], versions: Versions, audience: 'public' | 'admin') {
    for (const row of rows) {
      const locales = versions.localesOf(row.documentId, audience);
      row.locales = locales.length ? locales : [row.locale];
    }
    return rows;
  }

  const meta = (query: OccurrenceQuery, count: number) => ({
    from: instantToIsoWithOffset(query.from, query.timeZone),
    to: instantToIsoWithOffset(query.to, query.timeZone),
    timeZone: query.timeZone,
    count,
  });

  return {
    /**
     * Every scheduled occurrence (latest versions, drafts included) in `range`, reduced to what
     * the planning views count: the quarterly grid and coverage compare the plan with this.
     */
    async planned(range: { from: Date; to: Date }, filters: OccurrenceQuery['filters'] = {}): Promise<PlannedOccurrence[]> {
      const repository = getService(strapi, 'piece-repository');
      const locales = await getService(strapi, 'languages').resolve(filters.locale);
      const rows = await repository.find({ audience: 'admin', filters, range, locales, withIndex: true });
      const query = { ...range, timeZone: defaultZone(), filters };
      return (
        await expand(rows, query, (row, start) => ({
          start,
          funnelStage: row.funnelStage,
          contentGoal: row.contentGoal,
          channels: row.channels.map((c) => c.slug),
          personas: row.personas.map((p) => p.slug),
        }))
      ).items;
    },

    /**
     * The public feed as JSON from the feed cache (REST and GraphQL share it). Unknown filter
     * slugs answer 400 first, cached or not. Each page of a paged feed is a feed of its own.
     */
    async cachedPublicFeed(query: OccurrenceQuery) {
      await getService(strapi, 'piece-repository').assertSlugsExist(query.filters);
      const page = query.page ? `${query.page.limit}|${query.page.after ? encodeCursor(query.page.after) : ''}` : '';
      const key = `occurrences|${query.from.toISOString()}|${query.to.toISOString()}|${query.timeZone}|${JSON.stringify(query.filters)}|${page}`;
      const scope = { range: { from: query.from, to: query.to }, drafts: false };
      return getService(strapi, 'feed-cache').getOrBuild(key, scope, (context) => this.publicFeed(query, context));
    },

    /**
     * The public feed's body (`PublicFeed` as JSON). The caller checks the filter slugs first
     * (cachedPublicFeed does). After an edit, only the documents written since the last build of
     * this range and filters are read again; the others' occurrences are kept (see feed-cache).
     */
    async publicFeed(query: OccurrenceQuery, context: BuildContext | null = null): Promise<FeedBody | StreamedBody> {
      const cache = getService(strapi, 'feed-cache');
      const locales = await getService(strapi, 'languages').resolve(query.filters.locale);
      const selection = {
        audience: 'public',
        filters: query.filters,
        range: query,
        locales,
        withIndex: true,
        withPublishedLocales: true,
      } as const;
      const expandRest = async (part: PieceSelection) =>
        (await sorted(await getService(strapi, 'piece-repository').find(part), query)).occurrences;
      const read = (documentIds?: string[]) => indexed.occurrences({ ...selection, documentIds }, query, zones(), expandRest);
      const key = `public|${query.from.getTime()}|${query.to.getTime()}|${JSON.stringify([query.filters, locales])}`;
      const changedSince = (since: number, until: number) => getService(strapi, 'occurrence-index').changedDocuments(since, until, false);
      const kept = context && (await patched(cache.recallState<Dated[]>(key), context.version, changedSince, read));
      const list = kept ?? (await read());
      if (context) cache.rememberState(key, context, list, list.length);
      const { from, to, timeZone } = meta(query, 0);
      const head = { from, to, timeZone };
      // Not to be kept (the cache is off, or it is more than the cache holds): sent as it is written.
      if (!context || approximateBytes(list, query.page) > cache.limitBytes())
        return { streamed: () => publicFeedChunks(list, query.page, head) };
      return writePublicFeed(list, query.page, head);
    },

    /**
     * A share link's page: published occurrences, and with `planned` the language versions not
     * published yet that have a time (drafts, any editorial status), under the feeds' budgets.
     * Only public fields leave here: no editorial status, assignee, due date or notes.
     */
    async shareFeed(query: OccurrenceQuery, planned: boolean): Promise<ShareOccurrence[]> {
      const repository = getService(strapi, 'piece-repository');
      const locales = await getService(strapi, 'languages').resolve(query.filters.locale);
      const select = { filters: query.filters, range: query, locales, withIndex: true };
      const [published, drafts] = await Promise.all([
        repository.find({ audience: 'public', ...select }),
        planned ? repository.find({ audience: 'admin', ...select }) : Promise.resolve([]),
      ]);
      // A version with a published copy shows that copy; its unpublished edits stay private.
      const versions = drafts.length ? await getService(strapi, 'piece-versions').of(drafts.map((r) => r.documentId)) : null;
      const unpublished = drafts.filter((row) => !versions?.publishedUpdatedAt(row));
      const plannedIds = new Set(unpublished.map((row) => row.id));
      const { items } = await expand<ShareOccurrence>(
        [...published, ...unpublished],
        query,
        (row, start, zone) => ({
          documentId: row.documentId,
          locale: row.locale,
          title: row.title,
          start: instantToIsoWithOffset(start, zone),
          timeZone: zone,
          funnelStage: row.funnelStage,
          channels: row.channels.map((c) => c.slug),
          theme: row.theme?.slug ?? null,
          planned: plannedIds.has(row.id),
        }),
        // A share page's viewer cannot narrow its year: an hourly piece is left out, not the page refused.
        { skipOverLimit: true }
      );
      return items;
    },

    async adminFeed(query: OccurrenceQuery, userId?: number) {
      const repository = getService(strapi, 'piece-repository');
      await repository.assertSlugsExist(query.filters);
      // The admin views show every language version unless narrowed (each has its own time).
      const locales = await getService(strapi, 'languages').resolve(query.filters.locale ?? ['all']);
      const [found, backlogRows] = await Promise.all([
        repository.find({ audience: 'admin', filters: query.filters, range: query, userId, locales, withIndex: true }),
        repository.find({ audience: 'admin', filters: query.filters, backlog: true, userId, limit: BACKLOG_LIMIT + 1, locales }),
      ]);
      // One read of every version of the pieces shown: their locales and their publication state.
      const shown = backlogRows.slice(0, BACKLOG_LIMIT);
      const versions = await getService(strapi, 'piece-versions').of([...found, ...shown].map((r) => r.documentId));
      const rows = withLocales(found, versions, 'admin');
      const backlogShown = withLocales(shown, versions, 'admin');
      const { items, problems } = await expand(rows, query, (row, start, zone) => {
        const { documentId, title, slug, summary, ...rest } = base(row, zone);
        return { documentId, title, slug, summary, start: instantToIsoWithOffset(start, zone), ...rest, ...editorial(row, versions) };
      });
      const backlog = backlogShown.map((row) => ({ ...base(row, row.timeZone || defaultZone()), ...editorial(row, versions) }));
      return {
        data: items,
        backlog,
        meta: {
          ...meta(query, items.length),
          backlogCount: backlog.length,
          backlogTruncated: backlogRows.length > BACKLOG_LIMIT,
          problems,
        },
      };
    },
  };
};
