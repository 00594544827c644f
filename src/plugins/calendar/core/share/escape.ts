/**
 * Text written into HTML or SVG by the share page: every value from the database or the request
 * goes through `escapeHtml`, in element content and in quoted attributes alike.
 */
import { isHexColor } from '../color';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** A colour for a fill or swatch: a stored #RRGGBB as it is, anything else the fallback. */
export const safeColor = (value: unknown, fallback: string): string => (isHexColor(value) ? value : fallback);
