import type { ShareOccurrence } from '../contracts/share-links';
import { ITEMS_PER_DAY, renderMonth, themeCovers } from './month-html';

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
const theme = { slug: 'joulu', name: 'Joulu', startDate: '2025-12-20', endDate: '2026-01-06', repeatsYearly: true, color: '#D02B20' };
const render = (occurrences: ShareOccurrence[], over: Partial<Parameters<typeof renderMonth>[0]> = {}) =>
  renderMonth({ month: '2026-03', themes: [], occurrences, today: '2026-03-10', defaultZone: 'Europe/Helsinki', lang: 'fi', ...over });
const cell = (html: string, date: string) => html.match(new RegExp(`<td data-date="${date}"[^>]*>.*?</td>`, 's'))?.[0] ?? '';

describe('themeCovers', () => {
  it('covers a yearly theme’s days in every year, across New Year too', () => {
    expect(themeCovers(theme, '2027-12-24')).toBe(true);
    expect(themeCovers(theme, '2030-01-03')).toBe(true);
    expect(themeCovers(theme, '2030-01-07')).toBe(false);
    expect(themeCovers({ ...theme, repeatsYearly: false }, '2027-12-24')).toBe(false);
  });
});

describe('renderMonth', () => {
  it('shows the weeks Monday first, the occurrence on its local day at its local time, and marks today', () => {
    const html = render([occurrence({})]);
    expect(html).toMatch(/<thead><tr><th scope="col">ma<\/th><th scope="col">ti<\/th>/);
    expect(html).toContain('<td data-date="2026-02-23" class="other-month">');
    expect(cell(html, '2026-03-10')).toMatch(
      /class="today".*<time datetime="2026-03-10T09:00:00\+02:00">09:00<\/time> <span class="title" title="Tavoittelu">Kevätkampanja<\/span>/s
    );
  });

  it('names the zone of a piece planned in another one, and marks planned ones', () => {
    const html = render([occurrence({ start: '2026-03-12T08:00:00+01:00', timeZone: 'Europe/Stockholm', planned: true })], { lang: 'en' });
    expect(cell(html, '2026-03-12')).toMatch(
      /class="occurrence planned"[^>]*data-planned="true".*08:00 Stockholm.*<span class="badge">planned<\/span>/s
    );
  });

  it('lists at most ITEMS_PER_DAY a day, then says how many more', () => {
    const many = Array.from({ length: ITEMS_PER_DAY + 3 }, (_, i) => occurrence({ documentId: `piece${i}abcdef` }));
    const day = cell(render(many), '2026-03-10');
    expect(day.match(/class="occurrence"/g)).toHaveLength(ITEMS_PER_DAY);
    expect(day).toContain('+3 muuta');
  });

  it('draws theme bands on the days a theme covers and lists the month’s themes', () => {
    const spring = { ...theme, slug: 'kevat', name: 'Kevät', startDate: '2026-03-05', endDate: '2026-05-31', repeatsYearly: false };
    const html = render([], { themes: [spring, theme] });
    expect(cell(html, '2026-03-05')).toContain('data-theme-band="kevat"');
    expect(cell(html, '2026-03-04')).not.toContain('data-theme-band');
    expect(html).toContain('<ul class="month-themes">');
    expect(html).not.toContain('Joulu');
  });

  it('escapes titles', () => {
    expect(render([occurrence({ title: '<img src=x onerror=alert(1)>' })])).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
