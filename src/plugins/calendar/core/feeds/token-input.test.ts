import { readSavedFilters, readTokenName } from './token-input';

describe('readTokenName', () => {
  it('trims the name and refuses an empty, non-text or too long one', () => {
    expect(readTokenName('  Hallitus  ')).toEqual({ name: 'Hallitus' });
    for (const bad of ['', '   ', 12, null, 'x'.repeat(101)]) {
      expect(readTokenName(bad).problem).toMatchObject({ path: ['name'], message: 'name is required (1–100 characters)' });
    }
    expect(readTokenName('x'.repeat(100)).problem).toBeUndefined();
  });
});

describe('readSavedFilters', () => {
  it('reads the public filters, locale included, and leaves none as {}', () => {
    expect(readSavedFilters({ channel: ['linkedin'], locale: ['sv'] })).toEqual({
      filters: { channel: ['linkedin'], locale: ['sv'] },
      problems: [],
    });
    expect(readSavedFilters(undefined)).toEqual({ filters: {}, problems: [] });
    expect(readSavedFilters(null)).toEqual({ filters: {}, problems: [] });
  });

  it('names the filters field, and the key under it, for what it refuses', () => {
    expect(readSavedFilters('x').problems.map((p) => p.path)).toEqual([['filters']]);
    expect(readSavedFilters([{ a: 1 }]).problems.map((p) => p.path)).toEqual([['filters']]);
    const unknown = readSavedFilters({ editorialStatus: ['idea'] }).problems;
    expect(unknown.map((p) => p.path)).toEqual([['filters', 'editorialStatus']]);
    expect(unknown[0].message).toMatch(/^filters\.unknown filter "editorialStatus"/);
    expect(readSavedFilters({ stage: ['nope'] }).problems[0].path).toEqual(['filters', 'stage']);
  });
});
