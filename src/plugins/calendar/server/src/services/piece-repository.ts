/**
 * Reads content pieces for the calendar feeds: one range query on the pieces table (indexed on
 * published_at, publish_at) plus Strapi's batched relation loads (one IN query per relation).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError } from '../../../core/field-errors';
import type { OccurrenceFilters } from '../../../core/query/occurrence-params';
import { CONTENT_TYPES } from '../constants';

export type Audience = 'public' | 'admin';

export interface PieceRow {
  id: number;
  documentId: string;
  title: string;
  slug: string;
  summary: string | null;
  format: string | null;
  funnelStage: string;
  contentGoal: string;
  publishAt: string | Date | null;
  timeZone: string | null;
  recurrence: string | null;
  recurrenceExceptions: string[] | null;
  updatedAt: string | Date;
  publishedAt?: string | Date | null;
  editorialStatus?: string | null;
  dueAt?: string | Date | null;
  channels: Array<{ slug: string }>;
  personas: Array<{ slug: string }>;
  theme: { slug: string } | null;
  assignee?: { id: number; firstname: string | null; lastname: string | null; email: string } | null;
}

const PUBLIC_FIELDS = [
  'id', 'documentId', 'title', 'slug', 'summary', 'format', 'funnelStage', 'contentGoal',
  'publishAt', 'timeZone', 'recurrence', 'recurrenceExceptions', 'updatedAt',
];
const ADMIN_FIELDS = [...PUBLIC_FIELDS, 'editorialStatus', 'dueAt', 'publishedAt'];

const RELATION_FILTERS = [
  ['channel', 'channels', CONTENT_TYPES.channel],
  ['persona', 'personas', CONTENT_TYPES.persona],
  ['theme', 'theme', CONTENT_TYPES.theme],
] as const;

export interface PieceSelection {
  audience: Audience;
  filters: OccurrenceFilters;
  /** Pieces that may have an occurrence in [from, to); none = every scheduled piece. */
  range?: { from: Date; to: Date };
  /** Only pieces without publishAt (the backlog). */
  backlog?: boolean;
  /** The admin user asking, for `assignee=me`. */
  userId?: number;
  limit?: number;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Unknown channel/persona/theme slugs are a 400 naming the parameter, not an empty answer. */
  async assertSlugsExist(filters: OccurrenceFilters): Promise<void> {
    const problems = [];
    for (const [param, , uid] of RELATION_FILTERS) {
      const wanted = filters[param];
      if (!wanted || wanted.length === 0) continue;
      const found: Array<{ slug: string }> = await strapi.db
        .query(uid as any)
        .findMany({ where: { slug: { $in: wanted } }, select: ['slug'] });
      const known = new Set(found.map((r) => r.slug));
      const unknown = wanted.filter((s) => !known.has(s));
      if (unknown.length) problems.push(fieldError(param, `${param}: no ${param} with slug ${unknown.join(', ')}`, unknown));
    }
    if (problems.length) throw new errors.ValidationError(problems.map((p) => p.message).join('; '), { errors: problems });
  },

  async find(selection: PieceSelection): Promise<PieceRow[]> {
    const { filters, audience } = selection;
    // A filter narrowed to nothing (feed token ∩ request) matches nothing.
    if (Object.values(filters).some((values) => Array.isArray(values) && values.length === 0)) return [];

    const and: Record<string, unknown>[] = [
      { publishedAt: audience === 'public' ? { $notNull: true } : { $null: true } },
    ];
    if (selection.backlog) {
      and.push({ publishAt: { $null: true } });
    } else {
      and.push({ publishAt: { $notNull: true } });
      if (selection.range) {
        and.push({ publishAt: { $lt: selection.range.to } });
        and.push({ $or: [{ recurrence: { $notNull: true } }, { publishAt: { $gte: selection.range.from } }] });
      }
    }
    if (filters.stage) and.push({ funnelStage: { $in: filters.stage } });
    if (filters.goal) and.push({ contentGoal: { $in: filters.goal } });
    if (filters.format) and.push({ format: { $in: filters.format } });
    for (const [param, relation] of RELATION_FILTERS) {
      if (filters[param]) and.push({ [relation]: { slug: { $in: filters[param] } } });
    }
    if (audience === 'admin' && filters.editorialStatus) and.push({ editorialStatus: { $in: filters.editorialStatus } });
    if (audience === 'admin' && filters.assignee) {
      const ids = filters.assignee.filter((a) => a !== 'none').map((a) => (a === 'me' ? selection.userId : Number(a)));
      const or: Record<string, unknown>[] = [];
      if (ids.length) or.push({ assignee: { id: { $in: ids.filter((id) => id !== undefined) } } });
      if (filters.assignee.includes('none')) or.push({ assignee: { id: { $null: true } } });
      and.push({ $or: or });
    }

    const rows: PieceRow[] = await strapi.db.query(CONTENT_TYPES.contentPiece as any).findMany({
      where: { $and: and },
      select: audience === 'admin' ? ADMIN_FIELDS : PUBLIC_FIELDS,
      populate: {
        channels: { select: ['slug'], orderBy: { slug: 'asc' } },
        personas: { select: ['slug'], orderBy: { slug: 'asc' } },
        theme: { select: ['slug'] },
        ...(audience === 'admin' ? { assignee: { select: ['id', 'firstname', 'lastname', 'email'] } } : {}),
      },
      orderBy: selection.backlog ? [{ updatedAt: 'desc' }] : [{ publishAt: 'asc' }, { documentId: 'asc' }],
      ...(selection.limit ? { limit: selection.limit } : {}),
    });
    // A relation filter joins, so a piece on two matching channels could come twice.
    const seen = new Set<number>();
    return rows.filter((row) => (seen.has(row.id) ? false : (seen.add(row.id), true)));
  },

  /** documentId → updatedAt of the published version, for the admin feed's publication state. */
  async publishedVersions(documentIds: string[]): Promise<Map<string, Date>> {
    const out = new Map<string, Date>();
    for (let i = 0; i < documentIds.length; i += 500) {
      const rows: Array<{ documentId: string; updatedAt: string | Date }> = await strapi.db
        .query(CONTENT_TYPES.contentPiece as any)
        .findMany({
          where: { documentId: { $in: documentIds.slice(i, i + 500) }, publishedAt: { $notNull: true } },
          select: ['documentId', 'updatedAt'],
        });
      for (const row of rows) out.set(row.documentId, new Date(row.updatedAt));
    }
    return out;
  },
});
