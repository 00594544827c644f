import { filtersReachLocalizations, sortReachesLocalizations } from './draft-reach';

describe('filtersReachLocalizations', () => {
  it.each([
    [{ localizations: { title: { $contains: 'x' } } }, true],
    [{ $or: [{ title: 'a' }, { localizations: { publishedAt: { $null: true } } }] }, true],
    [{ or: [{ not: { localizations: { title: { contains: 'x' } } } }] }, true],
    [{ channels: { slug: { $eq: 'blogi' } } }, false],
    [{ title: { $eq: 'localizations' } }, false],
    [undefined, false],
    ['localizations', false],
  ])('%j → %s', (filters, expected) => expect(filtersReachLocalizations(filters)).toBe(expected));

  it('counts a filter too large to walk as reaching', () => {
    let deep: Record<string, unknown> = { title: 'x' };
    for (let i = 0; i < 20_000; i += 1) deep = { $not: deep };
    expect(filtersReachLocalizations(deep)).toBe(true);
  });
});

describe('sortReachesLocalizations', () => {
  it.each([
    ['localizations.title:asc', true],
    ['title:asc,localizations.slug', true],
    [['publishAt:desc', 'localizations.title'], true],
    [{ localizations: { title: 'asc' } }, true],
    ['publishAt:desc', false],
    [['title', 'slug:asc'], false],
    [undefined, false],
  ])('%j → %s', (sort, expected) => expect(sortReachesLocalizations(sort)).toBe(expected));
});
