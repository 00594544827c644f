import {
  COMPETITOR_PLATFORMS,
  createCompetitorBody,
  createObservationBody,
  observationPeriod,
  observationsQuery,
  updateCompetitorBody,
} from './competitors';
import competitorSchema from '../../server/src/content-types/competitor/schema.json';

const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('competitor contracts', () => {
  it('takes a competitor with its site and channels, normalising the addresses', () => {
    const parsed = createCompetitorBody.parse({
      name: ' Paahtimo Pohjoinen ',
      siteUrl: 'https://paahtimopohjoinen.fi',
      channels: [{ platform: 'instagram', url: 'https://www.instagram.com/paahtimopohjoinen' }],
      description: '',
    });
    expect(parsed).toEqual({
      name: 'Paahtimo Pohjoinen',
      siteUrl: 'https://paahtimopohjoinen.fi/',
      channels: [{ platform: 'instagram', url: 'https://www.instagram.com/paahtimopohjoinen' }],
      description: null,
    });
    expect(createCompetitorBody.parse({ name: 'A', siteUrl: '' }).siteUrl).toBeNull();
    expect('siteUrl' in createCompetitorBody.parse({ name: 'A' }) && createCompetitorBody.parse({ name: 'A' }).siteUrl).toBeFalsy();
  });

  it('refuses javascript: addresses, unknown platforms and fields, naming each', () => {
    const result = createCompetitorBody.safeParse({
      name: '',
      siteUrl: 'javascript:alert(1)',
      channels: [{ platform: 'myspace', url: 'data:text/html,x' }],
      colour: 'red',
    });
    expect(issues(result)).toEqual(
      expect.arrayContaining([
        ['name', 'name is required'],
        ['siteUrl', expect.stringMatching(/^siteUrl must be a web address starting with http:\/\/ or https:\/\//)],
        ['channels.0.platform', expect.stringMatching(/^platform must be one of facebook/)],
        ['channels.0.url', expect.stringMatching(/^url must be a web address/)],
        ['', expect.stringMatching(/colour/)],
      ])
    );
  });

  it('needs the version an edit was based on', () => {
    expect(issues(updateCompetitorBody.safeParse({ name: 'B' }))).toEqual([
      ['expectedUpdatedAt', expect.stringMatching(/^expectedUpdatedAt must be/)],
    ]);
  });

  it('takes an observation with a strict date and refuses a script link', () => {
    expect(
      createObservationBody.parse({ date: '2026-03-31', competitor: 4, action: ' Kevätkampanja ', link: 'https://x.com/a/1' })
    ).toEqual({
      date: '2026-03-31',
      competitor: 4,
      action: 'Kevätkampanja',
      link: 'https://x.com/a/1',
    });
    const bad = createObservationBody.safeParse({ date: '2026-02-30', competitor: 0, action: '   ', link: 'javascript:alert(1)' });
    expect(issues(bad).map(([path]) => path)).toEqual(['date', 'competitor', 'action', 'link']);
  });

  it('reads a month or a bounded range, never both, and gives its first and last day', () => {
    expect(observationPeriod(observationsQuery.parse({ year: '2026', month: '2' }))).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(observationPeriod(observationsQuery.parse({ year: '2028', month: '2' }))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(observationPeriod(observationsQuery.parse({ from: '2026-01-01', to: '2026-12-31', competitor: '3' }))).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(issues(observationsQuery.safeParse({}))).toEqual([['year', 'a period is required: year and month, or from and to']]);
    expect(issues(observationsQuery.safeParse({ year: '2026' }))).toEqual([['month', 'month is required with year']]);
    expect(issues(observationsQuery.safeParse({ from: '2026-01-01', to: '2027-01-02' }))).toEqual([
      ['to', 'the period from … to may be at most 366 days'],
    ]);
    expect(issues(observationsQuery.safeParse({ from: '2026-02-01', to: '2026-01-01' }))).toEqual([['to', 'to must be on or after from']]);
    expect(issues(observationsQuery.safeParse({ year: '2026', month: '13' }))).toEqual([
      ['month', 'month must be a whole number from 1 to 12'],
    ]);
  });

  it('stores the channels as JSON, with a catch-all platform', () => {
    expect(competitorSchema.attributes.channels.type).toBe('json');
    expect(COMPETITOR_PLATFORMS).toContain('other');
  });
});
