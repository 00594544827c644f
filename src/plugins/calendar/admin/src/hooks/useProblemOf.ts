import { useCallback } from 'react';
import { useCalendarErrors } from '../api';
import type { Problem } from '../api/problem';

/** An RTK Query error as a Problem (status and the text Strapi's API error handler makes of it). */
export function useProblemOf() {
  const { format, status } = useCalendarErrors();
  return useCallback((error: unknown): Problem | undefined => (error ? { status: status(error), message: format(error) ?? '' } : undefined), [format, status]);
}
