import { renderProblemPage, renderSharePage, SHARE_PAGE_SCRIPT, SHARE_PAGE_STYLE, type SharePageInput } from './page-html';

const input: SharePageInput = {
  token: 'Abc-_123456789012345678901234567890123456789',
  name: 'Hallitus & "asiakkaat"',
  view: 'wheel',
  year: 2026,
  month: '2026-03',
  today: '2026-06-10',
  lang: 'fi',
  showPlanned: false,
  content: '<svg data-testid="year-wheel"></svg>',
};

describe('renderSharePage', () => {
  it('links the views, years and language with the token, escaped, and marks the current view', () => {
    const html = renderSharePage(input);
    const href = (query: string) => `href="/api/calendar/share?token=${input.token}&amp;${query}"`;
    expect(html).toContain(`${href('view=month&amp;month=2026-03&amp;lang=fi')} data-view="month"`);
    expect(html).toContain(`${href('view=wheel&amp;year=2026&amp;lang=fi')} aria-current="page" data-view="wheel"`);
    expect(html).toContain(`${href('view=wheel&amp;year=2025&amp;lang=fi')} rel="prev"`);
    expect(html).toContain(`${href('view=wheel&amp;year=2027&amp;lang=fi')} rel="next"`);
    expect(html).toContain(`${href('view=wheel&amp;year=2026&amp;lang=en')} hreflang="en"`);
    expect(html).toContain('<a href="#print" data-print>Tulosta</a>');
  });

  it('moves a month view by months, across the year', () => {
    const html = renderSharePage({ ...input, view: 'month', month: '2026-01', lang: 'en' });
    expect(html).toContain('view=month&amp;month=2025-12&amp;lang=en" rel="prev"');
    expect(html).toContain('view=month&amp;month=2026-06&amp;lang=en" data-nav="today"');
    expect(html).toContain('>January 2026</strong>');
  });

  it('escapes the name, and carries the style and script exactly as the CSP hashes them', () => {
    const html = renderSharePage(input);
    expect(html).toContain('<h1>Hallitus &amp; &quot;asiakkaat&quot;</h1>');
    expect(html).toContain(`<style>${SHARE_PAGE_STYLE}</style>`);
    expect(html).toContain(`<script>${SHARE_PAGE_SCRIPT}</script>`);
    expect(html).not.toMatch(/ style="/);
    expect(html).toContain('Näkymä näyttää julkaistun sisällön.');
    expect(renderSharePage({ ...input, showPlanned: true })).toContain('julkaistun ja suunnitellun');
  });

  it('prints an A3 wheel without the navigation', () => {
    expect(SHARE_PAGE_STYLE).toContain('@page{size:A3 landscape');
    expect(SHARE_PAGE_STYLE).toMatch(/@media print\{nav,\.no-print\{display:none!important\}/);
    expect(renderSharePage(input)).toContain('<nav class="no-print"');
  });
});

describe('renderProblemPage', () => {
  it('says a revoked or expired link is gone, an unknown one not found, in the asked language', () => {
    expect(renderProblemPage('fi', 410)).toContain('<h1>Linkki ei ole enää käytössä</h1>');
    expect(renderProblemPage('en', 410)).toContain('<h1>This link is no longer available</h1>');
    expect(renderProblemPage('en', 404)).toContain('<h1>Link not found</h1>');
    expect(renderProblemPage('fi', 404)).toContain('data-status="404"');
  });

  it('lists what was wrong with the address, escaped', () => {
    const html = renderProblemPage('en', 400, ['view must be wheel or month', '<b>x</b>']);
    expect(html).toContain('<li>view must be wheel or month</li>');
    expect(html).toContain('<li>&lt;b&gt;x&lt;/b&gt;</li>');
  });
});
