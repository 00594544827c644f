/**
 * The controllers' edge: a contract schema's failure (or core's parse result) as Strapi's 400,
 * the path and query checks every route shares, and the 409 for a stale write.
 */
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { DOCUMENT_ID, isDbIdText, MAX_DB_ID } from '../../../core/contracts/fields';
import { summarise, type FieldError } from '../../../core/field-errors';
import type { ParseResult } from '../../../core/query/occurrence-params';
import { ConflictError } from '../conflict';
import { invalid } from '../utils';
import type { Context } from './context';

export { DOCUMENT_ID, isDbIdText, MAX_DB_ID };

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

/** A zod-checked body or query, or a 400 naming each bad field (unknown fields included). */
export function parse<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const problems = closestIssues(result.error.issues).map((issue) => {
    const path = issue.path.length ? issue.path.map(String) : ['body'];
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field(s): ${issue.keys.join(', ')}`
        : issue.message.startsWith(path[0])
          ? issue.message
          : `${path.join('.')}: ${issue.message}`;
    return { path: issue.code === 'unrecognized_keys' ? issue.keys : path, message, name: 'ValidationError' };
  });
  throw new errors.ValidationError(problems.map((p) => p.message).join('; '), { errors: problems });
}

/**
 * A row id from a path or query string: decimal digits, 1 … MAX_DB_ID, or a 400 naming the field
 * (an id beyond a PostgreSQL `integer` would fail the query with a 500).
 */
export function dbId(field: string, raw: unknown): number {
  if (!isDbIdText(raw)) throw invalid(field, `${field} must be an id, a whole number from 1 to ${MAX_DB_ID}`);
  return Number(raw);
}

/** A route that takes no query parameters answers 400 to any, naming them. */
export function noQuery(ctx: Context) {
  const keys = Object.keys(ctx.query ?? {});
  if (!keys.length) return;
  const message = `unknown parameter(s): ${keys.join(', ')}; this route takes none`;
  throw new errors.ValidationError(message, {
    errors: keys.map((key) => ({ path: [key], message: `unknown parameter ${key}`, name: 'ValidationError' })),
  });
}

export const documentId = (ctx: Context) => {
  const id = String(ctx.params.documentId ?? '');
  if (!DOCUMENT_ID.test(id)) {
    throw invalid('documentId', 'documentId is not a document id');
  }
  return id;
};

/** Strapi's error body, written out (a thrown 403's message would be hidden). */
export function writeError(ctx: Context, status: number, name: string, message: string, details: unknown = {}) {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details } };
}

/** 409 in Strapi's error shape, with the current version so the view can offer a reload. */
export async function conflictAware<T>(ctx: Context, write: () => Promise<T>) {
  try {
    ctx.body = { data: await write() };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    writeError(ctx, 409, 'ConflictError', error.message, { current: error.current });
  }
}
