/**
 * The fuzz table: malformed requests generated from the route list in fuzz-routes.ts. Every case
 * changes one thing in an otherwise valid request (one parameter, one field, the body's syntax or
 * content type), so a 2xx means that one thing got through.
 */
import { fuzzRoutes, type Fixtures, type Kind, type RouteSpec, type Who } from './fuzz-routes';
import {
  BAD_DATES,
  BAD_DATE_VALUES,
  BAD_INTEGERS,
  BAD_NUMBER_VALUES,
  deepJson,
  deepQueryKey,
  LONG_QUERY_VALUE,
  MEGABYTE,
  ODD_UNICODE_BODY,
  ODD_UNICODE_QUERY,
  WRONG_TYPES_FOR_STRING,
} from './fuzz-values';

export interface FuzzCase {
  /** What is wrong, e.g. `query year=1e309`. */
  name: string;
  method: RouteSpec['method'];
  /** Path and query string, exactly as sent. */
  url: string;
  who: Who;
  body?: string;
  contentType?: string;
  /** The parameter or field the case attacks: a 400 must name it. */
  field?: string;
}

export interface FuzzBatch {
  /** `METHOD /route as who`, one batch per route and caller. */
  label: string;
  spec: RouteSpec;
  cases: FuzzCase[];
}

// Lists trim their items, so a leading BOM is whitespace there, not a malformed value.
const LIST_ODD_UNICODE = ODD_UNICODE_QUERY.filter((v) => !v.startsWith('%EF%BB%BF'));

const QUERY_VALUES: Record<Kind, string[]> = {
  int: BAD_INTEGERS,
  year: [...BAD_INTEGERS, '1999', '2101', '2026.5', '%ED%A0%80'],
  id: BAD_INTEGERS,
  date: [...BAD_DATES, '%00', '%ED%A0%80'],
  datetime: [...BAD_DATES, '%00'],
  localDateTime: BAD_DATES,
  enum: ['nope', 'REACH', ...ODD_UNICODE_QUERY.slice(0, 5), LONG_QUERY_VALUE],
  enumList: ['nope', 'reach,nope', ...LIST_ODD_UNICODE, LONG_QUERY_VALUE],
  slug: ['-x', ...ODD_UNICODE_QUERY, `-${LONG_QUERY_VALUE}`],
  slugList: ['-x', 'ok,-x', ...LIST_ODD_UNICODE],
  slugArray: [],
  documentId: ['ABCDEFGHIJKL', 'short', '-aaaaaaaaaaaaa', ...ODD_UNICODE_QUERY],
  tz: ['Mars/Olympus', 'Europe/Helsinki%00', '%2B25:00', 'UTC%2B99', ...ODD_UNICODE_QUERY, LONG_QUERY_VALUE],
  bool: ['maybe', '2'],
  string: ['', ...ODD_UNICODE_QUERY, LONG_QUERY_VALUE],
  number: ['abc', '1e309', '-1e309'],
  rrule: ['FREQ=NOPE'],
  json: ['x'],
  relation: ['x'],
  assigneeFilter: ['99999999999999999999', '2147483648', '-2147483649', '1e309', '1.5', '-1', 'abc', '%00', 'me,abc', '%ED%A0%80'],
};

