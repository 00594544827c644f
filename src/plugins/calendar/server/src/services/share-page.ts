/**
 * A share link's page as HTML: the year wheel with its legend, or a month grid, of the link's
 * occurrences (published ones, and planned ones when the link shows them) and the themes. The
 * rendered page is kept in the feed cache until the content changes, like the public feeds.
 */
import type { Core } from '@strapi/strapi';
import type { ShareLanguage, ShareView } from '../../../core/contracts/share-links';
import { monthGrid } from '../../../core/calendar-grid';
import { renderLegend } from '../../../core/share/legend';
import { renderMonth } from '../../../core/share/month-html';
import { renderSharePage } from '../../../core/share/page-html';
import { renderWheel } from '../../../core/share/wheel-svg';
import { instantToLocal, nextDate, startOfLocalDay } from '../../../core/time';
import { getConfig, getService } from '../utils';
import type { ShareLinkRow } from './share-links';

export interface ShareRequest {
  token: string;
  view: ShareView;
  year: number;
  month: string;
  lang: ShareLanguage;
}

/** Today's date in the planner's zone, `YYYY-MM-DD`. */
export const todayIn = (zone: string) => instantToLocal(new Date(), zone).slice(0, 10);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async render(row: ShareLinkRow, request: ShareRequest): Promise<Buffer> {
    const zone = getConfig(strapi, 'defaultTimeZone');
    const today = todayIn(zone);
    const filters = row.filters ?? {};
    const showPlanned = Boolean(row.showPlanned);
    // Both year and month: the page's links carry the other one too.
    const key = ['share', row.id, request.view, request.year, request.month, request.lang, today].join('|');
    const { feed } = await getService(strapi, 'feed-cache').getOrBuild(key, { range: null, drafts: showPlanned }, async () => {
      const grid = monthGrid(request.month);
      const [first, last] = request.view === 'wheel' ? [`${request.year}-01-01`, `${request.year}-12-31`] : [grid.first, grid.last];
      const query = { from: startOfLocalDay(first, zone), to: startOfLocalDay(nextDate(last), zone), timeZone: zone, filters };
      const [occurrences, reference] = await Promise.all([
        getService(strapi, 'occurrences').shareFeed(query, showPlanned),
        getService(strapi, 'settings').reference(),
      ]);
      // A link saved for some themes draws only those on the wheel and the month.
      const themes = reference.themes.filter((t) => !filters.theme || filters.theme.includes(t.slug));
      let content: string;
      if (request.view === 'wheel') {
        const wheel = renderWheel({ year: request.year, themes, occurrences, today, lang: request.lang });
        content = `<div class="wheel-layout">${wheel.svg}${renderLegend(wheel.arcs, wheel.rings, showPlanned, request.lang)}</div>`;
      } else {
        content = renderMonth({ month: request.month, themes, occurrences, today, defaultZone: zone, lang: request.lang });
      }
      return renderSharePage({ ...request, name: row.name, today, showPlanned, content });
    });
    // A page is tens of kilobytes: one chunk, or joined.
    return feed.bytes();
  },
});
