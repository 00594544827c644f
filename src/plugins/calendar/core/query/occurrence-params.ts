/**
 * The occurrences query (`from`, `to`, `tz` and filters), parsed and checked at the edge.
 * Date-only values are whole days in `tz` and `to` is inclusive; date-times are instants (a
 * date-time without an offset is read in `tz`) and `to` is exclusive. Every problem names its
 * parameter.
 */
import { fieldError, type FieldError } from '../field-errors';
import { isValidTimeZone } from '../time-zone';
import { dateProblemText, offsetInstant, readDateInput } from '../date-input';
import { instantToLocal, localToInstant, nextDate, startOfLocalDay } from '../time';
import { ALL_LOCALES } from '../i18n/locales';
import { filterSchemas } from './filter-values';
import { parsePage, type OccurrencePage } from './occurrence-page';

export const MAX_RANGE_DAYS = 400;

export interface OccurrenceFilters {
  channel?: string[];
  persona?: string[];
  theme?: string[];
  stage?: string[];
  goal?: string[];
  format?: string[];
  /** Locale codes, or `all`; none given means the default locale. */
  locale?: string[];
  /** Admin feed only. */
  editorialStatus?: string[];
  /** Admin feed only: admin user ids, `me`, or `none` for unassigned. */
  assignee?: string[];
}

