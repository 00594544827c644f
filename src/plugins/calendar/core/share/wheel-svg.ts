/**
 * The share page's year wheel as SVG text, drawn from the same geometry and layout as the admin's
 * wheel: the dial (months, weeks, quarters), themes on the outer rings, one ring of marks per
 * funnel stage, today's hand. Planned occurrences are hollow, dashed marks.
 */
import type { ShareLanguage, ShareOccurrence } from '../contracts/share-links';
import { FUNNEL_STAGES } from '../enums';
import { angleOfDay, annularSector, bucketMarks, dayOfYear, polar, type Mark } from '../wheel-geometry';
import {
  C,
  MARKS_INNER,
  MARKS_OUTER,
  SIZE,
  THEME_OUTER,
  THEME_RING,
  ringRadius,
  themeArcs,
  type ThemeArc,
  type ThemeSpan,
} from '../wheel-layout';
import { safeColor } from './escape';
import { el, empty, text } from './markup';
import { dial, WHEEL_COLORS } from './wheel-dial';
import { shortDate, stageName, wordsFor } from './words';

export { WHEEL_COLORS };

/** The funnel stages' colours, as the admin's wheel by stage has them. */
export const STAGE_COLORS: Record<string, string> = { reach: '#66b7f1', act: '#5cb176', convert: '#f29d41', engage: '#ac73e6' };

export interface ShareTheme extends ThemeSpan {
  name: string;
  color: string | null;
  /** A quiet season (suvanto): drawn striped, as in the admin's wheel. */
  quietSeason?: boolean;
}

const HATCH_ID = 'quiet-hatch';
const QUIET_WORD: Record<ShareLanguage, string> = { fi: 'suvanto', en: 'quiet season' };

