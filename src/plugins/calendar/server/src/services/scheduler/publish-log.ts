/**
 * The publish log: one row per attempt (published, failed, skipped) and per unschedule, written
 * in the same transaction as the publish it records. `at` is the database's clock, so the log of
 * a cluster reads in one order whatever each instance's clock says.
 */
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../../constants';
import { query as rowsOf } from '../../query';
import type { PublishOutcome, PublishTrigger } from '../../../../core/contracts/publishing';

const LOG = CONTENT_TYPES.publishLog;

/** The contract's triggers and outcomes (the admin filters the log by them). */
export type Trigger = PublishTrigger;
export type LogOutcome = PublishOutcome;

export interface LogEntry {
  documentId: string;
  locale?: string;
  versionKey?: string;
  title?: string | null;
  occurrence?: Date | null;
  trigger: Trigger;
  outcome: LogOutcome;
  attempt?: number;
  error?: string;
  durationMs?: number;
  userId?: number;
  /** When, by the database's clock. */
  at: Date;
}

export interface LogQuery {
  page: number;
  pageSize: number;
  documentId?: string;
  locale?: string;
  outcome?: string;
}

export function publishLog(strapi: Core.Strapi, instanceId: string) {
  // strapi.db.query joins the transaction in progress (Strapi's transaction context), if any.
  const query = () => rowsOf(strapi, LOG);
  return {
    /** Returns the entry's id. */
    async write(entry: LogEntry): Promise<number> {
      const row = await query().create({
        data: {
          pieceDocumentId: entry.documentId,
          locale: entry.locale ?? null,
          versionKey: entry.versionKey ?? null,
          title: entry.title ?? null,
          occurrence: entry.occurrence ?? null,
          instanceId,
          trigger: entry.trigger,
          outcome: entry.outcome,
          attempt: entry.attempt ?? null,
          error: entry.error ?? null,
          durationMs: entry.durationMs ?? null,
          by: entry.userId ?? null,
          createdAt: entry.at,
          updatedAt: entry.at,
        },
      });
      return row.id;
    },

    /** Newest first, one page. */
    async history(q: LogQuery) {
      const where: Record<string, unknown> = {};
      if (q.documentId) where.pieceDocumentId = q.documentId;
      // Entries from before pieces had languages belong to every version's history.
      if (q.locale) where.$or = [{ locale: q.locale }, { locale: { $null: true } }];
      if (q.outcome) where.outcome = q.outcome;
      const [rows, total] = await Promise.all([
        query().findMany({
          where,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          offset: (q.page - 1) * q.pageSize,
          limit: q.pageSize,
          populate: { by: { select: ['id', 'firstname', 'lastname'] } },
        }),
        query().count({ where }),
      ]);
      return {
        data: rows.map((r) => ({
          id: r.id,
          documentId: r.pieceDocumentId,
          locale: r.locale ?? null,
          versionKey: r.versionKey ?? null,
          title: r.title ?? null,
          occurrence: r.occurrence ? new Date(r.occurrence).toISOString() : null,
          at: new Date(r.createdAt).toISOString(),
          instanceId: r.instanceId ?? null,
          trigger: r.trigger ?? 'schedule', // the schema's default
          outcome: r.outcome,
          attempt: r.attempt ?? null,
          error: r.error ?? null,
          durationMs: r.durationMs ?? null,
          by: r.by ? { id: r.by.id, firstname: r.by.firstname ?? null, lastname: r.by.lastname ?? null } : null,
        })),
        meta: { pagination: { page: q.page, pageSize: q.pageSize, total, pageCount: Math.ceil(total / q.pageSize) } },
      };
    },
  };
}

export type PublishLog = ReturnType<typeof publishLog>;
