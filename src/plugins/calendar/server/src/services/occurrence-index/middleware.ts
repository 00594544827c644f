/**
 * Keeps the occurrence index in step with every write through the Document Service (the Content
 * Manager, REST, GraphQL, our routes, the scheduler): the write and the index rows of its
 * document commit together, or neither does. The feed cache's change log is written just after
 * the commit (see `recordChanges`). On PostgreSQL writes of one document wait for each
 * other first, so the one that commits last has indexed what it committed.
 *
 * Writes that bypass the Document Service (plain SQL, `strapi.db.query` bulk updates) are not
 * seen: the feeds notice their schedule no longer matches its index entry and expand that
 * version on demand; `npm run reindex` brings the index back.
 */
import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES } from '../../constants';
import { getService } from '../../utils';
import type { Db } from '../scheduler/db-clock';
import type { Change } from './changes';

const PIECE_WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
/** What every feed item shows besides the piece itself (slugs, names, a theme's quiet season). */
const SHOWN_TYPES = new Set<string>([CONTENT_TYPES.channel, CONTENT_TYPES.persona, CONTENT_TYPES.theme]);

/**
 * Whether a channel, persona or theme write changes what feed entries show of it: its slug (in
 * any of its language versions, which may differ until the write brings them together).
 */
async function changesSlug(strapi: Core.Strapi, context: { uid: string; action: string; params: unknown }) {
  const { documentId, data } = context.params as { documentId?: string; data?: { slug?: unknown } };
  if (context.action === 'delete') return true;
  if (context.action !== 'update' || !documentId || data?.slug === undefined) return false;
  const versions = await strapi.db.query(context.uid as UID.ContentType).findMany({ where: { documentId }, select: ['slug'] });
  return !versions.length || versions.some((v: { slug?: unknown }) => v.slug !== data.slug);
}

/**
 * Deleting a language deletes its versions with a bulk query the middleware does not see; the
 * other versions' entries list it among their languages. The index is rebuilt (the feeds expand
 * on demand meanwhile, and every cached feed is invalidated).
 */
export function rebuildAfterLanguageDeleted(strapi: Core.Strapi) {
  strapi.db.lifecycles.subscribe({
    models: ['plugin::i18n.locale'],
    afterDelete: () => {
      void getService(strapi, 'occurrence-index')
        .rebuild()
        .catch((e: Error) => strapi.log.error(`[calendar] occurrence index rebuild after a language was deleted: ${e.message}`));
    },
  });
}

export function registerIndexMiddleware(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const isPiece = context.uid === CONTENT_TYPES.contentPiece;
    if (!PIECE_WRITES.has(context.action) || !(isPiece || SHOWN_TYPES.has(context.uid))) return next();
    const index = getService(strapi, 'occurrence-index');
    const nested = strapi.db.inTransaction();
    let changes: Change[] | 'everything' = 'everything';
    const result: Awaited<ReturnType<typeof next>> = await strapi.db.transaction(
      async ({ trx, onCommit }: { trx: Db; onCommit: (cb: () => void) => void }) => {
        const params = context.params as { documentId?: string; status?: string };
        let written: Awaited<ReturnType<typeof next>>;
        if (!isPiece) {
          if (await changesSlug(strapi, context)) await index.shownTypeWritten(trx);
          written = await next();
        } else {
          if (params.documentId) await index.lockDocument(trx, params.documentId);
          written = await next();
          const writtenId = (written as { documentId?: string } | null)?.documentId;
          const ids = [...new Set([params.documentId, writtenId].filter((id): id is string => typeof id === 'string'))];
          // An update writes the draft (unless it publishes too): the public feeds are not touched.
          const draftsOnly = context.action === 'update' && params.status !== 'published';
          changes = await index.documentsWritten(trx, ids, { draftsOnly });
        }
        // Inside a caller's transaction, the change log waits for that transaction's commit.
        const log = changes;
        if (nested) onCommit(() => void index.recordCommitted(log).then(() => !isPiece && index.refreshFeedEntries()));
        return written;
      }
    );
    // This write was the transaction: it has committed, and the log is written before the answer.
    if (!nested) {
      await index.recordCommitted(changes);
      // Entries showing the old slugs are made again in the background (stale ones are not served).
      if (!isPiece) index.refreshFeedEntries();
    }
    return result;
  });
}
