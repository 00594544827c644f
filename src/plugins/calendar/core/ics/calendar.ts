/**
 * A small iCalendar (RFC 5545) writer for the live feed. Each piece is one VEVENT; a recurring
 * piece keeps its RRULE and EXDATEs rather than being exploded, with DTSTART in its own zone
 * (TZID) and a VTIMEZONE for every zone used, taken from timezones-ical-library (tzdb data).
 */
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { instantToLocal, localToInstant } from '../time';
import { escapeText, toContentLines } from './text';

export interface IcsEvent {
  uid: string;
  /** Increases whenever the piece changes. */
  sequence: number;
  start: Date;
  timeZone: string;
  durationMinutes: number;
  summary: string;
  description?: string | null;
  categories?: string[];
  url?: string | null;
  /** RRULE value without the prefix, as stored. */
  rrule?: string | null;
  /** Local date-times `YYYY-MM-DDTHH:mm` to skip. */
  exdates?: readonly string[] | null;
  lastModified: Date;
}

export interface IcsCalendar {
  name: string;
  description?: string;
  /** How often calendar apps should refresh, in minutes (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshMinutes: number;
  events: IcsEvent[];
  /** DTSTAMP of every event: when this feed was generated. */
  generatedAt: Date;
}

const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Etc/Universal', 'Etc/Zulu']);

const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const localStamp = (local: string) => `${local.replace(/[-:]/g, '')}00`;
const duration = (minutes: number) =>
  minutes % 60 === 0 ? `PT${minutes / 60}H` : minutes > 60 ? `PT${Math.floor(minutes / 60)}H${minutes % 60}M` : `PT${minutes}M`;

/**
 * VTIMEZONE blocks already read, per zone. Only zones the library knows are kept, so the map
 * holds at most one entry per tzdb zone or alias; an unknown zone is looked up again each time.
 */
const vtimezoneCache = new Map<string, { tzid: string; lines: readonly string[] }>();

/**
 * VTIMEZONE lines for an IANA zone and the TZID they define (the canonical name: an alias such as
 * Europe/Kiev gets Europe/Kyiv), or null when the library does not know the zone. Each call gets
 * its own copy of the (cached) lines.
 */
export function vtimezone(zone: string): { tzid: string; lines: string[] } | null {
  let cached = vtimezoneCache.get(zone);
  if (!cached) {
    const block = tzlib_get_ical_block(zone);
    const text = Array.isArray(block) ? block[0] : '';
    if (!text || !text.startsWith('BEGIN:VTIMEZONE')) return null;
    const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
    const tzid = lines.find((line) => line.startsWith('TZID:'))?.slice(5);
    if (!tzid) return null;
    vtimezoneCache.set(zone, (cached = { tzid, lines }));
  }
  return { tzid: cached.tzid, lines: [...cached.lines] };
}

/**
 * RFC 5545 wants UNTIL in UTC when DTSTART has a TZID. Stored rules may say a local date
 * (UNTIL=20261231, meaning the whole day) or a local date-time; both become the UTC instant.
 */
export function untilInUtc(rule: string, zone: string): string {
  return rule.replace(/UNTIL=(\d{8})(?:T(\d{6})(Z?))?/, (whole, ymd: string, hms?: string, z?: string) => {
    if (z) return whole;
    const date = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
    const time = hms ? `${hms.slice(0, 2)}:${hms.slice(2, 4)}:${hms.slice(4, 6)}` : '23:59:59';
    return `UNTIL=${utcStamp(localToInstant(`${date}T${time}`, zone))}`;
  });
}

function eventLines(event: IcsEvent, generatedAt: Date, tzid: string | undefined): string[] {
  // A zone without VTIMEZONE data is written in UTC, which every reader understands.
  const utc = UTC_ZONES.has(event.timeZone) || !tzid;
  const zone = utc ? 'UTC' : event.timeZone;
  const local = instantToLocal(event.start, zone);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(generatedAt)}`,
    utc ? `DTSTART:${utcStamp(event.start)}` : `DTSTART;TZID=${tzid}:${localStamp(local)}`,
    `DURATION:${duration(event.durationMinutes)}`,
    `SEQUENCE:${event.sequence}`,
    `LAST-MODIFIED:${utcStamp(event.lastModified)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.rrule) lines.push(`RRULE:${untilInUtc(event.rrule, zone)}`);
  if (event.rrule && event.exdates && event.exdates.length > 0) {
    const stamps = [...event.exdates].sort().map((d) => (utc ? utcStamp(localToInstant(d, zone)) : localStamp(d)));
    lines.push(utc ? `EXDATE:${stamps.join(',')}` : `EXDATE;TZID=${tzid}:${stamps.join(',')}`);
  }
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.categories && event.categories.length > 0) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

export function writeCalendar(calendar: IcsCalendar): string {
  const zones = [...new Set(calendar.events.map((e) => e.timeZone))].filter((z) => !UTC_ZONES.has(z)).sort();
  const tzids = new Map<string, string>();
  const timezoneBlocks = new Map<string, string[]>();
  for (const zone of zones) {
    const block = vtimezone(zone);
    if (!block) continue;
    tzids.set(zone, block.tzid);
    timezoneBlocks.set(block.tzid, block.lines);
  }
  const refresh = `PT${calendar.refreshMinutes}M`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vuosikello//Content calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description
      ? [`DESCRIPTION:${escapeText(calendar.description)}`, `X-WR-CALDESC:${escapeText(calendar.description)}`]
      : []),
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...[...timezoneBlocks.values()].flat(),
  ];
  for (const event of calendar.events) lines.push(...eventLines(event, calendar.generatedAt, tzids.get(event.timeZone)));
  lines.push('END:VCALENDAR');
  return toContentLines(lines);
}
