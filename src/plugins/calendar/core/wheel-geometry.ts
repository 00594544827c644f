/**
 * Geometry of the year wheel (vuosikello): a year as a circle that starts at the top on
 * 1 January and runs clockwise. Pure functions: angles, annular-sector paths, ring assignment
 * for overlapping themes, and bucketing of dense occurrences so 5,000 marks stay readable.
 */

const DAY_MS = 86_400_000;

export const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
export const daysInYear = (year: number) => (isLeapYear(year) ? 366 : 365);

/** 0-based day of the year of a `YYYY-MM-DD` date. */
export function dayOfYear(date: string): number {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / DAY_MS);
}

/** Angle in degrees (0 = top, clockwise) of a fractional day of the year. */
export function angleOfDay(day: number, year: number): number {
  return (day / daysInYear(year)) * 360;
}

export interface Point {
  x: number;
  y: number;
}

export function polar(cx: number, cy: number, radius: number, angleDeg: number): Point {
  const rad = ((angleDeg - 90) * Math.PI) / 180;
  return { x: round(cx + radius * Math.cos(rad)), y: round(cy + radius * Math.sin(rad)) };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** SVG path of the ring segment between two radii and two angles (clockwise). */
export function annularSector(cx: number, cy: number, inner: number, outer: number, startDeg: number, endDeg: number): string {
  const sweep = Math.min(359.99, Math.max(0.01, endDeg - startDeg));
  const end = startDeg + sweep;
  const large = sweep > 180 ? 1 : 0;
  const a = polar(cx, cy, outer, startDeg);
  const b = polar(cx, cy, outer, end);
  const c = polar(cx, cy, inner, end);
  const d = polar(cx, cy, inner, startDeg);
  return `M${a.x} ${a.y}A${outer} ${outer} 0 ${large} 1 ${b.x} ${b.y}L${c.x} ${c.y}A${inner} ${inner} 0 ${large} 0 ${d.x} ${d.y}Z`;
}

export interface Span {
  id: string;
  start: string; // YYYY-MM-DD
  end: string; // YYYY-MM-DD, inclusive
}

/** The part of a date span inside `year`, as [first day, last day] of the year; null if none. */
export function clipToYear(span: { start: string; end: string }, year: number): [number, number] | null {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (span.end < first || span.start > last) return null;
  const from = span.start < first ? 0 : dayOfYear(span.start);
  const to = span.end > last ? daysInYear(year) - 1 : dayOfYear(span.end);
  return [from, to];
}

/**
 * A theme that repeats yearly shown in `year`: its dates moved to that year (a span over New
 * Year keeps its length). 29 February becomes 28 February in other years.
 */
export function spanInYear(span: { start: string; end: string; repeatsYearly?: boolean }, year: number): { start: string; end: string } {
  if (!span.repeatsYearly) return span;
  const move = (date: string, y: number) => {
    const md = date.slice(5, 10);
    return `${y}-${md === '02-29' && !isLeapYear(y) ? '02-28' : md}`;
  };
  const wraps = span.end.slice(0, 4) > span.start.slice(0, 4);
  return { start: move(span.start, year), end: move(span.end, wraps ? year + 1 : year) };
}

/** Rings for spans so that overlapping ones never share a ring (greedy interval colouring). */
export function assignRings<T extends { id: string; from: number; to: number }>(spans: T[]): Map<string, number> {
  const sorted = [...spans].sort((a, b) => a.from - b.from || b.to - a.to);
  const ringEnds: number[] = [];
  const rings = new Map<string, number>();
  for (const span of sorted) {
    let ring = ringEnds.findIndex((end) => end < span.from);
    if (ring === -1) {
      ring = ringEnds.length;
      ringEnds.push(span.to);
    } else ringEnds[ring] = span.to;
    rings.set(span.id, ring);
  }
  return rings;
}

export interface Mark<T> {
  day: number; // first day of the bucket
  days: number; // bucket length in days (1 or 7)
  items: T[];
}

/**
 * Groups a ring's occurrences per day, or per week when there are more than `maxMarks` days with
 * something, so a dense ring stays legible: the mark's size then shows the count.
 */
export function bucketMarks<T>(items: Array<{ day: number; item: T }>, maxMarks = 120): Mark<T>[] {
  const byDay = new Map<number, T[]>();
  for (const { day, item } of items) {
    const list = byDay.get(day);
    if (list) list.push(item);
    else byDay.set(day, [item]);
  }
  const days = byDay.size > maxMarks ? 7 : 1;
  const buckets = new Map<number, T[]>();
  for (const [day, list] of byDay) {
    const start = Math.floor(day / days) * days;
    const bucket = buckets.get(start);
    if (bucket) bucket.push(...list);
    else buckets.set(start, [...list]);
  }
  return [...buckets.entries()].sort(([a], [b]) => a - b).map(([day, list]) => ({ day, days, items: list }));
}