const BODY_VALUES: Record<Kind, unknown[]> = {
  int: BAD_NUMBER_VALUES.filter((v) => v !== null),
  year: [1999, 2101, 1e20, 1.5, 'abc', true, [], {}],
  // eslint-disable-next-line no-loss-of-precision -- a number beyond any integer type is the point
  id: [99999999999999999999, 2147483648, 2147483647, -2147483649, -1, 0, 1.5, '1', 'abc', true, [], {}, [1]],
  date: [
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '99999-01-01',
    'yesterday',
    '2026-05-01T25:00:00Z',
    123,
    true,
    {},
    [],
    ...ODD_UNICODE_BODY.slice(0, 3),
  ],
  datetime: [...BAD_DATE_VALUES, ...ODD_UNICODE_BODY.slice(0, 3)],
  localDateTime: ['2026-02-30T09:00', '2026-03-10T25:00', '2026-13', 'x', 123, [], ...ODD_UNICODE_BODY.slice(0, 3)],
  enum: ['nope', '', ...ODD_UNICODE_BODY.slice(0, 4), ...WRONG_TYPES_FOR_STRING],
  enumList: ['nope', 123],
  slug: ['-x', '', ...ODD_UNICODE_BODY.slice(0, 4), ...WRONG_TYPES_FOR_STRING.slice(0, 3)],
  slugList: ['-x', 123],
  slugArray: ['x', [123], [{}], [['a']], ['\u0000'], ['\ud800'], Array.from({ length: 51 }, () => 'a'), { a: 1 }],
  documentId: ['ABCDEFGHIJKL', 'short', 'x'.repeat(65), ...ODD_UNICODE_BODY.slice(0, 4), 123, {}],
  tz: ['Mars/Olympus', 'Europe/Helsinki\u0000', '\ud800', '+25:00', 123, [], 'x'.repeat(300)],
  bool: ['true', 1, 'yes', [], {}],
  string: [...WRONG_TYPES_FOR_STRING.slice(0, 3), 'a\u0000b', '\ud800x'],
  number: [1e13, -1e13, 'abc', '10', null, true, [], {}, [1]],
  rrule: [
    'FREQ=NOPE',
    'FREQ=SECONDLY',
    'FREQ=DAILY;COUNT=99999999999999999999',
    'FREQ=YEARLY;BYMONTH=13',
    'FREQ=DAILY;INTERVAL=0',
    'FREQ=DAILY;UNTIL=99999999T000000Z',
    'FREQ=WEEKLY;BYDAY=XX',
    'FREQ=DAILY\u0000',
    '\ud800',
    123,
    'x'.repeat(600),
  ],
  json: ['x', 123, true, [{ a: 1 }], ['2026-02-30T09:00'], { zzz: 1 }],
  relation: [
    [99999999999],
    99999999999,
    [2147483648],
    [-1],
    [1.5],
    { connect: [{ id: 99999999999 }] },
    { connect: [99999999999] },
    { set: [{ id: 2147483648 }] },
    { disconnect: [-2147483649] },
    { connect: [{ documentId: '\ud800' }] },
    ['a\u0000b'],
    [{ a: { b: 1 } }],
    ['doesnotexist12345678'],
    true,
  ],
  assigneeFilter: [],
};

const BROKEN_JSON = ['{"a":', '{"a":1,}', "{'a':1}", '{"a":"\\x00"}', '\u0000', '{"a":1}{"b":2}'];
const ROOT_NOT_OBJECT = ['[]', 'null', '42', '[{"a":1}]'];

const toQuery = (pairs: Array<[string, string]>) => pairs.map(([k, v]) => `${k}=${v}`).join('&');

function url(spec: RouteSpec, query: Array<[string, string]> = [], pathValue?: string) {
  const path = spec.pathParam ? spec.route.replace(`:${spec.pathParam.name}`, pathValue ?? spec.pathParam.valid) : spec.route;
  const qs = toQuery(query);
  return qs ? `${path}?${qs}` : path;
}

const base = (spec: RouteSpec) => Object.entries(spec.validQuery ?? {}) as Array<[string, string]>;
const without = (pairs: Array<[string, string]>, key: string) => pairs.filter(([k]) => k !== key);
const short = (v: string) => (v.length > 24 ? `${v.slice(0, 12)}…(${v.length} chars)` : v);
const describe = (v: unknown) => {
  const text = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return text.length > 40 ? `${text.slice(0, 24)}…(${text.length} chars)` : text;
};

