/**
 * "a, b and c" in a language, from Intl.ListFormat. Node 20 and every supported browser have it;
 * the TypeScript lib the Strapi tsconfigs use predates it, hence the one typed accessor here.
 */
type ListFormatConstructor = new (locale: string, options: { type: 'conjunction' | 'disjunction' }) => { format(items: string[]): string };

const ListFormat = (Intl as unknown as { ListFormat: ListFormatConstructor }).ListFormat;

export const joinList = (locale: string, items: string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
  new ListFormat(locale, { type }).format(items);
