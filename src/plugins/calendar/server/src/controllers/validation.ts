import { errors } from '@strapi/utils';
import { z } from 'zod';
import { dateProblemText, readDateInput } from '../../../core/date-input';
import { summarise, type FieldError } from '../../../core/field-errors';
import type { ParseResult } from '../../../core/query/occurrence-params';
import { ConflictError } from '../conflict';
import { invalid } from '../utils';

/** The parsed value, or a 400 whose message and details name every bad parameter. */
export function orBadRequest<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new errors.ValidationError(summarise(result.errors as FieldError[]), { errors: result.errors });
  return result.value;
}

/** A zod-checked body, or a 400 naming each bad field (unknown fields included). */
export function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.map(String) : ['body'];
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message.startsWith(path[0]) ? issue.message : `${path.join('.')}: ${issue.message}`;
    return { path: issue.code === 'unrecognized_keys' ? issue.keys : path, message, name: 'ValidationError' };
  });
  throw new errors.ValidationError(problems.map((p) => p.message).join('; '), { errors: problems });
}

/** Strapi's document ids: lowercase letters and digits. */
export const DOCUMENT_ID = /^[a-z0-9]{10,64}$/;

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
