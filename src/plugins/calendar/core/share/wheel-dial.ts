/**
 * The year wheel's dial as SVG text, as the admin's WheelScale draws it: background, one track
 * per ring, month lines (quarters bolder) with their names, week ticks and Q1–Q4.
 */
import type { ShareLanguage } from '../contracts/share-links';
import { angleOfDay, dayOfYear, daysInYear, polar } from '../wheel-geometry';
import { C, MARKS_INNER, THEME_OUTER, ringRadius } from '../wheel-layout';
import { el, empty, text } from './markup';
import { shortMonthNames } from './words';

/** The design system's colours the admin's wheel uses, so a printed wheel looks like the admin's. */
export const WHEEL_COLORS = {
  background: '#f6f6f9',
  track: '#eaeaef',
  line: '#c0c0cf',
  quarterLine: '#666687',
  tick: '#a5a5ba',
  label: '#32324d',
  quarter: '#8e8ea9',
  hand: '#d02b20',
  center: '#ffffff',
  theme: '#4945ff',
} as const;

export function dial(year: number, rings: number, ringWidth: number, lang: ShareLanguage) {
  const months = shortMonthNames(lang);
  const monthStarts = Array.from({ length: 12 }, (_, m) => dayOfYear(`${year}-${String(m + 1).padStart(2, '0')}-01`));
  const parts = [empty('circle', { cx: C, cy: C, r: THEME_OUTER + 4, fill: WHEEL_COLORS.background })];
  for (let i = 0; i < rings; i += 1) {
    parts.push(
      empty('circle', {
        cx: C,
        cy: C,
        r: ringRadius(i, ringWidth),
        fill: 'none',
        stroke: WHEEL_COLORS.track,
        'stroke-width': ringWidth - 2,
      })
    );
  }
  monthStarts.forEach((day, m) => {
    const a = angleOfDay(day, year);
    const inner = polar(C, C, MARKS_INNER - 10, a);
    const outer = polar(C, C, THEME_OUTER + 4, a);
    const label = polar(C, C, THEME_OUTER + 24, angleOfDay(day + 15, year));
    const quarter = m % 3 === 0;
    parts.push(
      empty('line', {
        x1: inner.x,
        y1: inner.y,
        x2: outer.x,
        y2: outer.y,
        stroke: quarter ? WHEEL_COLORS.quarterLine : WHEEL_COLORS.line,
        'stroke-width': quarter ? 2.5 : 1,
      }),
      el(
        'text',
        {
          x: label.x,
          y: label.y,
          'text-anchor': 'middle',
          'dominant-baseline': 'middle',
          'font-size': 18,
          fill: WHEEL_COLORS.label,
          'data-month': m + 1,
        },
        text(months[m])
      )
    );
  });
  for (let w = 0; w < Math.ceil(daysInYear(year) / 7); w += 1) {
    const a = angleOfDay(w * 7, year);
    const p1 = polar(C, C, THEME_OUTER + 4, a);
    const p2 = polar(C, C, THEME_OUTER + 10, a);
    parts.push(empty('line', { x1: p1.x, y1: p1.y, x2: p2.x, y2: p2.y, stroke: WHEEL_COLORS.tick, 'stroke-width': 1 }));
  }
  for (let q = 0; q < 4; q += 1) {
    const p = polar(C, C, MARKS_INNER - 35, angleOfDay(monthStarts[q * 3] + 45, year));
    parts.push(
      el(
        'text',
        {
          x: p.x,
          y: p.y,
          'text-anchor': 'middle',
          'dominant-baseline': 'middle',
          'font-size': 20,
          'font-weight': 'bold',
          fill: WHEEL_COLORS.quarter,
        },
        `Q${q + 1}`
      )
    );
  }
  return el('g', {}, ...parts);
}
