import { compareOccurrenceKeys, decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageOf, parsePage, type OccurrenceKey } from './occurrence-page';

const key = (start: number, documentId = 'doc', locale = 'fi'): OccurrenceKey => ({ start, documentId, locale });

describe('the occurrence cursor', () => {
  it('round-trips a position and is URL-safe', () => {
    const k = key(Date.UTC(2026, 2, 2, 7), 'w0az9bsd1kbhxzr4f703mt6l', 'pt-BR');
    const text = encodeCursor(k);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(k);
  });

  it.each([
    ['not base64', '!!!'],
    ['not JSON', 'bm90IGpzb24'],
    ['JSON of the wrong shape', encodeURIComponent(btoa('{"a":1}'))],
    ['a fractional start', btoa('[1.5,"doc","fi"]').replace(/=+$/, '')],
    ['a key with a quote', btoa('[1,"d\\"oc","fi"]').replace(/=+$/, '')],
    ['too long', 'A'.repeat(201)],
    ['empty', ''],
  ])('refuses %s', (_what, text) => {
    expect(decodeCursor(text)).toBeNull();
  });

  it('orders by start, then documentId, then locale', () => {
    const sorted = [key(2, 'b', 'sv'), key(1, 'z'), key(2, 'a'), key(2, 'b', 'fi')].sort(compareOccurrenceKeys);
    expect(sorted).toEqual([key(1, 'z'), key(2, 'a'), key(2, 'b', 'fi'), key(2, 'b', 'sv')]);
  });
});

describe('parsePage', () => {
  it('is no page when neither limit nor cursor is given', () => {
    expect(parsePage({ from: '2026-01-01' })).toEqual({ page: null, errors: [] });
  });

  it('takes a limit alone (from the first), and a cursor alone (the largest page)', () => {
    expect(parsePage({ limit: '100' }).page).toEqual({ limit: 100, after: null });
    const cursor = encodeCursor(key(5));
    expect(parsePage({ cursor }).page).toEqual({ limit: MAX_PAGE_SIZE, after: key(5) });
  });

  it.each([['0'], ['5001'], ['1.5'], ['-1'], ['ten'], [['1', '2']], ['99999999999']])('names limit for %p', (limit) => {
    expect(parsePage({ limit })).toEqual({ page: null, errors: [['limit', expect.stringMatching(/^limit must be/)]] });
  });

  it('names cursor for one it did not give out, and both when both are wrong', () => {
    expect(parsePage({ cursor: 'garbage' }).errors.map(([f]) => f)).toEqual(['cursor']);
    expect(parsePage({ cursor: ['a', 'b'], limit: 'x' }).errors.map(([f]) => f)).toEqual(['limit', 'cursor']);
  });
});

describe('pageOf', () => {
  const all = Array.from({ length: 10 }, (_, i) => key(Math.floor(i / 3), `d${i % 3}`));
  const walk = (limit: number) => {
    const seen: OccurrenceKey[] = [];
    let after: OccurrenceKey | null = null;
    for (let guard = 0; guard < 100; guard += 1) {
      const { items, nextCursor } = pageOf(all, (k) => k, { limit, after });
      seen.push(...items);
      if (!nextCursor) return seen;
      after = decodeCursor(nextCursor);
    }
    throw new Error('paging did not end');
  };

  it('is everything when not paged', () => {
    expect(pageOf(all, (k) => k, null)).toEqual({ items: all, nextCursor: null });
  });

  it.each([1, 3, 4, 10, 11])('walks every item exactly once in pages of %i', (limit) => {
    expect(walk(limit)).toEqual(all);
  });

  it('resumes after a position that is no longer in the list (the piece was edited away)', () => {
    const { items } = pageOf(all, (k) => k, { limit: 2, after: key(1, 'd0x') });
    expect(items).toEqual([key(1, 'd1'), key(1, 'd2')]);
  });
});
