/**
 * One person's work: the content pieces assigned to them that are not approved yet, and the
 * occurrences of their community tasks that are not logged. My work shows it in buckets; the
 * daily digest sends the part that is overdue or due within 48 hours.
 *
 * A piece's deadline is its `dueAt`, or its `publishAt` when it has no due date: a piece that
 * publishes tomorrow is due tomorrow at the latest.
 */
import type { Core } from '@strapi/strapi';
import { dueBucket, endOfLocalWeek, type DueBucket } from '../../../core/editorial/due-buckets';
import { allowedTargets, nextStatus } from '../../../core/editorial/workflow';
import type { EditorialStatus } from '../../../core/enums';
import { CONTENT_TYPES } from '../constants';
import { query } from '../query';
import { CARD_FIELDS } from './editorial';
import { getConfig, getService, isoOrNull } from '../utils';

/** How far back an unlogged task occurrence still counts as overdue work. */
const OVERDUE_TASK_DAYS = 7;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async pieces(userId: number) {
    const rows = await query(strapi, CONTENT_TYPES.contentPiece).findMany({
      where: {
        publishedAt: null,
        assignee: { id: userId },
        $or: [{ editorialStatus: { $ne: 'approved' } }, { editorialStatus: { $null: true } }],
      },
      select: [...CARD_FIELDS],
      populate: { channels: { select: ['slug', 'name', 'color'] } },
      limit: 1000,
    });
    return rows.map((r) => {
      const status = (r.editorialStatus ?? 'idea') as EditorialStatus;
      const deadline = r.dueAt ?? r.publishAt ?? null;
      return {
        documentId: r.documentId,
        locale: r.locale ?? null,
        title: r.title,
        editorialStatus: status,
        next: nextStatus(status),
        moves: allowedTargets(status),
        dueAt: isoOrNull(r.dueAt),
        publishAt: isoOrNull(r.publishAt),
        deadline: isoOrNull(deadline),
        funnelStage: r.funnelStage,
        contentGoal: r.contentGoal,
        format: r.format ?? null,
        channels: (r.channels ?? []).map((c) => ({ slug: c.slug, name: c.name, color: c.color ?? null })),
        updatedAt: isoOrNull(r.updatedAt)!,
      };
    });
  },

  /** Unlogged occurrences of the user's active tasks from a week ago up to `until`. */
  async taskOccurrences(userId: number, now: Date, until: Date) {
    const from = new Date(now.getTime() - OVERDUE_TASK_DAYS * 86_400_000);
    const agenda = await getService(strapi, 'community').agenda({ from, to: until }, now, { assignee: userId });
    return agenda.filter((o) => !o.log);
  },

  /** My work: pieces and task occurrences in overdue / this week / later / no date. */
  async forUser(userId: number, now: Date) {
    const zone = getConfig(strapi, 'defaultTimeZone');
    const weekEnd = endOfLocalWeek(now, zone);
    const [pieces, tasks] = await Promise.all([this.pieces(userId), this.taskOccurrences(userId, now, weekEnd)]);
    const buckets: Record<DueBucket, { pieces: typeof pieces; tasks: typeof tasks }> = {
      overdue: { pieces: [], tasks: [] },
      'this-week': { pieces: [], tasks: [] },
      later: { pieces: [], tasks: [] },
      'no-date': { pieces: [], tasks: [] },
    };
    const byDeadline = (a: { deadline: string | null }, b: { deadline: string | null }) =>
      (a.deadline ?? '').localeCompare(b.deadline ?? '');
    for (const piece of [...pieces].sort(byDeadline))
      buckets[dueBucket(piece.deadline ? new Date(piece.deadline) : null, now, zone)].pieces.push(piece);
    for (const task of tasks) buckets[dueBucket(new Date(task.occurrence), now, zone)].tasks.push(task);
    const mentions = await getService(strapi, 'comments').mentionsOf(userId, now);
    return { now: now.toISOString(), zone, weekEnd: weekEnd.toISOString(), buckets, mentions };
  },
});
