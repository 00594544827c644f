/**
 * The routes the fuzz suite attacks, each with the kind of every input it takes and a valid
 * base request, so that each malformed case changes exactly one thing. Lists the plugin's admin
 * routes (routes/admin/*.ts), its content-API routes and the core REST routes of src/api/*.
 */

export type Who = 'admin' | 'token' | 'public';
export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a query parameter or body field holds; decides which malformed values it gets. */
export type Kind =
  | 'int' // a bounded whole number (page, month, minutes)
  | 'year'
  | 'id' // a database id (admin user, row)
  | 'date' // YYYY-MM-DD or a date-time
  | 'datetime' // ISO 8601 with offset
  | 'localDateTime' // YYYY-MM-DDTHH:mm
  | 'enum'
  | 'enumList' // repeated or comma-separated enum values
  | 'slug'
  | 'slugList'
  | 'slugArray' // a JSON array of slugs
  | 'documentId'
  | 'tz'
  | 'bool'
  | 'string' // free text with a length limit
  | 'number' // any finite number within bounds
  | 'rrule'
  | 'json' // a structured JSON field (exceptions, targets, filters)
  | 'relation' // a REST relation: ids, documentIds, connect/set
  | 'assigneeFilter'; // admin user ids, "me", "none"

export interface Fixtures {
  pieceId: string;
  channelId: string;
  personaId: string;
  themeId: string;
  taskId: string;
  feedToken: string;
  shareToken: string;
}

export interface RouteSpec {
  method: Method;
  /** The route as declared, e.g. `/calendar/pieces/:documentId/workflow`. */
  route: string;
  who: Who;
  /** The value a valid request puts in the path parameter, if the route has one. */
  pathParam?: { name: 'id' | 'documentId' | 'userId'; valid: string; kind: 'id' | 'documentId' };
  query?: Record<string, Kind>;
  validQuery?: Record<string, string>;
  body?: Record<string, Kind>;
  validBody?: Record<string, unknown>;
  /** Core REST writes wrap the fields in `{ data: … }`. */
  dataEnvelope?: boolean;
  /** Core REST find: also attack Strapi's own query parameters (pagination, filters, sort, …). */
  restQuery?: boolean;
  /** Send only every `stride`-th case from `offset` (routes sharing one code path split the table). */
  sample?: { stride: number; offset: number };
  /** The one status every case must get (the Public role may not write: 403), instead of any 4xx. */
  status?: number;
}

const restTypes = (fx: Fixtures) => [
  {
    plural: 'content-pieces',
    id: fx.pieceId,
    body: {
      title: 'string',
      funnelStage: 'enum',
      contentGoal: 'enum',
      format: 'enum',
      publishAt: 'datetime',
      timeZone: 'tz',
      recurrence: 'rrule',
      recurrenceExceptions: 'json',
      channels: 'relation',
      personas: 'relation',
      theme: 'relation',
      assignee: 'relation',
      editorialStatus: 'enum',
      dueAt: 'datetime',
      kpiTargets: 'json',
    } as Record<string, Kind>,
    valid: { title: 'Fuzz piece', funnelStage: 'reach', contentGoal: 'sell', channels: [fx.channelId] },
  },
  {
    plural: 'channels',
    id: fx.channelId,
    body: { name: 'string', kind: 'enum', platform: 'string', color: 'string', active: 'bool' } as Record<string, Kind>,
    valid: { name: 'Fuzz channel', kind: 'owned' },
  },
  {
    plural: 'personas',
    id: fx.personaId,
    body: { name: 'string', segment: 'string', channels: 'relation' } as Record<string, Kind>,
    valid: { name: 'Fuzz persona', channels: [fx.channelId] },
  },
  {
    plural: 'themes',
    id: fx.themeId,
    body: {
      name: 'string',
      startDate: 'date',
      endDate: 'date',
      color: 'string',
      repeatsYearly: 'bool',
      quietSeason: 'bool',
      contentGoal: 'enum',
    } as Record<string, Kind>,
    valid: { name: 'Fuzz theme', startDate: '2026-05-01', endDate: '2026-05-31' },
  },
];

