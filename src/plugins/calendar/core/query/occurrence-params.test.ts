import { parseOccurrenceQuery } from './occurrence-params';

const parse = (query: Record<string, unknown>, audience: 'public' | 'admin' = 'public') =>
  parseOccurrenceQuery(query, { defaultTimeZone: 'Europe/Helsinki', audience });
const ok = (query: Record<string, unknown>, audience: 'public' | 'admin' = 'public') => {
  const result = parse(query, audience);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};
const errors = (query: Record<string, unknown>, audience: 'public' | 'admin' = 'public') => {
  const result = parse(query, audience);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('from and to', () => {
  it('reads dates as whole local days, to inclusive', () => {
    const q = ok({ from: '2026-03-01', to: '2026-03-31' });
    expect(q.from.toISOString()).toBe('2026-02-28T22:00:00.000Z');
    expect(q.to.toISOString()).toBe('2026-03-31T21:00:00.000Z'); // 1 April 00:00 +03:00
    expect(q.timeZone).toBe('Europe/Helsinki');
  });

  it('reads dates in the tz given', () => {
    const q = ok({ from: '2026-03-01', to: '2026-03-01', tz: 'America/New_York' });
    expect(q.from.toISOString()).toBe('2026-03-01T05:00:00.000Z');
    expect(q.to.toISOString()).toBe('2026-03-02T05:00:00.000Z');
  });

  it('reads date-times with an offset as instants, to exclusive', () => {
    const q = ok({ from: '2026-03-01T09:00:00+02:00', to: '2026-03-02T00:00:00Z' });
    expect(q.from.toISOString()).toBe('2026-03-01T07:00:00.000Z');
    expect(q.to.toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });

  it('reads a date-time without an offset in tz', () => {
    expect(ok({ from: '2026-07-01T09:00', to: '2026-07-02' }).from.toISOString()).toBe('2026-07-01T06:00:00.000Z');
  });

  it('allows a whole year and refuses more than 400 days', () => {
    expect(ok({ from: '2026-01-01', to: '2026-12-31' }).to.toISOString()).toBe('2026-12-31T22:00:00.000Z');
    expect(ok({ from: '2026-01-01', to: '2027-02-04' })).toBeTruthy(); // 400 days
    const [error] = errors({ from: '2026-01-01', to: '2027-02-05' });
    expect(error.path).toEqual(['to']);
    expect(error.message).toMatch(/at most 400 days/);
  });

  it.each([
    [{ to: '2026-03-01' }, 'from', /from is required/],
    [{ from: '2026-03-01' }, 'to', /to is required/],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'from', /from must be a date and time that exist/],
    [{ from: '1.3.2026', to: '2026-03-01' }, 'from', /from must be a date/],
    [{ from: '2026-03-01', to: 'huomenna' }, 'to', /to must be a date/],
    [{ from: '2026-03-01T25:00', to: '2026-03-02' }, 'from', /from must be a date and time that exist/],
    [{ from: '2026-03-01T10:00:99', to: '2026-03-02' }, 'from', /from must be a date and time that exist/],
    [{ from: '2026-03-01T10:00:00+25:00', to: '2026-03-02' }, 'from', /from must be a date and time that exist/],
    [{ from: '2026-03-01', to: '2026-03-01T10:60Z' }, 'to', /to must be a date and time that exist/],
    [{ from: '9000-01-01', to: '9000-01-31' }, 'from', /from must be between 1970-01-01 … 2100-12-31/],
    [{ from: '9999-12-01', to: '9999-12-31' }, 'from', /from must be between 1970-01-01 … 2100-12-31/],
    [{ from: '1969-12-31', to: '1970-01-05' }, 'from', /from must be between/],
    [{ from: '2100-12-01', to: '2101-01-01T00:00:00Z' }, 'to', /to must be between/],
    [{ from: ['2026-03-01', '2026-03-02'], to: '2026-03-05' }, 'from', /given once/],
    [{ from: '2026-03-05', to: '2026-03-01' }, 'to', /to must be after from/],
    [{ from: '2026-03-01T10:00:00Z', to: '2026-03-01T10:00:00Z' }, 'to', /to must be after from/],
  ])('refuses %j naming %s', (query, field, message) => {
    const found = errors(query as Record<string, unknown>).find((e) => e.path[0] === field);
    expect(found?.message).toMatch(message);
  });

  it('refuses a date in the years 0000..0099 (the shared real-date check)', () => {
    const found = errors({ from: '0050-03-01', to: '2026-03-01' }).find((e) => e.path[0] === 'from');
    expect(found?.message).toMatch(/from must be a date and time that exist/);
  });

  it("accepts the window's own edges and reads a fraction of a second", () => {
    const q = ok({ from: '1970-01-01', to: '1970-01-02', tz: 'UTC' });
    expect(q.from.toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(ok({ from: '2100-12-01', to: '2100-12-31', tz: 'UTC' }).to.toISOString()).toBe('2101-01-01T00:00:00.000Z');
    expect(ok({ from: '2026-03-01T09:00:00.250+02:00', to: '2026-03-02' }).from.toISOString()).toBe('2026-03-01T07:00:00.250Z');
    expect(ok({ from: '2026-07-01T09:00:30', to: '2026-07-02' }).from.toISOString()).toBe('2026-07-01T06:00:30.000Z');
  });
});

describe('tz and filters', () => {
  const range = { from: '2026-03-01', to: '2026-03-31' };

  it('refuses a bad tz by name', () => {
    const [error] = errors({ ...range, tz: 'Helsinki' });
    expect(error.path).toEqual(['tz']);
  });

  it('accepts repeated and comma-separated slugs and enums', () => {
    const q = ok({ ...range, channel: ['instagram', 'facebook,linkedin'], stage: 'reach,act', goal: 'sell', format: ['video'] });
    expect(q.filters).toEqual({
      channel: ['instagram', 'facebook', 'linkedin'],
      stage: ['reach', 'act'],
      goal: ['sell'],
      format: ['video'],
    });
  });

  it('ignores empty filters', () => {
    expect(ok({ ...range, channel: '' }).filters).toEqual({});
  });

  it.each([
    ['stage', 'awareness', /stage must be one of reach, act, convert, engage; got awareness/],
    ['goal', 'sell,money', /goal must be one of sell, serve, speak, save, sizzle; got money/],
    ['format', 'blog', /format must be one of/],
    ['channel', 'insta gram', /channel must be slugs/],
    ['persona', { $ne: 'x' }, /persona must be slugs/],
  ])('refuses a bad %s', (field, value, message) => {
    const [error] = errors({ ...range, [field]: value });
    expect(error.path).toEqual([field]);
    expect(error.message).toMatch(message);
  });

  it('refuses unknown parameters, so a typo does not silently widen the result', () => {
    const [error] = errors({ ...range, chanel: 'instagram' });
    expect(error.path).toEqual(['chanel']);
    expect(error.message).toMatch(/unknown parameter "chanel"/);
  });

  it('accepts editorial filters on the admin feed only', () => {
    expect(ok({ ...range, editorialStatus: 'approved,in-review', assignee: 'me,3' }, 'admin').filters).toEqual({
      editorialStatus: ['approved', 'in-review'],
      assignee: ['me', '3'],
    });
    expect(errors({ ...range, editorialStatus: 'approved' })[0].path).toEqual(['editorialStatus']);
    expect(errors({ ...range, assignee: 'kalle' }, 'admin')[0].message).toMatch(/assignee must be/);
  });

  it('reports every problem at once', () => {
    expect(
      errors({ from: 'x', to: 'y', tz: 'z', stage: 'w' })
        .map((e) => e.path[0])
        .sort()
    ).toEqual(['from', 'stage', 'to', 'tz']);
  });
});

describe('parseFilters and narrowFilters', () => {
  const { parseFilters, narrowFilters, PUBLIC_FILTER_KEYS } = jest.requireActual(
    './occurrence-params'
  ) as typeof import('./occurrence-params');

  it('parses saved filters and refuses unknown keys', () => {
    expect(parseFilters({ channel: 'instagram', stage: ['reach'] }, PUBLIC_FILTER_KEYS)).toEqual({
      ok: true,
      value: { channel: ['instagram'], stage: ['reach'] },
    });
    const result = parseFilters({ kanava: 'x' }, PUBLIC_FILTER_KEYS);
    expect(result.ok).toBe(false);
  });

  it('names unknown filters and unknown parameters with everything allowed', () => {
    expect(parseFilters({ kanava: 'x', channel: 'x' }, PUBLIC_FILTER_KEYS)).toEqual({
      ok: false,
      errors: [
        {
          path: ['kanava'],
          name: 'ValidationError',
          value: undefined,
          message: 'unknown filter "kanava"; allowed: channel, persona, theme, stage, goal, format, locale',
        },
      ],
    });
    expect(errors({ from: '2026-03-01', to: '2026-03-02', kanava: 'x' })[0].message).toBe(
      'unknown parameter "kanava"; allowed: from, to, tz, channel, persona, theme, stage, goal, format, locale, limit, cursor'
    );
    expect(errors({ from: '2026-03-01', to: '2026-03-02', kanava: 'x' }, 'admin')[0].message).toBe(
      'unknown parameter "kanava"; allowed: from, to, tz, channel, persona, theme, stage, goal, format, locale, editorialStatus, assignee'
    );
  });

  it('skips a null saved filter, but refuses a null query filter', () => {
    expect(parseFilters({ channel: null, stage: 'reach' }, PUBLIC_FILTER_KEYS)).toEqual({ ok: true, value: { stage: ['reach'] } });
    const [error] = errors({ from: '2026-03-01', to: '2026-03-02', channel: null });
    expect(error.path).toEqual(['channel']);
    expect(error.message).toMatch(/channel must be slugs/);
  });

  it('reports unknown keys, then the period, then the filters in schema order', () => {
    const found = errors({ stage: 'x', channel: '!', kanava: 'y', from: 'z', to: '2026-03-02', editorialStatus: 'idea' });
    expect(found.map((e) => e.path[0])).toEqual(['kanava', 'editorialStatus', 'from', 'channel', 'stage']);
  });

  it('lets a request only narrow what a feed token allows', () => {
    expect(narrowFilters({ channel: ['instagram', 'facebook'] }, { channel: ['facebook', 'linkedin'], stage: ['reach'] })).toEqual({
      channel: ['facebook'],
      stage: ['reach'],
    });
  });

  it('reads locale as codes or "all", and refuses anything else naming locale', () => {
    expect(parseFilters({ locale: 'fi,sv' }, PUBLIC_FILTER_KEYS)).toEqual({ ok: true, value: { locale: ['fi', 'sv'] } });
    expect(parseFilters({ locale: ['en-GB', 'all'] }, PUBLIC_FILTER_KEYS)).toEqual({ ok: true, value: { locale: ['en-GB', 'all'] } });
    for (const bad of ['FI', 'x!', 'fi_FI', 'a'.repeat(20)]) {
      const result = parseFilters({ locale: bad }, PUBLIC_FILTER_KEYS);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0].path).toEqual(['locale']);
    }
  });

  it('lets a request narrow a token\'s locales, and "all" asks for no more than the token allows', () => {
    expect(narrowFilters({ locale: ['fi', 'sv'] }, { locale: ['sv', 'en'] })).toEqual({ locale: ['sv'] });
    expect(narrowFilters({ locale: ['sv'] }, { locale: ['all'] })).toEqual({ locale: ['sv'] });
    expect(narrowFilters({ locale: ['all'] }, { locale: ['en'] })).toEqual({ locale: ['en'] });
    expect(narrowFilters({}, { locale: ['all'] })).toEqual({});
  });
});
