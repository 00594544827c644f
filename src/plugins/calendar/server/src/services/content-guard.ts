/**
 * Validation and slug generation for every Document Service write to the four content types,
 * so that REST, the Content Manager and our own services refuse the same bad input with a 400
 * naming the field, and nothing is saved.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  validateChannel,
  validateCommunityTask,
  validateContentPiece,
  validatePersona,
  validateTheme,
} from '../../../core/content-validation';
import { summarise, type FieldError } from '../../../core/field-errors';
import { validateGoal } from '../../../core/planning/kpi-input';
import { nextFreeSlug, toSlug } from '../../../core/slug';
import { CONTENT_TYPES } from '../constants';
import { getConfig } from '../utils';

type Data = Record<string, unknown>;


/** Fields whose merged state decides whether an approved piece is ready to publish. */
const APPROVAL_FIELDS = ['editorialStatus', 'publishAt', 'funnelStage', 'contentGoal'] as const;

const SLUG_SOURCE: Record<string, string> = {
  [CONTENT_TYPES.theme]: 'name',
  [CONTENT_TYPES.channel]: 'name',
  [CONTENT_TYPES.persona]: 'name',
  [CONTENT_TYPES.contentPiece]: 'title',
};

export const GUARDED_TYPES = new Set<string>([...Object.keys(SLUG_SOURCE), CONTENT_TYPES.communityTask, CONTENT_TYPES.goal]);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Throws a ValidationError (400) listing every bad field; returns the data to store. */
  async check(uid: string, data: Data, documentId?: string): Promise<Data> {
    const out: Data = { ...data };
    let problems: FieldError[] = [];

    if (uid === CONTENT_TYPES.contentPiece) {
      if (!documentId && (out.timeZone === undefined || out.timeZone === null || out.timeZone === '')) {
        out.timeZone = getConfig(strapi, 'defaultTimeZone');
      }
      // "Approved needs a time, a stage and a goal" holds for the merged state, so a partial update
      // (a backlog move, a CM edit) cannot break it either.
      const stored =
        documentId && APPROVAL_FIELDS.some((f) => f in out)
          ? await strapi.db.query(uid as any).findOne({ where: { documentId, publishedAt: null }, select: [...APPROVAL_FIELDS] })
          : null;
      const result = validateContentPiece(out, stored ?? {});
      problems = result.errors;
      Object.assign(out, result.normalised);
    } else if (uid === CONTENT_TYPES.communityTask) {
      if (!documentId && (out.timeZone === undefined || out.timeZone === null || out.timeZone === '')) {
        out.timeZone = getConfig(strapi, 'defaultTimeZone');
      }
      const result = validateCommunityTask(out, !documentId);
      problems = result.errors;
      Object.assign(out, result.normalised);
    } else if (uid === CONTENT_TYPES.theme) {
      // Date order needs both ends: overlay the change on what is stored.
      const stored =
        documentId && (!('startDate' in out) || !('endDate' in out))
          ? await strapi.db.query(uid as any).findOne({ where: { documentId }, select: ['startDate', 'endDate'] })
          : null;
      problems = validateTheme({ ...(stored ?? {}), ...out });
    } else if (uid === CONTENT_TYPES.goal) {
      problems = validateGoal(out);
    } else if (uid === CONTENT_TYPES.channel) {
      problems = validateChannel(out);
    } else if (uid === CONTENT_TYPES.persona) {
      problems = validatePersona(out);
    }

    if (problems.length > 0) {
      throw new errors.ValidationError(summarise(problems), { errors: problems });
    }

    const source = SLUG_SOURCE[uid];
    const slugMissing = out.slug === undefined || out.slug === null || out.slug === '';
    // Fill a missing slug on create; on update only when the caller cleared it explicitly.
    if (source && slugMissing && (!documentId || 'slug' in out) && typeof out[source] === 'string') {
      out.slug = await this.uniqueSlug(uid, out[source] as string, documentId);
    }
    return out;
  },

  /** `base`, `base-2`, `base-3`... the first not used by another document of the type. */
  async uniqueSlug(uid: string, text: string, documentId?: string): Promise<string> {
    const base = toSlug(text);
    const rows: Array<{ slug: string; documentId: string }> = await strapi.db.query(uid as any).findMany({
      where: { slug: { $startsWith: base || 'item' } },
      select: ['slug', 'documentId'],
    });
    const taken = rows.filter((row) => row.documentId !== documentId).map((row) => row.slug);
    return nextFreeSlug(base, taken);
  },
});
