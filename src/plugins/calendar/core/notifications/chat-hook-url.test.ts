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

describe('a chat hook’s address in production', () => {
  const production = (url: string, allowedHosts: string[] = []) => checkHookUrl(url, { production: true, allowedHosts });

  it('posts only to Slack, Teams Workflows and the hosts the operator allows', () => {
    expect(production(SLACK).ok).toBe(true);
    expect(production('https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=x').ok).toBe(true);
    expect(production('https://contoso.webhook.office.com/webhookb2/abc').ok).toBe(true);
    expect(production('https://relay.example.fi/hook', ['relay.example.fi']).ok).toBe(true);
    expect(production('https://a.relay.example.fi/hook', ['*.relay.example.fi']).ok).toBe(true);
    expect(production('https://example.com/hook').ok).toBe(false);
    expect(production('https://evilhooks.slack.com.example.com/x').ok).toBe(false);
    expect(production('https://logic.azure.com.evil.example/x').ok).toBe(false);
  });

  it.each([
    'https://127.0.0.1:1337/x',
    'https://169.254.169.254/latest',
    'https://10.0.0.5/x',
    'https://localhost/x',
    'https://2130706433/x',
    'https://[::1]/x',
    'https://0x7f000001/x',
  ])('refuses %s even when allowed by name', (url) => {
    const host = new URL(url).hostname;
    const result = production(url, [host]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^url must post to hooks\.slack\.com/);
  });
});

describe('redactHookUrl and a signed Teams address', () => {
  it('scrubs each query value, alone or as name=value', () => {
    const teams =
      'https://prod-12.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sig=Zx9SecretSig0001';
    const text = 'HTTP 401: signature Zx9SecretSig0001 invalid (sig=Zx9SecretSig0001)';
    const clean = redactHookUrl(text, teams);
    expect(clean).not.toContain('Zx9SecretSig0001');
    expect(clean).toMatch(/^HTTP 401: signature … invalid/);
  });
});
