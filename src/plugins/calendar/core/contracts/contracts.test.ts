import taskSchema from '../../server/src/content-types/community-task/schema.json';
import { canLogYet, communityPaths, TASK_KINDS } from './community';
import { editorialPaths } from './editorial';
import { kpiResultsBody, resultsOf } from './kpis';
import { occurrencePaths } from './occurrences';
import { adminPath } from './routing';

describe('route contracts', () => {
  it('fills a pattern’s parameters, encoded, under the admin prefix', () => {
    expect(editorialPaths.move('abc123defg')).toBe('/calendar/pieces/abc123defg/workflow');
    expect(adminPath('/pieces/:documentId/schedule', { documentId: 'a/b' })).toBe('/calendar/pieces/a%2Fb/schedule');
    expect(() => adminPath('/feed-tokens/:id')).toThrow('missing route parameter id');
  });

  it('builds the admin feed and agenda URLs the views used to build by hand', () => {
    expect(occurrencePaths.adminFeed({ from: '2026-03-01', to: '2026-03-31', filters: { channel: ['blog', 'x'], persona: [] } })).toBe(
      '/calendar/occurrences?from=2026-03-01&to=2026-03-31&channel=blog%2Cx'
    );
    expect(communityPaths.agendaUrl({ from: '2026-03-01', to: '2026-03-07', mine: true })).toBe(
      '/calendar/community/agenda?from=2026-03-01&to=2026-03-07&assignee=me'
    );
  });

  it('lists the same task kinds as the community task’s content type', () => {
    expect([...TASK_KINDS]).toEqual(taskSchema.attributes.kind.enum);
  });

  it('takes a log at most a day ahead', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(canLogYet({ occurrence: '2026-03-02T12:00:00Z' }, now)).toBe(true);
    expect(canLogYet({ occurrence: '2026-03-02T12:00:01Z' }, now)).toBe(false);
  });

  it('reads one KPI result or a list of them as a list', () => {
    const one = { piece: 'abcdefghij', metric: 'site-visits', period: '2026-03', value: 1 };
    expect(resultsOf(kpiResultsBody.parse(one))).toEqual([one]);
    expect(resultsOf(kpiResultsBody.parse({ results: [one, one] }))).toHaveLength(2);
  });
});
