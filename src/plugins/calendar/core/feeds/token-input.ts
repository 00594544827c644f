/**
 * The name and saved filters of a secret link (calendar feed tokens, share links), checked the
 * same way for both: a name of 1–100 characters, and filters as the public feeds read them.
 */
import { fieldError, type FieldError } from '../field-errors';
import { parseFilters, PUBLIC_FILTER_KEYS, type OccurrenceFilters } from '../query/occurrence-params';

export const MAX_TOKEN_NAME = 100;

/** The trimmed name, or the problem to report. */
export function readTokenName(value: unknown): { name: string; problem?: FieldError } {
  const name = typeof value === 'string' ? value.trim() : '';
  if (!name || name.length > MAX_TOKEN_NAME)
    return { name, problem: fieldError('name', `name is required (1–${MAX_TOKEN_NAME} characters)`, value) };
  return { name };
}

/** Filters to save (none: `{}`), or the problems, each under `filters.<key>`. */
export function readSavedFilters(value: unknown): { filters: OccurrenceFilters; problems: FieldError[] } {
  if (value === undefined || value === null) return { filters: {}, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { filters: {}, problems: [fieldError('filters', 'filters must be an object such as { "channel": ["instagram"] }', value)] };
  }
  const parsed = parseFilters(value as Record<string, unknown>, PUBLIC_FILTER_KEYS);
  if (parsed.ok) return { filters: parsed.value, problems: [] };
  return { filters: {}, problems: parsed.errors.map((e) => ({ ...e, path: ['filters', ...e.path], message: `filters.${e.message}` })) };
}
