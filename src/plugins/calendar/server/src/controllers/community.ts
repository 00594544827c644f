import type { Core } from '@strapi/strapi';
import { toCsv } from '../../../core/csv';
import {
  AGENDA_PARAMS,
  agendaFilterQuery,
  MAX_AGENDA_DAYS,
  MAX_REPORT_DAYS,
  REPORT_PARAMS,
  reportOptionsQuery,
  workLogBody,
  type AgendaOccurrence,
  type CommunityAgenda,
  type CommunityTask,
  type LoggedWork,
  type ReportTotals,
} from '../../../core/contracts/community';
import { parsePeriodQuery } from '../../../core/query/occurrence-params';
import { getConfig, getService } from '../utils';
import type { AdminContext } from './context';
import { envelope } from './envelope';
import { dbId, noQuery, orBadRequest, parse } from './validation';

const period = (strapi: Core.Strapi, query: Record<string, unknown>, maxDays: number, extraParams: readonly string[]) =>
  orBadRequest(parsePeriodQuery(query, { defaultTimeZone: getConfig(strapi, 'defaultTimeZone'), maxDays, extraParams: [...extraParams] }));

const REPORT_HEADER = [
  'due',
  'done',
  'skipped',
  'missed',
  'completion %',
  'estimated minutes',
  'minutes spent',
  'interactions',
  'first response median min',
  'first response p90 min',
];
const reportLine = (label: string, r: ReportTotals) => [
  label,
  r.due,
  r.done,
  r.skipped,
  r.missed,
  r.completionRate === null ? null : Math.round(r.completionRate * 1000) / 10,
  r.estimatedMinutes,
  r.minutesSpent,
  r.interactionsHandled,
  r.firstResponse.medianMinutes,
  r.firstResponse.p90Minutes,
];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /calendar/community/tasks */
  async tasks(ctx: AdminContext) {
    noQuery(ctx);
    ctx.body = envelope<CommunityTask[]>(await getService(strapi, 'community').tasks());
  },

  /** GET /calendar/community/agenda?from&to[&tz][&assignee=me|id][&channel=slug] */
  async agenda(ctx: AdminContext) {
    const q = period(strapi, ctx.query, MAX_AGENDA_DAYS, AGENDA_PARAMS);
    const filter = parse(agendaFilterQuery, ctx.query);
    const assignee = filter.assignee === undefined ? undefined : filter.assignee === 'me' ? ctx.state.user.id : Number(filter.assignee);
    const now = new Date();
    const data: AgendaOccurrence[] = await getService(strapi, 'community').agenda({ from: q.from, to: q.to }, now, {
      assignee,
      channel: filter.channel,
    });
    const body: CommunityAgenda = {
      data,
      meta: { from: q.from.toISOString(), to: q.to.toISOString(), timeZone: q.timeZone, now: now.toISOString() },
    };
    ctx.body = body;
  },

  /** POST /calendar/community/logs — 201 for a new entry, 200 when the occurrence was logged before. */
  async log(ctx: AdminContext) {
    const body = parse(workLogBody, ctx.request.body);
    const result = await getService(strapi, 'community').log(body, ctx.state.user.id, new Date());
    ctx.status = result.created ? 201 : 200;
    ctx.body = envelope<LoggedWork>(result.entry);
  },

  /** DELETE /calendar/community/logs/:id — undo a tick. */
  async unlog(ctx: AdminContext) {
    ctx.body = envelope<{ id: number }>(await getService(strapi, 'community').unlog(dbId('id', ctx.params.id)));
  },

  /** GET /calendar/community/report?from&to&groupBy=channel|person[&format=csv] */
  async report(ctx: AdminContext) {
    const q = period(strapi, ctx.query, MAX_REPORT_DAYS, REPORT_PARAMS);
    const { groupBy, format } = parse(reportOptionsQuery, ctx.query);
    const report = await getService(strapi, 'community').report(
      { from: q.from, to: q.to },
      { from: q.fromDate, to: q.toDate, zone: q.timeZone },
      groupBy,
      new Date()
    );
    if (format === 'json') {
      ctx.body = envelope(report);
      return;
    }
    const csv = toCsv([groupBy, ...REPORT_HEADER], [...report.rows.map((r) => reportLine(r.label, r)), reportLine('Total', report.total)]);
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="community-report-${groupBy}-${q.fromDate}-${q.toDate}.csv"`);
    ctx.body = csv;
  },
});
