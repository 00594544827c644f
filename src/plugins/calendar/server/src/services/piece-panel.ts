/**
 * The Schedule side panel's read model for one piece: the draft's editorial state and the next
 * occurrences of its schedule, each marked by whether the published version (what the public
 * occurrence feed expands) already carries it. Expansion is the core's, within its budget.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  PANEL_OCCURRENCES,
  VERSION_OCCURRENCES,
  type PanelOccurrence,
  type PanelVersion,
  type PiecePanel,
} from '../../../core/contracts/piece-panel';
import { allowedTargets } from '../../../core/editorial/workflow';
import type { EditorialStatus } from '../../../core/enums';
import { RecurrenceError, scheduleExpander } from '../../../core/recurrence/expand';
import { upcomingOccurrences } from '../../../core/recurrence/upcoming';
import { instantToIsoWithOffset } from '../../../core/time';
import { isValidTimeZone } from '../../../core/time-zone';
import { CONTENT_TYPES } from '../constants';
import { query } from '../query';
import { getConfig, isoOrNull, personRef } from '../utils';

const PIECE = CONTENT_TYPES.contentPiece;
const FIELDS = [
  'id',
  'documentId',
  'locale',
  'title',
  'editorialStatus',
  'dueAt',
  'effortMinutes',
  'publishAt',
  'timeZone',
  'recurrence',
  'recurrenceExceptions',
  'updatedAt',
  'publishedAt',
];

interface ScheduleRow {
  publishAt?: unknown;
  timeZone?: string | null;
  recurrence?: string | null;
  recurrenceExceptions?: unknown;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // A stored zone that is not a zone (written around the checks) reads as the configured one.
  const zoneOf = (row: ScheduleRow) =>
    row.timeZone && isValidTimeZone(row.timeZone) ? row.timeZone : getConfig(strapi, 'defaultTimeZone');
  const scheduleOf = (row: ScheduleRow) => {
    const exceptions = Array.isArray(row.recurrenceExceptions)
      ? row.recurrenceExceptions.filter((e): e is string => typeof e === 'string')
      : [];
    return {
      publishAt: new Date(row.publishAt as string),
      timeZone: zoneOf(row),
      recurrence: row.recurrence,
      recurrenceExceptions: exceptions,
    };
  };

  /** The next occurrences of a version from `now` (a one-off piece: its one time, if ahead). */
  function upcoming(row: ScheduleRow, now: Date, count: number) {
    return row.publishAt ? upcomingOccurrences(scheduleOf(row), now, count) : [];
  }

  /**
   * The instants the published version has from `now` through `until` (what the public feed
   * lists). A published rule that cannot be expanded any more shows nothing as live; the draft's
   * own list still stands.
   */
  function liveStarts(row: ScheduleRow, now: Date, until: Date | undefined): Set<number> {
    if (!until || !row.publishAt) return new Set();
    try {
      const expand = scheduleExpander(scheduleOf(row));
      return new Set(expand({ from: now, to: new Date(until.getTime() + 1) }).map((o) => o.start.getTime()));
    } catch (error) {
      if (error instanceof RecurrenceError) return new Set();
      throw error;
    }
  }

  type Row = Awaited<ReturnType<typeof versionRows>>[number];
  const versionRows = (documentId: string) =>
    query(strapi, PIECE).findMany({
      where: { documentId },
      select: FIELDS,
      populate: { assignee: { select: ['id', 'firstname', 'lastname', 'username'] } },
      orderBy: [{ locale: 'asc' }],
    });

  /** One language version's schedule: its next `count` occurrences, each live, scheduled or waiting for approval. */
  function versionOf(draft: Row, published: Row | undefined, now: Date, count: number): PanelVersion {
    const status = (draft.editorialStatus ?? 'idea') as EditorialStatus;
    const zone = zoneOf(draft);
    let next: PanelOccurrence[] = [];
    let problem: string | null = null;
    try {
      const upcomingDraft = upcoming(draft, now, count);
      const live = published ? liveStarts(published, now, upcomingDraft[upcomingDraft.length - 1]?.start) : new Set<number>();
      next = upcomingDraft.map((o) => ({
        start: instantToIsoWithOffset(o.start, zone),
        local: o.local,
        state: live.has(o.start.getTime()) ? 'live' : status === 'approved' ? 'scheduled' : 'unapproved',
      }));
    } catch (error) {
      if (!(error instanceof RecurrenceError)) throw error;
      problem = error.message;
    }
    const changed = published && new Date(draft.updatedAt).getTime() > new Date(published.updatedAt).getTime();
    return {
      locale: draft.locale!,
      title: draft.title,
      editorialStatus: status,
      publishAt: isoOrNull(draft.publishAt),
      timeZone: zone,
      recurrence: draft.recurrence ?? null,
      status: !published ? 'draft' : changed ? 'modified' : 'published',
      next,
      problem,
    };
  }

  return {
    async forPiece(
      documentId: string,
      locale: string,
      viewer: { canPublish: boolean; canPlan: boolean },
      now = new Date()
    ): Promise<PiecePanel> {
      const rows = await versionRows(documentId);
      const drafts = rows.filter((r) => !r.publishedAt);
      const publishedIn = (l: string | null | undefined) => rows.find((r) => r.publishedAt && r.locale === l);
      const draft = drafts.find((r) => r.locale === locale);
      if (!draft) throw new errors.NotFoundError(`No content piece ${documentId} in locale ${locale}`);
      const own = versionOf(draft, publishedIn(locale), now, PANEL_OCCURRENCES);
      // Approving, and moving away from approved, need the publish right: not offered without it.
      // Moves need the plan right (the workflow route's), and approving needs the publish right too.
      const moves = viewer.canPlan
        ? allowedTargets(own.editorialStatus).filter((to) => viewer.canPublish || (to !== 'approved' && own.editorialStatus !== 'approved'))
        : [];
      return {
        documentId,
        locale,
        title: own.title,
        editorialStatus: own.editorialStatus,
        moves,
        assignee: personRef(draft.assignee),
        dueAt: isoOrNull(draft.dueAt),
        effortMinutes: draft.effortMinutes ?? null,
        publishAt: own.publishAt,
        timeZone: own.timeZone,
        recurrence: own.recurrence,
        status: own.status,
        updatedAt: isoOrNull(draft.updatedAt)!,
        next: own.next,
        problem: own.problem,
        canPublish: viewer.canPublish,
        versions: drafts.map((d) =>
          d === draft
            ? { ...own, next: own.next.slice(0, VERSION_OCCURRENCES) }
            : versionOf(d, publishedIn(d.locale), now, VERSION_OCCURRENCES)
        ),
      };
    },
  };
};
