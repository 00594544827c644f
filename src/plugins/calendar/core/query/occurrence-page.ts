/**
 * Paging the occurrence feed with a cursor: occurrences are in one total order (start, then
 * documentId, then locale) and a page is the first `limit` of them after the cursor's position.
 * The cursor is that position, opaque to clients (base64url JSON), so pages stay right while
 * pieces are edited between requests: nothing is skipped or repeated the way offsets would.
 */
import { z } from 'zod';

export const MAX_PAGE_SIZE = 5000;
const MAX_CURSOR_LENGTH = 200;

/** An occurrence's place in the feed's order. */
export interface OccurrenceKey {
  start: number;
  documentId: string;
  locale: string;
}

export interface OccurrencePage {
  limit: number;
  /** Occurrences strictly after this one; null: from the first. */
  after: OccurrenceKey | null;
}

/** The feeds' one order on the parts of two keys (taken apart so a sort need not build key objects). */
export function compareOccurrenceParts(
  aStart: number,
  aDocument: string,
  aLocale: string,
  bStart: number,
  bDocument: string,
  bLocale: string
) {
  if (aStart !== bStart) return aStart - bStart;
  if (aDocument !== bDocument) return aDocument < bDocument ? -1 : 1;
  return aLocale < bLocale ? -1 : aLocale > bLocale ? 1 : 0;
}

export function compareOccurrenceKeys(a: OccurrenceKey, b: OccurrenceKey): number {
  return compareOccurrenceParts(a.start, a.documentId, a.locale, b.start, b.documentId, b.locale);
}

// Keys are ASCII (checked on the way in), so the browser's and Node's btoa/atob suffice.
const toBase64Url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/'));

export function encodeCursor(key: OccurrenceKey): string {
  return toBase64Url(JSON.stringify([key.start, key.documentId, key.locale]));
}

const keyText = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const cursorTuple = z.tuple([z.number().int().min(-8.64e15).max(8.64e15), keyText, keyText]);

/** The position a cursor names, or null when it is not one this feed gave out. */
export function decodeCursor(text: string): OccurrenceKey | null {
  if (text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(text));
  } catch {
    return null;
  }
  const parsed = cursorTuple.safeParse(value);
  return parsed.success ? { start: parsed.data[0], documentId: parsed.data[1], locale: parsed.data[2] } : null;
}

/** `limit` and `cursor` from a query: a page, null when neither is given, or what is wrong with each. */
export function parsePage(query: Record<string, unknown>): { page: OccurrencePage | null; errors: Array<[string, string]> } {
  const errors: Array<[string, string]> = [];
  const { limit: rawLimit, cursor: rawCursor } = query;
  if (rawLimit === undefined && rawCursor === undefined) return { page: null, errors };
  let limit = MAX_PAGE_SIZE;
  if (rawLimit !== undefined) {
    const n = typeof rawLimit === 'string' && /^\d{1,7}$/.test(rawLimit) ? Number(rawLimit) : NaN;
    if (!(n >= 1 && n <= MAX_PAGE_SIZE)) errors.push(['limit', `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}`]);
    else limit = n;
  }
  let after: OccurrenceKey | null = null;
  if (rawCursor !== undefined) {
    after = typeof rawCursor === 'string' ? decodeCursor(rawCursor) : null;
    if (!after) errors.push(['cursor', 'cursor must be a meta.nextCursor value this feed returned']);
  }
  return { page: errors.length ? null : { limit, after }, errors };
}

/**
 * The page of `sorted` (already in the feed's order) and the cursor of the page after it:
 * a binary search for the start, so the last page of a year costs no more than the first.
 */
export function pageOf<T>(sorted: readonly T[], keyOf: (item: T) => OccurrenceKey, page: OccurrencePage | null) {
  if (!page) return { items: sorted, nextCursor: null as string | null };
  let lo = 0;
  let hi = sorted.length;
  if (page.after) {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareOccurrenceKeys(keyOf(sorted[mid]), page.after) <= 0) lo = mid + 1;
      else hi = mid;
    }
  }
  const items = sorted.slice(lo, lo + page.limit);
  const more = lo + page.limit < sorted.length;
  return { items, nextCursor: more ? encodeCursor(keyOf(items[items.length - 1])) : null };
}
