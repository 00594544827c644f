/**
 * Wall-clock time in IANA zones, on date-fns v4 + @date-fns/tz. Local date-times are written
 * `YYYY-MM-DDTHH:mm` (the form recurrence exceptions use); instants are JavaScript Dates (UTC).
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_MS = 86_400_000;

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function parseLocal(local: string): LocalParts {
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`not a local date-time YYYY-MM-DDTHH:mm: ${local}`);
  const [, year, month, day, hour, minute, second] = m;
  return { year: +year, month: +month, day: +day, hour: +hour, minute: +minute, second: +(second ?? 0) };
}

/**
 * The instant when the wall clock in `zone` shows these fields, as RFC 5545 §3.3.5 reads a local
 * time: in a spring-forward gap the offset from before the gap applies (so 03:30 becomes 04:30),
 * and in a fall-back overlap the first of the two instants is taken.
 */
export function partsToInstant(p: LocalParts, zone: string): Date {
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  // Offsets (minutes) a day either side cover any single transition around this time.
  const before = tzOffset(zone, new Date(asUtc - DAY_MS));
  const after = tzOffset(zone, new Date(asUtc + DAY_MS));
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * 60_000)
    .filter((t) => asUtc - tzOffset(zone, new Date(t)) * 60_000 === t)
    .sort((a, b) => a - b);
  return new Date(candidates.length > 0 ? candidates[0] : asUtc - before * 60_000);
}

/** The instant when the wall clock in `zone` shows `local` (`YYYY-MM-DDTHH:mm[:ss]`). */
export function localToInstant(local: string, zone: string): Date {
  return partsToInstant(parseLocal(local), zone);
}

/** What the wall clock in `zone` shows at `instant`, as `YYYY-MM-DDTHH:mm`. */
export function instantToLocal(instant: Date, zone: string): string {
  return format(new TZDate(instant.getTime(), zone), "yyyy-MM-dd'T'HH:mm");
}

/** ISO 8601 with the zone's offset at that instant: `2026-03-31T09:00:00+03:00`. */
export function instantToIsoWithOffset(instant: Date, zone: string): string {
  return format(new TZDate(instant.getTime(), zone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** Start of the local calendar day `YYYY-MM-DD` in `zone`, as an instant. */
export function startOfLocalDay(date: string, zone: string): Date {
  return localToInstant(`${date}T00:00`, zone);
}

/** The calendar date after `YYYY-MM-DD`. */
export function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
