/** The wheel's layout in SVG units, shared with the share page's wheel (core/wheel-layout). */
export { C, MARKS_INNER, MARKS_OUTER, SIZE, THEME_OUTER, THEME_RING, ringRadius } from '../../../../core/wheel-layout';
