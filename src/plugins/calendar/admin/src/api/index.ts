/**
 * The admin's one import for data: RTK Query hooks per route and the contracts' types and helpers.
 * Moves and ticks with their busy/problem state for a view: hooks/useWorkflowMoves, hooks/useWorkLogging.
 *
 * What a write refetches (tags): a workflow move → My work, the team board, the piece's activity,
 * occurrences, the publish log; schedule / detach / quick create → occurrences, pieces, the grid,
 * coverage, KPIs; publish now / unschedule → occurrences, pieces, the publish log; a work log →
 * the agenda, the report, My work; a plan cell → that year's grid; KPI results → the KPI report;
 * feed tokens → their list; share links → theirs; chat hooks → their list and the deliveries; competitors and observations → the competitor list, the observation log and the wheel's competitor ring; a new translation → what a schedule change refetches. Translations
 * missing refetches after workflow moves, schedule changes, publishing and new translations. A
 * 409 refetches too (the view shows what someone else saved). Moves and publishing name the
 * language version (`locale`); tags are per document, so they cover every version.
 * Errors: `useCalendarErrors().format(error)` (Strapi's formatter), `errorStatus(error)`.
 */
export * from '../../../core/contracts';
export { calendarApi, CALENDAR_TAGS, isConflict, type CalendarError, type CalendarTag } from './calendarApi';
export { errorMessage, errorStatus, useCalendarErrors } from './errors';
export * from './endpoints/budget';
export * from './endpoints/calendar';
export * from './endpoints/capacity';
export * from './endpoints/chat-hooks';
export * from './endpoints/community';
export * from './endpoints/competitors';
export * from './endpoints/editorial';
export * from './endpoints/feed-tokens';
export * from './endpoints/pieces';
export * from './endpoints/piece-page';
export * from './endpoints/planning';
export * from './endpoints/plan-copy';
export * from './endpoints/share-links';
export * from './endpoints/translations';

export { pieceEditPath } from './editorial';
export type { CoverageData, KpiRow } from './plan';
export type { ChannelRef, FeedFilters, FeedToken as FeedTokenView } from './types';
