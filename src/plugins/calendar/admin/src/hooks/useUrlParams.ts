/**
 * A view's state kept in the URL (so a view can be shared as a link), on Strapi's useQueryParams.
 * Values are single strings; an empty value removes the key.
 */
import { useQueryParams } from '@strapi/strapi/admin';
import { useCallback } from 'react';

export type ParamChanges = Record<string, string | null | undefined>;

export function useUrlParams() {
  const [{ query }, setQuery] = useQueryParams<Record<string, unknown>>();
  const get = useCallback((key: string): string | null => (typeof query[key] === 'string' ? (query[key] as string) : null), [query]);
  /**
   * Changes some keys, keeps the others. useQueryParams writes values unencoded (and qs omits
   * undefined ones), so values are encoded here and a cleared key is passed as undefined.
   * `replace` by default: moving through months should not fill the browser history.
   */
  const set = useCallback(
    (changes: ParamChanges, { replace = true }: { replace?: boolean } = {}) =>
      setQuery(
        Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, value ? encodeURIComponent(value) : undefined])),
        'push',
        replace
      ),
    [setQuery]
  );
  return { get, set };
}
