import { isLocaleCode, missingLocales, resolveLocales } from './locales';

describe('locale codes', () => {
  it('accepts the codes Strapi i18n stores and nothing else', () => {
    expect(['fi', 'sv', 'en', 'en-GB', 'zh-Hant-TW', 'fil'].every(isLocaleCode)).toBe(true);
    expect(['', 'FI', 'f', 'fi_FI', 'fi-', '../fi', 'fi sv', 42, null].some(isLocaleCode)).toBe(false);
  });
});

describe('resolveLocales', () => {
  const enabled = ['en', 'fi', 'sv'];
  it('reads no locale as the default one, as Strapi REST does', () => {
    expect(resolveLocales(undefined, enabled, 'fi')).toEqual({ locales: ['fi'], unknown: [] });
    expect(resolveLocales([], enabled, 'fi')).toEqual({ locales: ['fi'], unknown: [] });
  });
  it('reads "all" and "*" as every locale', () => {
    expect(resolveLocales(['all'], enabled, 'fi')).toEqual({ locales: null, unknown: [] });
    expect(resolveLocales(['sv', '*'], enabled, 'fi')).toEqual({ locales: null, unknown: [] });
  });
  it('keeps known codes and reports unknown ones', () => {
    expect(resolveLocales(['sv', 'en'], enabled, 'fi')).toEqual({ locales: ['sv', 'en'], unknown: [] });
    expect(resolveLocales(['sv', 'de', 'nb'], enabled, 'fi')).toEqual({ locales: ['sv', 'de', 'nb'], unknown: ['de', 'nb'] });
  });
});

describe('missingLocales', () => {
  it('lists the required locales a document lacks, in the required order', () => {
    expect(missingLocales(['fi'], ['fi', 'sv'])).toEqual(['sv']);
    expect(missingLocales(['sv', 'en'], ['fi', 'sv'])).toEqual(['fi']);
    expect(missingLocales(['fi', 'sv'], ['fi', 'sv'])).toEqual([]);
    expect(missingLocales([], [])).toEqual([]);
  });
});
