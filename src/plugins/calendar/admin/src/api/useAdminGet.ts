import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';
import { apiProblem } from './problem';

/** GET an admin route: `{ data, error, loading, reload }`; reloads when the URL changes. */
export function useAdminGet<T>(url: string | null) {
  const { get } = useFetchClient();
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: Boolean(url) });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (!url) return;
    let alive = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    get(url)
      .then((res: any) => alive && setState({ data: res.data as T, loading: false }))
      .catch((err: any) => alive && setState({ error: apiProblem(err).message, loading: false }));
    return () => {
      alive = false;
    };
  }, [url, tick, get]);

  return { ...state, reload };
}
