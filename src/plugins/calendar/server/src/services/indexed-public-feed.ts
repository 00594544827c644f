/**
 * The public feed's occurrences straight from the occurrence index: one query reads each
 * selected published version with its stored feed entry (its starts in the window, of which the
 * range's are a slice, and its JSON: `entry-bytes.ts`), and nothing is serialised but the
 * starts. A version the index cannot vouch for is handed back to be read and expanded as
 * before: it has no entry (its rule is not 'ok' in the index), its entry is not fresh (see
 * `feed-entries.ts`) or cannot be read, or it has more occurrences in the range than a feed may
 * hold (that answer, a 400, is the expander's).
 */
import type { Core } from '@strapi/strapi';
import { startsWithin, unpackEntry } from '../../../core/occurrence-index/entry-bytes';
import { MAX_OCCURRENCES_PER_RANGE, type Range } from '../../../core/recurrence/expand';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers } from '../db';
import { getConfig, getService } from '../utils';
import { TABLES, bool, num } from './occurrence-index/tables';
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
  entry: Uint8Array | null;
  startCount: unknown;
}

export function indexedPublicFeed(strapi: Core.Strapi) {
  const { col } = dbHelpers(strapi);
  const { applySelection, pieces } = pieceSelection(strapi);

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
        .select({
          id: 'p.id',
          documentId: c('documentId'),
          locale: c('locale'),
          zone: 'f.zone',
          entry: 'f.entry',
          startCount: 'f.start_count',
        })
        .select(strapi.db.connection.raw(`CASE WHEN ${entries.freshSql()} THEN 1 ELSE 0 END AS fresh`, entries.freshBindings(defaultZone)));
      const rows: Row[] = await applySelection(query, selection);
      const [from, to] = [range.from.getTime(), range.to.getTime()];
      const versions: Array<{ item: FeedEntry; starts: Float64Array }> = [];
      const others: number[] = [];
      for (const row of rows) {
        const parts = bool(row.fresh) ? unpackEntry(row.entry, num(row.startCount)) : null;
        if (!parts) {
          others.push(row.id);
          continue;
        }
        const starts = startsWithin(parts.starts, from, to);
        if (starts.length > MAX_OCCURRENCES_PER_RANGE) others.push(row.id);
        else if (starts.length) {
          const { before, after } = parts;
          versions.push({ item: { documentId: row.documentId, locale: row.locale, zone: row.zone!, before, after }, starts });
        }
      }
      return { occurrences: sortOccurrences(versions, from, to), others };
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
