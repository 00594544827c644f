/**
 * The editorial workflow on content pieces: status moves, assignment and due dates (admin
 * routes, RBAC `plan`), and the activity history that records who changed what and when.
 *
 * History is written by the Document Service middleware (register.ts), so a change made in the
 * Content Manager is recorded exactly like one made on the team board, and an assignment made
 * anywhere sends the assignment mail.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { allowedTargets, checkTransition } from '../../../core/editorial/workflow';
import { EDITORIAL_STATUSES, type EditorialStatus } from '../../../core/enums';
import { CONTENT_TYPES } from '../constants';
import { query } from '../query';
import { getService, invalid, isoOrNull, personName, personRef } from '../utils';
import { assertFresh } from './piece-scheduling';

const PIECE = CONTENT_TYPES.contentPiece;
const ACTIVITY = CONTENT_TYPES.pieceActivity;
const USER = CONTENT_TYPES.adminUser;
const BOARD_APPROVED_DAYS = 14;
const BOARD_LIMIT = 2000;
/** What a piece card (team board, My work) shows of a language version. */
export const CARD_FIELDS = [
  'documentId',
  'locale',
  'title',
  'editorialStatus',
  'dueAt',
  'publishAt',
  'funnelStage',
  'contentGoal',
  'format',
  'updatedAt',
] as const;

export interface EditorialSnapshot {
  editorialStatus: string;
  assigneeId: number | null;
  dueAt: string | null;
}

export interface WorkflowMove {
  editorialStatus?: EditorialStatus;
  assignee?: number | null;
  dueAt?: string | null;
  expectedUpdatedAt: string;
}

