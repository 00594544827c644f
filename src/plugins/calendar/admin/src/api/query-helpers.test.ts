import { afterWrite, get, send } from './query-helpers';

describe('the admin data layer’s request helpers', () => {
  it('sends query parameters encoded, leaving out empty ones', () => {
    expect(get('/calendar/occurrences', { from: '2026-03-31T09:00:00+03:00', to: '2026-04-01', tz: undefined, channel: '' })).toEqual({
      url: '/calendar/occurrences',
      method: 'GET',
      config: { params: 'from=2026-03-31T09%3A00%3A00%2B03%3A00&to=2026-04-01' },
    });
    expect(get('/calendar/my-work')).toEqual({ url: '/calendar/my-work', method: 'GET', config: undefined });
    expect(send('PUT', '/calendar/plan', { year: 2026 })).toEqual({ url: '/calendar/plan', method: 'PUT', data: { year: 2026 } });
  });

  it('invalidates after a success and after a 409, not after another refusal', () => {
    const tags = afterWrite((arg: { year: number }) => [{ type: 'Plan' as const, id: arg.year }]);
    expect(tags({ ok: true }, undefined, { year: 2026 })).toEqual([{ type: 'Plan', id: 2026 }]);
    // A 204 has no body: still a success.
    expect(tags(undefined, undefined, { year: 2026 })).toEqual([{ type: 'Plan', id: 2026 }]);
    expect(tags(undefined, { status: 409, name: 'ConflictError', message: 'stale' }, { year: 2026 })).toEqual([{ type: 'Plan', id: 2026 }]);
    expect(tags(undefined, { status: 400, name: 'ValidationError', message: 'bad' }, { year: 2026 })).toEqual([]);
  });
});
