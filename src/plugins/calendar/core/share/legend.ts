/** The wheel's legend as HTML: themes, then the stage rings with their counts, and what a planned mark looks like. */
import type { ShareLanguage } from '../contracts/share-links';
import type { ThemeArc } from '../wheel-layout';
import { safeColor } from './escape';
import { el, empty, text } from './markup';
import { WHEEL_COLORS, type ShareTheme, type StageRing } from './wheel-svg';
import { shortDate, stageName, wordsFor } from './words';

const swatch = (fill: string, planned = false) =>
  el(
    'svg',
    { class: 'swatch', viewBox: '0 0 14 14', width: 14, height: 14, 'aria-hidden': 'true' },
    planned
      ? empty('circle', { cx: 7, cy: 7, r: 5, fill: WHEEL_COLORS.center, stroke: fill, 'stroke-width': 2, 'stroke-dasharray': '3 2' })
      : empty('rect', { x: 1, y: 1, width: 12, height: 12, rx: 2, fill })
  );

export function renderLegend(arcs: ThemeArc<ShareTheme>[], rings: StageRing[], showPlanned: boolean, lang: ShareLanguage) {
  const words = wordsFor(lang);
  const themes = arcs.length
    ? arcs.map(({ theme }) =>
        el(
          'li',
          {},
          swatch(safeColor(theme.color, WHEEL_COLORS.theme)),
          ' ',
          text(theme.name),
          ' ',
          el('span', { class: 'muted' }, text(`${shortDate(theme.startDate, lang)}–${shortDate(theme.endDate, lang)}`))
        )
      )
    : [el('li', { class: 'muted' }, text(words.noThemes))];
  const stages = rings.map((ring) =>
    el('li', { 'data-stage': ring.stage }, swatch(ring.color), ' ', text(`${stageName(ring.stage, lang)} (${ring.count})`))
  );
  const planned = showPlanned
    ? el('p', { class: 'planned-note' }, swatch(WHEEL_COLORS.quarterLine, true), ' ', text(words.plannedMark))
    : '';
  return el(
    'aside',
    { class: 'legend', 'data-testid': 'wheel-legend' },
    el('h2', {}, text(words.rings)),
    el('h3', {}, text(words.themes)),
    el('ul', {}, ...themes),
    el('h3', {}, text(words.stages)),
    el('ul', {}, ...stages),
    planned
  );
}
