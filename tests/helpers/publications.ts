/**
 * What the cluster tests assert about automatic publishing, read straight from the database:
 * published rows per piece, publish-log rows per version, anything published before its time by
 * the database's clock, and `entry.publish` webhooks per piece.
 */
import type { TestApp } from './strapi';
import type { WebhookReceiver } from './cluster';

const PIECE = 'api::content-piece.content-piece';

/** The database's clock (PostgreSQL). */
export async function dbNow(app: TestApp): Promise<Date> {
  const result = await app.strapi.db.connection.raw('SELECT clock_timestamp() AS now');
  return new Date(result.rows[0].now);
}

/** `count` approved drafts titled `<prefix> <i>`, due at `dueAt(i)`, 100 per transaction. */
export async function createDuePieces(app: TestApp, prefix: string, count: number, dueAt: (i: number) => Date, channelId?: string) {
  for (let offset = 0; offset < count; offset += 100) {
    await app.strapi.db.transaction(async () => {
      for (let i = offset; i < Math.min(offset + 100, count); i += 1) {
        await app.strapi.documents(PIECE).create({
          data: {
            title: `${prefix} ${i}`,
            funnelStage: 'reach',
            contentGoal: 'sell',
            publishAt: dueAt(i).toISOString(),
            editorialStatus: 'approved',
            ...(channelId ? { channels: [channelId] } : {}),
          },
        });
      }
    });
  }
}

export interface PublicationReport {
  /** Pieces with a published row. */
  documents: number;
  /** Pieces with more than one published row. */
  duplicates: number;
  /** Published rows whose publishedAt (stamped by the database's clock) is before publishAt. */
  early: number;
  /** 'published' log rows, per piece and version. */
  publishedPerVersion: Map<string, number>;
  /** 'published' log rows written before the occurrence they publish (by the database's clock). */
  earlyLog: number;
  /** 'published' log rows per instance. */
  byInstance: Map<string, number>;
  /** Log rows by outcome and instance, e.g. `failed <instance>`. */
  outcomes: Array<{ outcome: string; instanceId: string; error: string | null }>;
}

export async function publications(app: TestApp, prefix: string): Promise<PublicationReport> {
  const knex = app.strapi.db.connection;
  const like = `${prefix} %`;
  const rows: any[] = await knex('content_pieces')
    .whereNotNull('published_at')
    .where('title', 'like', like)
    .groupBy('document_id')
    .select('document_id', knex.raw('count(*) as n'), knex.raw('sum(case when published_at < publish_at then 1 else 0 end) as early'));
  const log: any[] = await knex('calendar_publish_logs')
    .where('title', 'like', like)
    .select('piece_document_id', 'version_key', 'outcome', 'instance_id', 'error', knex.raw('(created_at < occurrence) as early'));
  const publishedPerVersion = new Map<string, number>();
  const byInstance = new Map<string, number>();
  for (const l of log.filter((x) => x.outcome === 'published')) {
    const key = `${l.piece_document_id}@${l.version_key}`;
    publishedPerVersion.set(key, (publishedPerVersion.get(key) ?? 0) + 1);
    byInstance.set(l.instance_id, (byInstance.get(l.instance_id) ?? 0) + 1);
  }
  return {
    documents: rows.length,
    duplicates: rows.filter((r) => Number(r.n) > 1).length,
    early: rows.reduce((sum, r) => sum + Number(r.early), 0),
    publishedPerVersion,
    earlyLog: log.filter((l) => l.outcome === 'published' && l.early).length,
    byInstance,
    outcomes: log.map((l) => ({ outcome: l.outcome, instanceId: l.instance_id, error: l.error })),
  };
}

/** `entry.publish` webhooks received per piece of `prefix`. */
export function webhooksPerPiece(hooks: WebhookReceiver, prefix: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of hooks.events) {
    if (e.event !== 'entry.publish' || !String(e.entry?.title ?? '').startsWith(`${prefix} `)) continue;
    counts.set(e.entry.documentId, (counts.get(e.entry.documentId) ?? 0) + 1);
  }
  return counts;
}

/** `entry.publish` webhooks of `prefix` that arrived before the piece's publishAt (by the receiver's clock). */
export function webhooksBeforeTime(hooks: WebhookReceiver, prefix: string): number {
  return hooks.events.filter(
    (e) =>
      e.event === 'entry.publish' &&
      String(e.entry?.title ?? '').startsWith(`${prefix} `) &&
      e.receivedAt < new Date(e.entry.publishAt).getTime()
  ).length;
}

/** Polls `check` until it returns true or the time is up; errors (a database going away) count as "not yet". */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 500): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return true;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
