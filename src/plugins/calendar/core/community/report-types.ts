/** The community report's input and output shapes (the computation is in report.ts). */
export interface ReportTask {
  id: number;
  title: string;
  channel: { slug: string; name: string } | null;
  assignee: { id: number; name: string } | null;
  estimateMinutes: number | null;
}

/** An expanded occurrence already due in the period. */
export interface DueOccurrence {
  taskId: number;
  start: Date;
}

export interface ReportLog {
  taskId: number;
  occurrence: Date;
  status: 'done' | 'skipped';
  minutesSpent: number | null;
  interactionsHandled: number | null;
  firstResponseMinutes: number | null;
  loggedBy: { id: number; name: string } | null;
}

export type ReportGroupBy = 'channel' | 'person';

export interface CommunityReportInput {
  tasks: ReportTask[];
  due: DueOccurrence[];
  logs: ReportLog[];
  groupBy: ReportGroupBy;
  zone: string;
  from: string; // YYYY-MM-DD, inclusive, in zone
  to: string; // YYYY-MM-DD, inclusive, in zone
}

export interface FirstResponseStats {
  samples: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface ReportWeek {
  week: string; // Monday, YYYY-MM-DD
  due: number;
  done: number;
  skipped: number;
  minutesSpent: number;
  estimatedMinutes: number;
  completionRate: number | null;
}

export interface ReportTotals {
  due: number;
  done: number;
  skipped: number;
  missed: number;
  completionRate: number | null;
  estimatedMinutes: number;
  minutesSpent: number;
  interactionsHandled: number;
  firstResponse: FirstResponseStats;
}

export interface ReportRow extends ReportTotals {
  key: string;
  label: string;
  weeks: ReportWeek[];
}

export interface CommunityReport {
  groupBy: ReportGroupBy;
  from: string;
  to: string;
  zone: string;
  rows: ReportRow[];
  total: ReportTotals;
  weeks: ReportWeek[];
}
