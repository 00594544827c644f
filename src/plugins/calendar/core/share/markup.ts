/** Building HTML and SVG as text: every attribute value and text node is escaped here. */
import { escapeHtml } from './escape';

export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** ` name="value"` for each attribute; false, null and undefined are left out, true is written bare. */
export const attrs = (values: Attrs) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`))
    .join('');

/** An element whose children are already markup (built with `el` or escaped with `text`). */
export const el = (name: string, values: Attrs, ...children: string[]) => `<${name}${attrs(values)}>${children.join('')}</${name}>`;

/** An element without children (`<circle … />` in SVG, `<meta …>` in HTML). */
export const empty = (name: string, values: Attrs, svg = true) => `<${name}${attrs(values)}${svg ? ' />' : '>'}`;

/** Text content, escaped. */
export const text = (value: unknown) => escapeHtml(value);
