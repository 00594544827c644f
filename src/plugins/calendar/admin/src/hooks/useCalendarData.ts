/**
 * What the calendar views read: the planner's time zone, the reference data (channels, personas,
 * themes), the filters kept in the URL, and the admin feed for the view's date range.
 */
import { useMemo } from 'react';
import type { OccurrenceFilters } from '../../../core/query/occurrence-params';
import { readFeed, useGetFeedTextQuery, useGetReferenceQuery, useGetCalendarSettingsQuery } from '../api';
import { assigneesOf, groupByDay } from '../utils/calendarMoves';
import { todayIn } from '../utils/period';
import { useUrlParams } from './useUrlParams';

/** `locale`: language versions to show; none = every language (the admin feed's own default). */
export const FILTER_KEYS = ['channel', 'persona', 'theme', 'stage', 'goal', 'format', 'locale', 'editorialStatus', 'assignee'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
const FALLBACK_ZONE = 'Europe/Helsinki';
const NO_DAYS: ReturnType<typeof groupByDay> = new Map();

/** `range` turns the URL (read with `get`) into the inclusive local dates the view shows. */
export type RangeOf = (get: (key: string) => string | null, zone: string) => { from: string; to: string };

/** `days: false`: the view does not lay occurrences out by day (the wheel), so they are not grouped. */
export function useCalendarData(range: RangeOf, { days = true }: { days?: boolean } = {}) {
  const { get, set } = useUrlParams();
  const settings = useGetCalendarSettingsQuery();
  const reference = useGetReferenceQuery();
  const zone = settings.data?.defaultTimeZone ?? FALLBACK_ZONE;
  const filters: OccurrenceFilters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, (get(key) ?? '').split(',').filter(Boolean)]).filter(([, v]) => v.length)
  );
  const bounds = settings.data ? range(get, zone) : null;
  // The feed waits for the planner's zone: the range is whole days there.
  const text = useGetFeedTextQuery({ from: bounds?.from ?? '', to: bounds?.to ?? '', tz: zone, filters }, { skip: !bounds });
  const parsed = useMemo(() => (text.data === undefined ? undefined : readFeed(text.data)), [text.data]);
  const feed = { ...text, data: parsed };
  const byDay = useMemo(() => (days ? groupByDay(feed.data?.data ?? [], zone) : NO_DAYS), [days, feed.data, zone]);
  const assignees = useMemo(() => assigneesOf([...(feed.data?.data ?? []), ...(feed.data?.backlog ?? [])]), [feed.data]);

  return {
    zone,
    today: todayIn(zone),
    get,
    set,
    filters,
    setFilter: (key: FilterKey, values: string[]) => set({ [key]: values.join(',') }),
    reference: reference.data,
    feed,
    /** First load (the page loader), and a failed load of any of the three. */
    loading: settings.isLoading || reference.isLoading || feed.isLoading,
    /**
     * First load of what the view's frame needs (zone, filters). Views that draw their frame
     * (navigation, filters, empty grid or dial) while the feed is on its way use this instead.
     */
    frameLoading: settings.isLoading || reference.isLoading,
    /** The feed's first load, for an in-place loader. */
    feedLoading: feed.isLoading,
    error: settings.error ?? reference.error ?? feed.error,
    byDay,
    assignees,
  };
}

export type CalendarData = ReturnType<typeof useCalendarData>;
