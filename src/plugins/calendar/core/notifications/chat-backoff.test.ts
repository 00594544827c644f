import { CHAT_MAX_ATTEMPTS, chatRetryDelayMs, parseRetryAfter, settleChatAttempt } from './chat-backoff';

describe('chat delivery back-off', () => {
  it('waits 30 s, 2 min, 10 min, 1 h and 6 h, and gives up after the sixth attempt', () => {
    expect([1, 2, 3, 4, 5].map(chatRetryDelayMs)).toEqual([30_000, 120_000, 600_000, 3_600_000, 21_600_000]);
    expect(CHAT_MAX_ATTEMPTS).toBe(6);
    const states = [1, 2, 3, 4, 5, 6].map((n) => settleChatAttempt(n, { status: 500 }));
    expect(states).toEqual([
      { state: 'pending', delayMs: 30_000 },
      { state: 'pending', delayMs: 120_000 },
      { state: 'pending', delayMs: 600_000 },
      { state: 'pending', delayMs: 3_600_000 },
      { state: 'pending', delayMs: 21_600_000 },
      { state: 'failed' },
    ]);
  });

  it('is sent on any 2xx', () => {
    expect(settleChatAttempt(1, { status: 200 })).toEqual({ state: 'sent' });
    expect(settleChatAttempt(6, { status: 204 })).toEqual({ state: 'sent' });
  });

  it('retries when nobody answered', () => {
    expect(settleChatAttempt(2, { status: null })).toEqual({ state: 'pending', delayMs: 120_000 });
  });

  it('gives up a refusal (4xx) after three tries, but not a 429 or 408', () => {
    expect(settleChatAttempt(2, { status: 404 })).toEqual({ state: 'pending', delayMs: 120_000 });
    expect(settleChatAttempt(3, { status: 404 })).toEqual({ state: 'failed' });
    expect(settleChatAttempt(3, { status: 400 })).toEqual({ state: 'failed' });
    expect(settleChatAttempt(3, { status: 429 })).toEqual({ state: 'pending', delayMs: 600_000 });
    expect(settleChatAttempt(3, { status: 408 })).toEqual({ state: 'pending', delayMs: 600_000 });
  });

  it('honours a longer Retry-After, up to six hours', () => {
    expect(settleChatAttempt(1, { status: 429, retryAfterMs: 90_000 })).toEqual({ state: 'pending', delayMs: 90_000 });
    expect(settleChatAttempt(1, { status: 429, retryAfterMs: 5_000 })).toEqual({ state: 'pending', delayMs: 30_000 });
    expect(settleChatAttempt(1, { status: 429, retryAfterMs: 99 * 3_600_000 })).toEqual({ state: 'pending', delayMs: 21_600_000 });
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = new Date('2026-03-31T06:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 31 Mar 2026 06:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
