import { errors } from '@strapi/utils';
import { z } from 'zod';
import { dateProblemText, readDateInput } from '../../../core/date-input';
import { summarise, type FieldError } from '../../../core/field-errors';
import type { ParseResult } from '../../../core/query/occurrence-params';
import { isDbIdText, MAX_DB_ID } from '../../../core/query/rest-input';
import { ConflictError } from '../conflict';
import { invalid } from '../utils';

export { isDbIdText, MAX_DB_ID };

/** The parsed value, or a 400 whose message and details name every bad parameter. */
export function orBadRequest<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new errors.ValidationError(summarise(result.errors as FieldError[]), { errors: result.errors });
  return result.value;
}

type Issue = z.core.$ZodIssue;

/**
 * A union's failure as the issues of the branch the input came closest to (fewest issues), with
 * their full paths: `value must be a number` rather than `body: Invalid input`.
 */
function closestIssues(issues: Issue[], prefix: PropertyKey[] = [], depth = 0): Issue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== 'invalid_union' || !issue.errors?.length || depth > 4) return [{ ...issue, path }];
    const branch = issue.errors.reduce((best, b) => (b.length < best.length ? b : best));
    return closestIssues(branch, path, depth + 1);
  });
}

/** A zod-checked body, or a 400 naming each bad field (unknown fields included). */
export function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const problems = closestIssues(result.error.issues).map((issue) => {
    const path = issue.path.length ? issue.path.map(String) : ['body'];
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message.startsWith(path[0]) ? issue.message : `${path.join('.')}: ${issue.message}`;
    return { path: issue.code === 'unrecognized_keys' ? issue.keys : path, message, name: 'ValidationError' };
  });
  throw new errors.ValidationError(problems.map((p) => p.message).join('; '), { errors: problems });
}

/** Strapi's document ids (cuid2): a lowercase letter, then lowercase letters and digits. */
export const DOCUMENT_ID = /^[a-z][a-z0-9]{9,63}$/;


/**
 * A row id from a path or query string: decimal digits, 1 … MAX_DB_ID, or a 400 naming the field
 * (an id beyond a PostgreSQL `integer` would fail the query with a 500).
 */
export function dbId(field: string, raw: unknown): number {
  if (!isDbIdText(raw)) throw invalid(field, `${field} must be an id, a whole number from 1 to ${MAX_DB_ID}`);
  return Number(raw);
}

/** A whole number in a query string, decimal digits only (no 1e3, 0x1F or 1.5), within bounds. */
export const queryInt = (field: string, min: number, max: number) => {
  const message = `${field} must be a whole number from ${min} to ${max}`;
  return z
    .string({ message })
    .regex(/^\d{1,10}$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));
};


/** A route that takes no query parameters answers 400 to any, naming them. */
export function noQuery(ctx: any) {
  const keys = Object.keys(ctx.query ?? {});
  if (!keys.length) return;
  const message = `unknown parameter(s): ${keys.join(', ')}; this route takes none`;
  throw new errors.ValidationError(message, { errors: keys.map((key) => ({ path: [key], message: `unknown parameter ${key}`, name: 'ValidationError' })) });
}

export const documentId = (ctx: any) => {
  const id = String(ctx.params.documentId ?? '');
  if (!DOCUMENT_ID.test(id)) {
    throw invalid('documentId', 'documentId is not a document id');
  }
  return id;
};

/** 409 in Strapi's error shape, with the current version so the view can offer a reload. */
export async function conflictAware(ctx: any, write: () => Promise<unknown>) {
  try {
    ctx.body = { data: await write() };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    ctx.status = 409;
    ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message: error.message, details: { current: error.current } } };
  }
}


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
