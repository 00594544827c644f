/**
 * The year wheel's extra rings, drawn generically: a ring is an id, a label and items (a day or a
 * span, with a colour and optionally a pattern). Holidays are one; a budget ring or a competitors'
 * campaigns ring is one more entry in the admin's ring list (pages/YearWheel/extraRings.ts) built
 * from its own data into this shape — nothing here changes for it.
 */
import { clipToFrame, type WheelFrame } from './wheel-frame';
import { MARKS_INNER, MARKS_OUTER } from './wheel-layout';

export interface WheelRingItem {
  startDate: string;
  /** Inclusive; none = a one-day mark. */
  endDate?: string;
  label: string;
  color: string;
  /** `hatch`: striped, as the quiet seasons are. */
  pattern?: 'hatch';
}

export interface WheelRing {
  id: string;
  label: string;
  items: WheelRingItem[];
}

export interface RingShape {
  item: WheelRingItem;
  /** Frame days, inclusive. */
  from: number;
  to: number;
  /** A one-day item: drawn as a mark rather than an arc. */
  mark: boolean;
}

/** Each item's place in the frame; those outside it are left out. */
export const ringShapes = (ring: WheelRing, frame: WheelFrame): RingShape[] =>
  ring.items.flatMap((item) => {
    const range = clipToFrame({ start: item.startDate, end: item.endDate ?? item.startDate }, frame);
    return range ? [{ item, from: range[0], to: range[1], mark: !item.endDate || item.endDate === item.startDate }] : [];
  });

/** Width of one extra ring, taken from the outside of the occurrence rings' band. */
export const EXTRA_RING_WIDTH = 24;

/**
 * The radii of the extra rings (outside in) and what is left for the occurrence rings: never
 * less than half the band, so many extra rings cannot squeeze the publications out.
 */
export function ringBands(extraRings: number): { extra: Array<{ inner: number; outer: number }>; marksOuter: number } {
  const room = Math.floor((MARKS_OUTER - MARKS_INNER) / 2 / EXTRA_RING_WIDTH);
  const n = Math.min(extraRings, room);
  const extra = Array.from({ length: n }, (_, i) => ({
    outer: MARKS_OUTER - i * EXTRA_RING_WIDTH,
    inner: MARKS_OUTER - (i + 1) * EXTRA_RING_WIDTH + 2,
  }));
  return { extra, marksOuter: MARKS_OUTER - n * EXTRA_RING_WIDTH };
}