function pathCases(spec: RouteSpec): FuzzCase[] {
  if (!spec.pathParam) return [];
  const values =
    spec.pathParam.kind === 'id'
      ? [...BAD_INTEGERS.filter((v) => v !== ''), '%00', '%ED%A0%80', 'x'.repeat(300)]
      : [
          '99999999999999999999',
          '2147483648',
          '-1',
          '1e309',
          'ABCDEFGHIJKL',
          'short',
          '%00',
          '%ED%A0%80',
          '%E2%80%AEaaaaaaaaaaaa',
          '%F0%9F%98%80',
          'a'.repeat(65),
          '..%2F..%2Fadmin',
        ];
  const params = spec.restQuery ? [] : base(spec);
  return values.map((v) => ({
    name: `path ${spec.pathParam!.name}=${short(v)}`,
    method: spec.method,
    url: url(spec, params, v),
    who: spec.who,
    field: spec.pathParam!.name,
  }));
}

function queryCases(spec: RouteSpec): FuzzCase[] {
  if (!spec.query) return [];
  const cases: FuzzCase[] = [];
  const add = (name: string, pairs: Array<[string, string]>, field?: string) =>
    cases.push({ name: `query ${name}`, method: spec.method, url: url(spec, pairs), who: spec.who, field });
  const valid = base(spec);
  for (const [param, kind] of Object.entries(spec.query)) {
    const others = without(valid, param);
    for (const value of QUERY_VALUES[kind]) add(`${param}=${short(value)}`, [...others, [param, value]], param);
    const item = kind.endsWith('List') || kind === 'assigneeFilter' ? '-x' : 'x';
    add(`${param}[]=${item}`, [...others, [`${param}[]`, item]], param);
    add(`${param}[0]=a&${param}[1]=b`, [...others, [`${param}[0]`, item === '-x' ? '-a' : 'a'], [`${param}[1]`, 'b']], param);
    add(`${param}[a][b]=1`, [...others, [`${param}[a][b]`, '1']], param);
  }
  add('unknown key zzz=1', [...valid, ['zzz', '1']], 'zzz');
  add('unknown nested key a[b][c]=1', [...valid, ['a[b][c]', '1']]);
  add('1000 levels of a[a][a]…', [...valid, [deepQueryKey(1000), '1']]);
  add('unknown key with 8 KiB value', [...valid, ['q', LONG_QUERY_VALUE]]);
  if (spec.restQuery) cases.push(...restQueryCases(spec));
  return cases;
}

/** Strapi's own REST query parameters: pagination, sort, filters, fields, populate, status, locale. */
function restQueryCases(spec: RouteSpec): FuzzCase[] {
  const pairs: Array<[string, string, string]> = [];
  for (const p of ['page', 'pageSize', 'start', 'limit']) {
    for (const v of ['1e20', '99999999999999999999', '2147483648', '-5', '0.5', 'abc', '1e309']) pairs.push([`pagination[${p}]`, v, p]);
    pairs.push([`pagination[${p}][a]`, '1', p]);
  }
  for (const v of ['99999999999999999999', '2147483648', '-2147483649', '1e309', '1.5', 'abc']) {
    pairs.push(['filters[id][$eq]', v, 'id'], ['filters[id]', v, 'id'], ['filters[id][$in][0]', v, 'id']);
  }
  pairs.push(
    ['filters[id][$nope]', '1', '$nope'],
    ['filters[nope]', '1', 'nope'],
    ['filters[$or][0][id][$gt]', '99999999999999999999', 'id'],
    ['sort', 'nope:asc', 'nope'],
    ['sort', 'id:sideways', 'sort'],
    ['sort[0][a][b]', '1', 'sort'],
    ['fields[0]', 'nope', 'nope'],
    ['fields', '%00', 'fields'],
    ['populate', 'nope', 'nope'],
    ['populate[nope]', 'true', 'nope'],
    ['status', 'bogus', 'status'],
    ['locale', '%00', 'locale'],
    ['filters[title][$eq]', 'a%00b', 'title']
  );
  const cases = pairs.map(([k, v, field]): FuzzCase => ({
    name: `rest ${k}=${short(v)}`,
    method: spec.method,
    url: url(spec, [[k, v]]),
    who: spec.who,
    field,
  }));
  const mixed: FuzzCase = {
    name: 'rest pagination[page] with pagination[start]',
    method: spec.method,
    url: url(spec, [
      ['pagination[page]', '2'],
      ['pagination[start]', '0'],
    ]),
    who: spec.who,
    field: 'pagination',
  };
  return [...cases, mixed];
}

