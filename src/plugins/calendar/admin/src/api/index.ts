/**
 * The admin's one import for data: RTK Query hooks per route and the contracts' types and helpers.
 * The older hooks (useAdminGet, useWorkflow, useWorkLog, feedUrl, …) stay until no page uses them.
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

// The older data layer, kept for the pages that still use it.
export { useAdminGet } from './useAdminGet';
export { apiProblem, type Problem } from './problem';
export { feedUrl } from './occurrences';
export { pieceEditPath, useWorkflow } from './editorial';
export { agendaUrl, reportUrl, useWorkLog } from './community';
export type { CoverageData, KpiRow } from './plan';
export type { ChannelRef, FeedFilters, FeedToken as FeedTokenView } from './types';
