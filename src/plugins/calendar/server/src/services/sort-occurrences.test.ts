import { compareDated, type Dated, type Keyed } from './public-feed-json';
import { sortOccurrences } from './sort-occurrences';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function versions(count: number, from: number, span: number, seed: number) {
  const next = random(seed);
  const out: Array<{ item: Keyed; starts: number[] }> = [];
  for (let i = 0; i < count; i += 1) {
    // Few documents and shared starts, so ties on start and on documentId are common.
    const item = { documentId: `doc${Math.floor(next() * count * 0.4)}`, locale: ['fi', 'sv', 'en', 'pt-BR'][i % 4] };
    const starts = Array.from({ length: Math.floor(next() * 6) }, () => from + Math.floor(next() * 50) * Math.floor(span / 50));
    out.push({ item, starts });
  }
  return out;
}

const reference = (list: Array<{ item: Keyed; starts: number[] }>) =>
  list.flatMap(({ item, starts }) => starts.map((start): Dated<Keyed> => ({ item, start }))).sort(compareDated);

const keys = (list: Dated<Keyed>[]) => list.map((o) => `${o.start}|${o.item.documentId}|${o.item.locale}`);

describe('sortOccurrences', () => {
  const from = Date.UTC(2025, 11, 31, 22);
  const year = 365 * 86_400_000;

  it.each([1, 2, 3])('gives the order a comparison sort gives, ties included (seed %i)', (seed) => {
    const list = versions(2_000, from, year, seed);
    const sorted = sortOccurrences(list, from, from + year);
    expect(keys(sorted)).toEqual(keys(reference(list)));
    // The items are the versions' own (a feed entry is shared by its occurrences).
    expect(sorted.every((o) => list.some((v) => v.item === o.item))).toBe(true);
  });

  it('keeps the exact start of every occurrence, to the millisecond, at the end of a long range', () => {
    const span = 2 ** 36 - 1;
    const list = [{ item: { documentId: 'a', locale: 'fi' }, starts: [from + span - 1, from, from + 1] }];
    expect(sortOccurrences(list, from, from + span).map((o) => o.start)).toEqual([from, from + 1, from + span - 1]);
  });

  it('compares the objects beyond what one number holds exactly (a range over 795 days)', () => {
    const span = 2 ** 36 + 1000;
    const list = versions(300, from, span, 7);
    expect(keys(sortOccurrences(list, from, from + span))).toEqual(keys(reference(list)));
  });

  it('is empty for versions without occurrences', () => {
    expect(sortOccurrences([{ item: { documentId: 'a', locale: 'fi' }, starts: [] }], from, from + year)).toEqual([]);
  });
});
