/**
 * Checks for the core REST routes' own inputs that Strapi passes to the database unchecked:
 * pagination numbers, `id` filters and relation ids beyond a PostgreSQL `integer` (a 500 there),
 * malformed pagination and status values (silently read as something else), and booleans given
 * as strings. Each problem names its parameter or field.
 */
import { fieldError, type FieldError } from '../field-errors';

/** The largest value of a PostgreSQL `integer` column, which ids are. */
export const MAX_DB_ID = 2_147_483_647;
const MAX_WALK = 10_000;
const MAX_RELATION_ITEMS = 1_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Decimal digits of a whole number from `min` to MAX_DB_ID (no 1e3, 0x1F, 1.5 or padding). */
export const isIntText = (value: unknown, min: number) =>
  typeof value === 'string' && /^-?\d{1,10}$/.test(value) && Number(value) >= min && Number(value) <= MAX_DB_ID;
export const isDbIdText = (value: unknown) => isIntText(value, 1);
const isDbId = (value: unknown) =>
  typeof value === 'number' ? Number.isInteger(value) && value >= 1 && value <= MAX_DB_ID : isDbIdText(value);

const PAGINATION_MIN: Record<string, number> = { page: 1, pageSize: 1, start: 0, limit: -1 };

function checkPagination(pagination: unknown, errors: FieldError[]) {
  if (pagination === undefined) return;
  if (!isObject(pagination)) {
    errors.push(
      fieldError(
        'pagination',
        'pagination must be pagination[page] and pagination[pageSize], or pagination[start] and pagination[limit]',
        pagination
      )
    );
    return;
  }
  for (const [key, value] of Object.entries(pagination)) {
    const field = `pagination[${key}]`;
    if (key === 'withCount') {
      if (value !== 'true' && value !== 'false') errors.push(fieldError(field, `${field} must be true or false`, value));
    } else if (key in PAGINATION_MIN) {
      if (!isIntText(value, PAGINATION_MIN[key]))
        errors.push(fieldError(field, `${field} must be a whole number from ${PAGINATION_MIN[key]} to ${MAX_DB_ID}`, value));
    } else {
      errors.push(fieldError(field, `${field} is not a pagination parameter (page, pageSize, start, limit, withCount)`, value));
    }
  }
  const keys = Object.keys(pagination);
  if (keys.some((k) => k === 'page' || k === 'pageSize') && keys.some((k) => k === 'start' || k === 'limit')) {
    errors.push(fieldError('pagination', 'pagination takes page and pageSize, or start and limit, not both'));
  }
}

/** Every value under an `id` filter (`filters[id]`, `filters[id][$in][0]`, `filters[channels][id][$gt]`). */
function checkIdFilter(value: unknown, path: string, errors: FieldError[], budget: { left: number }) {
  if (--budget.left < 0) return;
  if (Array.isArray(value)) value.forEach((v) => checkIdFilter(v, path, errors, budget));
  else if (isObject(value)) {
    for (const [op, operand] of Object.entries(value)) {
      if (op === '$null' || op === '$notNull') {
        if (operand !== 'true' && operand !== 'false' && typeof operand !== 'boolean')
          errors.push(fieldError(path, `${path}[${op}] must be true or false`, operand));
      } else checkIdFilter(operand, `${path}[${op}]`, errors, budget);
    }
  } else if (!(typeof value === 'number' ? Number.isInteger(value) && Math.abs(value) <= MAX_DB_ID : isIntText(value, -MAX_DB_ID))) {
    errors.push(fieldError(path, `${path} must be a whole number from -${MAX_DB_ID} to ${MAX_DB_ID}`, value));
  }
}

function checkFilters(filters: unknown, errors: FieldError[]) {
  const budget = { left: MAX_WALK };
  const stack: Array<{ value: unknown; path: string }> = [{ value: filters, path: 'filters' }];
  while (stack.length && --budget.left >= 0) {
    const { value, path } = stack.pop()!;
    if (!isObject(value) && !Array.isArray(value)) continue;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id') checkIdFilter(child, `${path}[id]`, errors, budget);
      else stack.push({ value: child, path: `${path}[${key}]` });
    }
  }
}

/** Problems in a REST find/findOne query string (already parsed by qs). */
export function checkRestQuery(query: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  checkPagination(query.pagination, errors);
  if (query.status !== undefined && query.status !== 'draft' && query.status !== 'published') {
    errors.push(fieldError('status', 'status must be draft or published', query.status));
  }
  if (query.filters !== undefined) checkFilters(query.filters, errors);
  return errors;
}

const refOk = (ref: unknown) => {
  if (typeof ref === 'string') return ref.length >= 1 && ref.length <= 64;
  if (typeof ref === 'number') return isDbId(ref);
  if (!isObject(ref)) return false;
  if ('id' in ref) return isDbId(ref.id);
  return typeof ref.documentId === 'string' && ref.documentId.length >= 1 && ref.documentId.length <= 64;
};
const refsOk = (refs: unknown) => (Array.isArray(refs) ? refs.length <= MAX_RELATION_ITEMS && refs.every(refOk) : refOk(refs));

function relationOk(value: unknown) {
  if (value === null) return true;
  if (isObject(value) && ['connect', 'disconnect', 'set'].some((k) => k in value)) {
    return Object.entries(value).every(([k, v]) =>
      k === 'options' ? isObject(v) : ['connect', 'disconnect', 'set'].includes(k) && refsOk(v)
    );
  }
  return refsOk(value);
}

/** Problems in a REST create/update `data` object, given the content type's attributes. */
export function checkRestData(data: unknown, attributes: Record<string, { type: string }>): FieldError[] {
  // Strapi reads an array as an object with no fields: an update that changes nothing but its date.
  if (Array.isArray(data)) return [fieldError('data', 'data must be an object of fields, not an array')];
  if (!isObject(data)) return [];
  const errors: FieldError[] = [];
  for (const [field, value] of Object.entries(data)) {
    const type = attributes[field]?.type;
    if (type === 'relation' && !relationOk(value)) {
      errors.push(
        fieldError(field, `${field} must be document ids (or ids from 1 to ${MAX_DB_ID}), or { connect, disconnect, set } of them`, value)
      );
    } else if (type === 'boolean' && value !== null && typeof value !== 'boolean') {
      errors.push(fieldError(field, `${field} must be true or false`, value));
    }
  }
  return errors;
}
