/**
 * Malformed values for the fuzz table, by the kind of parameter they attack. Query values are
 * written already percent-encoded (a lone surrogate cannot go through encodeURIComponent), body
 * values are JavaScript values that JSON.stringify writes as they are.
 */

/** Integers beyond what a PostgreSQL `integer` (and JavaScript) can hold, and near misses. */
export const BAD_INTEGERS = ['99999999999999999999', '2147483648', '-2147483649', '1e309', '1e20', '-1', '0', '1.5', '0x1F', 'abc', ''];

/** Odd unicode in a field with a strict format: lone surrogate, NUL, RTL override, emoji, combining marks, BOM. */
export const ODD_UNICODE_QUERY = ['%ED%A0%80', 'a%00b', '%E2%80%AEnikalrat', '%F0%9F%98%80', 'e%CC%81%CC%81', '%EF%BB%BFreach', '%E0%A4%A'];
export const ODD_UNICODE_BODY = ['\ud800', 'a\u0000b', '\u202enikalrat', '😀', 'e\u0301\u0301'];

/** Dates and date-times that are not real, not ISO 8601, or out of any sane window. */
export const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '99999-01-01',
  '%2B275760-09-13',
  '2026-03-31T25:00:00Z',
  '2026-03-31T09:00:00%2B25:00',
  'yesterday',
  '1711875600000',
];
export const BAD_DATE_VALUES: unknown[] = [
  '2026-02-30T09:00:00Z',
  '99999-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  'yesterday',
  '2026-03-31T09:00',
  true,
  {},
];

/** Non-integers and out-of-range numbers as JSON values (JSON.stringify writes 1e309 as null: the table sends it raw). */
// eslint-disable-next-line no-loss-of-precision -- a number beyond any integer type is the point
export const BAD_NUMBER_VALUES: unknown[] = [99999999999999999999, 2147483648, -1, 1.5, '7', true, null, [], { a: 1 }];

/** Wrong-typed JSON values for a string field. */
export const WRONG_TYPES_FOR_STRING: unknown[] = [123, true, ['a', 'b'], { a: { b: 1 } }];

export const MEGABYTE = 'x'.repeat(1024 * 1024);
/** Long enough to hurt a validator, short enough to stay under Node's 16 KiB header limit. */
export const LONG_QUERY_VALUE = 'y'.repeat(8 * 1024);

/** `{"a":{"a":{…}}}`, `levels` deep, as JSON text (JSON.stringify would recurse as deep). */
export const deepJson = (levels: number, key = 'a') => `${`{"${key}":`.repeat(levels)}1${'}'.repeat(levels)}`;
/** `a[a][a]…` as a query key. */
export const deepQueryKey = (levels: number, key = 'a') => `${key}${`[${key}]`.repeat(levels)}`;
