/**
 * Wall-clock time in IANA zones, on date-fns v4 + @date-fns/tz. Local date-times are written
 * `YYYY-MM-DDTHH:mm` (the form recurrence exceptions use); instants are JavaScript Dates (UTC).
 */
import { tzOffset } from '@date-fns/tz';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
/** A calendar date's shape, `YYYY-MM-DD` (whether it is a real date is `isRealDate`). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 900_000;
const OFFSET_CACHE_LIMIT = 50_000;
const offsetCache = new Map<string, Map<number, number>>();
let cachedOffsets = 0;
/** The quarter hour last answered from the cache (one without a transition). */
let recent = { zone: '', bucket: NaN, offset: 0 };

/**
 * The zone's UTC offset in minutes at `ms`, from @date-fns/tz. Feeds convert tens of thousands of
 * instants, so offsets are remembered per quarter hour, but only for quarter hours that contain
 * no transition (checked at both ends); an instant in one that does is computed exactly.
 */
export function offsetMinutes(zone: string, ms: number): number {
  const bucket = Math.floor(ms / QUARTER_HOUR_MS);
  // Sorted feeds ask for the same quarter hour many times in a row.
  if (bucket === recent.bucket && zone === recent.zone) return recent.offset;
  let zoneCache = offsetCache.get(zone);
  const cached = zoneCache?.get(bucket);
  if (cached !== undefined) {
    recent = { zone, bucket, offset: cached };
    return cached;
  }
  const first = tzOffset(zone, new Date(bucket * QUARTER_HOUR_MS));
  const last = tzOffset(zone, new Date((bucket + 1) * QUARTER_HOUR_MS - 1));
  if (first !== last) return tzOffset(zone, new Date(ms));
  if (cachedOffsets >= OFFSET_CACHE_LIMIT) {
    offsetCache.clear();
    cachedOffsets = 0;
    zoneCache = undefined;
  }
  if (!zoneCache) offsetCache.set(zone, (zoneCache = new Map()));
  zoneCache.set(bucket, first);
  cachedOffsets += 1;
  recent = { zone, bucket, offset: first };
  return first;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number) => (n < 1000 ? String(n).padStart(4, '0') : String(n));

/** Wall-clock fields of `instant` in `zone` (the UTC fields of the shifted Date). */
function shifted(instant: Date, zone: string): { wall: Date; offset: number } {
  const offset = offsetMinutes(zone, instant.getTime());
  return { wall: new Date(instant.getTime() + offset * 60_000), offset };
}

/** `YYYY-MM-DDTHH:mm` of the UTC fields of `w` (a shifted or "floating" Date), the year padded to four digits. */
export const wallText = (w: Date) =>
  `${pad4(w.getUTCFullYear())}-${pad2(w.getUTCMonth() + 1)}-${pad2(w.getUTCDate())}T${pad2(w.getUTCHours())}:${pad2(w.getUTCMinutes())}`;

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
  const before = offsetMinutes(zone, asUtc - DAY_MS);
  const after = offsetMinutes(zone, asUtc + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * 60_000)
    .filter((t) => asUtc - offsetMinutes(zone, t) * 60_000 === t)
    .sort((a, b) => a - b);
  return new Date(candidates.length > 0 ? candidates[0] : asUtc - before * 60_000);
}

/** The instant when the wall clock in `zone` shows `local` (`YYYY-MM-DDTHH:mm[:ss]`). */
export function localToInstant(local: string, zone: string): Date {
  return partsToInstant(parseLocal(local), zone);
}

/** What the wall clock in `zone` shows at `instant`, as `YYYY-MM-DDTHH:mm`. */
export function instantToLocal(instant: Date, zone: string): string {
  return wallText(shifted(instant, zone).wall);
}

const DATE_TEXT_LIMIT = 20_000;
/** `YYYY-MM-DD` per day number (wall-clock days since 1970): feeds write tens of thousands of starts on a few hundred days. */
const dateTexts = new Map<number, string>();
const offsetTexts = new Map<number, string>();

function dateText(day: number): string {
  let text = dateTexts.get(day);
  if (text === undefined) {
    const d = new Date(day * DAY_MS);
    text = `${pad4(d.getUTCFullYear())}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
    if (dateTexts.size >= DATE_TEXT_LIMIT) dateTexts.clear();
    dateTexts.set(day, text);
  }
  return text;
}

function offsetText(offset: number): string {
  let text = offsetTexts.get(offset);
  if (text === undefined) {
    const abs = Math.abs(offset);
    text = `${offset < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
    offsetTexts.set(offset, text);
  }
  return text;
}

/** ISO 8601 with the zone's offset at that instant: `2026-03-31T09:00:00+03:00`. */
export function instantToIsoWithOffset(instant: Date, zone: string): string {
  const ms = instant.getTime();
  const offset = offsetMinutes(zone, ms);
  const wall = ms + offset * 60_000;
  const day = Math.floor(wall / DAY_MS);
  const seconds = Math.floor((wall - day * DAY_MS) / 1000);
  const time = `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
  return `${dateText(day)}T${time}${offsetText(offset)}`;
}

/** The most bytes `writeIsoWithOffset` writes (a year past 9999 is longer than four digits). */
export const ISO_WITH_OFFSET_MAX_BYTES = 40;

/** Writes the two digits of 0 ≤ n < 100 at `at`. */
function digits2(target: Uint8Array, at: number, n: number): void {
  target[at] = 48 + Math.floor(n / 10);
  target[at + 1] = 48 + (n % 10);
}

/**
 * `instantToIsoWithOffset(new Date(ms), zone)` as ASCII bytes written into `target` at `at`;
 * returns how many. A feed writes one per occurrence, hundreds of thousands: this builds no string.
 */
export function writeIsoWithOffset(target: Uint8Array, at: number, ms: number, zone: string): number {
  const offset = offsetMinutes(zone, ms);
  const wall = ms + offset * 60_000;
  const day = Math.floor(wall / DAY_MS);
  const seconds = Math.floor((wall - day * DAY_MS) / 1000);
  const date = dateText(day);
  const zoneText = offsetText(offset);
  let i = at;
  for (let k = 0; k < date.length; k += 1) target[i++] = date.charCodeAt(k);
  target[i] = 84; // T
  digits2(target, i + 1, Math.floor(seconds / 3600));
  target[i + 3] = 58; // :
  digits2(target, i + 4, Math.floor(seconds / 60) % 60);
  target[i + 6] = 58;
  digits2(target, i + 7, seconds % 60);
  i += 9;
  for (let k = 0; k < zoneText.length; k += 1) target[i++] = zoneText.charCodeAt(k);
  return i - at;
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

/**
 * Whether year `y`, month `m` (1-12) and day `d` name a real calendar date, probed with
 * `Date.UTC` — which reads years 0..99 as 1900..1999, so those are refused (0050-03-01 is not
 * accepted), as every check of it in core always has.
 */
export function isRealDate(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}
