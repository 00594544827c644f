import { useCallback } from 'react';
import { useCalendarErrors } from '../api';

/** What went wrong with an admin request, in the words the server used, and its HTTP status. */
export interface Problem {
  status: number | undefined;
  message: string;
}

/** An RTK Query error as a Problem (status and the text Strapi's API error handler makes of it). */
export function useProblemOf() {
  const { format, status } = useCalendarErrors();
  return useCallback(
    (error: unknown): Problem | undefined => (error ? { status: status(error), message: format(error) ?? '' } : undefined),
    [format, status]
  );
}
