/**
 * What becomes of a chat delivery after an attempt: sent on a 2xx; otherwise another attempt
 * after a growing pause (30 s, 2 min, 10 min, 1 h, 6 h), until the sixth attempt fails and the
 * delivery is given up. A receiver that refuses the message itself (a 4xx other than 408 and
 * 429: a deleted webhook, a malformed body) will not change its mind: three tries are enough.
 */

export const CHAT_RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 3_600_000, 21_600_000] as const;
export const CHAT_MAX_ATTEMPTS = CHAT_RETRY_DELAYS_MS.length + 1;
export const CHAT_REFUSED_ATTEMPTS = 3;
const RETRY_AFTER_MAX_MS = 21_600_000;

export type ChatSettlement = { state: 'sent' } | { state: 'failed' } | { state: 'pending'; delayMs: number };

export interface AttemptOutcome {
  /** The receiver's status; null when there was no answer (refused connection, timeout). */
  status: number | null;
  /** A 429's or 503's Retry-After, in milliseconds. */
  retryAfterMs?: number | null;
}

/** The pause before the attempt after attempt `attempts` (1-based). */
export const chatRetryDelayMs = (attempts: number) =>
  CHAT_RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), CHAT_RETRY_DELAYS_MS.length) - 1];

const refused = (status: number | null) => status !== null && status >= 400 && status < 500 && status !== 408 && status !== 429;

/** `attempts` counts the attempt just made. */
export function settleChatAttempt(attempts: number, outcome: AttemptOutcome): ChatSettlement {
  if (outcome.status !== null && outcome.status >= 200 && outcome.status < 300) return { state: 'sent' };
  if (attempts >= CHAT_MAX_ATTEMPTS) return { state: 'failed' };
  if (refused(outcome.status) && attempts >= CHAT_REFUSED_ATTEMPTS) return { state: 'failed' };
  const delayMs = chatRetryDelayMs(attempts);
  // A receiver asking for a longer pause gets it (within the longest of ours).
  const asked = outcome.retryAfterMs && outcome.retryAfterMs > 0 ? Math.min(outcome.retryAfterMs, RETRY_AFTER_MAX_MS) : 0;
  return { state: 'pending', delayMs: Math.max(delayMs, asked) };
}

/** Retry-After as seconds or an HTTP date (RFC 9110), in milliseconds from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d{1,9}$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
