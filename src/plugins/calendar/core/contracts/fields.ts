/**
 * Field schemas shared by the request contracts. Each names its field in its messages: the 400s
 * the server answers (and the tests and the fuzz table assert) are these texts, word for word.
 */
import { z } from 'zod';
import { LOCALE_CODE } from '../i18n/locales';
import { dateProblemText, readDateInput } from '../date-input';
import { isDbIdText, MAX_DB_ID } from '../query/rest-input';

export { isDbIdText, MAX_DB_ID };

/** Strapi's document ids (cuid2): a lowercase letter, then lowercase letters and digits. */
export const DOCUMENT_ID = /^[a-z][a-z0-9]{9,63}$/;

/** A slug in a query or body (channel, persona). */
export const SLUG = /^[A-Za-z0-9][A-Za-z0-9\-_.~]*$/;
/** One language version of a piece: a locale code; none = the default locale. */
export const localeCode = z
  .string({ message: 'locale must be a locale code such as fi or sv' })
  .regex(LOCALE_CODE, 'locale must be a locale code such as fi or sv');

export const slug = (field: string) => z.string().regex(SLUG, `${field} must be a slug`);

/** A whole number in a query string, decimal digits only (no 1e3, 0x1F or 1.5), within bounds. */
export const queryInt = (field: string, min: number, max: number) => {
  const message = `${field} must be a whole number from ${min} to ${max}`;
  return z
    .string({ message })
    .regex(/^\d{1,10}$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));
};

/**
 * An ISO 8601 date-time with an offset that names its field when wrong: strict (nothing rolls
 * over) and inside the calendar's date window.
 */
export const isoDateTime = (field: string) => {
  const expected = 'an ISO 8601 date-time with an offset, e.g. 2026-03-31T09:00:00+03:00 or …Z';
  return z.string({ message: `${field} must be ${expected}` }).superRefine((value, ctx) => {
    const read = readDateInput(value);
    // An offset is required: without one the server's own zone would decide the instant.
    const problem = !read.ok ? read.problem : !read.hasTime || read.offsetMinutes === null ? 'format' : null;
    if (problem) ctx.addIssue({ code: 'custom', message: dateProblemText(field, problem, value, expected) });
  });
};

/** A year in a query string: digits only, so 2e3, 0x7EA and 2026.0 are refused rather than read as numbers. */
export const queryYear = queryInt('year', 2000, 2100);

const YEAR_RANGE = 'year must be a year from 2000 to 2100, such as 2026';
export const bodyYear = z.number({ message: YEAR_RANGE }).int(YEAR_RANGE).min(2000, YEAR_RANGE).max(2100, YEAR_RANGE);

/** A free-text note on a plan cell or a work log. */
export const note = z.string().max(2000, 'note must be at most 2,000 characters').nullable().optional();

/** How a response wraps its payload (Strapi's shape). */
export interface Envelope<T> {
  data: T;
}

/** A person as calendar routes show them: id and name, never the e-mail address. */
export interface Person {
  id: number;
  name: string;
}

/** An admin user as the occurrence feed and the feed tokens show them. */
export interface UserRef {
  id: number;
  firstname: string | null;
  lastname: string | null;
}

/** Pagination in Strapi's `meta.pagination` shape. */
export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}
