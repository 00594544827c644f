import { embedSnippet, sharePageQuery, sharePageUrl } from './share-links';

describe('the share page query', () => {
  it('reads the token, view, year, month and language', () => {
    expect(sharePageQuery.parse({ token: 'abc', view: 'month', year: '2026', month: '2026-03', lang: 'en' })).toEqual({
      token: 'abc',
      view: 'month',
      year: 2026,
      month: '2026-03',
      lang: 'en',
    });
  });

  it.each([
    [{}, 'token'],
    [{ token: ['a', 'b'] }, 'token'],
    [{ token: 'a', view: 'year' }, 'view'],
    [{ token: 'a', year: '1999' }, 'year'],
    [{ token: 'a', year: '2e3' }, 'year'],
    [{ token: 'a', month: '2026-00' }, 'month'],
    [{ token: 'a', month: '1999-12' }, 'month'],
    [{ token: 'a', lang: 'sv' }, 'lang'],
  ])('refuses %j, naming %s', (query, field) => {
    const result = sharePageQuery.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([field]);
    expect(result.error?.issues[0].message).toMatch(new RegExp(`^${field}`));
  });

  it('refuses unknown parameters', () => {
    expect(sharePageQuery.safeParse({ token: 'a', zzz: '1' }).error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['zzz'] });
  });
});

describe('sharePageUrl and embedSnippet', () => {
  it('writes the token first and only the parameters given', () => {
    expect(sharePageUrl('https://vk.example.fi', { token: 'a-b_c', view: 'month', month: '2026-03' })).toBe(
      'https://vk.example.fi/api/calendar/share?token=a-b_c&view=month&month=2026-03'
    );
  });

  it('makes an iframe with the URL and title escaped', () => {
    expect(embedSnippet('https://x.fi/api/calendar/share?token=a&view=wheel', 'Vuosikello – "A" & <B>')).toBe(
      '<iframe src="https://x.fi/api/calendar/share?token=a&amp;view=wheel" title="Vuosikello – &quot;A&quot; &amp; &lt;B&gt;" width="100%" height="900" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>'
    );
  });
});
