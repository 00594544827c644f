import { REDACTED, redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('keeps a URL without a query as it is', () => {
    expect(redactUrl('/api/calendar/occurrences')).toBe('/api/calendar/occurrences');
  });

  it('hides the feed token and keeps the other parameters', () => {
    expect(redactUrl('/api/calendar/ics?token=abcDEF123_-xyz&channel=blogi')).toBe(`/api/calendar/ics?token=${REDACTED}&channel=blogi`);
  });

  it.each([
    ['%74oken=s3cr3t', `%74oken=${REDACTED}`],
    ['TOKEN=s3cr3t', `TOKEN=${REDACTED}`],
    ['token[0]=s3cr3t', `token[0]=${REDACTED}`],
    ['token%5B%5D=s3cr3t', `token%5B%5D=${REDACTED}`],
    ['confirmation=s3cr3t', `confirmation=${REDACTED}`],
    ['registrationToken=s3cr3t', `registrationToken=${REDACTED}`],
    ['code=s3cr3t&state=x', `code=${REDACTED}&state=x`],
  ])('hides %s', (query, expected) => {
    expect(redactUrl(`/x?${query}`)).toBe(`/x?${expected}`);
  });

  it('leaves a broken percent-encoding readable without throwing', () => {
    expect(redactUrl('/x?%E0%A4%A=1&token=s3cr3t')).toBe(`/x?%E0%A4%A=1&token=${REDACTED}`);
  });

  it('drops the tail of a very long query rather than scanning it', () => {
    const url = `/x?a=1&token=${'s'.repeat(20_000)}`;
    const out = redactUrl(url);
    expect(out).not.toContain('sss');
    expect(out.length).toBeLessThan(9000);
  });
});
