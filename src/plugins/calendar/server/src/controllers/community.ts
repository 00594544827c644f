import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { toCsv } from '../../../core/csv';
import { parsePeriodQuery } from '../../../core/query/occurrence-params';
import { getConfig, getService, invalid } from '../utils';
import { dbId, isDbIdText, isoDateTime, noQuery, orBadRequest, parse } from './validation';

/** A community agenda is a working view (days, weeks); the report may cover a year. */
const MAX_AGENDA_DAYS = 62;
const MAX_REPORT_DAYS = 400;

const minutes = (field: string, max: number) =>
  z.number({ message: `${field} must be a whole number` }).int(`${field} must be a whole number`).min(0, `${field} must be 0 or more`).max(max, `${field} must be at most ${max}`).nullable().optional();

const logBody = z
  .object({
    task: z.string({ message: 'task must be the documentId of a community task' }).regex(/^[a-z0-9]{10,64}$/, 'task must be the documentId of a community task'),
    occurrence: isoDateTime('occurrence'),
    status: z.enum(['done', 'skipped'], { message: 'status must be done or skipped' }),
    minutesSpent: minutes('minutesSpent', 1440),
    interactionsHandled: minutes('interactionsHandled', 100_000),
    firstResponseMinutes: minutes('firstResponseMinutes', 100_000),
    note: z.string().max(2000, 'note must be at most 2,000 characters').nullable().optional(),
  })
  .strict();

const period = (strapi: Core.Strapi, query: Record<string, unknown>, maxDays: number, extraParams: string[]) =>
  orBadRequest(parsePeriodQuery(query, { defaultTimeZone: getConfig(strapi, 'defaultTimeZone'), maxDays, extraParams }));


export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /calendar/community/tasks */
  async tasks(ctx: any) {
    noQuery(ctx);
    ctx.body = { data: await getService(strapi, 'community').tasks() };
  },

  /** GET /calendar/community/agenda?from&to[&tz][&assignee=me|id][&channel=slug] */
  async agenda(ctx: any) {
    const q = period(strapi, ctx.query, MAX_AGENDA_DAYS, ['assignee', 'channel']);
    const assigneeParam = ctx.query.assignee;
    if (assigneeParam !== undefined && assigneeParam !== 'me' && !(typeof assigneeParam === 'string' && isDbIdText(assigneeParam))) {
      throw invalid('assignee', 'assignee must be an admin user id or "me"');
    }
    if (ctx.query.channel !== undefined && !(typeof ctx.query.channel === 'string' && /^[A-Za-z0-9][A-Za-z0-9\-_.~]{0,199}$/.test(ctx.query.channel))) throw invalid('channel', 'channel must be a channel slug');
    const assignee = assigneeParam === undefined ? undefined : assigneeParam === 'me' ? ctx.state.user.id : Number(assigneeParam);
    const now = new Date();
    const occurrences = await getService(strapi, 'community').agenda({ from: q.from, to: q.to }, now, { assignee, channel: ctx.query.channel });
    ctx.body = { data: occurrences, meta: { from: q.from.toISOString(), to: q.to.toISOString(), timeZone: q.timeZone, now: now.toISOString() } };
  },

  /** POST /calendar/community/logs — 201 for a new entry, 200 when the occurrence was logged before. */
  async log(ctx: any) {
    const body = parse(logBody, ctx.request.body);
    const result = await getService(strapi, 'community').log(body, ctx.state.user.id, new Date());
    ctx.status = result.created ? 201 : 200;
    ctx.body = { data: result.entry };
  },

  /** DELETE /calendar/community/logs/:id — undo a tick. */
  async unlog(ctx: any) {
    ctx.body = { data: await getService(strapi, 'community').unlog(dbId('id', ctx.params.id)) };
  },

  /** GET /calendar/community/report?from&to&groupBy=channel|person[&format=csv] */
  async report(ctx: any) {
    const q = period(strapi, ctx.query, MAX_REPORT_DAYS, ['groupBy', 'format']);
    const groupBy = ctx.query.groupBy ?? 'channel';
    if (groupBy !== 'channel' && groupBy !== 'person') throw invalid('groupBy', 'groupBy must be channel or person');
    const format = ctx.query.format ?? 'json';
    if (format !== 'json' && format !== 'csv') throw invalid('format', 'format must be json or csv');
    const report = await getService(strapi, 'community').report(
      { from: q.from, to: q.to },
      { from: q.fromDate, to: q.toDate, zone: q.timeZone },
      groupBy,
      new Date()
    );
    if (format === 'json') {
      ctx.body = { data: report };
      return;
    }
    const row = (label: string, r: (typeof report)['total']) => [
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
    const csv = toCsv(
      [groupBy, 'due', 'done', 'skipped', 'missed', 'completion %', 'estimated minutes', 'minutes spent', 'interactions', 'first response median min', 'first response p90 min'],
      [...report.rows.map((r) => row(r.label, r)), row('Total', report.total)]
    );
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="community-report-${groupBy}-${q.fromDate}-${q.toDate}.csv"`);
    ctx.body = csv;
  },
});
