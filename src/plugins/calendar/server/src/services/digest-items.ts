/**
 * What the daily digest says, gathered once for both its forms: each person's work that is
 * overdue or due within 48 hours (their pieces' deadlines, their community tasks' unlogged
 * occurrences), for the mail to each person and the chat message to the team.
 */
import type { Core } from '@strapi/strapi';
import type { DigestItem } from '../../../core/notifications/messages';
import { CONTENT_TYPES } from '../constants';
import { query } from '../query';
import { getConfig, getService } from '../utils';

export const DIGEST_WINDOW_MS = 48 * 3600_000;

/** A digest line, with the zone its time is shown in (the piece's or the task's). */
export type ZonedDigestItem = DigestItem & { zone: string };

export interface PersonDigest {
  user: Awaited<ReturnType<typeof activeUsers>>[number];
  overdue: ZonedDigestItem[];
  dueSoon: ZonedDigestItem[];
}

/** Active, unblocked admin users among `ids`, with what a mail or a message needs of them. */
export const activeUsers = (strapi: Core.Strapi, ids: number[]) =>
  query(strapi, CONTENT_TYPES.adminUser).findMany({
    where: { id: { $in: ids }, isActive: true, blocked: { $ne: true } },
    select: ['id', 'firstname', 'lastname', 'username', 'email', 'preferedLanguage'],
  });

/** A piece's title with its language when that is not the default (translation is work too). */
export async function versionTitle(strapi: Core.Strapi, title: string, locale: string | null) {
  return !locale || locale === (await getService(strapi, 'languages').defaultLocale()) ? title : `${title} (${locale})`;
}

/** Everyone with overdue or soon-due work at `now`, each list oldest first. */
export async function collectDigests(strapi: Core.Strapi, now: Date): Promise<PersonDigest[]> {
  const until = new Date(now.getTime() + DIGEST_WINDOW_MS);
  const fallbackZone = getConfig(strapi, 'defaultTimeZone');
  const myWork = getService(strapi, 'my-work');
  const pieceRows = await query(strapi, CONTENT_TYPES.contentPiece).findMany({
    where: {
      publishedAt: null,
      $or: [{ editorialStatus: { $ne: 'approved' } }, { editorialStatus: { $null: true } }],
      assignee: { id: { $notNull: true } },
    },
    select: ['id', 'documentId', 'locale', 'timeZone'],
    populate: { assignee: { select: ['id'] } },
  });
  const zones = new Map(pieceRows.map((r) => [`${r.documentId}|${r.locale}`, r.timeZone || fallbackZone]));
  const taskRows = await query(strapi, CONTENT_TYPES.communityTask).findMany({
    where: {
      $or: [{ active: true }, { active: { $null: true } }],
      assignee: { id: { $notNull: true } },
      locale: await getService(strapi, 'languages').defaultLocale(),
    },
    select: ['id'],
    populate: { assignee: { select: ['id'] } },
  });
  const ids = [...new Set([...pieceRows, ...taskRows].map((r) => r.assignee?.id).filter(Boolean))] as number[];
  const digests: PersonDigest[] = [];
  for (const user of ids.length ? await activeUsers(strapi, ids) : []) {
    const overdue: ZonedDigestItem[] = [];
    const dueSoon: ZonedDigestItem[] = [];
    for (const piece of await myWork.pieces(user.id)) {
      if (!piece.deadline) continue;
      const when = new Date(piece.deadline);
      const item = {
        title: await versionTitle(strapi, piece.title, piece.locale),
        when,
        zone: zones.get(`${piece.documentId}|${piece.locale}`) ?? fallbackZone,
      };
      if (when < now) overdue.push(item);
      else if (when <= until) dueSoon.push(item);
    }
    // A task recurs: one line per task with its first occurrence and how many there are.
    const grouped = new Map<string, { item: ZonedDigestItem; late: boolean }>();
    for (const o of await myWork.taskOccurrences(user.id, now, until)) {
      const late = new Date(o.occurrence) < now;
      const key = `${o.task.documentId}|${late}`;
      const entry = grouped.get(key);
      if (entry) entry.item.occurrences = (entry.item.occurrences ?? 1) + 1;
      else
        grouped.set(key, {
          late,
          item: {
            title: o.task.title,
            when: new Date(o.occurrence),
            occurrences: 1,
            channel: o.task.channel?.name ?? null,
            zone: o.task.timeZone || fallbackZone,
          },
        });
    }
    for (const { late, item } of grouped.values()) (late ? overdue : dueSoon).push(item);
    if (!overdue.length && !dueSoon.length) continue;
    overdue.sort((a, b) => a.when.getTime() - b.when.getTime());
    dueSoon.sort((a, b) => a.when.getTime() - b.when.getTime());
    digests.push({ user, overdue, dueSoon });
  }
  return digests;
}
