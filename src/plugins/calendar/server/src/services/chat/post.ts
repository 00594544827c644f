/**
 * One POST of a chat message: JSON, a timeout, no redirects (a webhook that redirects is not the
 * one that was configured). Never throws; what went wrong comes back as text with the hook's
 * address scrubbed out, fit for the delivery list and the log.
 */
import { parseRetryAfter } from '../../../../core/notifications/chat-backoff';
import { redactHookUrl } from '../../../../core/notifications/chat-hook-url';

export interface PostResult {
  /** The receiver's status; null when it did not answer. */
  status: number | null;
  ok: boolean;
  retryAfterMs: number | null;
  error: string | null;
}

/** Enough of a receiver's answer to say why (Slack answers `invalid_payload`, `no_service`, …). */
const BODY_EXCERPT = 200;

/** At most this much of an answer is read: a receiver may send megabytes, and the rest is cancelled. */
const BODY_READ_LIMIT = 4096;

async function readStart(response: Response, limit: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

const describe = (error: unknown): string => {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'No answer in time (timed out)';
  const cause = e?.cause?.code ?? e?.cause?.message;
  return `${e?.message ?? String(error)}${cause ? ` (${cause})` : ''}`;
};

export async function postChatMessage(url: string, body: unknown, timeoutMs: number): Promise<PostResult> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': 'Vuosikello' },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await readStart(response, BODY_READ_LIMIT).catch(() => '');
    const ok = response.status >= 200 && response.status < 300;
    const excerpt = text.trim().slice(0, BODY_EXCERPT);
    const error = ok
      ? null
      : redactHookUrl(
          response.status >= 300 && response.status < 400
            ? `HTTP ${response.status}: the receiver redirects; redirects are not followed`
            : `HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''}`,
          url
        );
    return { status: response.status, ok, retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), new Date()), error };
  } catch (error) {
    return { status: null, ok: false, retryAfterMs: null, error: redactHookUrl(describe(error), url) };
  }
}
