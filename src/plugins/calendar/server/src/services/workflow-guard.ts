/**
 * The publish rule (core/editorial/publish-rules.ts) applied to every Document Service write to
 * a content piece, whoever the writer is: the Content Manager (edit, clone, bulk publish), REST
 * with user or API tokens, and the plugin's own routes all pass through here.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { changedPublishedFields, checkPublishRule, PUBLISH_RIGHT, type WriteKind } from '../../../core/editorial/publish-rules';
import { SHARED_PIECE_FIELDS } from '../../../core/i18n/locales';
import { CONTENT_TYPES } from '../constants';
import { query } from '../query';
import { currentWriter } from '../writer';

const PIECE = CONTENT_TYPES.contentPiece;
const STORED_FIELDS = [
  'documentId',
  'locale',
  'editorialStatus',
  'title',
  'slug',
  'summary',
  'body',
  'format',
  'funnelStage',
  'contentGoal',
  'publishAt',
  'timeZone',
  'recurrence',
  'recurrenceExceptions',
];
const LINKS = { select: ['id', 'documentId'] };

export const GUARDED_ACTIONS = new Set<string>(['create', 'update', 'clone', 'publish', 'unpublish']);

/**
 * A refused write: 403 with the reason, and the fields that made it need the right. Strapi turns
 * any other ForbiddenError thrown below a route into a bare "Forbidden"; a PolicyError keeps its
 * message, and the writer needs to know what is missing.
 */
export class PublishRightError extends errors.PolicyError {
  constructor(message: string, fields: string[]) {
    super(message, { errors: fields.map((f) => ({ path: [f], message, name: 'ForbiddenError' })) });
    (this as { name: string }).name = 'ForbiddenError';
  }
}

/** What every language version shares: changing it in one changes what the others publish. */
const SHARED = new Set<string>([...SHARED_PIECE_FIELDS, 'channels', 'personas', 'theme']);

/**
 * A shared field written in one language version reaches every other version (Strapi i18n and
 * the shared links keep them in step). When another version is approved, that change would go
 * out with it unreviewed: it needs the publish right, like editing the approved version itself.
 */
async function refuseSharedChangeOfApprovedSibling(
  strapi: Core.Strapi,
  documentId: string,
  locale: string | undefined,
  stored: Record<string, unknown> | null,
  data: Record<string, unknown>
) {
  if (!Object.keys(data).some((f) => SHARED.has(f))) return;
  const approved = await query(strapi, PIECE).findMany({
    where: { documentId, publishedAt: null, editorialStatus: 'approved', ...(locale ? { locale: { $ne: locale } } : {}) },
    select: STORED_FIELDS,
    populate: { channels: LINKS, personas: LINKS, theme: LINKS },
    limit: 1,
  });
  const sibling = approved[0];
  if (!sibling) return;
  // A new version is compared with the approved one: the shared fields it brings are what would change.
  const changed = changedPublishedFields(stored ?? sibling, data).filter((f) => SHARED.has(f));
  if (changed.length === 0) return;
  throw new PublishRightError(
    `The ${sibling.locale} version of this piece is approved and scheduled: changing ${changed.join(', ')} changes it too (every language version shares them) and needs ${PUBLISH_RIGHT}. Ask a publisher.`,
    changed
  );
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Throws PublishRightError when the writer may not cause this write's effect; returns the data
   * to write (a clone of an approved piece starts in review).
   */
  async check(action: string, params: { documentId?: string; data?: Record<string, unknown>; status?: string; locale?: string }) {
    const kind = action as WriteKind;
    const writer = currentWriter(strapi);
    const data = params.data ?? {};
    // The system (scheduler, seeds) is trusted, but its clones follow the same rule.
    if (writer.kind === 'system' && kind !== 'clone') return data;
    const stored =
      params.documentId && kind !== 'create'
        ? await query(strapi, PIECE).findOne({
            // The version in this locale; a locale not written yet is judged like a new piece.
            where: { documentId: params.documentId, publishedAt: null, locale: params.locale },
            select: STORED_FIELDS,
            populate: { channels: LINKS, personas: LINKS, theme: LINKS },
          })
        : null;
    if (!writer.canPublish && params.documentId && (kind === 'update' || kind === 'create')) {
      await refuseSharedChangeOfApprovedSibling(strapi, params.documentId, params.locale, stored, data);
    }
    const result = checkPublishRule({
      kind,
      canPublish: writer.canPublish,
      publishes: (kind === 'create' || kind === 'update') && params.status === 'published',
      stored,
      data,
    });
    if (!result.ok) throw new PublishRightError(result.message, result.fields);
    return { ...data, ...result.data };
  },
});
