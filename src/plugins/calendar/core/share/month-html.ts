/**
 * The share page's month view as an HTML table: the weeks of core/calendar-grid (Monday first),
 * each day with the themes that cover it and its occurrences, each at its time in the piece's
 * own zone (the zone named when it is not the planner's). Planned ones are marked as such.
 */
import type { ShareLanguage, ShareOccurrence } from '../contracts/share-links';
import { monthGrid } from '../calendar-grid';
import { spanInYear } from '../wheel-geometry';
import { safeColor } from './escape';
import { el, empty, text } from './markup';
import { STAGE_COLORS, WHEEL_COLORS, type ShareTheme } from './wheel-svg';
import { shortDate, stageName, weekdayNames, wordsFor } from './words';

/** How many occurrences a day cell lists before "+N more". */
export const ITEMS_PER_DAY = 8;

/** Whether `theme` covers `date`, a yearly one in any year (a span over New Year from the year before too). */
export function themeCovers(theme: ShareTheme, date: string): boolean {
  const year = Number(date.slice(0, 4));
  const span = { start: theme.startDate, end: theme.endDate, repeatsYearly: theme.repeatsYearly };
  const spans = theme.repeatsYearly ? [spanInYear(span, year - 1), spanInYear(span, year)] : [span];
  return spans.some((s) => s.start <= date && date <= s.end);
}

const band = (theme: ShareTheme) =>
  el(
    'svg',
    {
      class: 'band',
      viewBox: '0 0 100 4',
      preserveAspectRatio: 'none',
      'data-theme-band': theme.slug,
      role: 'img',
      'aria-label': theme.name,
    },
    el('title', {}, text(theme.name)),
    empty('rect', { width: 100, height: 4, fill: safeColor(theme.color, WHEEL_COLORS.theme) })
  );

function item(o: ShareOccurrence, defaultZone: string, lang: ShareLanguage) {
  const words = wordsFor(lang);
  const zone = o.timeZone !== defaultZone ? ` ${o.timeZone.split('/').pop()!.replace(/_/g, ' ')}` : '';
  return el(
    'li',
    { class: o.planned ? 'occurrence planned' : 'occurrence', 'data-piece': o.documentId, 'data-planned': o.planned ? 'true' : undefined },
    el(
      'svg',
      { class: 'dot', viewBox: '0 0 8 8', width: 8, height: 8, 'aria-hidden': 'true' },
      empty('circle', { cx: 4, cy: 4, r: 3.5, fill: STAGE_COLORS[o.funnelStage] ?? WHEEL_COLORS.tick })
    ),
    ' ',
    el('time', { datetime: o.start }, text(`${o.start.slice(11, 16)}${zone}`)),
    ' ',
    el('span', { class: 'title', title: stageName(o.funnelStage, lang) }, text(o.title)),
    o.planned ? ` ${el('span', { class: 'badge' }, text(words.planned))}` : ''
  );
}

export interface MonthInput {
  month: string;
  themes: readonly ShareTheme[];
  occurrences: readonly ShareOccurrence[];
  today: string;
  defaultZone: string;
  lang: ShareLanguage;
}

export function renderMonth({ month, themes, occurrences, today, defaultZone, lang }: MonthInput) {
  const words = wordsFor(lang);
  const grid = monthGrid(month);
  const byDate = new Map<string, ShareOccurrence[]>();
  for (const o of occurrences) {
    const date = o.start.slice(0, 10);
    byDate.set(date, [...(byDate.get(date) ?? []), o]);
  }
  const inMonth = themes.filter((t) => grid.weeks.flat().some((d) => d.startsWith(month) && themeCovers(t, d)));
  const cell = (date: string) => {
    const items = byDate.get(date) ?? [];
    const classes = [date.startsWith(month) ? '' : 'other-month', date === today ? 'today' : ''].filter(Boolean).join(' ');
    const shown = items.slice(0, ITEMS_PER_DAY).map((o) => item(o, defaultZone, lang));
    if (items.length > ITEMS_PER_DAY) shown.push(el('li', { class: 'more' }, text(words.more(items.length - ITEMS_PER_DAY))));
    return el(
      'td',
      { 'data-date': date, class: classes || undefined },
      el('div', { class: 'day-number' }, String(Number(date.slice(8, 10)))),
      ...inMonth.filter((t) => themeCovers(t, date)).map(band),
      shown.length ? el('ul', {}, ...shown) : ''
    );
  };
  const themeList = inMonth.length
    ? el(
        'ul',
        { class: 'month-themes' },
        ...inMonth.map((t) =>
          el(
            'li',
            {},
            band(t),
            ' ',
            text(t.name),
            ' ',
            el('span', { class: 'muted' }, text(`${shortDate(t.startDate, lang)}–${shortDate(t.endDate, lang)}`))
          )
        )
      )
    : '';
  const table = el(
    'table',
    { class: 'month', 'data-testid': 'month-grid', 'data-month': month },
    el('thead', {}, el('tr', {}, ...weekdayNames(lang).map((d) => el('th', { scope: 'col' }, text(d))))),
    el('tbody', {}, ...grid.weeks.map((week) => el('tr', {}, ...week.map(cell))))
  );
  return themeList + table;
}
