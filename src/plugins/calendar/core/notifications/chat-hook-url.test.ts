import { checkHookUrl, hookUrlHint, isLocalOrPrivateHost, redactHookUrl } from './chat-hook-url';

const SLACK = 'https://hooks.slack.com/services/T0001/B0002/abcdefghijklmnopXyZ1';

describe('a chat hook’s address', () => {
  it('takes https anywhere', () => {
    expect(checkHookUrl(SLACK, { production: true })).toEqual({ ok: true, url: SLACK });
  });

  it('takes http only for a local or private host, and never in production', () => {
    expect(checkHookUrl('http://127.0.0.1:4321/hook', { production: false })).toEqual({ ok: true, url: 'http://127.0.0.1:4321/hook' });
    expect(checkHookUrl('http://10.1.2.3/hook', { production: false }).ok).toBe(true);
    expect(checkHookUrl('http://[::1]:80/x', { production: false }).ok).toBe(true);
    expect(checkHookUrl('http://127.0.0.1:4321/hook', { production: true }).ok).toBe(false);
    expect(checkHookUrl('http://hooks.slack.com/services/x', { production: false })).toEqual({
      ok: false,
      message: 'url must be an https:// address (http:// only for a local or private host, and not in production)',
    });
  });

  it('refuses what is not a web address', () => {
    for (const bad of ['ftp://example.com/x', 'javascript:alert(1)', 'hooks.slack.com/x', 'file:///etc/passwd', ' ', 42]) {
      expect(checkHookUrl(bad, { production: false }).ok).toBe(false);
    }
    expect(checkHookUrl('https://user:pw@example.com/x', { production: false })).toEqual({
      ok: false,
      message: 'url must not contain a user name or password',
    });
    expect(checkHookUrl(`https://example.com/${'x'.repeat(2000)}`, { production: false })).toEqual({
      ok: false,
      message: 'url must be at most 2,000 characters',
    });
  });

  it('knows private ranges', () => {
    expect(['localhost', '127.0.0.5', '172.16.0.1', '172.31.255.1', '192.168.1.1', 'fd12:3456::1'].map(isLocalOrPrivateHost)).toEqual(
      Array(6).fill(true)
    );
    expect(['172.32.0.1', '8.8.8.8', 'example.com', '169.254.169.254'].map(isLocalOrPrivateHost)).toEqual(Array(4).fill(false));
  });

  it('is shown as its origin and last four characters', () => {
    expect(hookUrlHint(SLACK)).toBe('https://hooks.slack.com/…/XyZ1');
  });

  it('is scrubbed from error texts, whole or in parts', () => {
    const text = `POST ${SLACK} failed; path /services/T0001/B0002/abcdefghijklmnopXyZ1; token abcdefghijklmnopXyZ1`;
    const clean = redactHookUrl(text, SLACK);
    expect(clean).not.toContain('abcdefghijklmnopXyZ1');
    expect(clean).not.toContain('/services/T0001');
    expect(clean).toContain('failed');
  });
});
