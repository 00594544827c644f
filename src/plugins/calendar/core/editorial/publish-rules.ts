/**
 * Who may cause a publication. One rule for every writer and every route: approving a piece
 * schedules its publication, taking an approval back unschedules it, and changing what an
 * approved piece publishes (its time, rule or content) changes a scheduled publication — each
 * needs the publish right, exactly like publishing or unpublishing directly.
 *
 * An approved piece is pinned to what its publisher saw: without the publish right a writer may
 * still change its editorial fields (notes, assignee, due date, KPI targets), which are never
 * published, but nothing that goes out. A copy of a piece (clone, a detached occurrence) is never
 * approved: it starts in review, so a publisher looks at it before it goes out.
 */

/** Fields whose change alters what (or when) an approved piece publishes. */
export const PUBLISHED_FIELDS = [
  'title',
  'slug',
  'summary',
  'body',
  'format',
  'funnelStage',
  'contentGoal',
  'channels',
  'personas',
  'theme',
  'publishAt',
  'timeZone',
  'recurrence',
  'recurrenceExceptions',
] as const;

const RELATIONS = new Set(['channels', 'personas', 'theme']);
const INSTANTS = new Set(['publishAt']);

export type WriteKind = 'create' | 'update' | 'clone' | 'publish' | 'unpublish';

export interface StoredRelation {
  id: number;
  documentId?: string;
}

export interface PublishRuleInput {
  kind: WriteKind;
  /** The writer holds the publish right (see docs/user-guide.md, "Who may publish"). */
  canPublish: boolean;
  /** The write itself publishes (REST without `status=draft`, or Strapi's publish). */
  publishes: boolean;
  /** The draft the write lands on (the source, for a clone); null on create. */
  stored: Record<string, unknown> | null;
  data: Record<string, unknown>;
}

export type PublishRuleResult =
  | { ok: true; /** Changes to make to the data (a clone's status). */ data: Record<string, unknown> }
  | { ok: false; message: string; fields: string[] };

export const PUBLISH_RIGHT = 'the Calendar "Publish and unschedule" permission';
const RIGHT = PUBLISH_RIGHT;

const blank = (v: unknown) => v === null || v === undefined || v === '';

const relationKeys = (value: unknown): Array<string> => {
  const one = (item: unknown): string | null => {
    if (typeof item === 'number' || (typeof item === 'string' && /^\d+$/.test(item))) return `id:${Number(item)}`;
    if (typeof item === 'string') return `doc:${item}`;
    if (item && typeof item === 'object') {
      const o = item as { id?: unknown; documentId?: unknown };
      if (o.documentId !== undefined && o.documentId !== null) return `doc:${String(o.documentId)}`;
      if (o.id !== undefined && o.id !== null) return `id:${Number(o.id)}`;
    }
    return null;
  };
  const list = Array.isArray(value) ? value : blank(value) ? [] : [value];
  return list.map(one).filter((k): k is string => k !== null);
};

/** Whether a relation value in a write would change the stored links. */
function relationChanged(stored: StoredRelation[], value: unknown): boolean {
  const has = (key: string) => stored.some((s) => key === `id:${s.id}` || (s.documentId !== undefined && key === `doc:${s.documentId}`));
  if (value && typeof value === 'object' && !Array.isArray(value) && ('connect' in value || 'disconnect' in value || 'set' in value)) {
    const v = value as { connect?: unknown; disconnect?: unknown; set?: unknown };
    if (v.set !== undefined) return setDiffers(stored, relationKeys(v.set), has);
    if (relationKeys(v.connect).some((k) => !has(k))) return true;
    return relationKeys(v.disconnect).some((k) => has(k));
  }
  return setDiffers(stored, relationKeys(value), has);
}

const setDiffers = (stored: StoredRelation[], keys: string[], has: (k: string) => boolean) =>
  new Set(keys).size !== stored.length || !keys.every(has);

const asInstant = (v: unknown): number | null => {
  if (blank(v)) return null;
  const t = new Date(v as string).getTime();
  return Number.isNaN(t) ? NaN : t;
};

const asText = (field: string, v: unknown): string | null => {
  if (blank(v)) return null;
  if (field === 'recurrence' && typeof v === 'string')
    return v
      .trim()
      .replace(/^RRULE:/i, '')
      .toUpperCase();
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
};

/** The published fields a write changes, compared by value (the Content Manager sends the whole form). */
export function changedPublishedFields(stored: Record<string, unknown>, data: Record<string, unknown>): string[] {
  return PUBLISHED_FIELDS.filter((field) => {
    if (!Object.prototype.hasOwnProperty.call(data, field)) return false;
    const next = data[field];
    const before = stored[field];
    if (RELATIONS.has(field)) {
      const links = (Array.isArray(before) ? before : blank(before) ? [] : [before]) as StoredRelation[];
      return relationChanged(links, next);
    }
    if (INSTANTS.has(field)) return asInstant(before) !== asInstant(next);
    return asText(field, before) !== asText(field, next);
  });
}

/** Decides one write to a content piece; the caller answers 403 with the message when refused. */
export function checkPublishRule(input: PublishRuleInput): PublishRuleResult {
  const { kind, canPublish, stored, data } = input;
  const before = stored?.editorialStatus ?? null;
  const given = Object.prototype.hasOwnProperty.call(data, 'editorialStatus');
  const after = given ? data.editorialStatus : kind === 'create' ? null : before;

  if (kind === 'clone') {
    // A copy is checked again before it goes out, whoever made it.
    return { ok: true, data: after === 'approved' ? { editorialStatus: 'in-review' } : {} };
  }
  if (canPublish) return { ok: true, data: {} };

  if (kind === 'publish' || kind === 'unpublish' || input.publishes) {
    const verb = kind === 'unpublish' ? 'Unpublishing' : 'Publishing';
    return refuse(
      `${verb} a content piece needs ${RIGHT}. Save it as a draft and move it to in-review; a publisher approves it and it goes out on time.`,
      []
    );
  }
  if (after === 'approved' && before !== 'approved') {
    return refuse(`Approving a piece schedules its publication and needs ${RIGHT}. Move it to in-review and a publisher approves it.`, [
      'editorialStatus',
    ]);
  }
  if (before === 'approved' && after !== 'approved') {
    return refuse(`Taking back an approval unschedules the piece's publication and needs ${RIGHT}.`, ['editorialStatus']);
  }
  if (before === 'approved') {
    const changed = changedPublishedFields(stored ?? {}, data);
    if (changed.length > 0) {
      return refuse(
        `This piece is approved and scheduled: changing ${changed.join(', ')} changes what is published and needs ${RIGHT}. Ask a publisher, who can move it back to in-review for rework.`,
        changed
      );
    }
  }
  return { ok: true, data: {} };
}

const refuse = (message: string, fields: string[]): PublishRuleResult => ({ ok: false, message, fields });
