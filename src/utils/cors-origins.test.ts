import { corsOrigins } from './cors-origins';

describe('corsOrigins', () => {
  it('allows no cross-origin browser by default', () => {
    expect(corsOrigins({})).toEqual([]);
  });

  it("allows the server's own public origin", () => {
    expect(corsOrigins({ PUBLIC_URL: 'https://cms.example.fi/' })).toEqual(['https://cms.example.fi']);
    expect(corsOrigins({ PUBLIC_URL: '/relative' })).toEqual([]);
  });

  it('adds the listed origins, normalised', () => {
    expect(corsOrigins({ CORS_ORIGINS: ' https://www.example.fi/ , http://localhost:3000' })).toEqual([
      'https://www.example.fi',
      'http://localhost:3000',
    ]);
  });

  it('keeps an explicit * (development only)', () => {
    expect(corsOrigins({ CORS_ORIGINS: 'https://a.example, *' })).toEqual(['*']);
  });

  it.each(['www.example.fi', 'https://www.example.fi/path', 'ftp://example.fi', 'https://u:p@example.fi'])(
    'refuses %s naming the variable',
    (value) => {
      expect(() => corsOrigins({ CORS_ORIGINS: value })).toThrow(/CORS_ORIGINS/);
    }
  );
});
