/** The wheel's layout in SVG units: a 1000 × 1000 square, themes outside, occurrence rings inside. */
export const SIZE = 1000;
export const C = SIZE / 2;
export const THEME_OUTER = 455;
export const THEME_RING = 16;
export const MARKS_OUTER = 385;
export const MARKS_INNER = 175;

/** The radius of the middle of ring `i` (0 = outermost) of `width`. */
export const ringRadius = (i: number, width: number) => MARKS_OUTER - i * width - width / 2;
