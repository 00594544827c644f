/**
 * Reads content pieces for the calendar feeds: one range query on the pieces table (indexed on
 * published_at, publish_at) plus one query per relation whose link rows are selected by the same
 * conditions, never one query per piece. It runs on knex with table and column names taken from
 * Strapi's metadata: the feeds read tens of thousands of rows, and the query engine's per-row
 * hydration cost several times the SQL itself (see docs/performance.md).
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError } from '../../../core/field-errors';
import type { OccurrenceFilters } from '../../../core/query/occurrence-params';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers, jsonColumn } from '../db';
import { query } from '../query';
import { pieceSelection, RELATION_FILTERS, selectsNothing, type PieceSelection } from './piece-selection';
import { TABLES } from './occurrence-index/tables';

export type { PieceSelection } from './piece-selection';

export interface PieceRow {
  id: number;
  documentId: string;
  locale: string;
  /** The document's other language versions (in the same audience: published ones for the public). */
  locales?: string[];
  title: string;
  slug: string;
  summary: string | null;
  format: string | null;
  funnelStage: string;
  contentGoal: string;
  publishAt: Date | null;
  timeZone: string | null;
  recurrence: string | null;
  recurrenceExceptions: string[] | null;
  updatedAt: Date;
  publishedAt?: Date | null;
  editorialStatus?: string | null;
  dueAt?: Date | null;
  channels: Array<{ slug: string }>;
  personas: Array<{ slug: string }>;
  theme: { slug: string } | null;
  assignee?: { id: number; firstname: string | null; lastname: string | null; email: string } | null;
  /** Whether this is a published version (the public audience) or a draft. */
  published?: boolean;
  /** Its occurrence index entry, when asked for (`withIndex`): null if it has none. */
  indexSource?: { status: string; message: string | null; key: string | null } | null;
}

