/**
 * Showing a refused request: Strapi's own formatter (useAPIErrorHandler) for the message, and the
 * status for the views that react to one (409: the cache already refetched the current state).
 */
import { useAPIErrorHandler } from '@strapi/strapi/admin';
import { useCallback } from 'react';
import type { CalendarError } from './calendarApi';
import { getTranslation } from '../utils/getTranslation';

/** The HTTP status of an RTK Query error from Strapi's base query, if it has one. */
export const errorStatus = (error: unknown): number | undefined => (error as CalendarError | undefined)?.status;

/** The server's own top-level message (it names the field), as the old hooks showed it. */
export const errorMessage = (error: unknown): string | undefined => (error ? ((error as CalendarError).message ?? 'Error') : undefined);

/** `format(error)`: the text to show for an RTK Query error, through Strapi's API error handler. */
export function useCalendarErrors() {
  const { _unstableFormatAPIError } = useAPIErrorHandler(getTranslation);
  const format = useCallback(
    (error: unknown) => (error ? _unstableFormatAPIError(error as Parameters<typeof _unstableFormatAPIError>[0]) : undefined),
    [_unstableFormatAPIError]
  );
  return { format, status: errorStatus };
}
