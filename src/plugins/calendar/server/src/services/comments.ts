/**
 * Editorial comments on a piece: the thread, posting with @mentions (a mail to each person
 * mentioned, after the comment is stored), deleting one's own, the mentions a person received
 * (My work), and removing a deleted piece's thread.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Comment, CommentInput, Mention } from '../../../core/contracts/comments';
import { CONTENT_TYPES } from '../constants';
import { query } from '../query';
import { getService, invalid, isoOrNull, personRef } from '../utils';

const COMMENT = CONTENT_TYPES.comment;
const PIECE = CONTENT_TYPES.contentPiece;
const THREAD_LIMIT = 500;
const PERSON = { select: ['id', 'firstname', 'lastname', 'username'] };
/** My work shows mentions of the last 30 days, newest first. */
const MENTION_DAYS = 30;
const MENTION_LIMIT = 20;

export interface Viewer {
  id: number;
  /** The settings right lets a team lead remove anyone's comment. */
  canModerate: boolean;
}

const person = personRef;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => query(strapi, COMMENT);

  async function assertPiece(documentId: string) {
    const piece = await query(strapi, PIECE).findOne({ where: { documentId, publishedAt: null }, select: ['id'] });
    if (!piece) throw new errors.NotFoundError(`No content piece ${documentId}`);
  }

  const view = (row: Awaited<ReturnType<typeof thread>>[number], viewer: Viewer): Comment => ({
    id: row.id,
    pieceDocumentId: row.pieceDocumentId,
    body: row.body,
    author: person(row.author),
    mentions: (row.mentions ?? []).map((m) => person(m)!),
    createdAt: isoOrNull(row.createdAt)!,
    deletable: viewer.canModerate || row.author?.id === viewer.id,
  });

  function thread(documentId: string) {
    return comments().findMany({
      where: { pieceDocumentId: documentId },
      populate: { author: PERSON, mentions: PERSON },
      // The newest THREAD_LIMIT, shown oldest first: a new comment never drops out of view.
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      limit: THREAD_LIMIT,
    });
  }

  return {
    async list(documentId: string, viewer: Viewer): Promise<Comment[]> {
      await assertPiece(documentId);
      return (await thread(documentId)).reverse().map((row) => view(row, viewer));
    },

    async create(documentId: string, input: CommentInput, viewer: Viewer): Promise<Comment> {
      await assertPiece(documentId);
      const wanted = [...new Set(input.mentions ?? [])];
      const readers = wanted.length ? await getService(strapi, 'calendar-readers').among(wanted) : new Set<number>();
      const unknown = wanted.filter((id) => !readers.has(id));
      if (unknown.length) throw invalid('mentions', `mentions: no active admin user ${unknown.join(', ')} who can read the calendar`);
      const row = await comments().create({
        data: { pieceDocumentId: documentId, body: input.body, author: viewer.id, mentions: wanted },
        populate: { author: PERSON, mentions: PERSON },
      });
      const notify = wanted.filter((id) => id !== viewer.id);
      if (notify.length) {
        // The comment is saved; a mail problem is logged, never turned into a failed post.
        void getService(strapi, 'notifications')
          .mentioned(documentId, { id: row.id, body: input.body, authorId: viewer.id }, notify)
          .catch((error: unknown) => strapi.log.error(`[calendar] mention mail failed: ${(error as Error).message}`));
      }
      return view(row, viewer);
    },

    async remove(id: number, viewer: Viewer): Promise<{ id: number }> {
      const row = await comments().findOne({ where: { id }, populate: { author: { select: ['id'] } } });
      if (!row) throw new errors.NotFoundError(`No comment ${id}`);
      if (!viewer.canModerate && row.author?.id !== viewer.id)
        throw new errors.ForbiddenError('Only its author (or someone with the calendar settings right) can delete a comment');
      await comments().delete({ where: { id } });
      return { id };
    },

    /** Comments that mention `userId` (not written by them), for My work. */
    async mentionsOf(userId: number, now: Date): Promise<Mention[]> {
      const since = new Date(now.getTime() - MENTION_DAYS * 86_400_000);
      const rows = await comments().findMany({
        where: {
          mentions: { id: userId },
          createdAt: { $gte: since },
          $or: [{ author: { id: { $ne: userId } } }, { author: { id: { $null: true } } }],
        },
        populate: { author: PERSON },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: MENTION_LIMIT,
      });
      const ids = [...new Set(rows.map((r) => r.pieceDocumentId))];
      const pieces = ids.length
        ? await query(strapi, PIECE).findMany({ where: { documentId: { $in: ids }, publishedAt: null }, select: ['documentId', 'title'] })
        : [];
      const title = new Map(pieces.map((p) => [p.documentId, p.title]));
      return rows
        .filter((r) => title.has(r.pieceDocumentId))
        .map((r) => ({
          commentId: r.id,
          piece: { documentId: r.pieceDocumentId, title: title.get(r.pieceDocumentId)! },
          by: person(r.author),
          at: isoOrNull(r.createdAt)!,
          excerpt: r.body.length > 140 ? `${r.body.slice(0, 140)}…` : r.body,
        }));
    },

    /** A deleted piece takes its discussion with it. */
    async removeThread(documentId: string) {
      await comments().deleteMany({ where: { pieceDocumentId: documentId } });
    },
  };
};
