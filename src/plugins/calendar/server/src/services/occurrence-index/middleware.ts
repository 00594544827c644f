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
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES } from '../../constants';
import { getService } from '../../utils';
import type { Db } from '../scheduler/db-clock';
import type { Change } from './changes';

const PIECE_WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
/** What every feed item shows besides the piece itself (slugs, names, a theme's quiet season). */
const SHOWN_TYPES = new Set<string>([CONTENT_TYPES.channel, CONTENT_TYPES.persona, CONTENT_TYPES.theme]);

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
        if (!isPiece) written = await next();
        else {
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
        if (nested) onCommit(() => void index.recordCommitted(log));
        return written;
      }
    );
    // This write was the transaction: it has committed, and the log is written before the answer.
    if (!nested) await index.recordCommitted(changes);
    return result;
  });
}
