/**
 * Request URLs as they may be written to a log: the values of query parameters that carry
 * credentials (calendar feed tokens, password-reset and confirmation codes, API keys) are
 * replaced with `[redacted]`.
 *
 * Names are compared after percent-decoding and without a bracket suffix, because the query
 * parser reads `%74oken=…` and `token[0]=…` as `token` too: a name the controller accepts must
 * be a name the log hides.
 */
export const REDACTED = '[redacted]';

/** Lower-case parameter names whose values are secrets. */
export const SECRET_QUERY_PARAMS: ReadonlySet<string> = new Set([
  'token',
  'access_token',
  'accesstoken',
  'refresh_token',
  'id_token',
  'api_key',
  'apikey',
  'key',
  'secret',
  'password',
  'code',
  'confirmation',
  'registrationtoken',
  'resetpasswordtoken',
]);

/** Longest query string examined; anything past it is dropped from the log line, not scanned. */
const MAX_QUERY_CHARS = 8192;

const decodeName = (raw: string): string => {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
};

const isSecretName = (raw: string) => {
  const name = decodeName(raw).trim().toLowerCase().replace(/\[.*$/, '');
  return SECRET_QUERY_PARAMS.has(name);
};

export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const path = url.slice(0, q);
  let query = url.slice(q + 1);
  const cut = query.length > MAX_QUERY_CHARS;
  if (cut) query = query.slice(0, MAX_QUERY_CHARS);
  const parts = query.split('&').map((part) => {
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    return isSecretName(name) && eq >= 0 ? `${name}=${REDACTED}` : part;
  });
  // A cut-off last part may be half a secret: it is dropped whole.
  if (cut) parts.pop();
  return `${path}?${parts.join('&')}${cut ? '&…' : ''}`;
}
