/**
 * The facts of each chat event, read from the database, and the key that queues it once per
 * hook: one assignment per saved version, one mention per comment, one publish failure per
 * failed attempt recorded in the publish log, one digest per day.
 */
import type { Core } from '@strapi/strapi';
import { pieceEditPath } from '../../../../core/contracts/routing';
import type { ChatEventData } from '../../../../core/notifications/chat-message';
import { retryDelayMs } from '../../../../core/scheduling/due';
import { CONTENT_TYPES } from '../../constants';
import { query } from '../../query';
import { getConfig, getService, personName } from '../../utils';
import { activeUsers, collectDigests, versionTitle } from '../digest-items';

export interface QueuedEvent {
  dedupeKey: string;
  data: ChatEventData;
}

/** A link into the admin; Strapi resolves admin.absoluteUrl from server.url and admin.url. */
export const adminLink = (strapi: Core.Strapi, path: string) =>
  `${String(strapi.config.get('admin.absoluteUrl') ?? '/admin').replace(/\/$/, '')}${path}`;

const person = (strapi: Core.Strapi, id: number | null) =>
  id
    ? query(strapi, CONTENT_TYPES.adminUser).findOne({ where: { id }, select: ['firstname', 'lastname', 'username'] })
    : Promise.resolve(null);

/** A person as the channel sees them: their name or user name, never their e-mail address. */
const nameOf = (user: Parameters<typeof personName>[0], id: number) =>
  (user && personName({ firstname: user.firstname, lastname: user.lastname, username: user.username })) || `#${id}`;

export async function assignmentEvent(
  strapi: Core.Strapi,
  documentId: string,
  locale: string,
  assigneeId: number,
  actorId: number | null
): Promise<QueuedEvent | null> {
  const piece = await query(strapi, CONTENT_TYPES.contentPiece).findOne({
    where: { documentId, locale, publishedAt: null },
    select: ['title', 'dueAt', 'publishAt', 'funnelStage', 'timeZone', 'updatedAt'],
  });
  const [assignee] = await activeUsers(strapi, [assigneeId]);
  if (!piece || !assignee) return null;
  const actor = await person(strapi, actorId);
  return {
    // The version saved with this assignment: saving the same assignment again is the same event.
    dedupeKey: `assignment:${documentId}:${locale}:${assigneeId}:${new Date(piece.updatedAt).getTime()}`,
    data: {
      event: 'assignment',
      title: await versionTitle(strapi, piece.title, locale),
      assignee: nameOf(assignee, assigneeId),
      assignedBy: actorId ? nameOf(actor, actorId) : null,
      dueAt: piece.dueAt ? new Date(piece.dueAt) : null,
      publishAt: piece.publishAt ? new Date(piece.publishAt) : null,
      funnelStage: piece.funnelStage ?? null,
      zone: piece.timeZone || getConfig(strapi, 'defaultTimeZone'),
      link: adminLink(strapi, pieceEditPath(documentId, locale)),
    },
  };
}

export async function mentionEvent(
  strapi: Core.Strapi,
  documentId: string,
  comment: { id: number; body: string; authorId: number | null },
  userIds: number[]
): Promise<QueuedEvent | null> {
  const people = await activeUsers(strapi, userIds);
  if (!people.length) return null;
  // A thread is the document's: it is named by the default locale's version, else by any.
  const locale = await getService(strapi, 'languages').defaultLocale();
  const drafts = await query(strapi, CONTENT_TYPES.contentPiece).findMany({
    where: { documentId, publishedAt: null },
    select: ['title', 'locale'],
  });
  const piece = drafts.find((d) => d.locale === locale) ?? drafts[0];
  if (!piece) return null;
  const author = await person(strapi, comment.authorId);
  return {
    dedupeKey: `mention:${comment.id}`,
    data: {
      event: 'mention',
      title: piece.title,
      author: comment.authorId ? nameOf(author, comment.authorId) : null,
      mentioned: people.map((p) => nameOf(p, p.id)),
      body: comment.body,
      link: adminLink(strapi, pieceEditPath(documentId)),
    },
  };
}

export interface PublishFailure {
  /** The publish log row of the failed attempt: one message per failure. */
  logId: number;
  documentId: string;
  locale: string;
  title: string | null;
  occurrence: Date | null;
  attempt: number;
  gaveUp: boolean;
  error: string;
  /** The database's clock when it failed. */
  at: Date;
}

export async function publishFailureEvent(strapi: Core.Strapi, failure: PublishFailure): Promise<QueuedEvent> {
  const piece = await query(strapi, CONTENT_TYPES.contentPiece).findOne({
    where: { documentId: failure.documentId, locale: failure.locale, publishedAt: null },
    select: ['title', 'timeZone'],
  });
  const title = failure.title ?? piece?.title ?? failure.documentId;
  return {
    dedupeKey: `publish-failure:${failure.logId}`,
    data: {
      event: 'publishFailure',
      title: await versionTitle(strapi, title, failure.locale),
      attempt: failure.attempt,
      maxAttempts: getConfig(strapi, 'scheduler').maxAttempts,
      gaveUp: failure.gaveUp,
      error: failure.error,
      nextAttemptAt: failure.gaveUp ? null : new Date(failure.at.getTime() + retryDelayMs(failure.attempt)),
      occurrence: failure.occurrence,
      zone: piece?.timeZone || getConfig(strapi, 'defaultTimeZone'),
      link: adminLink(strapi, '/plugins/calendar/publish-log'),
    },
  };
}

/** The team's digest for `day`; null when nobody has anything overdue or due soon. */
export async function digestEvent(strapi: Core.Strapi, day: string, now: Date): Promise<QueuedEvent | null> {
  const digests = await collectDigests(strapi, now);
  if (!digests.length) return null;
  return {
    dedupeKey: `digest:${day}`,
    data: {
      event: 'digest',
      day,
      people: digests.map(({ user, overdue, dueSoon }) => ({ name: nameOf(user, user.id), overdue, dueSoon })),
      link: adminLink(strapi, '/plugins/calendar/team'),
    },
  };
}
