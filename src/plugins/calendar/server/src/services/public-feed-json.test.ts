import { decodeCursor } from '../../../core/query/occurrence-page';
import { instantToIsoWithOffset } from '../../../core/time';
import { base } from './occurrence-fields';
import type { PieceRow } from './piece-repository';
import { entryOf, writePublicFeed, type Dated } from './public-feed-json';

const row = (over: Partial<PieceRow>): PieceRow => ({
  id: 1,
  documentId: 'doc1',
  locale: 'fi',
  locales: ['fi', 'sv'],
  title: 'Kevään "iso" juttu – 🎉',
  slug: 'kevaan-iso-juttu',
  summary: 'Rivi\ntoinen \\ rivi',
  format: 'article',
  funnelStage: 'reach',
  contentGoal: 'sell',
  publishAt: new Date('2026-03-02T07:00:00Z'),
  timeZone: 'Europe/Helsinki',
  recurrence: 'FREQ=WEEKLY',
  recurrenceExceptions: null,
  updatedAt: new Date('2026-01-01T00:00:00Z'),
  channels: [{ slug: 'blogi' }, { slug: 'uutiskirje' }],
  personas: [{ slug: 'paattaja' }],
  theme: { slug: 'kevat' },
  ...over,
});

const meta = { from: '2026-03-01T00:00:00+02:00', to: '2026-04-01T00:00:00+03:00', timeZone: 'Europe/Helsinki' };
const zoneOf = (r: PieceRow) => r.timeZone || 'Europe/Helsinki';

/** What the feed was before it was written in fragments: an object per occurrence, stringified. */
function reference(sorted: Dated<PieceRow>[]) {
  const data = sorted.map(({ item: r, start }) => {
    const { documentId, locale, locales, title, slug, summary, ...rest } = base(r, zoneOf(r));
    return { documentId, locale, locales, title, slug, summary, start: instantToIsoWithOffset(new Date(start), zoneOf(r)), ...rest };
  });
  return JSON.stringify({ data, meta: { ...meta, count: data.length, nextCursor: null } });
}

const text = (body: { chunks: Buffer[]; length: number }) => {
  const joined = Buffer.concat(body.chunks);
  expect(joined.length).toBe(body.length);
  return joined.toString('utf8');
};

describe('writePublicFeed', () => {
  const a = row({});
  const b = row({
    id: 2,
    documentId: 'doc2',
    locale: 'sv',
    summary: null,
    format: null,
    theme: null,
    recurrence: null,
    timeZone: 'America/New_York',
  });
  const sorted: Dated<PieceRow>[] = [];
  for (let week = 0; week < 400; week += 1) {
    sorted.push({ item: a, start: Date.UTC(2026, 2, 2, 7) + week * 7 * 86_400_000 });
    if (week % 7 === 0) sorted.push({ item: b, start: Date.UTC(2026, 2, 3, 14) + week * 7 * 86_400_000 });
  }
  sorted.sort((x, y) => x.start - y.start);
  // As the feed writes them: each version's entry, made once.
  const [entryA, entryB] = [entryOf(a, zoneOf(a)), entryOf(b, zoneOf(b))];
  const entries: Dated[] = sorted.map(({ item, start }) => ({ item: item === a ? entryA : entryB, start }));

  it('is byte for byte the JSON of the documented shape, across chunks', () => {
    const body = writePublicFeed(entries, null, meta);
    expect(body.chunks.length).toBeGreaterThan(1);
    expect(text(body)).toBe(reference(sorted));
    expect(JSON.parse(text(body)).data[0].locales).toEqual(['sv']);
  });

  it('is an empty list with a count of 0 when nothing occurs', () => {
    expect(JSON.parse(text(writePublicFeed([], null, meta)))).toEqual({ data: [], meta: { ...meta, count: 0, nextCursor: null } });
  });

  it('pages with a cursor through every occurrence once', () => {
    const seen: string[] = [];
    let after = null;
    for (let guard = 0; guard < 100; guard += 1) {
      const page = JSON.parse(text(writePublicFeed(entries, { limit: 150, after }, meta)));
      expect(page.meta.count).toBe(page.data.length);
      seen.push(...page.data.map((o: any) => `${o.documentId}@${o.start}`));
      if (!page.meta.nextCursor) break;
      after = decodeCursor(page.meta.nextCursor);
    }
    expect(seen).toEqual(JSON.parse(reference(sorted)).data.map((o: any) => `${o.documentId}@${o.start}`));
  });
});
