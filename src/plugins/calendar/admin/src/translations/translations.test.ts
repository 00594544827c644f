import en from './en.json';
import fi from './fi.json';

describe('admin translations', () => {
  it('has every English key in Finnish, and no Finnish key without an English one', () => {
    expect(Object.keys(fi).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty or untranslated Finnish strings (except proper names)', () => {
    const sameInBoth = new Set(['editorial.idea', 'format.video', 'format.podcast']);
    for (const [key, value] of Object.entries(fi)) {
      expect(value.trim()).not.toBe('');
      if (!sameInBoth.has(key) && !/^\{|^Vuosikello$/.test(value))
        expect({ key, value }).not.toEqual({ key, value: (en as Record<string, string>)[key] });
    }
  });
});
