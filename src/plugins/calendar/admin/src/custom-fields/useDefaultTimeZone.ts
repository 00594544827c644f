import { useGetCalendarSettingsQuery } from '../api';

/** The installation's configured zone (CALENDAR_DEFAULT_TIME_ZONE), for a new piece or task. */
export const useDefaultTimeZone = (): string | undefined => useGetCalendarSettingsQuery().data?.defaultTimeZone;
