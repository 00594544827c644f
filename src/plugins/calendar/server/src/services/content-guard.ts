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
import { SHARED_PIECE_FIELDS } from '../../../core/i18n/locales';
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

export type GuardAction = 'create' | 'update' | 'clone';

export interface GuardOptions {
  /**
   * What the write does; by default an update when a documentId is given. For 'clone' the
   * documentId is the SOURCE document: the clone's state is the source's draft with `data` over it.
   */
  action?: GuardAction;
  /** The language version written to (localized types); slugs are unique per locale. */
  locale?: string;
  /** An update that writes a locale the piece does not have yet: it gets a slug like a new piece. */
  newVersion?: boolean;
}

/** Fields whose merged state decides whether a rule reaches an occurrence, per type. */
const SCHEDULE_FIELDS: Record<string, readonly string[]> = {
  [CONTENT_TYPES.contentPiece]: ['publishAt', 'timeZone', 'recurrence'],
  [CONTENT_TYPES.communityTask]: ['startsAt', 'timeZone', 'recurrence'],
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Throws a ValidationError (400) listing every bad field; returns the data to store. */
  async check(uid: string, data: Data, documentId?: string, options: GuardOptions = {}): Promise<Data> {
    const action: GuardAction = options.action ?? (documentId ? 'update' : 'create');
    const existing = action !== 'create' && documentId ? documentId : undefined;
    const out: Data = { ...data };
    let problems: FieldError[] = [];
    const context = { defaultTimeZone: getConfig(strapi, 'defaultTimeZone'), wholeSchedule: action === 'clone' };
    const fillZone = () => {
      if (!existing && (out.timeZone === undefined || out.timeZone === null || out.timeZone === '')) out.timeZone = context.defaultTimeZone;
    };
    /** The stored fields `wanted` of the document written to (the draft of a piece), when any is needed. */
    const storedState = async (wanted: readonly string[], needed: boolean) => {
      if (!existing || !needed) return {};
      if (uid !== CONTENT_TYPES.contentPiece)
        return ((await strapi.db.query(uid).findOne({ where: { documentId: existing }, select: [...wanted] })) ?? {}) as Data;
      const inLocale = options.locale ? { locale: options.locale } : {};
      const version = await strapi.db
        .query(uid)
        .findOne({ where: { documentId: existing, publishedAt: null, ...inLocale }, select: [...wanted] });
      if (version || !options.locale) return (version ?? {}) as Data;
      // A new language version: Strapi copies the shared fields from the document's other versions.
      const other = await strapi.db.query(uid).findOne({ where: { documentId: existing, publishedAt: null }, select: [...wanted] });
      return Object.fromEntries(
        Object.entries(other ?? {}).filter(([f]) => (SHARED_PIECE_FIELDS as readonly string[]).includes(f))
      ) as Data;
    };
    const touches = (fields: readonly string[]) => action === 'clone' || fields.some((f) => f in out);

    if (uid === CONTENT_TYPES.contentPiece) {
      fillZone();
      // "Approved needs a time, a stage and a goal" and "the rule reaches an occurrence" hold for
      // the merged state, so a partial update (a backlog move, a CM edit) cannot break them either.
      const schedule = SCHEDULE_FIELDS[uid];
      const stored = await storedState([...new Set([...APPROVAL_FIELDS, ...schedule])], touches([...APPROVAL_FIELDS, ...schedule]));
      const result = validateContentPiece(out, stored, context);
      problems = result.errors;
      Object.assign(out, result.normalised);
    } else if (uid === CONTENT_TYPES.communityTask) {
      fillZone();
      const schedule = SCHEDULE_FIELDS[uid];
      const stored = await storedState(schedule, touches(schedule));
      const result = validateCommunityTask(out, action === 'create', stored, context);
      problems = result.errors;
      Object.assign(out, result.normalised);
    } else if (uid === CONTENT_TYPES.theme) {
      // Date order needs both ends: overlay the change on what is stored.
      const stored = await storedState(['startDate', 'endDate'], !('startDate' in out) || !('endDate' in out));
      problems = validateTheme({ ...stored, ...out });
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
    if (source && slugMissing) {
      if (action === 'clone') {
        // A clone is a new document: it never keeps the source's slug unless one is given.
        const text = typeof out[source] === 'string' ? out[source] : (await storedState([source], true))[source];
        if (typeof text === 'string') out.slug = await this.uniqueSlug(uid, text, undefined, options.locale);
      } else if ((action === 'create' || 'slug' in out || options.newVersion) && typeof out[source] === 'string') {
        // Fill a missing slug on create; on update only when the caller cleared it explicitly.
        out.slug = await this.uniqueSlug(uid, out[source] as string, existing, options.locale);
      }
    }
    return out;
  },

  /** `base`, `base-2`, `base-3`... the first not used by another document of the type (in the same locale, if localized). */
  async uniqueSlug(uid: string, text: string, documentId?: string, locale?: string): Promise<string> {
    const base = toSlug(text);
    const rows: Array<{ slug: string; documentId: string }> = await strapi.db.query(uid).findMany({
      where: { slug: { $startsWith: base || 'item' }, ...(locale && uid === CONTENT_TYPES.contentPiece ? { locale } : {}) },
      select: ['slug', 'documentId'],
    });
    const taken = rows.filter((row) => row.documentId !== documentId).map((row) => row.slug);
    return nextFreeSlug(base, taken);
  },
});
