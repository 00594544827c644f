import { nextFreeSlug, toSlug } from './slug';

describe('toSlug', () => {
  it.each([
    ['Äitienpäivän kampanja', 'aitienpaivan-kampanja'],
    ['Åland ja Öljy', 'aland-ja-oljy'],
    ['  Black Friday 2026!  ', 'black-friday-2026'],
    ['Talvi-ale: −50 %', 'talvi-ale-50-percent'],
    ['B2B / LinkedIn', 'b2b-linkedin'],
  ])('turns %p into %p', (input, expected) => {
    expect(toSlug(input)).toBe(expected);
  });

  it('gives an empty slug for text with no letters or digits', () => {
    expect(toSlug('!!!')).toBe('');
  });
});

describe('nextFreeSlug', () => {
  it('keeps the base when it is free', () => {
    expect(nextFreeSlug('joulu', ['joulukuu'])).toBe('joulu');
  });

  it('adds -2, -3... to a taken base, skipping suffixes in use', () => {
    expect(nextFreeSlug('joulu', ['joulu'])).toBe('joulu-2');
    expect(nextFreeSlug('joulu', ['joulu', 'joulu-2', 'joulu-4'])).toBe('joulu-3');
  });

  it('falls back when the base is empty', () => {
    expect(nextFreeSlug('', [])).toBe('item');
    expect(nextFreeSlug('', ['item'], 'item')).toBe('item-2');
  });
});
