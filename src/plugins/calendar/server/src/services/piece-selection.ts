/**
 * Which content pieces a feed reads, as the WHERE of a knex query on the pieces table aliased
 * `p`: audience, schedule and range, locales, filters. Shared by the piece repository (rows with
 * their relations) and the indexed public feed (rows with their stored feed entries), so both read
 * exactly the same pieces.
 */
import type { Core, UID } from '@strapi/strapi';
import type { OccurrenceFilters } from '../../../core/query/occurrence-params';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers } from '../db';
import type { Db, QueryBuilder } from './scheduler/db-clock';

export type Audience = 'public' | 'admin';

export const RELATION_FILTERS = [
  ['channel', 'channels', CONTENT_TYPES.channel],
  ['persona', 'personas', CONTENT_TYPES.persona],
  ['theme', 'theme', CONTENT_TYPES.theme],
] as const;

export interface PieceSelection {
  audience: Audience;
  filters: OccurrenceFilters;
  /** Resolved locale codes (null: every locale); `filters.locale` is what was asked. */
  locales: string[] | null;
  /** Pieces that may have an occurrence in [from, to); none = every scheduled piece. */
  range?: { from: Date; to: Date };
  /** Only pieces without publishAt (the backlog). */
  backlog?: boolean;
  /** The admin user asking, for `assignee=me`. */
  userId?: number;
  limit?: number;
  /** Each row with its occurrence index entry (`indexSource`). */
  withIndex?: boolean;
  /** Only these documents (a cached feed re-reading what was written). */
  documentIds?: string[];
  /** Only these piece versions (rows the index could not answer, a chunk being indexed). */
  pieceIds?: number[];
  /** Each row with its document's published locales (`locales`), read in the same query. */
  withPublishedLocales?: boolean;
  /** The transaction to read in (the indexer renders inside the write's transaction). */
  db?: Db;
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

const PIECE = CONTENT_TYPES.contentPiece;

/** A filter narrowed to nothing (feed token ∩ request) matches nothing. */
export const selectsNothing = (selection: PieceSelection) =>
  Object.values(selection.filters).some((values) => Array.isArray(values) && values.length === 0) ||
  (selection.pieceIds !== undefined && selection.pieceIds.length === 0) ||
  (selection.documentIds !== undefined && selection.documentIds.length === 0);

export function pieceSelection(strapi: Core.Strapi) {
  const { knex, meta, table, col: column, dbTime } = dbHelpers(strapi);
  const joinTable = (uid: UID.Schema, field: string) => (meta(uid).attributes[field] as { joinTable: JoinTable }).joinTable;

  /** The WHERE of a selection, applied to a query on the pieces table aliased `p`. */
  function applySelection(qb: QueryBuilder, selection: PieceSelection) {
    const c = (field: string) => `p.${column(PIECE, field)}`;
    const { filters, audience } = selection;
    if (audience === 'public') qb.whereNotNull(c('publishedAt'));
    else qb.whereNull(c('publishedAt'));
    if (selection.backlog) {
      qb.whereNull(c('publishAt'));
    } else {
      qb.whereNotNull(c('publishAt'));
      if (selection.range) {
        const { from, to } = selection.range;
        qb.where(c('publishAt'), '<', dbTime(to));
        qb.where((inner) => inner.whereNotNull(c('recurrence')).orWhere(c('publishAt'), '>=', dbTime(from)));
      }
    }
    if (selection.locales) qb.whereIn(c('locale'), selection.locales);
    if (selection.documentIds) qb.whereIn(c('documentId'), selection.documentIds);
    if (selection.pieceIds) qb.whereIn('p.id', selection.pieceIds);
    if (filters.stage) qb.whereIn(c('funnelStage'), filters.stage);
    if (filters.goal) qb.whereIn(c('contentGoal'), filters.goal);
    if (filters.format) qb.whereIn(c('format'), filters.format);
    for (const [param, relation, targetUid] of RELATION_FILTERS) {
      const wanted = filters[param];
      if (!wanted) continue;
      const jt = joinTable(PIECE, relation);
      qb.whereIn(
        'p.id',
        knex()(`${jt.name} as l`)
          .join(`${table(targetUid)} as t`, `t.id`, `l.${jt.inverseJoinColumn.name}`)
          .whereIn(`t.${column(targetUid, 'slug')}`, wanted)
          .select(`l.${jt.joinColumn.name}`)
      );
    }
    if (audience === 'admin' && filters.editorialStatus) qb.whereIn(c('editorialStatus'), filters.editorialStatus);
    if (audience === 'admin' && filters.assignee) {
      const jt = joinTable(PIECE, 'assignee');
      const ids = filters.assignee
        .filter((a) => a !== 'none')
        .map((a) => (a === 'me' ? selection.userId : Number(a)))
        .filter((id): id is number => typeof id === 'number');
      const assigned = knex()(jt.name).select(jt.joinColumn.name);
      qb.where((inner) => {
        inner.whereIn('p.id', assigned.clone().whereIn(jt.inverseJoinColumn.name, ids.length ? ids : [-1]));
        if (filters.assignee!.includes('none')) inner.orWhereNotIn('p.id', assigned.clone());
      });
    }
    return qb;
  }

  /** A query on the pieces table aliased `p`, in the selection's transaction if it has one. */
  const pieces = (selection: PieceSelection) => (selection.db ?? knex())(`${table(PIECE)} as p`);

  return { applySelection, joinTable, pieces };
}
