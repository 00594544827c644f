/**
 * The occurrence index covers a rolling window of whole UTC years around today: `yearsBack`
 * years before the current one and `yearsAhead` after it. A request inside the window reads the
 * index; one reaching outside it is expanded on demand, as before the index existed.
 */
import type { Range } from '../recurrence/expand';

export interface WindowSettings {
  yearsBack: number;
  yearsAhead: number;
}

export const DEFAULT_WINDOW: WindowSettings = { yearsBack: 2, yearsAhead: 3 };

/** [1 January of year − back, 1 January of year + ahead + 1), in UTC, padded by two days on both sides for zones. */
export function indexWindow(now: Date, settings: WindowSettings = DEFAULT_WINDOW): Range {
  const year = now.getUTCFullYear();
  const pad = 2 * 86_400_000;
  return {
    from: new Date(Date.UTC(year - settings.yearsBack, 0, 1) - pad),
    to: new Date(Date.UTC(year + settings.yearsAhead + 1, 0, 1) + pad),
  };
}

/** Whether `range` lies wholly inside `window`. */
export function covers(window: Range, range: Range): boolean {
  return range.from >= window.from && range.to <= window.to;
}

/** The window cut into slices of at most a year, each expanded under its own budget and limit. */
export function yearSlices(window: Range): Range[] {
  const out: Range[] = [];
  let from = window.from;
  while (from < window.to) {
    const next = new Date(Date.UTC(from.getUTCFullYear() + 1, 0, 1));
    const to = next < window.to ? next : window.to;
    out.push({ from, to });
    from = to;
  }
  return out;
}
