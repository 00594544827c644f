/**
 * Whether a read's `filters` or `sort` reach into `localizations`. Strapi joins every row of the
 * document there, drafts included, so a filter on `localizations.title` would tell an anonymous
 * caller what an unpublished version says, one guess at a time. Published-only readers may not.
 */
const KEY = 'localizations';
const MAX_WALK = 10_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A filter object (REST or GraphQL) naming `localizations` at any depth; over budget counts as yes. */
export function filtersReachLocalizations(filters: unknown): boolean {
  // Iterative: a hostile filter may be nested deeper than the call stack.
  const pending: unknown[] = [filters];
  for (let seen = 0; pending.length; seen += 1) {
    if (seen >= MAX_WALK) return true;
    const value = pending.pop();
    if (!isObject(value)) continue;
    for (const [key, child] of Object.entries(value)) {
      if (key === KEY) return true;
      pending.push(child);
    }
  }
  return false;
}

/** A sort (`"localizations.title:asc"`, a list, or `{ localizations: { title: 'asc' } }`) naming it. */
export function sortReachesLocalizations(sort: unknown): boolean {
  if (typeof sort === 'string') return sort.split(/[,.:]/).some((part) => part.trim() === KEY);
  if (Array.isArray(sort)) return sort.length > 1000 || sort.some(sortReachesLocalizations);
  return filtersReachLocalizations(sort);
}

/** The 400 for a published-only read whose `filters` or `sort` reach into `localizations`, if any. */
export function localizationsRefusal(args: { filters?: unknown; sort?: unknown }) {
  const field = filtersReachLocalizations(args.filters) ? 'filters' : sortReachesLocalizations(args.sort) ? 'sort' : null;
  if (!field) return null;
  return {
    path: [field],
    message: `${field}: localizations cannot be filtered or sorted on; read each language version with locale`,
    name: 'ValidationError',
  };
}
