/**
 * Mail through Strapi's email plugin: the assignment mail, and a daily digest of each person's
 * work that is overdue or due within 48 hours, in their admin language.
 *
 * The digest goes out once a day per cluster: after `digestHour` (local, default zone) an
 * instance inserts the day's row into `notification-run`; its unique key lets exactly one insert
 * win, and only the winner sends. Every instance may check, none sends twice.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { pieceEditPath } from '../../../core/contracts/routing';
import { mentionMail } from '../../../core/notifications/mention-mail';
import { assignmentMail, digestMail, mailLanguage } from '../../../core/notifications/messages';
import { instantToLocal } from '../../../core/time';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers, isUniqueViolation, newDocumentId } from '../db';
import { query } from '../query';
import { getConfig, getService, personName } from '../utils';
import { activeUsers, collectDigests, versionTitle as titleOfVersion } from './digest-items';

const RUN = CONTENT_TYPES.notificationRun;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const instanceId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  const config = () => getConfig(strapi, 'notifications');
  const zone = () => getConfig(strapi, 'defaultTimeZone');
  const db = dbHelpers(strapi);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;

  /** A link into the admin; Strapi resolves admin.absoluteUrl from server.url and admin.url, also for a separate admin origin. */
  const adminLink = (path: string) => `${String(strapi.config.get('admin.absoluteUrl') ?? '/admin').replace(/\/$/, '')}${path}`;
  const adminUrl = (view: string) => adminLink(`/plugins/calendar/${view}`);

  async function send(to: string, mail: { subject: string; text: string; html: string }) {
    await strapi.plugin('email').service('email').send({ to, subject: mail.subject, text: mail.text, html: mail.html });
  }

  const users = (ids: number[]) => activeUsers(strapi, ids);
  const versionTitle = (title: string, locale: string | null) => titleOfVersion(strapi, title, locale);
  // Chat has its own switch: a team may want its channel without anyone's mail, or both.
  const chat = () => getService(strapi, 'chat-notifications');

  return {
    /** The assignment mail to `assigneeId` about piece `documentId`. */
    async assigned(documentId: string, locale: string, assigneeId: number, actorId: number | null) {
      await chat().assigned(documentId, locale, assigneeId, actorId);
      if (!config().enabled) return false;
      const [assignee] = await users([assigneeId]);
      if (!assignee?.email) return false;
      const actor = actorId
        ? await query(strapi, CONTENT_TYPES.adminUser).findOne({
            where: { id: actorId },
            select: ['firstname', 'lastname', 'username', 'email'],
          })
        : null;
      const piece = await query(strapi, CONTENT_TYPES.contentPiece).findOne({
        where: { documentId, locale, publishedAt: null },
        select: ['title', 'dueAt', 'publishAt', 'funnelStage', 'timeZone'],
      });
      if (!piece) return false;
      const mail = assignmentMail(mailLanguage(assignee.preferedLanguage), {
        title: await versionTitle(piece.title, locale),
        assignedBy: personName(actor) ?? null,
        dueAt: piece.dueAt ? new Date(piece.dueAt) : null,
        publishAt: piece.publishAt ? new Date(piece.publishAt) : null,
        funnelStage: piece.funnelStage ?? null,
        zone: piece.timeZone || zone(),
        link: adminUrl('my-work'),
      });
      await send(assignee.email, mail);
      return true;
    },

    /** The mention mail to each of `userIds` about a comment on piece `documentId`; returns how many went out. */
    async mentioned(documentId: string, comment: { id?: number; body: string; authorId: number | null }, userIds: number[]) {
      if (userIds.length && comment.id !== undefined) await chat().mentioned(documentId, { ...comment, id: comment.id }, userIds);
      if (!config().enabled || userIds.length === 0) return 0;
      const [people, author, piece] = await Promise.all([
        users(userIds),
        comment.authorId
          ? query(strapi, CONTENT_TYPES.adminUser).findOne({
              where: { id: comment.authorId },
              select: ['firstname', 'lastname', 'username', 'email'],
            })
          : null,
        // A thread is the document's: it is named by the default locale's version, else by any.
        getService(strapi, 'languages')
          .defaultLocale()
          .then(async (locale) => {
            const drafts = await query(strapi, CONTENT_TYPES.contentPiece).findMany({
              where: { documentId, publishedAt: null },
              select: ['title', 'locale'],
            });
            return drafts.find((d) => d.locale === locale) ?? drafts[0] ?? null;
          }),
      ]);
      if (!piece) return 0;
      const link = adminLink(pieceEditPath(documentId));
      let sent = 0;
      for (const person of people) {
        if (!person.email) continue;
        const mail = mentionMail(mailLanguage(person.preferedLanguage), {
          title: piece.title,
          author: personName(author) ?? null,
          body: comment.body,
          link,
        });
        // One refused address does not keep the others from their mail.
        await send(person.email, mail).then(
          () => (sent += 1),
          (error: unknown) => strapi.log.warn(`[calendar] mention mail to user ${person.id} failed: ${(error as Error).message}`)
        );
      }
      return sent;
    },

    /** Builds and sends each person's digest for `now`; returns how many mails went out. */
    async sendDigests(now: Date): Promise<{ recipients: number; items: number; failed: number }> {
      let recipients = 0;
      let items = 0;
      let failed = 0;
      for (const { user, overdue, dueSoon } of await collectDigests(strapi, now)) {
        const mail = digestMail(mailLanguage(user.preferedLanguage), {
          name: user.firstname || personName(user) || user.email,
          overdue,
          dueSoon,
          zone: zone(),
          link: adminUrl('my-work'),
        });
        try {
          await send(user.email, mail);
          recipients += 1;
          items += overdue.length + dueSoon.length;
        } catch (error) {
          // One refused address must not cost everyone else their digest.
          failed += 1;
          strapi.log.error(`[calendar] daily digest to ${user.email} failed: ${(error as Error).message}`);
        }
      }
      return { recipients, items, failed };
    },

    /**
     * Today's digest if it is due and no instance has sent it; `force` sends again (operators,
     * tests) without claiming the day.
     */
    async runDigest(now: Date, options: { force?: boolean } = {}) {
      const local = instantToLocal(now, zone());
      const day = local.slice(0, 10);
      const dayRow = () => db.knex()(db.table(RUN)).where(db.col(RUN, 'runKey'), `digest:${day}`);
      if (!options.force) {
        if (Number(local.slice(11, 13)) < config().digestHour) return { sent: false as const, day, reason: 'before-digest-hour' as const };
        try {
          await db
            .knex()(db.table(RUN))
            .insert({
              document_id: newDocumentId(),
              [db.col(RUN, 'runKey')]: `digest:${day}`,
              [db.col(RUN, 'instanceId')]: instanceId,
              [db.col(RUN, 'createdAt')]: db.dbTime(now),
              [db.col(RUN, 'updatedAt')]: db.dbTime(now),
            });
        } catch (error) {
          if (isUniqueViolation(error)) return { sent: false as const, day, reason: 'already-sent' as const };
          throw error;
        }
      }
      let result;
      try {
        result = await this.sendDigests(now);
      } catch (error) {
        // Nothing went out (the database or mail transport failed): give the day back for a retry.
        if (!options.force) await dayRow().del();
        throw error;
      }
      if (!options.force && result.recipients === 0 && result.failed > 0) await dayRow().del();
      else await dayRow().update({ [db.col(RUN, 'recipients')]: result.recipients });
      strapi.log.info(`[calendar] daily digest ${day}: ${result.recipients} mail(s), ${result.items} item(s)`);
      return { sent: true as const, day, ...result };
    },

    start() {
      const { enabled, checkIntervalSeconds } = config();
      if (!enabled) return;
      const check = () => {
        running = this.runDigest(new Date()).catch((error: unknown) =>
          strapi.log.error(`[calendar] daily digest failed: ${(error as Error).stack ?? error}`)
        );
      };
      timer = setInterval(check, checkIntervalSeconds * 1000);
      timer.unref();
    },

    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
};
