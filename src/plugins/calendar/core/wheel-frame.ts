/**
 * The stretch of time the year wheel shows, and where a date falls on it. By default a calendar
 * year from 1 January; a fiscal or school year starts at another month (twelve months from month
 * M of year Y); a zoom shows one quarter or one month of that wheel as the whole circle, so its
 * days get twelve times (a month) or four times (a quarter) the room. Pure.
 */
import { daysInYear } from './wheel-geometry';

const DAY_MS = 86_400_000;

export type WheelZoom = { kind: 'year' } | { kind: 'quarter'; index: number } | { kind: 'month'; month: number };

export interface WheelFrame {
  /** First and last day shown, YYYY-MM-DD, inclusive. */
  start: string;
  end: string;
  days: number;
  zoom: WheelZoom['kind'];
}

const utc = (date: string) => {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const monthStart = (year: number, month: number) => iso(Date.UTC(year, month - 1, 1));

/** Twelve months from month `startMonth` (1–12) of `year`, or a part of them. */
export function wheelFrame(year: number, startMonth = 1, zoom: WheelZoom = { kind: 'year' }): WheelFrame {
  // Month offsets from the wheel's first month: a quarter is three of them, a month one.
  const [first, count] =
    zoom.kind === 'quarter' ? [(zoom.index - 1) * 3, 3] : zoom.kind === 'month' ? [(zoom.month - startMonth + 12) % 12, 1] : [0, 12];
  const from = Date.UTC(year, startMonth - 1 + first, 1);
  const to = Date.UTC(year, startMonth - 1 + first + count, 1) - DAY_MS;
  const start = iso(from);
  // A January year is exactly the calendar year (leap years included), as the wheel always drew it.
  const days = zoom.kind === 'year' && startMonth === 1 ? daysInYear(year) : Math.round((to - from) / DAY_MS) + 1;
  return { start, end: iso(to), days, zoom: zoom.kind };
}

/**
 * The wheel year (the year of its first month) whose twelve months from `startMonth` contain
 * `date`: with a July start, March 2027 is in the wheel of 2026 (July 2026 – June 2027).
 */
export function wheelYearContaining(date: string, startMonth = 1): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) < startMonth ? year - 1 : year;
}

/** Days from the frame's first day to `date` (negative before it). */
export const dayInFrame = (frame: WheelFrame, date: string) => Math.round((utc(date) - utc(frame.start)) / DAY_MS);

/** Angle in degrees (0 = top, clockwise) of a fractional day of the frame. */
export const angleInFrame = (frame: WheelFrame, day: number) => (day / frame.days) * 360;

/** The part of a span inside the frame as [first day, last day] of the frame; null if none. */
export function clipToFrame(span: { start: string; end: string }, frame: WheelFrame): [number, number] | null {
  if (span.end < frame.start || span.start > frame.end) return null;
  const from = span.start < frame.start ? 0 : dayInFrame(frame, span.start);
  const to = span.end > frame.end ? frame.days - 1 : dayInFrame(frame, span.end);
  return [from, to];
}

/** The calendar years the frame touches (one or two). */
export function frameYears(frame: WheelFrame): number[] {
  const a = Number(frame.start.slice(0, 4));
  const b = Number(frame.end.slice(0, 4));
  return a === b ? [a] : [a, b];
}

/** The first day of each month in the frame, as frame days with the month (1–12) and year. */
export function frameMonths(frame: WheelFrame): Array<{ day: number; year: number; month: number }> {
  const months = [];
  let year = Number(frame.start.slice(0, 4));
  let month = Number(frame.start.slice(5, 7));
  for (let i = 0; i < 13; i++) {
    const date = monthStart(year, month);
    if (date > frame.end) break;
    months.push({ day: dayInFrame(frame, date), year, month });
    month = (month % 12) + 1;
    if (month === 1) year += 1;
  }
  return months;
}

/** Tick marks: every week from the frame's start (days for a month's zoom). */
export function frameTicks(frame: WheelFrame): number[] {
  const step = frame.zoom === 'month' ? 1 : 7;
  return Array.from({ length: Math.ceil(frame.days / step) }, (_, i) => i * step);
}

/** `start` in the wheel's URL: a month 1–12; anything else is January. */
export function parseStartMonth(text: string | null | undefined): number {
  const n = /^(?:[1-9]|1[0-2])$/.test(text ?? '') ? Number(text) : 1;
  return n;
}

/** `zoom` in the wheel's URL: q1–q4 (quarters of the wheel), m1–m12 (calendar months); else the year. */
export function parseZoom(text: string | null | undefined): WheelZoom {
  const q = /^q([1-4])$/.exec(text ?? '');
  if (q) return { kind: 'quarter', index: Number(q[1]) };
  const m = /^m([1-9]|1[0-2])$/.exec(text ?? '');
  if (m) return { kind: 'month', month: Number(m[1]) };
  return { kind: 'year' };
}

export const zoomParam = (zoom: WheelZoom): string | null =>
  zoom.kind === 'quarter' ? `q${zoom.index}` : zoom.kind === 'month' ? `m${zoom.month}` : null;
