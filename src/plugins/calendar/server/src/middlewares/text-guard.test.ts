import { findBadText } from './text-guard';

describe('findBadText', () => {
  it('passes emoji, combining marks, RTL marks and surrogate pairs', () => {
    expect(findBadText({ data: { title: '😀 e\u0301 \u202eabc', tags: ['Äitienpäivä'] } }, ['body'])).toBeNull();
  });

  it('names the path of a NUL, in a value or a key', () => {
    expect(findBadText({ data: { title: 'a\u0000b' } }, ['body'])).toEqual({
      path: ['body', 'data', 'title'],
      message: 'body.data.title must not contain NUL characters',
    });
    expect(findBadText({ filters: { 'ti\u0000tle': '1' } }, ['query'])?.path).toEqual(['query', 'filters']);
  });

  it('names a lone surrogate, high or low, deep in arrays', () => {
    expect(findBadText({ a: [{ b: ['x\ud800'] }] }, ['body'])?.path).toEqual(['body', 'a', '0', 'b', '0']);
    expect(findBadText('\udfff', ['body'])?.message).toMatch(/lone surrogate/);
  });

  it('walks 1000 levels of nesting without recursion', () => {
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 1000; i += 1) deep = { a: deep };
    expect(findBadText(deep, ['body'])?.path).toHaveLength(1001);
  });
});
