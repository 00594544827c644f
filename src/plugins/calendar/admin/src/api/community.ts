/** Community management's types for the admin. Data: ./endpoints/community. */

export { canLogYet, TASK_KINDS } from '../../../core/contracts/community';
export type {
  AgendaOccurrence,
  CommunityAgenda,
  CommunityReport,
  CommunityTask,
  LogInput,
  ReportGroupBy,
  ReportRow,
  ReportTotals,
  ReportWeek,
  TaskKind,
  WorkLog,
} from '../../../core/contracts/community';