function bodyCases(spec: RouteSpec): FuzzCase[] {
  if (!spec.body) return [];
  const wrap = (fields: unknown) => (spec.dataEnvelope ? { data: fields } : fields);
  const json = (name: string, body: unknown, field?: string): FuzzCase => ({
    name,
    method: spec.method,
    url: url(spec),
    who: spec.who,
    body: JSON.stringify(body),
    contentType: 'application/json',
    field,
  });
  const raw = (name: string, body: string, contentType: string): FuzzCase => ({
    name,
    method: spec.method,
    url: url(spec),
    who: spec.who,
    body,
    contentType,
  });
  const valid = spec.validBody ?? {};
  const cases: FuzzCase[] = [
    ...BROKEN_JSON.map((b) => raw(`broken JSON ${JSON.stringify(b)}`, b, 'application/json')),
    ...ROOT_NOT_OBJECT.map((b) => raw(`body is ${b}`, spec.dataEnvelope ? `{"data":${b}}` : b, 'application/json')),
    raw('text/plain body', JSON.stringify(wrap(valid)), 'text/plain'),
    raw('application/xml body', '<data><title>x</title></data>', 'application/xml'),
    raw(
      'multipart with garbage',
      '--zz\r\nContent-Disposition: form-data; name="data"\r\n\r\n\u0000\u0001garbage',
      'multipart/form-data; boundary=zz'
    ),
    raw('multipart without boundary', 'garbage', 'multipart/form-data'),
    raw('form body with nested keys', 'data[a][b][c]=1&a[0]=x', 'application/x-www-form-urlencoded'),
    raw('1000 levels of {"a":{"a":…}}', spec.dataEnvelope ? `{"data":${deepJson(1000)}}` : deepJson(1000), 'application/json'),
    json('1 MB string', wrap({ ...valid, [Object.keys(spec.body)[0] ?? 'zzz']: MEGABYTE }), Object.keys(spec.body)[0]),
    json('unknown field zzz', wrap({ ...valid, zzz: 1 }), 'zzz'),
  ];
  for (const [field, kind] of Object.entries(spec.body)) {
    for (const value of BODY_VALUES[kind]) cases.push(json(`${field}: ${describe(value)}`, wrap({ ...valid, [field]: value }), field));
    if (kind === 'number' || kind === 'int') {
      // 1e309 cannot be written by JSON.stringify; JSON.parse reads it as Infinity.
      cases.push(
        raw(
          `${field}: 1e309 (raw)`,
          JSON.stringify(wrap({ ...valid, [field]: 0 })).replace(`"${field}":0`, `"${field}":1e309`),
          'application/json'
        )
      );
    }
  }
  return cases;
}

export function fuzzTable(fx: Fixtures): FuzzBatch[] {
  return fuzzRoutes(fx).map((spec) => ({
    label: `${spec.method} ${spec.route} as ${spec.who}`,
    spec,
    cases: sample([...pathCases(spec), ...queryCases(spec), ...bodyCases(spec)], spec.sample),
  }));
}

/** Every `stride`-th case from `offset`: routes that share a code path split the table between them. */
function sample(cases: FuzzCase[], by?: RouteSpec['sample']) {
  return by ? cases.filter((_, i) => i % by.stride === by.offset % by.stride) : cases;
}

/** How many cases there are, by route, for the suite's own sanity check. */
export const caseCount = (batches: FuzzBatch[]) => batches.reduce((n, b) => n + b.cases.length, 0);
