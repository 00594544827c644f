/**
 * IANA time-zone names. The runtime's ICU data is the source of truth (the same data
 * @date-fns/tz converts with); we only refuse what is not an IANA name, such as fixed offsets.
 */

const IANA_NAME = /^(?:UTC|GMT|[A-Za-z]+(?:[/_-][A-Za-z0-9+_-]+)+)$/;

export function isValidTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  if (!IANA_NAME.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';
