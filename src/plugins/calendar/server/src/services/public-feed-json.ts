/**
 * The public feed's JSON, written straight into bounded chunks. A year of a large plan is tens
 * of thousands of occurrences of a few thousand piece versions, and an occurrence differs from
 * its piece's others only in `start`: each version's fields are serialised once, as the bytes
 * before and after `start`, and each occurrence is those two with its start between them. The
 * output is byte for byte what `JSON.stringify` gives for the documented shape and key order
 * (`public-feed-json.test.ts` checks it), without an object per occurrence or a 10 MB string.
 * The occurrence index keeps each published version's entry, written with its occurrences.
 */
import { ChunkWriter } from '../chunk-writer';
import { compareOccurrenceParts, pageOf, type OccurrencePage } from '../../../core/query/occurrence-page';
import { ISO_WITH_OFFSET_MAX_BYTES, writeIsoWithOffset } from '../../../core/time';
import type { FeedMeta } from '../../../core/contracts/occurrences';
import type { FeedBody } from './feed-cache';
import { base } from './occurrence-fields';
import type { PieceRow } from './piece-repository';

/** What identifies an occurrence's piece version in the feeds' order. */
export interface Keyed {
  documentId: string;
  locale: string;
}

/** An occurrence as the feeds sort it: its piece version (a row, or its feed entry) and its start (ms). */
export interface Dated<T extends Keyed = FeedEntry> {
  item: T;
  start: number;
}

/**
 * A published piece version as the public feed writes it: the JSON before and after `start`
 * for its zone. Made from a row (`entryOf`), or kept in the occurrence index with its
 * occurrences, so that a feed built from nothing reads no relations and serialises nothing.
 */
export interface FeedEntry extends Keyed {
  /** UTF-8, encoded once for all of the version's occurrences. */
  before: Uint8Array;
  after: Uint8Array;
  zone: string;
}

const COMMA = 0x2c;

export const keyOf = (o: Dated<Keyed>) => ({ start: o.start, documentId: o.item.documentId, locale: o.item.locale });

/** The feeds' order (start, documentId, locale), without a key object per comparison. */
export const compareDated = (a: Dated<Keyed>, b: Dated<Keyed>): number =>
  compareOccurrenceParts(a.start, a.item.documentId, a.item.locale, b.start, b.item.documentId, b.item.locale);

/** Two lists in the feeds' order as one, in one pass. */
export function mergeSorted<T extends Keyed>(a: readonly Dated<T>[], b: readonly Dated<T>[]): Dated<T>[] {
  const out: Dated<T>[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareDated(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * A kept build's occurrences brought to `version`: as they were when nothing was written since,
 * else with the documents written since (`changedSince`) read again (`read`) and merged in; null
 * when there is nothing kept or what was written is not known (then the caller reads it all).
 */
export async function patched(
  prior: { version: number; value: Dated[] } | undefined,
  version: number,
  changedSince: (since: number, until: number) => Promise<Set<string> | 'everything'>,
  read: (documentIds: string[]) => Promise<Dated[]>
): Promise<Dated[] | null> {
  if (!prior || prior.version > version) return null;
  if (prior.version === version) return prior.value;
  const changed = await changedSince(prior.version, version);
  if (changed === 'everything') return null;
  if (!changed.size) return prior.value;
  return mergeSorted(
    prior.value.filter((o) => !changed.has(o.item.documentId)),
    await read([...changed])
  );
}

/** A row's feed entry: `{"documentId":…,"summary":…,"start":"` and `",…}`, the documented key order around start. */
export function entryOf(row: PieceRow, zone: string): FeedEntry {
  const { documentId, locale, locales, title, slug, summary, ...rest } = base(row, zone);
  const head = JSON.stringify({ documentId, locale, locales, title, slug, summary });
  const before = `${head.slice(0, -1)},"start":"`;
  return { documentId, locale, before: Buffer.from(before), after: Buffer.from(`",${JSON.stringify(rest).slice(1)}`), zone };
}

/**
 * `{"data":[…],"meta":{…}}` for the sorted occurrences, or the page of them the query asks for
 * (`meta.nextCursor` leads to the next; null on the last page and when not paged), chunk by
 * chunk as they fill: a body that is not kept is sent while it is written, never held whole.
 */
export function* publicFeedChunks(
  sorted: readonly Dated[],
  page: OccurrencePage | null | undefined,
  meta: Omit<FeedMeta, 'count' | 'nextCursor'>
): Generator<Buffer> {
  const { items, nextCursor } = pageOf(sorted, keyOf, page ?? null);
  const out = new ChunkWriter();
  out.write('{"data":[');
  for (let i = 0; i < items.length; i += 1) {
    const { item, start } = items[i];
    if (i > 0) out.writeByte(COMMA);
    out.writeBytes(item.before);
    out.writeWith(ISO_WITH_OFFSET_MAX_BYTES, writeIsoWithOffset, start, item.zone);
    out.writeBytes(item.after);
    if (i % 256 === 0) yield* out.take();
  }
  out.write(`],"meta":${JSON.stringify({ ...meta, count: items.length, nextCursor } satisfies FeedMeta)}}`);
  yield* out.end().chunks;
}

/** About how long the feed of `sorted` (or the page asked for) is: what its occurrences write, the meta left out. */
export function approximateBytes(sorted: readonly Dated[], page?: OccurrencePage | null): number {
  let bytes = 0;
  for (const { item } of pageOf(sorted, keyOf, page ?? null).items) bytes += item.before.length + item.after.length + 26;
  return bytes;
}

/** `publicFeedChunks`, all of them: a body to keep. */
export function writePublicFeed(
  sorted: readonly Dated[],
  page: OccurrencePage | null | undefined,
  meta: Omit<FeedMeta, 'count' | 'nextCursor'>
): FeedBody {
  const chunks = [...publicFeedChunks(sorted, page, meta)];
  return { chunks, length: chunks.reduce((sum, chunk) => sum + chunk.length, 0) };
}
