/**
 * When a calendar feed token stops working. Optional; a date `YYYY-MM-DD` means the token works
 * through that whole day in the planner's zone, an ISO 8601 instant (with Z or an offset) is
 * exact. It must lie in the future and at most MAX_EXPIRY_DAYS ahead.
 */
import { fieldError, isBlank, type FieldError } from '../field-errors';
import { ISO_DATE, isRealDate, nextDate, startOfLocalDay } from '../time';

export const MAX_EXPIRY_DAYS = 5 * 366;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export type ExpiryResult = { ok: true; value: Date | null } | { ok: false; error: FieldError };

/** `maxDays`: how far ahead the expiry may be (share links live shorter than feed tokens). */
export function parseTokenExpiry(input: unknown, now: Date, zone: string, maxDays = MAX_EXPIRY_DAYS): ExpiryResult {
  if (isBlank(input)) return { ok: true, value: null };
  const bad = (message: string): ExpiryResult => ({ ok: false, error: fieldError('expiresAt', message, input) });
  if (typeof input !== 'string') return bad('expiresAt must be a date (YYYY-MM-DD) or an ISO 8601 instant such as 2027-01-31T23:59:00Z');
  let at: Date;
  if (ISO_DATE.test(input)) {
    const [y, m, d] = input.split('-').map(Number);
    if (!isRealDate(y, m, d)) return bad(`expiresAt: ${input} is not a calendar date`);
    at = startOfLocalDay(nextDate(input), zone);
  } else if (ISO_INSTANT.test(input) && !Number.isNaN(Date.parse(input))) {
    at = new Date(input);
  } else {
    return bad('expiresAt must be a date (YYYY-MM-DD) or an ISO 8601 instant such as 2027-01-31T23:59:00Z');
  }
  if (at.getTime() <= now.getTime()) return bad('expiresAt must be in the future');
  if (at.getTime() - now.getTime() > maxDays * 86_400_000) return bad(`expiresAt must be at most ${maxDays} days ahead`);
  return { ok: true, value: at };
}
