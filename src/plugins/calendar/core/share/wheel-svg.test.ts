import type { ShareOccurrence } from '../contracts/share-links';
import { renderWheel, stageRings } from './wheel-svg';

const occurrence = (over: Partial<ShareOccurrence>): ShareOccurrence => ({
  documentId: 'abcdefghij',
  locale: 'fi',
  title: 'Kevätkampanja',
  start: '2026-03-10T09:00:00+02:00',
  timeZone: 'Europe/Helsinki',
  funnelStage: 'reach',
  channels: [],
  theme: null,
  planned: false,
  ...over,
});
const spring = { slug: 'kevat', name: 'Kevät', startDate: '2026-03-01', endDate: '2026-05-31', repeatsYearly: false, color: '#7BC67B' };

describe('stageRings', () => {
  it('has a ring for every funnel stage, counting only the year’s occurrences by their local day', () => {
    const rings = stageRings(
      [
        occurrence({}),
        occurrence({ funnelStage: 'engage', start: '2026-12-31T23:30:00+02:00' }),
        occurrence({ start: '2027-01-01T00:30:00+02:00' }),
      ],
      2026
    );
    expect(rings.map((r) => [r.stage, r.count])).toEqual([
      ['reach', 1],
      ['act', 0],
      ['convert', 0],
      ['engage', 1],
    ]);
    expect(rings[3].marks[0].day).toBe(364);
  });
});

describe('renderWheel', () => {
  const render = (occurrences: ShareOccurrence[], today = '2026-06-10', lang: 'fi' | 'en' = 'fi') =>
    renderWheel({ year: 2026, themes: [spring], occurrences, today, lang }).svg;

  it('draws the theme arc, a filled mark with the title, month labels and the count', () => {
    const svg = render([occurrence({})]);
    expect(svg).toMatch(/<path d="M[^"]+" fill="#7BC67B" opacity="0.85" data-theme="kevat"><title>Kevät: 1\.3\.–31\.5\.<\/title><\/path>/);
    expect(svg).toMatch(
      /<circle [^>]*fill="#66b7f1"[^>]*data-mark="reach"><title>Tavoittelu · 1\n10\.3\. 09:00 Kevätkampanja<\/title><\/circle>/
    );
    expect(svg).toContain('data-occurrences="1"');
    expect(svg).toContain('>tammi</text>');
    expect(svg).toContain('1 julkaisua');
    expect(render([occurrence({})], '2026-06-10', 'en')).toContain('>Jan</text>');
  });

  it('draws a planned mark hollow and dashed, and says "planned" in its title', () => {
    const svg = render([occurrence({ planned: true })]);
    expect(svg).toMatch(
      /<circle [^>]*fill="#ffffff" stroke="#66b7f1" stroke-width="2" stroke-dasharray="3 2" data-mark="reach" data-planned="true">/
    );
    expect(svg).toContain('Kevätkampanja (suunniteltu)');
  });

  it('escapes titles and theme names', () => {
    const svg = renderWheel({
      year: 2026,
      themes: [{ ...spring, name: '<b>Kevät</b>', color: '"red' }],
      occurrences: [occurrence({ title: '</title><script>alert(1)</script>' })],
      today: '2026-06-10',
      lang: 'fi',
    }).svg;
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(svg).toContain('fill="#4945ff" opacity="0.85" data-theme="kevat"');
  });

  it('shows today’s hand only in today’s year', () => {
    expect(render([], '2026-06-10')).toContain('data-testid="today-hand"');
    expect(render([], '2027-01-01')).not.toContain('today-hand');
  });
});

describe('quiet seasons on the share wheel', () => {
  it('stripes a quiet theme and says so in its title', () => {
    const quiet = {
      slug: 'suvanto',
      name: 'Suvanto',
      startDate: '2026-07-01',
      endDate: '2026-07-31',
      repeatsYearly: false,
      color: '#A0A0A0',
      quietSeason: true,
    };
    const { svg } = renderWheel({ year: 2026, themes: [quiet], occurrences: [], today: '2026-06-10', lang: 'fi' });
    expect(svg).toContain('<pattern id="quiet-hatch"');
    expect(svg).toMatch(/data-theme="suvanto" data-quiet="true"><title>Suvanto: [^<]*\(suvanto\)<\/title>/);
    expect(svg).toContain('fill="url(#quiet-hatch)"');
    const plain = renderWheel({
      year: 2026,
      themes: [{ ...quiet, quietSeason: false }],
      occurrences: [],
      today: '2026-06-10',
      lang: 'en',
    }).svg;
    expect(plain).not.toContain('url(#quiet-hatch)');
  });
});