const PUBLIC_FIELDS = [
  'id',
  'documentId',
  'locale',
  'title',
  'slug',
  'summary',
  'format',
  'funnelStage',
  'contentGoal',
  'publishAt',
  'timeZone',
  'recurrence',
  'recurrenceExceptions',
  'updatedAt',
] as const;
const ADMIN_FIELDS = [...PUBLIC_FIELDS, 'editorialStatus', 'dueAt', 'publishedAt'] as const;
const DATE_FIELDS = new Set(['publishAt', 'updatedAt', 'publishedAt', 'dueAt']);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { knex, table, col: column, toDate, sqlite } = dbHelpers(strapi);
  const { applySelection, joinTable, pieces } = pieceSelection(strapi);

  const PIECE = CONTENT_TYPES.contentPiece;

  /** slug lists per piece id for one relation, selected with the same conditions as the pieces. */
  async function relationSlugs(relation: string, targetUid: UID.ContentType, ids: Set<number>, selection: PieceSelection) {
    const jt = joinTable(PIECE, relation);
    const pieceIds = applySelection(pieces(selection).select('p.id'), selection);
    const rows: Array<{ pid: number; slug: string }> = await (selection.db ?? knex())(`${jt.name} as l`)
      .join(`${table(targetUid)} as t`, 't.id', `l.${jt.inverseJoinColumn.name}`)
      .whereIn(`l.${jt.joinColumn.name}`, pieceIds)
      .select({ pid: `l.${jt.joinColumn.name}`, slug: `t.${column(targetUid, 'slug')}` })
      .orderBy(`t.${column(targetUid, 'slug')}`);
    const out = new Map<number, Array<{ slug: string }>>();
    for (const row of rows) {
      if (!ids.has(row.pid)) continue;
      const list = out.get(row.pid);
      if (list) list.push({ slug: row.slug });
      else out.set(row.pid, [{ slug: row.slug }]);
    }
    return out;
  }

  async function assignees(ids: Set<number>, selection: PieceSelection) {
    const jt = joinTable(PIECE, 'assignee');
    const users = CONTENT_TYPES.adminUser;
    const pieceIds = applySelection(pieces(selection).select('p.id'), selection);
    const rows: Array<{ pid: number; id: number; firstname: string | null; lastname: string | null; email: string }> = await (
      selection.db ?? knex()
    )(`${jt.name} as l`)
      .join(`${table(users)} as u`, 'u.id', `l.${jt.inverseJoinColumn.name}`)
      .whereIn(`l.${jt.joinColumn.name}`, pieceIds)
      .select({
        pid: `l.${jt.joinColumn.name}`,
        id: 'u.id',
        firstname: `u.${column(users, 'firstname')}`,
        lastname: `u.${column(users, 'lastname')}`,
        email: `u.${column(users, 'email')}`,
      });
    return new Map(
      rows.filter((r) => ids.has(r.pid)).map((r) => [r.pid, { id: r.id, firstname: r.firstname, lastname: r.lastname, email: r.email }])
    );
  }

  return {
    /** Unknown channel/persona/theme slugs are a 400 naming the parameter, not an empty answer. */
    async assertSlugsExist(filters: OccurrenceFilters): Promise<void> {
      const problems = [];
      for (const [param, , uid] of RELATION_FILTERS) {
        const wanted = filters[param];
        if (!wanted || wanted.length === 0) continue;
        const found = await query(strapi, uid).findMany({ where: { slug: { $in: wanted } }, select: ['slug'] });
        const known = new Set(found.map((r) => r.slug));
        const unknown = wanted.filter((s) => !known.has(s));
        if (unknown.length) problems.push(fieldError(param, `${param}: no ${param} with slug ${unknown.join(', ')}`, unknown));
      }
      if (problems.length) throw new errors.ValidationError(problems.map((p) => p.message).join('; '), { errors: problems });
    },

    async find(selection: PieceSelection): Promise<PieceRow[]> {
      if (selectsNothing(selection)) return [];
      const fields = selection.audience === 'admin' ? ADMIN_FIELDS : PUBLIC_FIELDS;
      const qb = applySelection(pieces(selection).select(Object.fromEntries(fields.map((f) => [f, `p.${column(PIECE, f)}`]))), selection);
      if (selection.withIndex) {
        qb.leftJoin(`${TABLES.sources} as s`, 's.piece_id', 'p.id').select({
          indexStatus: 's.status',
          indexMessage: 's.message',
          indexKey: 's.schedule_key',
        });
      }
      if (selection.withPublishedLocales) {
        // Locale codes have no commas. Sorted below: SQLite's group_concat keeps no order.
        const c = (field: string) => column(PIECE, field);
        const agg = sqlite() ? `group_concat(v.${c('locale')}, ',')` : `string_agg(v.${c('locale')}, ',')`;
        qb.select(
          knex().raw(
            `(SELECT ${agg} FROM ${table(PIECE)} v WHERE v.${c('documentId')} = p.${c('documentId')} AND v.${c('publishedAt')} IS NOT NULL) AS ??`,
            ['publishedLocales']
          )
        );
      }
      if (selection.backlog) qb.orderBy(`p.${column(PIECE, 'updatedAt')}`, 'desc');
      else qb.orderBy([`p.${column(PIECE, 'publishAt')}`, `p.${column(PIECE, 'documentId')}`]);
      if (selection.limit) qb.limit(selection.limit);
      const rows: Array<Record<string, unknown> & { id: number }> = await qb;
      if (rows.length === 0) return [];

      const ids = new Set<number>(rows.map((r) => r.id));
      const [channels, personas, themes, users] = await Promise.all([
        relationSlugs('channels', CONTENT_TYPES.channel, ids, selection),
        relationSlugs('personas', CONTENT_TYPES.persona, ids, selection),
        relationSlugs('theme', CONTENT_TYPES.theme, ids, selection),
        selection.audience === 'admin' ? assignees(ids, selection) : Promise.resolve(null),
      ]);
      return rows.map((row) => {
        for (const f of DATE_FIELDS) if (f in row) row[f] = toDate(row[f]);
        row.recurrenceExceptions = jsonColumn(row.recurrenceExceptions);
        row.channels = channels.get(row.id) ?? [];
        row.personas = personas.get(row.id) ?? [];
        row.theme = themes.get(row.id)?.[0] ?? null;
        if (users) row.assignee = users.get(row.id) ?? null;
        row.published = selection.audience === 'public';
        if (selection.withPublishedLocales) {
          row.locales = row.publishedLocales ? String(row.publishedLocales).split(',').sort() : [];
          delete row.publishedLocales;
        }
        if (selection.withIndex) {
          row.indexSource = row.indexStatus
            ? {
                status: String(row.indexStatus),
                message: (row.indexMessage as string | null) ?? null,
                key: (row.indexKey as string | null) ?? null,
              }
            : null;
          delete row.indexStatus;
          delete row.indexMessage;
          delete row.indexKey;
        }
        return row as unknown as PieceRow; // the selected columns, completed in place above
      });
    },
  };
};