/** Approving schedules publication (and taking it back unschedules): the controller answers 403. */
export class ApprovalForbiddenError extends Error {
  constructor() {
    super('Approving a piece (or taking an approval back) schedules its publication: it needs the publish permission');
    this.name = 'ForbiddenError';
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function draft(documentId: string, locale: string) {
    return query(strapi, PIECE).findOne({
      where: { documentId, locale, publishedAt: null },
      select: ['id', 'documentId', 'locale', 'title', 'editorialStatus', 'dueAt', 'publishAt', 'updatedAt', 'funnelStage', 'contentGoal'],
      populate: { assignee: { select: ['id', 'firstname', 'lastname', 'username'] } },
    });
  }

  const person = personRef;

  return {
    async snapshot(documentId: string, locale: string): Promise<EditorialSnapshot | null> {
      const row = await draft(documentId, locale);
      if (!row) return null;
      return { editorialStatus: row.editorialStatus ?? 'idea', assigneeId: row.assignee?.id ?? null, dueAt: isoOrNull(row.dueAt) };
    },

    /** Writes one activity row per changed field; `before` null means the piece was just created. */
    async record(documentId: string, locale: string, before: EditorialSnapshot | null, actorId: number | null) {
      const after = await this.snapshot(documentId, locale);
      if (!after) return;
      const rows: Array<{ kind: string; fromValue: string | null; toValue: string | null }> = [];
      if (!before) rows.push({ kind: 'created', fromValue: null, toValue: after.editorialStatus });
      else {
        if (before.editorialStatus !== after.editorialStatus)
          rows.push({ kind: 'status', fromValue: before.editorialStatus, toValue: after.editorialStatus });
        if (before.assigneeId !== after.assigneeId)
          rows.push({ kind: 'assignee', fromValue: before.assigneeId?.toString() ?? null, toValue: after.assigneeId?.toString() ?? null });
        if (before.dueAt !== after.dueAt) rows.push({ kind: 'due', fromValue: before.dueAt, toValue: after.dueAt });
      }
      for (const row of rows) {
        await query(strapi, ACTIVITY).create({ data: { pieceDocumentId: documentId, locale, ...row, by: actorId } });
      }
      const newAssignee = after.assigneeId !== null && after.assigneeId !== (before?.assigneeId ?? null) ? after.assigneeId : null;
      if (newAssignee !== null && newAssignee !== actorId) {
        // The save has succeeded; a mail problem is logged, never turned into a failed save.
        void getService(strapi, 'notifications')
          .assigned(documentId, locale, newAssignee, actorId)
          .catch((error: unknown) => strapi.log.error(`[calendar] assignment mail failed: ${(error as Error).message}`));
      }
    },

    /** Status move / assignment / due date from the board or My work; 409 when stale, 400 for a refused move. */
    async move(documentId: string, locale: string, input: WorkflowMove, rights: { canPublish: boolean } = { canPublish: true }) {
      const current = await draft(documentId, locale);
      if (!current) throw new errors.NotFoundError(`No content piece ${documentId}`);
      assertFresh(current, input.expectedUpdatedAt);
      const from = (current.editorialStatus ?? 'idea') as EditorialStatus;
      if (
        input.editorialStatus &&
        input.editorialStatus !== from &&
        (from === 'approved' || input.editorialStatus === 'approved') &&
        !rights.canPublish
      ) {
        throw new ApprovalForbiddenError();
      }
      if (input.editorialStatus && input.editorialStatus !== from) {
        const check = checkTransition(from, input.editorialStatus);
        if (!check.ok) {
          throw invalid('editorialStatus', check.message);
        }
      }
      if (input.assignee !== undefined && input.assignee !== null) {
        const user = await query(strapi, USER).findOne({ where: { id: input.assignee }, select: ['id', 'isActive', 'blocked'] });
        if (!user || !user.isActive || user.blocked) {
          const message = `assignee: no active admin user with id ${input.assignee}`;
          throw invalid('assignee', message);
        }
      }
      const data: Record<string, unknown> = {};
      if (input.editorialStatus) data.editorialStatus = input.editorialStatus;
      if (input.assignee !== undefined) data.assignee = input.assignee;
      if (input.dueAt !== undefined) data.dueAt = input.dueAt;
      await strapi.documents(PIECE).update({ documentId, locale, data });
      const updated = (await draft(documentId, locale))!; // it was there a moment ago
      return {
        documentId,
        locale,
        title: updated.title,
        editorialStatus: updated.editorialStatus ?? 'idea',
        assignee: person(updated.assignee),
        dueAt: isoOrNull(updated.dueAt),
        publishAt: isoOrNull(updated.publishAt),
        updatedAt: isoOrNull(updated.updatedAt)!,
      };
    },

    /** Active admin users, the people work can be assigned to. */
    async assignees() {
      // Only people who can read the calendar: work is assigned (and mentions go) to them alone.
      const users = await getService(strapi, 'calendar-readers').all();
      return users.map((u) => person(u));
    },

    /**
     * The team board: every piece's latest version by editorial status. Approved pieces stay on
     * the board until two weeks after they publish, so the column does not grow forever.
     */
    async board(filter: { assignee?: string; stage?: string; locales: string[] | null }, now: Date) {
      const recent = new Date(now.getTime() - BOARD_APPROVED_DAYS * 86_400_000);
      const where: Record<string, unknown> = {
        publishedAt: null,
        $or: [{ editorialStatus: { $ne: 'approved' } }, { editorialStatus: { $null: true } }, { publishAt: { $gte: recent } }],
      };
      if (filter.assignee === 'none') where.assignee = { id: { $null: true } };
      else if (filter.assignee) where.assignee = { id: Number(filter.assignee) };
      if (filter.stage) where.funnelStage = filter.stage;
      if (filter.locales) where.locale = { $in: filter.locales };
      const rows = await query(strapi, PIECE).findMany({
        where,
        select: [...CARD_FIELDS],
        populate: { assignee: { select: ['id', 'firstname', 'lastname', 'username'] }, channels: { select: ['slug', 'name', 'color'] } },
        orderBy: [{ dueAt: 'asc' }, { publishAt: 'asc' }, { id: 'asc' }],
        limit: BOARD_LIMIT,
      });
      const card = (r: (typeof rows)[number], status: EditorialStatus) => ({
        documentId: r.documentId,
        locale: r.locale ?? null,
        title: r.title,
        editorialStatus: status,
        moves: allowedTargets(status),
        assignee: person(r.assignee),
        dueAt: isoOrNull(r.dueAt),
        publishAt: isoOrNull(r.publishAt),
        funnelStage: r.funnelStage,
        contentGoal: r.contentGoal,
        format: r.format ?? null,
        channels: (r.channels ?? []).map((c) => ({ slug: c.slug, name: c.name, color: c.color ?? null })),
        updatedAt: isoOrNull(r.updatedAt)!,
      });
      const columns = Object.fromEntries(EDITORIAL_STATUSES.map((status) => [status, [] as ReturnType<typeof card>[]])) as Record<
        EditorialStatus,
        ReturnType<typeof card>[]
      >;
      for (const r of rows) {
        const status = (r.editorialStatus ?? 'idea') as EditorialStatus;
        columns[status].push(card(r, status));
      }
      return { columns, truncated: rows.length === BOARD_LIMIT };
    },

    /** The piece's history, newest first, with the actor's name. */
    async activity(documentId: string, locale?: string) {
      // Rows written before pieces had locales carry none; they belong to every version's history.
      const where = locale
        ? { pieceDocumentId: documentId, $or: [{ locale }, { locale: { $null: true } }] }
        : { pieceDocumentId: documentId };
      const rows = await query(strapi, ACTIVITY).findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: 500,
        populate: { by: { select: ['id', 'firstname', 'lastname', 'username'] } },
      });
      const userIds = [
        ...new Set(
          rows
            .filter((r) => r.kind === 'assignee')
            .flatMap((r) => [r.fromValue, r.toValue])
            .filter(Boolean)
            .map(Number)
        ),
      ];
      const users = userIds.length
        ? await query(strapi, USER).findMany({ where: { id: { $in: userIds } }, select: ['id', 'firstname', 'lastname', 'username'] })
        : [];
      const nameOf = (id: string | null | undefined) => (id ? (personName(users.find((u) => String(u.id) === id)) ?? `#${id}`) : null);
      return rows.map((r) => ({
        id: r.id,
        locale: r.locale ?? null,
        kind: r.kind,
        from: r.kind === 'assignee' ? nameOf(r.fromValue) : (r.fromValue ?? null),
        to: r.kind === 'assignee' ? nameOf(r.toValue) : (r.toValue ?? null),
        by: person(r.by),
        at: isoOrNull(r.createdAt)!,
      }));
    },
  };
};
