/**
 * The occurrence feeds: pieces from the repository expanded by the pure core into occurrences,
 * sorted by start then documentId. The public feed shows published pieces only; the admin feed
 * shows the latest (draft) version of every piece, its editorial fields and the backlog.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError } from '../../../core/field-errors';
import type { OccurrenceQuery } from '../../../core/query/occurrence-params';
import { RecurrenceError, scheduleExpander } from '../../../core/recurrence/expand';
import type { PlannedOccurrence } from '../../../core/planning/coverage';
import { instantToIsoWithOffset } from '../../../core/time';
import { getConfig, getService } from '../utils';
import type { PieceRow } from './piece-repository';

const BACKLOG_LIMIT = 1000;

interface PublicOccurrence {
  documentId: string;
  title: string;
  slug: string;
  summary: string | null;
  start: string;
  timeZone: string;
  funnelStage: string;
  contentGoal: string;
  format: string | null;
  channels: string[];
  personas: string[];
  theme: string | null;
  recurring: boolean;
}

const base = (row: PieceRow, zone: string) => ({
  documentId: row.documentId,
  title: row.title,
  slug: row.slug,
  summary: row.summary ?? null,
  timeZone: zone,
  funnelStage: row.funnelStage,
  contentGoal: row.contentGoal,
  format: row.format ?? null,
  channels: row.channels.map((c) => c.slug),
  personas: row.personas.map((p) => p.slug),
  theme: row.theme?.slug ?? null,
  recurring: Boolean(row.recurrence && row.recurrence.trim()),
});

const editorial = (row: PieceRow, published: Map<string, Date>) => {
  const publishedAt = published.get(row.documentId);
  return {
    editorialStatus: row.editorialStatus ?? 'idea',
    assignee: row.assignee
      ? { id: row.assignee.id, firstname: row.assignee.firstname, lastname: row.assignee.lastname }
      : null,
    dueAt: row.dueAt ? new Date(row.dueAt).toISOString() : null,
    publishAt: row.publishAt ? new Date(row.publishAt).toISOString() : null,
    updatedAt: new Date(row.updatedAt).toISOString(),
    // Strapi's own rule: a draft saved after the last publish has unpublished changes.
    status: !publishedAt ? 'draft' : new Date(row.updatedAt) > publishedAt ? 'modified' : 'published',
    recurrence: row.recurrence ?? null,
    recurrenceExceptions: row.recurrenceExceptions ?? [],
  };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const defaultZone = () => getConfig(strapi, 'defaultTimeZone');

  /** Occurrences of the rows in the query's range; a rule that explodes is the caller's 400. */
  function expand<T>(rows: PieceRow[], query: OccurrenceQuery, build: (row: PieceRow, start: Date, zone: string) => T) {
    const out: Array<{ start: Date; documentId: string; item: T }> = [];
    const problems: Array<{ documentId: string; message: string }> = [];
    const fallbackZone = defaultZone();
    for (const row of rows) {
      const zone = row.timeZone || fallbackZone;
      try {
        const occurrences = scheduleExpander({
          publishAt: new Date(row.publishAt!),
          timeZone: zone,
          recurrence: row.recurrence,
          recurrenceExceptions: row.recurrenceExceptions,
        })(query);
        for (const o of occurrences) out.push({ start: o.start, documentId: row.documentId, item: build(row, o.start, zone) });
      } catch (error) {
        if (!(error instanceof RecurrenceError)) throw error;
        if (error.kind === 'limit') {
          throw new errors.ValidationError(`"${row.title}": ${error.message}`, {
            errors: [fieldError('to', `"${row.title}" (${row.documentId}): ${error.message}`)],
          });
        }
        // A rule stored before validation existed: leave the piece out, loudly.
        strapi.log.warn(`[calendar] piece ${row.documentId} has an unusable recurrence: ${error.message}`);
        problems.push({ documentId: row.documentId, message: error.message });
      }
    }
    out.sort((a, b) => a.start.getTime() - b.start.getTime() || (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0));
    return { items: out.map((o) => o.item), problems };
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
      const rows = await repository.find({ audience: 'admin', filters, range });
      const query = { ...range, timeZone: defaultZone(), filters };
      return expand(rows, query, (row, start) => ({
        start,
        funnelStage: row.funnelStage,
        contentGoal: row.contentGoal,
        channels: row.channels.map((c) => c.slug),
        personas: row.personas.map((p) => p.slug),
      })).items;
    },

    /** The caller checks the filter slugs first (the controller does, before its cache). */
    async publicFeed(query: OccurrenceQuery) {
      const repository = getService(strapi, 'piece-repository');
      const rows = await repository.find({ audience: 'public', filters: query.filters, range: query });
      const { items } = expand<PublicOccurrence>(rows, query, (row, start, zone) => ({
        ...base(row, zone),
        start: instantToIsoWithOffset(start, zone),
      }));
      // Key order as documented: documentId, title, slug, summary, start, ...
      const data = items.map(({ documentId, title, slug, summary, start, ...rest }) => ({ documentId, title, slug, summary, start, ...rest }));
      return { data, meta: meta(query, data.length) };
    },

    async adminFeed(query: OccurrenceQuery, userId?: number) {
      const repository = getService(strapi, 'piece-repository');
      await repository.assertSlugsExist(query.filters);
      const [rows, backlogRows] = await Promise.all([
        repository.find({ audience: 'admin', filters: query.filters, range: query, userId }),
        repository.find({ audience: 'admin', filters: query.filters, backlog: true, userId, limit: BACKLOG_LIMIT + 1 }),
      ]);
      const backlogShown = backlogRows.slice(0, BACKLOG_LIMIT);
      const published = await repository.publishedVersions([...rows, ...backlogShown].map((r) => r.documentId));
      const { items, problems } = expand(rows, query, (row, start, zone) => {
        const { documentId, title, slug, summary, ...rest } = base(row, zone);
        return { documentId, title, slug, summary, start: instantToIsoWithOffset(start, zone), ...rest, ...editorial(row, published) };
      });
      const backlog = backlogShown.map((row) => ({ ...base(row, row.timeZone || defaultZone()), ...editorial(row, published) }));
      return {
        data: items,
        backlog,
        meta: { ...meta(query, items.length), backlogCount: backlog.length, backlogTruncated: backlogRows.length > BACKLOG_LIMIT, problems },
      };
    },
  };
};
