/**
 * Wall-clock time in IANA zones, on date-fns v4 + @date-fns/tz. Local date-times are written
 * `YYYY-MM-DDTHH:mm` (the form recurrence exceptions use); instants are JavaScript Dates (UTC).
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant when the wall clock in `zone` shows `local`. */
export function localToInstant(local: string, zone: string): Date {
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`not a local date-time YYYY-MM-DDTHH:mm: ${local}`);
  const [, y, mo, d, h, mi, s] = m;
  const date = new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), zone);
  return new Date(date.getTime());
}

/** What the wall clock in `zone` shows at `instant`, as `YYYY-MM-DDTHH:mm`. */
export function instantToLocal(instant: Date, zone: string): string {
  return format(new TZDate(instant.getTime(), zone), "yyyy-MM-dd'T'HH:mm");
}

/** ISO 8601 with the zone's offset at that instant: `2026-03-31T09:00:00+03:00`. */
export function instantToIsoWithOffset(instant: Date, zone: string): string {
  return format(new TZDate(instant.getTime(), zone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}
