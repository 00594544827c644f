import { errors } from '@strapi/utils';
import { summarise, type FieldError } from '../../../core/field-errors';
import type { ParseResult } from '../../../core/query/occurrence-params';

/** The parsed value, or a 400 whose message and details name every bad parameter. */
export function orBadRequest<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new errors.ValidationError(summarise(result.errors as FieldError[]), { errors: result.errors });
  return result.value;
}
