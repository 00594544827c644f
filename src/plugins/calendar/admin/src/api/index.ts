/**
 * The admin's one import for data: RTK Query hooks per route and the contracts' types and helpers.
 */
export * from '../../../core/contracts';
export { calendarApi, CALENDAR_TAGS, isConflict, type CalendarError, type CalendarTag } from './calendarApi';
export { errorMessage, errorStatus, useCalendarErrors } from './errors';
export * from './endpoints/calendar';
export * from './endpoints/community';
export * from './endpoints/editorial';
export * from './endpoints/feed-tokens';
export * from './endpoints/pieces';
export * from './endpoints/planning';

export { pieceEditPath } from './editorial';
export type { CoverageData, KpiRow } from './plan';
export type { ChannelRef, FeedFilters, FeedToken as FeedTokenView } from './types';