export interface OccurrenceQuery {
  from: Date;
  to: Date;
  timeZone: string;
  filters: OccurrenceFilters;
  /** The public feed's cursor page (`limit`, `cursor`); absent or null: every occurrence in the range. */
  page?: OccurrencePage | null;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export const PUBLIC_FILTER_KEYS = ['channel', 'persona', 'theme', 'stage', 'goal', 'format', 'locale'] as const;
const RANGE_PARAMS = ['from', 'to', 'tz', ...PUBLIC_FILTER_KEYS] as const;
const PUBLIC_PARAMS = [...RANGE_PARAMS, 'limit', 'cursor'] as const;
const ADMIN_PARAMS = [...RANGE_PARAMS, 'editorialStatus', 'assignee'] as const;

/** An error for each key of `query` not in `allowed`: `unknown <what> "key"; allowed: …`. */
function rejectUnknownKeys(query: Record<string, unknown>, allowed: readonly string[], what: 'filter' | 'parameter', errors: FieldError[]) {
  for (const key of Object.keys(query)) {
    if (!allowed.includes(key)) errors.push(fieldError(key, `unknown ${what} "${key}"; allowed: ${allowed.join(', ')}`));
  }
}

/**
 * An instant for `from`/`to`, or a message saying what is wrong: strict (nothing rolls over) and
 * inside the calendar's window, so a far-future range is refused before anything is expanded.
 */
function boundary(name: 'from' | 'to', value: string, zone: string): Date | string {
  const expected = 'a date (2026-03-01) or an ISO 8601 date-time (2026-03-01T09:00:00+02:00)';
  const read = readDateInput(value);
  if (!read.ok) return dateProblemText(name, read.problem, value, expected);
  if (!read.hasTime) return name === 'from' ? startOfLocalDay(read.date, zone) : startOfLocalDay(nextDate(read.date), zone);
  if (read.offsetMinutes !== null) return offsetInstant(read);
  return new Date(localToInstant(value.slice(0, 16) + `:${String(read.local.second).padStart(2, '0')}`, zone).getTime() + read.millisecond);
}

/**
 * The filters `keys` of `query`, in that order, with a problem pushed to `errors` per bad one; an
 * empty list is left out. An undefined value is skipped, and a null one too when `skipNull`
 * (parseFilters skips null; the occurrence query reports it as a bad value).
 */
function parseFilterValues(
  query: Record<string, unknown>,
  keys: ReadonlyArray<keyof OccurrenceFilters>,
  skipNull: boolean,
  errors: FieldError[]
): OccurrenceFilters {
  const filters: OccurrenceFilters = {};
  for (const key of keys) {
    if (query[key] === undefined || (skipNull && query[key] === null)) continue;
    const parsed = filterSchemas[key].safeParse(query[key]);
    if (parsed.success) {
      if (parsed.data.length > 0) filters[key] = parsed.data;
    } else {
      errors.push(fieldError(key, parsed.error.issues[0].message, query[key]));
    }
  }
  return filters;
}

/** Filters alone (no range), e.g. the ones saved on a calendar feed token. */
export function parseFilters(query: Record<string, unknown>, keys: ReadonlyArray<keyof OccurrenceFilters>): ParseResult<OccurrenceFilters> {
  const errors: FieldError[] = [];
  rejectUnknownKeys(query, keys, 'filter', errors);
  const filters = parseFilterValues(query, keys, true, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: filters };
}

/** Narrows saved filters with requested ones: a key given by both keeps the values in both. */
export function narrowFilters(saved: OccurrenceFilters, requested: OccurrenceFilters): OccurrenceFilters {
  const out: OccurrenceFilters = { ...saved };
  for (const key of Object.keys(requested) as Array<keyof OccurrenceFilters>) {
    const wanted = requested[key]!;
    // "every locale" asks for no more than the saved filter allows.
    const every = (values: readonly string[] | undefined) => values?.some((v) => (ALL_LOCALES as readonly string[]).includes(v));
    if (key === 'locale' && every(wanted)) continue;
    if (key === 'locale' && every(saved.locale)) {
      out.locale = wanted;
      continue;
    }
    out[key] = saved[key] ? saved[key]!.filter((v) => wanted.includes(v)) : wanted;
  }
  return out;
}

/** `from`, `to` and `tz`, with every problem pushed to `errors`. */
function parsePeriod(query: Record<string, unknown>, defaultTimeZone: string, maxDays: number, errors: FieldError[]) {
  let timeZone = defaultTimeZone;
  if (query.tz !== undefined) {
    if (isValidTimeZone(query.tz)) timeZone = query.tz;
    else errors.push(fieldError('tz', `tz must be an IANA time zone such as Europe/Helsinki; got "${String(query.tz)}"`, query.tz));
  }

  const bounds: Partial<Record<'from' | 'to', Date>> = {};
  for (const name of ['from', 'to'] as const) {
    const value = query[name];
    if (value === undefined || value === '') {
      errors.push(fieldError(name, `${name} is required (a date such as 2026-03-01, or an ISO 8601 date-time)`));
    } else if (typeof value !== 'string') {
      errors.push(fieldError(name, `${name} must be given once`, value));
    } else {
      const result = boundary(name, value, timeZone);
      if (typeof result === 'string') errors.push(fieldError(name, result, value));
      else bounds[name] = result;
    }
  }
  if (bounds.from && bounds.to) {
    if (bounds.to <= bounds.from) {
      errors.push(fieldError('to', `to must be after from`));
    } else {
      const days = (bounds.to.getTime() - bounds.from.getTime()) / 86_400_000;
      // 25-hour days around DST count as one day.
      if (days > maxDays + 1 / 24) {
        errors.push(fieldError('to', `the range from "from" to "to" covers ${Math.ceil(days)} days; at most ${maxDays} days per query`));
      }
    }
  }

  return { from: bounds.from, to: bounds.to, timeZone };
}

export interface PeriodQuery {
  from: Date;
  to: Date;
  timeZone: string;
  /** The local dates of the period in `timeZone`, `toDate` inclusive. */
  fromDate: string;
  toDate: string;
}

/** A period (`from`, `to`, `tz`) plus the caller's own parameters, which it checks itself. */
export function parsePeriodQuery(
  query: Record<string, unknown>,
  options: { defaultTimeZone: string; maxDays: number; extraParams?: readonly string[] }
): ParseResult<PeriodQuery> {
  const errors: FieldError[] = [];
  const allowed = ['from', 'to', 'tz', ...(options.extraParams ?? [])];
  rejectUnknownKeys(query, allowed, 'parameter', errors);
  const period = parsePeriod(query, options.defaultTimeZone, options.maxDays, errors);
  if (errors.length > 0) return { ok: false, errors };
  const { from, to, timeZone } = period as { from: Date; to: Date; timeZone: string };
  return {
    ok: true,
    value: {
      from,
      to,
      timeZone,
      fromDate: instantToLocal(from, timeZone).slice(0, 10),
      toDate: instantToLocal(new Date(to.getTime() - 1), timeZone).slice(0, 10),
    },
  };
}

export function parseOccurrenceQuery(
  query: Record<string, unknown>,
  options: { defaultTimeZone: string; audience: 'public' | 'admin'; extraParams?: readonly string[] }
): ParseResult<OccurrenceQuery> {
  const errors: FieldError[] = [];
  const allowed: readonly string[] = [...(options.audience === 'admin' ? ADMIN_PARAMS : PUBLIC_PARAMS), ...(options.extraParams ?? [])];
  rejectUnknownKeys(query, allowed, 'parameter', errors);

  const period = parsePeriod(query, options.defaultTimeZone, MAX_RANGE_DAYS, errors);

  const filterKeys = (Object.keys(filterSchemas) as Array<keyof OccurrenceFilters>).filter((key) => allowed.includes(key));
  const filters = parseFilterValues(query, filterKeys, false, errors);
  const paged = allowed.includes('limit') ? parsePage(query) : { page: null, errors: [] };
  for (const [field, message] of paged.errors) errors.push(fieldError(field, message));

  if (errors.length > 0) return { ok: false, errors };
  const value: OccurrenceQuery = { from: period.from!, to: period.to!, timeZone: period.timeZone, filters };
  if (paged.page) value.page = paged.page;
  return { ok: true, value };
}
