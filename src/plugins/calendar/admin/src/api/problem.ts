/** What went wrong with an admin request, in the words the server used. */
export interface Problem {
  status: number | undefined;
  message: string;
}

/**
 * useFetchClient throws a FetchError carrying the HTTP `status` and the server's body in
 * `response.data`; the server's message names the field (e.g. "publishAt is required…"), so it
 * is shown as is rather than replaced by a generic text.
 */
export function apiProblem(err: any): Problem {
  return {
    status: err?.status ?? err?.response?.status,
    message: err?.response?.data?.error?.message ?? err?.message ?? 'Error',
  };
}
