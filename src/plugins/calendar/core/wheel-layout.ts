/**
 * The year wheel's layout, shared by the admin's wheel and the share page's server-rendered one
 * so both draw the same picture: a 1000 × 1000 square, themes on outer rings, occurrence rings
 * inside, and which ring each theme takes.
 */
import { clipToFrame, frameYears, wheelFrame, type WheelFrame } from './wheel-frame';
import { assignRings, spanInYear } from './wheel-geometry';

export const SIZE = 1000;
export const C = SIZE / 2;
export const THEME_OUTER = 455;
export const THEME_RING = 16;
export const MARKS_OUTER = 385;
export const MARKS_INNER = 175;

/** The radius of the middle of ring `i` (0 = outermost) of `width`. */
export const ringRadius = (i: number, width: number) => MARKS_OUTER - i * width - width / 2;

/** What a theme needs to be drawn: its slug and dates. */
export interface ThemeSpan {
  slug: string;
  startDate: string;
  endDate: string;
  repeatsYearly: boolean;
}

export interface ThemeArc<T extends ThemeSpan = ThemeSpan> {
  theme: T;
  /** Days of the year, 0-based, inclusive. */
  range: [number, number];
  ring: number;
}

/**
 * Themes seen in `year`, each on the innermost ring where it does not overlap another. A yearly
 * theme over New Year (joulu 14.12.–6.1.) has two arcs: the start of the year and its end.
 */
export function themeArcs<T extends ThemeSpan>(themes: readonly T[], year: number): ThemeArc<T>[] {
  return themeArcsInFrame(themes, wheelFrame(year));
}

/**
 * Themes seen in a wheel frame (a shifted or zoomed wheel): a yearly theme appears once for each
 * calendar year the frame touches, and once more for the year before, whose occurrence may run
 * over New Year into the frame.
 */
export function themeArcsInFrame<T extends ThemeSpan>(themes: readonly T[], frame: WheelFrame): ThemeArc<T>[] {
  const years = frameYears(frame);
  const repeats = [years[0] - 1, ...years];
  const spans = themes.flatMap((theme) => {
    const base = { start: theme.startDate, end: theme.endDate, repeatsYearly: theme.repeatsYearly };
    const instances = theme.repeatsYearly ? repeats.map((y) => spanInYear(base, y)) : [base];
    return instances
      .map((span, k) => ({ theme, id: `${theme.slug}#${k}`, range: clipToFrame(span, frame) }))
      .filter((s): s is { theme: T; id: string; range: [number, number] } => s.range !== null);
  });
  const rings = assignRings(spans.map((s) => ({ id: s.id, from: s.range[0], to: s.range[1] })));
  return spans.map(({ theme, id, range }) => ({ theme, range, ring: rings.get(id) ?? 0 }));
}
