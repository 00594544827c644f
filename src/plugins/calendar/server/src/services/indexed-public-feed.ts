/**
 * The public feed's occurrences straight from the occurrence index: one query reads each
 * selected published version with its stored feed entry and its starts in the range (aggregated
 * per version in SQL), and nothing is serialised but the starts. A version the index cannot
 * vouch for is handed back to be read and expanded as before: it has no entry (its rule is not
 * 'ok' in the index), its entry is not fresh (see `feed-entries.ts`), or it has more occurrences
 * in the range than a feed may hold (that answer, a 400, is the expander's).
 */
import type { Core } from '@strapi/strapi';
import { MAX_OCCURRENCES_PER_RANGE, type Range } from '../../../core/recurrence/expand';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers } from '../db';
import { getConfig, getService } from '../utils';
import { TABLES, bool } from './occurrence-index/tables';
import { pieceSelection, selectsNothing, type PieceSelection } from './piece-selection';
import type { PieceRow } from './piece-repository';
import { entryOf, mergeSorted, type Dated, type FeedEntry } from './public-feed-json';
import { sortOccurrences } from './sort-occurrences';

const PIECE = CONTENT_TYPES.contentPiece;
/** Versions the index could not answer, read per query. */
const OTHERS_PER_READ = 5000;

type PublicSelection = PieceSelection & { audience: 'public' };

const chunked = <T>(list: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};

export interface IndexedOccurrences {
  /** In the feeds' order. */
  occurrences: Dated[];
  /** Piece versions to read and expand as before. */
  others: number[];
}

interface Row {
  id: number;
  documentId: string;
  locale: string;
  zone: string | null;
  fresh: unknown;
  /** SQLite: the entry's two parts as one blob, split at a NUL (JSON text has none unescaped). */
  bytes?: Buffer | null;
  before?: string | null;
  after?: string | null;
}

/**
 * SQLite hands a blob over as bytes, with no UTF-8 decoding into a string and back: the parts
 * are views of it. PostgreSQL's bytea would travel as hex, so there the parts come as text.
 */
const ENTRY_BYTES = {
  sqlite: 'CAST(f.before_json || char(0) || f.after_json AS BLOB) AS bytes',
  postgres: 'f.before_json AS before, f.after_json AS after',
} as const;

function entryBytes(row: Row): { before: Buffer; after: Buffer } {
  if (!row.bytes) return { before: Buffer.from(row.before!), after: Buffer.from(row.after!) };
  const split = row.bytes.indexOf(0);
  return { before: row.bytes.subarray(0, split), after: row.bytes.subarray(split + 1) };
}

export function indexedPublicFeed(strapi: Core.Strapi) {
  const { col, sqlite } = dbHelpers(strapi);
  const { applySelection, pieces } = pieceSelection(strapi);

  /**
   * Starts per published version in the range, as one comma-separated text per version (a read
   * of the covering index; one row per version instead of per occurrence). A query of its own:
   * joined to the pieces, SQLite builds a temporary index on it that costs more than the scan.
   * A narrowed selection (filters, the documents written since a cached build) narrows it too.
   */
  async function startsIn(range: Range, selection: PublicSelection): Promise<Map<number, string>> {
    const agg = sqlite() ? 'group_concat(start_ms)' : `string_agg(start_ms::text, ',')`;
    const q = strapi.db
      .connection(TABLES.occurrences)
      .where('published', true)
      .where('start_ms', '>=', range.from.getTime())
      .where('start_ms', '<', range.to.getTime())
      .groupBy('piece_id')
      .select('piece_id', strapi.db.connection.raw(`${agg} AS starts`));
    const narrowed = selection.documentIds || selection.pieceIds || Object.keys(selection.filters).some((k) => k !== 'locale');
    if (narrowed) q.whereIn('piece_id', applySelection(pieces(selection).select('p.id'), selection));
    const rows: Array<{ piece_id: unknown; starts: string }> = await q;
    return new Map(rows.map((row) => [Number(row.piece_id), row.starts]));
  }

  const service = {
    /** The selection's published occurrences in `range`, or null when the index cannot answer the range. */
    async read(selection: PublicSelection, range: Range): Promise<IndexedOccurrences | null> {
      const index = getService(strapi, 'occurrence-index');
      if (!(await index.usableFor(range))) return null;
      if (selectsNothing(selection)) return { occurrences: [], others: [] };
      const c = (field: string) => `p.${col(PIECE, field)}`;
      const defaultZone = getConfig(strapi, 'defaultTimeZone');
      const entries = index.feedEntries;
      const query = pieces(selection)
        .leftJoin(`${TABLES.feedEntries} as f`, 'f.piece_id', 'p.id')
        .select({ id: 'p.id', documentId: c('documentId'), locale: c('locale'), zone: 'f.zone' })
        .select(strapi.db.connection.raw(ENTRY_BYTES[sqlite() ? 'sqlite' : 'postgres']))
        .select(strapi.db.connection.raw(`CASE WHEN ${entries.freshSql()} THEN 1 ELSE 0 END AS fresh`, entries.freshBindings(defaultZone)));
      const [rows, startsOf] = await Promise.all([applySelection(query, selection) as Promise<Row[]>, startsIn(range, selection)]);
      const versions: Array<{ item: FeedEntry; starts: number[] }> = [];
      const others: number[] = [];
      for (const row of rows) {
        const text = startsOf.get(row.id);
        const starts = text ? text.split(',').map(Number) : [];
        if (!bool(row.fresh) || starts.length > MAX_OCCURRENCES_PER_RANGE) others.push(row.id);
        else if (starts.length)
          versions.push({ item: { documentId: row.documentId, locale: row.locale, zone: row.zone!, ...entryBytes(row) }, starts });
      }
      return { occurrences: sortOccurrences(versions, range.from.getTime(), range.to.getTime()), others };
    },

    /**
     * The selection's published occurrences as feed entries, in the feeds' order: from the index's
     * entries where it can vouch for them, the other versions read and expanded by `expand`.
     */
    async occurrences(
      selection: PublicSelection,
      range: Range,
      zoneOf: (row: PieceRow) => string,
      expand: (part: PublicSelection) => Promise<Dated<PieceRow>[]>
    ): Promise<Dated[]> {
      const fromIndex = await service.read(selection, range);
      if (fromIndex && !fromIndex.others.length) return fromIndex.occurrences;
      const entries = new Map<PieceRow, FeedEntry>();
      const entry = (row: PieceRow) => entries.get(row) ?? entries.set(row, entryOf(row, zoneOf(row))).get(row)!;
      let list = fromIndex?.occurrences ?? [];
      // In parts, so a whole feed of versions (after a slug changed) stays under the bound-parameter limits.
      const parts = fromIndex ? chunked(fromIndex.others, OTHERS_PER_READ).map((pieceIds) => ({ ...selection, pieceIds })) : [selection];
      for (const part of parts) {
        const expanded = await expand(part);
        list = mergeSorted(
          list,
          expanded.map(({ item, start }) => ({ item: entry(item), start }))
        );
      }
      return list;
    },
  };
  return service;
}
