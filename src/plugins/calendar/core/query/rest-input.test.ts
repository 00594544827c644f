import { checkRestData, checkRestQuery, isDbIdText, MAX_DB_ID } from './rest-input';

const paths = (errors: Array<{ path: string[] }>) => errors.map((e) => e.path.join('.'));

describe('checkRestQuery', () => {
  it('accepts the pagination, status and id filters publishing sites send', () => {
    expect(
      checkRestQuery({ pagination: { page: '2', pageSize: '100' }, status: 'published', filters: { id: { $in: ['1', '2147483647'] } } })
    ).toEqual([]);
    expect(
      checkRestQuery({ pagination: { start: '0', limit: '-1', withCount: 'false' }, filters: { channels: { id: { $null: 'true' } } } })
    ).toEqual([]);
  });

  it.each([
    [{ pagination: { page: '1e20' } }, 'pagination[page]'],
    [{ pagination: { pageSize: '-5' } }, 'pagination[pageSize]'],
    [{ pagination: { start: '2147483648' } }, 'pagination[start]'],
    [{ pagination: { limit: '0x1F' } }, 'pagination[limit]'],
    [{ pagination: { page: { a: '1' } } }, 'pagination[page]'],
    [{ pagination: { offset: '1' } }, 'pagination[offset]'],
    [{ pagination: 'all' }, 'pagination'],
    [{ pagination: { page: '2', start: '0' } }, 'pagination'],
    [{ status: 'bogus' }, 'status'],
    [{ filters: { id: '99999999999999999999' } }, 'filters[id]'],
    [{ filters: { id: { $eq: '1.5' } } }, 'filters[id][$eq]'],
    [{ filters: { $or: [{ id: { $gt: '-2147483649' } }] } }, 'filters[$or][0][id][$gt]'],
    [{ filters: { channels: { id: { $in: ['1', 'abc'] } } } }, 'filters[channels][id][$in]'],
    [{ filters: { id: { $null: 'maybe' } } }, 'filters[id]'],
  ])('names the parameter of %j', (query, path) => {
    expect(paths(checkRestQuery(query as Record<string, unknown>))).toEqual([path]);
  });
});

describe('checkRestData', () => {
  const attributes = {
    channels: { type: 'relation' },
    theme: { type: 'relation' },
    active: { type: 'boolean' },
    title: { type: 'string' },
  };

  it('accepts document ids, ids in range, connect/set objects, null and booleans', () => {
    expect(checkRestData({ channels: ['abcdefghij1234567890abcd', 7], theme: null, active: false, title: 'x' }, attributes)).toEqual([]);
    expect(
      checkRestData(
        { channels: { connect: [{ id: MAX_DB_ID }, { documentId: 'abcdefghij', position: { end: true } }], disconnect: [3] } },
        attributes
      )
    ).toEqual([]);
    expect(checkRestData({ theme: { set: 'abcdefghij1234567890abcd' } }, attributes)).toEqual([]);
  });

  it.each([
    [{ channels: [99999999999] }, 'channels'],
    [{ channels: { connect: [{ id: 2147483648 }] } }, 'channels'],
    [{ channels: { disconnect: [-1] } }, 'channels'],
    [{ channels: { replace: [1] } }, 'channels'],
    [{ theme: true }, 'theme'],
    [{ theme: 1.5 }, 'theme'],
    [{ channels: [{ a: { b: 1 } }] }, 'channels'],
    [{ active: 'true' }, 'active'],
    [{ active: 1 }, 'active'],
  ])('names the field of %j', (data, field) => {
    expect(paths(checkRestData(data, attributes))).toEqual([field]);
  });

  it('refuses an array for data, which Strapi would read as no fields', () => {
    expect(paths(checkRestData([], attributes))).toEqual(['data']);
  });
});

describe('isDbIdText', () => {
  it('takes decimal digits from 1 to the integer maximum only', () => {
    expect(['1', '2147483647'].map(isDbIdText)).toEqual([true, true]);
    expect(['0', '-1', '2147483648', '99999999999999999999', '1e3', '0x1F', ' 7', '1.0', ''].map(isDbIdText)).toEqual(Array(9).fill(false));
  });
});