/** The stripes over quiet seasons. */
const hatchPattern = () =>
  el(
    'defs',
    {},
    el(
      'pattern',
      { id: HATCH_ID, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      empty('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: WHEEL_COLORS.quarterLine, 'stroke-width': 3 })
    )
  );

export interface StageRing {
  stage: string;
  color: string;
  count: number;
  marks: Mark<ShareOccurrence>[];
}

/** How many titles a mark's tooltip lists before "…". */
const TITLES_PER_MARK = 8;

/** One ring per funnel stage (all four, always, as the admin's "by stage"), marks by local day of the piece. */
export function stageRings(occurrences: readonly ShareOccurrence[], year: number): StageRing[] {
  const byStage = new Map<string, Array<{ day: number; item: ShareOccurrence }>>(FUNNEL_STAGES.map((s) => [s, []]));
  for (const o of occurrences) {
    if (!o.start.startsWith(String(year))) continue;
    byStage.get(o.funnelStage)?.push({ day: dayOfYear(o.start), item: o });
  }
  return [...byStage.entries()].map(([stage, items]) => ({
    stage,
    color: STAGE_COLORS[stage] ?? WHEEL_COLORS.tick,
    count: items.length,
    marks: bucketMarks(items),
  }));
}

function themeArc({ theme, range, ring }: ThemeArc<ShareTheme>, year: number, lang: ShareLanguage) {
  const d = annularSector(
    C,
    C,
    THEME_OUTER - (ring + 1) * THEME_RING,
    THEME_OUTER - ring * THEME_RING - 2,
    angleOfDay(range[0], year),
    angleOfDay(range[1] + 1, year)
  );
  const quiet = theme.quietSeason === true;
  const title = `${theme.name}: ${shortDate(theme.startDate, lang)}–${shortDate(theme.endDate, lang)}${quiet ? ` (${QUIET_WORD[lang]})` : ''}`;
  const arc = el(
    'path',
    {
      d,
      fill: safeColor(theme.color, WHEEL_COLORS.theme),
      opacity: quiet ? 0.5 : 0.85,
      'data-theme': theme.slug,
      'data-quiet': quiet ? 'true' : undefined,
    },
    el('title', {}, text(title))
  );
  return quiet ? arc + empty('path', { d, fill: `url(#${HATCH_ID})`, 'pointer-events': 'none' }) : arc;
}

function mark(ring: StageRing, index: number, ringWidth: number, m: Mark<ShareOccurrence>, year: number, lang: ShareLanguage) {
  const words = wordsFor(lang);
  const p = polar(C, C, ringRadius(index, ringWidth), angleOfDay(m.day + m.days / 2, year));
  const r = Math.min(ringWidth / 2 - 1, 3 + Math.sqrt(m.items.length) * 1.6);
  const planned = m.items.every((o) => o.planned);
  const lines = m.items
    .slice(0, TITLES_PER_MARK)
    .map((o) => `${shortDate(o.start, lang)} ${o.start.slice(11, 16)} ${o.title}${o.planned ? ` (${words.planned})` : ''}`);
  const more = m.items.length > TITLES_PER_MARK ? '\n…' : '';
  return el(
    'circle',
    {
      cx: p.x,
      cy: p.y,
      r,
      fill: planned ? WHEEL_COLORS.center : ring.color,
      stroke: planned ? ring.color : WHEEL_COLORS.center,
      'stroke-width': planned ? 2 : 1,
      'stroke-dasharray': planned ? '3 2' : undefined,
      'data-mark': ring.stage,
      'data-planned': planned ? 'true' : undefined,
    },
    el('title', {}, text(`${stageName(ring.stage, lang)} · ${m.items.length}\n${lines.join('\n')}${more}`))
  );
}

export interface WheelInput {
  year: number;
  themes: readonly ShareTheme[];
  occurrences: readonly ShareOccurrence[];
  /** Today's date in the planner's zone. */
  today: string;
  lang: ShareLanguage;
}

/** The wheel's rings (for the legend) and its SVG. */
export function renderWheel({ year, themes, occurrences, today, lang }: WheelInput) {
  const words = wordsFor(lang);
  const arcs = themeArcs(themes, year);
  const rings = stageRings(occurrences, year);
  const ringWidth = (MARKS_OUTER - MARKS_INNER) / rings.length;
  const total = rings.reduce((n, r) => n + r.count, 0);
  const hand = today.startsWith(String(year)) ? polar(C, C, THEME_OUTER + 8, angleOfDay(dayOfYear(today) + 0.5, year)) : null;
  const svg = el(
    'svg',
    {
      viewBox: `0 0 ${SIZE} ${SIZE}`,
      xmlns: 'http://www.w3.org/2000/svg',
      role: 'img',
      'aria-label': `${words.wheel} ${year}`,
      'data-testid': 'year-wheel',
      'data-occurrences': total,
      class: 'wheel',
      'font-family': 'sans-serif',
    },
    hatchPattern(),
    dial(year, rings.length, ringWidth, lang),
    ...arcs.map((arc) => themeArc(arc, year, lang)),
    ...rings.flatMap((ring, i) => ring.marks.map((m) => mark(ring, i, ringWidth, m, year, lang))),
    hand
      ? el(
          'line',
          { x1: C, y1: C, x2: hand.x, y2: hand.y, stroke: WHEEL_COLORS.hand, 'stroke-width': 3, 'data-testid': 'today-hand' },
          el('title', {}, text(words.today))
        )
      : '',
    empty('circle', { cx: C, cy: C, r: MARKS_INNER - 60, fill: WHEEL_COLORS.center, stroke: WHEEL_COLORS.track }),
    el('text', { x: C, y: C - 8, 'text-anchor': 'middle', 'font-size': 44, 'font-weight': 'bold', fill: WHEEL_COLORS.label }, String(year)),
    el(
      'text',
      { x: C, y: C + 28, 'text-anchor': 'middle', 'font-size': 16, fill: WHEEL_COLORS.quarterLine },
      text(`${total} ${words.publications}`)
    )
  );
  return { svg, arcs, rings };
}