const PERIOD: Record<string, Kind> = { from: 'date', to: 'date', tz: 'tz' };
const FEED_FILTERS: Record<string, Kind> = {
  channel: 'slugList',
  persona: 'slugList',
  theme: 'slugList',
  locale: 'enumList',
  stage: 'enumList',
  goal: 'enumList',
  format: 'enumList',
};
const FEED_RANGE = { from: '2026-03-01', to: '2026-03-31' };
const LOCAL_ID = 'abcdefghijklmnopqrstuvwx';
const BUDGET_FIELDS: Record<string, Kind> = {
  category: 'enum',
  themeDocumentId: 'documentId',
  channelDocumentId: 'documentId',
  amount: 'string',
  currency: 'enum',
  note: 'string',
};

export function fuzzRoutes(fx: Fixtures): RouteSpec[] {
  const piece = (name: string) => ({ name: 'documentId' as const, valid: fx.pieceId, kind: 'documentId' as const, route: name });
  const routes: RouteSpec[] = [
    // settings.ts
    { method: 'GET', route: '/calendar/settings', who: 'admin', query: {} },
    { method: 'GET', route: '/calendar/reference', who: 'admin', query: {} },
    // occurrences.ts
    {
      method: 'GET',
      route: '/calendar/occurrences',
      who: 'admin',
      query: { ...PERIOD, ...FEED_FILTERS, editorialStatus: 'enumList', assignee: 'assigneeFilter' },
      validQuery: FEED_RANGE,
      sample: { stride: 2, offset: 0 },
    },
    // feed-tokens.ts
    { method: 'GET', route: '/calendar/feed-tokens', who: 'admin', query: {} },
    {
      method: 'POST',
      route: '/calendar/feed-tokens',
      who: 'admin',
      body: { name: 'string', filters: 'json' },
      validBody: { name: 'Fuzz feed' },
    },
    { method: 'DELETE', route: '/calendar/feed-tokens/:id', who: 'admin', pathParam: { name: 'id', valid: '1', kind: 'id' } },
    // share-links.ts
    { method: 'GET', route: '/calendar/share-links', who: 'admin', query: {} },
    {
      method: 'POST',
      route: '/calendar/share-links',
      who: 'admin',
      body: { name: 'string', filters: 'json', expiresAt: 'date', showPlanned: 'bool' },
      validBody: { name: 'Fuzz share' },
    },
    { method: 'POST', route: '/calendar/share-links/:id/revoke', who: 'admin', pathParam: { name: 'id', valid: '1', kind: 'id' } },
    { method: 'DELETE', route: '/calendar/share-links/:id', who: 'admin', pathParam: { name: 'id', valid: '1', kind: 'id' } },
    // piece-scheduling.ts
    {
      method: 'POST',
      route: '/calendar/pieces',
      who: 'admin',
      body: {
        title: 'string',
        funnelStage: 'enum',
        contentGoal: 'enum',
        format: 'enum',
        channels: 'slugArray',
        publishAt: 'datetime',
        timeZone: 'tz',
      },
      validBody: { title: 'Fuzz quick', funnelStage: 'reach', contentGoal: 'sell' },
    },
    {
      method: 'PUT',
      route: '/calendar/pieces/:documentId/schedule',
      who: 'admin',
      pathParam: piece('schedule'),
      body: { publishAt: 'datetime', timeZone: 'tz', recurrence: 'rrule', expectedUpdatedAt: 'datetime' },
      validBody: { publishAt: '2026-03-10T07:00:00Z', expectedUpdatedAt: '2020-01-01T00:00:00Z' },
    },
    {
      method: 'POST',
      route: '/calendar/pieces/:documentId/detach-occurrence',
      who: 'admin',
      pathParam: piece('detach'),
      body: { occurrence: 'localDateTime', publishAt: 'datetime', expectedUpdatedAt: 'datetime' },
      validBody: { occurrence: '2026-03-10T09:00', publishAt: '2026-03-11T07:00:00Z', expectedUpdatedAt: '2020-01-01T00:00:00Z' },
    },
    // manual-publishing.ts, publish-log.ts
    { method: 'POST', route: '/calendar/pieces/:documentId/publish-now', who: 'admin', pathParam: piece('publish') },
    { method: 'POST', route: '/calendar/pieces/:documentId/unschedule', who: 'admin', pathParam: piece('unschedule') },
    {
      method: 'GET',
      route: '/calendar/publish-log',
      who: 'admin',
      query: { page: 'int', pageSize: 'int', documentId: 'documentId', locale: 'enum', outcome: 'enum' },
    },
    // editorial.ts
    { method: 'GET', route: '/calendar/my-work', who: 'admin', query: {} },
    { method: 'GET', route: '/calendar/assignees', who: 'admin', query: {} },
    { method: 'GET', route: '/calendar/team-board', who: 'admin', query: { assignee: 'assigneeFilter', stage: 'enum' } },
    { method: 'GET', route: '/calendar/pieces/:documentId/activity', who: 'admin', pathParam: piece('activity') },
    {
      method: 'PUT',
      route: '/calendar/pieces/:documentId/workflow',
      who: 'admin',
      pathParam: piece('workflow'),
      body: { editorialStatus: 'enum', assignee: 'id', dueAt: 'datetime', expectedUpdatedAt: 'datetime' },
      validBody: { editorialStatus: 'planned', expectedUpdatedAt: '2020-01-01T00:00:00Z' },
    },
    { method: 'POST', route: '/calendar/notifications/digest', who: 'admin', body: { force: 'bool' }, validBody: {} },
    // piece-panel.ts, comments.ts
    { method: 'GET', route: '/calendar/pieces/:documentId/panel', who: 'admin', pathParam: piece('panel'), query: { locale: 'enum' } },
    // translations.ts
    { method: 'GET', route: '/calendar/translations/missing', who: 'admin', query: { locale: 'enum' } },
    {
      method: 'POST',
      route: '/calendar/pieces/:documentId/translations',
      who: 'admin',
      pathParam: piece('translation'),
      body: { locale: 'enum', from: 'enum' },
      validBody: { locale: 'en' },
    },
    { method: 'GET', route: '/calendar/pieces/:documentId/comments', who: 'admin', pathParam: piece('comments'), query: {} },
    {
      method: 'POST',
      route: '/calendar/pieces/:documentId/comments',
      who: 'admin',
      pathParam: piece('comment'),
      body: { body: 'string', mentions: 'json' },
      validBody: { body: 'Fuzz comment' },
    },
    { method: 'DELETE', route: '/calendar/comments/:id', who: 'admin', pathParam: { name: 'id', valid: '1', kind: 'id' } },
    // community.ts
    { method: 'GET', route: '/calendar/community/tasks', who: 'admin', query: {} },
    {
      method: 'GET',
      route: '/calendar/community/agenda',
      who: 'admin',
      query: { ...PERIOD, assignee: 'assigneeFilter', channel: 'slug' },
      validQuery: { from: '2026-03-02', to: '2026-03-08' },
    },
    {
      method: 'POST',
      route: '/calendar/community/logs',
      who: 'admin',
      body: {
        task: 'documentId',
        occurrence: 'datetime',
        status: 'enum',
        minutesSpent: 'int',
        interactionsHandled: 'int',
        firstResponseMinutes: 'int',
        note: 'string',
      },
      validBody: { task: fx.taskId, occurrence: '2026-03-02T07:00:00.000Z', status: 'done' },
    },
    { method: 'DELETE', route: '/calendar/community/logs/:id', who: 'admin', pathParam: { name: 'id', valid: '1', kind: 'id' } },
    {
      method: 'GET',
      route: '/calendar/community/report',
      who: 'admin',
      query: { ...PERIOD, groupBy: 'enum', format: 'enum' },
      validQuery: { from: '2026-03-02', to: '2026-03-08' },
    },
    // quarterly-grid.ts, coverage.ts, kpis.ts
    { method: 'GET', route: '/calendar/plan', who: 'admin', query: { year: 'year' }, validQuery: { year: '2026' } },
    {
      method: 'PUT',
      route: '/calendar/plan',
      who: 'admin',
      body: {
        year: 'year',
        month: 'int',
        funnelStage: 'enum',
        channel: 'slug',
        plannedWeeks: 'int',
        note: 'string',
        expectedUpdatedAt: 'datetime',
      },
      validBody: {
        year: 2026,
        month: 3,
        funnelStage: 'reach',
        channel: 'fuzz-linkedin',
        plannedWeeks: 2,
        expectedUpdatedAt: '2020-01-01T00:00:00Z',
      },
    },
    { method: 'GET', route: '/calendar/plan/export', who: 'admin', query: { year: 'year', format: 'enum' }, validQuery: { year: '2026' } },
    // plan-copy.ts
    ...(['/calendar/plan-copy/preview', '/calendar/plan-copy/apply'] as const).map((route) => ({
      method: 'POST' as const,
      route,
      who: 'admin' as const,
      body: {
        sourceYear: 'year',
        targetYear: 'year',
        dateRule: 'enum',
        themes: 'json',
        planCells: 'bool',
        goals: 'bool',
        pieces: 'json',
        budgetLines: 'bool',
      } as Record<string, Kind>,
      validBody: {
        sourceYear: 2026,
        targetYear: 2027,
        dateRule: 'iso-week',
        themes: [],
        planCells: false,
        goals: false,
        pieces: [],
        budgetLines: false,
      },
    })),
    {
      method: 'GET',
      route: '/calendar/coverage',
      who: 'admin',
      query: { year: 'year', persona: 'slug', channel: 'slug' },
      validQuery: { year: '2026' },
    },
    // seasons.ts
    {
      method: 'GET',
      route: '/calendar/seasons',
      who: 'admin',
      query: { from: 'date', to: 'date', countries: 'enumList', lang: 'enum' },
      validQuery: { from: '2026-06-01', to: '2026-06-30' },
    },
    {
      method: 'GET',
      route: '/calendar/kpis',
      who: 'admin',
      query: { year: 'year', stage: 'enum', channel: 'slug' },
      validQuery: { year: '2026' },
    },
    {
      method: 'POST',
      route: '/calendar/kpi-results',
      who: 'admin',
      body: { piece: 'documentId', metric: 'enum', period: 'localDateTime', value: 'number', source: 'string' },
      validBody: { piece: LOCAL_ID, metric: 'site-visits', period: '2026-03', value: 10 },
      sample: { stride: 2, offset: 0 },
    },
    // capacity.ts
    { method: 'GET', route: '/calendar/capacity', who: 'admin', query: {} },
    {
      method: 'PUT',
      route: '/calendar/capacity/:userId',
      who: 'admin',
      pathParam: { name: 'userId', valid: '1', kind: 'id' },
      body: { weeklyMinutes: 'int', expectedUpdatedAt: 'datetime' },
      validBody: { weeklyMinutes: 2250, expectedUpdatedAt: '2020-01-01T00:00:00Z' },
    },
    { method: 'GET', route: '/calendar/absences', who: 'admin', query: { from: 'date', to: 'date', user: 'assigneeFilter' } },
    {
      method: 'POST',
      route: '/calendar/absences',
      who: 'admin',
      body: { user: 'id', startDate: 'date', endDate: 'date', kind: 'enum', note: 'string' },
      validBody: { user: 1, startDate: '2026-07-06', endDate: '2026-07-10', kind: 'holiday' },
    },
    {
      method: 'PUT',
      route: '/calendar/absences/:id',
      who: 'admin',
      pathParam: { name: 'id', valid: '1', kind: 'id' },
      body: { startDate: 'date', endDate: 'date', kind: 'enum', note: 'string', expectedUpdatedAt: 'datetime' },
      validBody: { note: 'Fuzz', expectedUpdatedAt: '2020-01-01T00:00:00Z' },
    },
    { method: 'DELETE', route: '/calendar/absences/:id', who: 'admin', pathParam: { name: 'id', valid: '999999', kind: 'id' } },
    { method: 'GET', route: '/calendar/workload', who: 'admin', query: { from: 'date', weeks: 'int', assignee: 'assigneeFilter' } },
    {
      method: 'GET',
      route: '/calendar/workload/check',
      who: 'admin',
      query: { assignee: 'id', documentId: 'documentId', locale: 'enum', dueAt: 'datetime' },
      validQuery: { assignee: '1', documentId: LOCAL_ID },
    },
    // chat-hooks.ts
    { method: 'GET', route: '/calendar/chat-hooks', who: 'admin', query: {} },
    {
      method: 'POST',
      route: '/calendar/chat-hooks',
      who: 'admin',
      body: { name: 'string', format: 'enum', url: 'string', events: 'json', enabled: 'bool', locale: 'enum' },
      validBody: { name: 'Fuzz hook', format: 'slack', url: 'http://127.0.0.1:9/fuzz', events: ['assignment'] },
    },
    {
      method: 'PUT',
      route: '/calendar/chat-hooks/:id',
      who: 'admin',
      pathParam: { name: 'id', valid: '1', kind: 'id' },
      body: {
        name: 'string',
        format: 'enum',
        url: 'string',
        events: 'json',
        enabled: 'bool',
        locale: 'enum',
        expectedUpdatedAt: 'datetime',
      },
      validBody: { name: 'Fuzz hook', expectedUpdatedAt: '2020-01-01T00:00:00Z' },
    },
    { method: 'DELETE', route: '/calendar/chat-hooks/:id', who: 'admin', pathParam: { name: 'id', valid: '1', kind: 'id' } },
    {
      method: 'POST',
      route: '/calendar/chat-hooks/:id/test',
      who: 'admin',
      pathParam: { name: 'id', valid: '1', kind: 'id' },
      body: {},
      validBody: {},
    },
    {
      method: 'GET',
      route: '/calendar/chat-deliveries',
      who: 'admin',
      query: { hook: 'id', state: 'enum', page: 'int', pageSize: 'int' },
    },
    // competitors.ts
    { method: 'GET', route: '/calendar/competitors', who: 'admin', query: {} },
    { method: 'GET', route: '/calendar/competitors/wheel', who: 'admin', query: { year: 'year' }, validQuery: { year: '2026' } },
    {
      method: 'POST',
      route: '/calendar/competitors',
      who: 'admin',
      body: { name: 'string', siteUrl: 'string', channels: 'json', description: 'string', active: 'bool' },
      validBody: { name: 'Fuzz competitor', siteUrl: 'https://example.fi' },
    },
    {
      method: 'PUT',
      route: '/calendar/competitors/:id',
      who: 'admin',
      pathParam: { name: 'id', valid: '1', kind: 'id' },
      body: { name: 'string', siteUrl: 'string', channels: 'json', description: 'string', active: 'bool', expectedUpdatedAt: 'datetime' },
      validBody: { name: 'Fuzz competitor', expectedUpdatedAt: '2020-01-01T00:00:00Z' },
    },
    {
      method: 'DELETE',
      route: '/calendar/competitors/:id',
      who: 'admin',
      pathParam: { name: 'id', valid: '1', kind: 'id' },
      query: { withObservations: 'bool' },
    },
    {
      method: 'GET',
      route: '/calendar/competitor-observations',
      who: 'admin',
      query: { year: 'year', month: 'int', from: 'date', to: 'date', competitor: 'id' },
      validQuery: { year: '2026', month: '3' },
    },
    {
      method: 'POST',
      route: '/calendar/competitor-observations',
      who: 'admin',
      body: { date: 'date', competitor: 'number', channel: 'string', action: 'string', note: 'string', link: 'string' },
      validBody: { date: '2026-03-01', competitor: 1, action: 'Fuzz observation' },
    },
    {
      method: 'PUT',
      route: '/calendar/competitor-observations/:id',
      who: 'admin',
      pathParam: { name: 'id', valid: '1', kind: 'id' },
      body: {
        date: 'date',
        competitor: 'number',
        channel: 'string',
        action: 'string',
        note: 'string',
        link: 'string',
        expectedUpdatedAt: 'datetime',
      },
      validBody: { action: 'Fuzz observation', expectedUpdatedAt: '2020-01-01T00:00:00Z' },
    },
    { method: 'DELETE', route: '/calendar/competitor-observations/:id', who: 'admin', pathParam: { name: 'id', valid: '1', kind: 'id' } },
    // content-api/index.ts
    {
      method: 'GET',
      route: '/api/calendar/occurrences',
      who: 'public',
      query: { ...PERIOD, ...FEED_FILTERS, limit: 'int', cursor: 'string' },
      validQuery: FEED_RANGE,
    },
    {
      method: 'GET',
      route: '/api/calendar/occurrences',
      who: 'token',
      query: { ...PERIOD, ...FEED_FILTERS, limit: 'int', cursor: 'string' },
      validQuery: FEED_RANGE,
      sample: { stride: 4, offset: 1 },
    },
    {
      method: 'GET',
      route: '/api/calendar/ics',
      who: 'public',
      query: { token: 'string', ...FEED_FILTERS },
      validQuery: { token: fx.feedToken },
      sample: { stride: 2, offset: 0 },
    },
    {
      method: 'GET',
      route: '/api/calendar/share',
      who: 'public',
      query: { token: 'string', view: 'enum', year: 'year', month: 'localDateTime', lang: 'enum' },
      validQuery: { token: fx.shareToken },
    },
    {
      method: 'POST',
      route: '/api/calendar/kpi-results',
      who: 'token',
      body: { piece: 'documentId', metric: 'enum', period: 'localDateTime', value: 'number', source: 'string' },
      validBody: { piece: LOCAL_ID, metric: 'site-visits', period: '2026-03', value: 10 },
      sample: { stride: 2, offset: 1 },
    },
    {
      method: 'POST',
      route: '/api/calendar/kpi-results',
      who: 'public',
      body: { piece: 'documentId' },
      validBody: { piece: LOCAL_ID, metric: 'site-visits', period: '2026-03', value: 10 },
    },
    // budget.ts
    { method: 'GET', route: '/calendar/budget', who: 'admin', query: { year: 'year', month: 'int' }, validQuery: { year: '2026' } },
    { method: 'GET', route: '/calendar/budget/report', who: 'admin', query: { year: 'year', by: 'enum' }, validQuery: { year: '2026' } },
    {
      method: 'GET',
      route: '/calendar/budget/report/export',
      who: 'admin',
      query: { year: 'year', by: 'enum' },
      validQuery: { year: '2026' },
    },
    { method: 'GET', route: '/calendar/budget/theme-use', who: 'admin', query: { year: 'year' }, validQuery: { year: '2026' } },
    // amountCents is left out of the creates: a large valid integer would be saved (its bounds are unit-tested).
    {
      method: 'POST',
      route: '/calendar/budget/lines',
      who: 'admin',
      body: { ...BUDGET_FIELDS, year: 'year', month: 'int' },
      validBody: { year: 2026, month: 3, category: 'media', themeDocumentId: fx.themeId, amount: '100' },
    },
    {
      method: 'PUT',
      route: '/calendar/budget/lines/:documentId',
      who: 'admin',
      pathParam: { name: 'documentId', valid: LOCAL_ID, kind: 'documentId' },
      body: { ...BUDGET_FIELDS, amountCents: 'int', year: 'year', month: 'int', expectedUpdatedAt: 'datetime' },
      validBody: { amount: '100', expectedUpdatedAt: '2020-01-01T00:00:00Z' },
    },
    {
      method: 'DELETE',
      route: '/calendar/budget/lines/:documentId',
      who: 'admin',
      pathParam: { name: 'documentId', valid: LOCAL_ID, kind: 'documentId' },
    },
    {
      method: 'POST',
      route: '/calendar/budget/spend',
      who: 'admin',
      body: { ...BUDGET_FIELDS, date: 'date', supplier: 'string' },
      validBody: { date: '2026-03-05', category: 'media', channelDocumentId: fx.channelId, amount: '100' },
    },
    {
      method: 'PUT',
      route: '/calendar/budget/spend/:documentId',
      who: 'admin',
      pathParam: { name: 'documentId', valid: LOCAL_ID, kind: 'documentId' },
      body: { ...BUDGET_FIELDS, amountCents: 'int', date: 'date', supplier: 'string', expectedUpdatedAt: 'datetime' },
      validBody: { amount: '100', expectedUpdatedAt: '2020-01-01T00:00:00Z' },
    },
    {
      method: 'DELETE',
      route: '/calendar/budget/spend/:documentId',
      who: 'admin',
      pathParam: { name: 'documentId', valid: LOCAL_ID, kind: 'documentId' },
    },
  ];
  // Core REST routes share one controller and one guard: content pieces get every query case, the
  // other types a third each; the Public role, which may not write, a sample of the writes.
  restTypes(fx).forEach((type, index) => {
    const base = `/api/${type.plural}`;
    const one = { name: 'id' as const, valid: type.id, kind: 'documentId' as const };
    for (const who of ['token', 'public'] as const) {
      const reads =
        index === 0 ? (who === 'public' ? { stride: 2, offset: 1 } : undefined) : { stride: who === 'public' ? 6 : 3, offset: index };
      // Create and update share the input checks: each takes half of the body cases.
      const write = (offset: number) => (who === 'public' ? { stride: 6, offset: index } : { stride: 2, offset });
      routes.push(
        { method: 'GET', route: base, who, query: {}, restQuery: true, sample: reads },
        { method: 'GET', route: `${base}/:id`, who, pathParam: one, query: {}, restQuery: true, sample: reads },
        { method: 'POST', route: base, who, body: type.body, validBody: type.valid, dataEnvelope: true, sample: write(0) },
        {
          method: 'PUT',
          route: `${base}/:id`,
          who,
          pathParam: one,
          body: type.body,
          validBody: type.valid,
          dataEnvelope: true,
          sample: write(1),
        },
        { method: 'DELETE', route: `${base}/:id`, who, pathParam: one, sample: who === 'public' ? write(0) : undefined }
      );
    }
  });
  return routes;
}
