import ICAL from 'ical.js';
import { expandSchedule } from '../recurrence/expand';
import { localToInstant } from '../time';
import { untilInUtc, vtimezone, writeCalendar, type IcsEvent } from './calendar';

const HEL = 'Europe/Helsinki';
const generatedAt = new Date('2026-03-01T12:00:00Z');
const weekly: IcsEvent = {
  uid: 'abc123@vuosikello.example',
  sequence: 42,
  start: localToInstant('2026-03-03T09:00', HEL),
  timeZone: HEL,
  durationMinutes: 30,
  summary: 'Tiistain LinkedIn-vinkki; uusi, parempi\\versio',
  description: 'Rivi 1\nRivi 2 – ääkköset',
  categories: ['reach', 'speak', 'linkedin'],
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  exdates: ['2026-03-17T09:00'],
  lastModified: new Date('2026-02-20T10:00:00Z'),
  url: 'https://example.com/admin/content-manager/x',
};
const oneOff: IcsEvent = {
  uid: 'def456@vuosikello.example',
  sequence: 1,
  start: localToInstant('2026-05-10T08:00', 'America/New_York'),
  timeZone: 'America/New_York',
  durationMinutes: 90,
  summary: 'Mother’s Day in New York',
  lastModified: new Date('2026-02-20T10:00:00Z'),
};

const ics = writeCalendar({ name: 'Lumo Koti, julkaisukalenteri', refreshMinutes: 60, events: [weekly, oneOff], generatedAt });

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return root;
}

describe('writeCalendar', () => {
  it('writes CRLF lines of at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('names the calendar and tells apps how often to refresh', () => {
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT60M\r\n');
    expect(ics).toContain('X-PUBLISHED-TTL:PT60M\r\n');
    const root = parse(ics);
    expect(ics).toContain('X-WR-CALNAME:Lumo Koti\\, julkaisukalenteri\r\n');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('has one VTIMEZONE per zone used', () => {
    const root = parse(ics);
    const zones = root.getAllSubcomponents('vtimezone').map((z: any) => z.getFirstPropertyValue('tzid'));
    expect(zones.sort()).toEqual(['America/New_York', 'Europe/Helsinki']);
  });

  it('writes a recurring piece as one VEVENT with TZID, RRULE and EXDATE', () => {
    expect(ics).toContain('DTSTART;TZID=Europe/Helsinki:20260303T090000\r\n');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU\r\n');
    expect(ics).toContain('EXDATE;TZID=Europe/Helsinki:20260317T090000\r\n');
    const events = parse(ics).getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    const event = new ICAL.Event(events[0]);
    expect(event.uid).toBe('abc123@vuosikello.example');
    expect(event.sequence).toBe(42);
    expect(event.summary).toBe('Tiistain LinkedIn-vinkki; uusi, parempi\\versio');
    expect(event.description).toBe('Rivi 1\nRivi 2 – ääkköset');
    expect(event.startDate.zone.tzid).toBe('Europe/Helsinki');
    expect(event.duration.toString()).toBe('PT30M');
  });

  it('expands, in an independent parser, to the same instants as our core (DST included)', () => {
    const event = new ICAL.Event(parse(ics).getAllSubcomponents('vevent')[0]);
    const iterator = event.iterator();
    const theirs: string[] = [];
    for (let next = iterator.next(); next && theirs.length < 8; next = iterator.next()) {
      if (event.isRecurrenceException() || new Set(['20260317T090000']).has(next.toICALString())) continue;
      theirs.push(next.toJSDate().toISOString());
    }
    const ours = expandSchedule(
      { publishAt: weekly.start, timeZone: HEL, recurrence: weekly.rrule, recurrenceExceptions: weekly.exdates },
      { from: weekly.start, to: new Date('2026-05-01T00:00:00Z') }
    )
      .slice(0, 8)
      .map((o) => o.start.toISOString());
    expect(theirs).toEqual(ours);
    expect(ours).toContain('2026-03-24T07:00:00.000Z');
    expect(ours).toContain('2026-03-31T06:00:00.000Z');
  });

  it('writes a one-off piece in its own zone with its duration', () => {
    const event = new ICAL.Event(parse(ics).getAllSubcomponents('vevent')[1]);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-05-10T12:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-05-10T13:30:00.000Z');
    expect(event.isRecurring()).toBe(false);
  });

  it('stamps every event in UTC', () => {
    expect(ics).toContain('DTSTAMP:20260301T120000Z\r\n');
    expect(ics).toContain('LAST-MODIFIED:20260220T100000Z\r\n');
  });

  it('writes UTC pieces without TZID and with UTC EXDATEs', () => {
    const utc = writeCalendar({
      name: 'x',
      refreshMinutes: 15,
      generatedAt,
      events: [{ ...weekly, timeZone: 'UTC', start: new Date('2026-03-03T09:00:00Z'), exdates: ['2026-03-10T09:00'] }],
    });
    expect(utc).toContain('DTSTART:20260303T090000Z\r\n');
    expect(utc).toContain('EXDATE:20260310T090000Z\r\n');
    expect(utc).not.toContain('BEGIN:VTIMEZONE');
  });

  it('uses the canonical TZID for an alias zone', () => {
    const kyiv = writeCalendar({ name: 'x', refreshMinutes: 15, generatedAt, events: [{ ...oneOff, timeZone: 'Europe/Kiev' }] });
    const root = parse(kyiv);
    const tzid = root.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid');
    expect(kyiv).toContain(`DTSTART;TZID=${tzid}:`);
  });
});

describe('untilInUtc', () => {
  it('turns a date-only UNTIL into the end of that local day in UTC', () => {
    expect(untilInUtc('FREQ=WEEKLY;UNTIL=20261231;BYDAY=TU', HEL)).toBe('FREQ=WEEKLY;UNTIL=20261231T215959Z;BYDAY=TU');
  });
  it('turns a local UNTIL date-time into UTC and keeps a UTC one', () => {
    expect(untilInUtc('FREQ=DAILY;UNTIL=20260701T090000', HEL)).toBe('FREQ=DAILY;UNTIL=20260701T060000Z');
    expect(untilInUtc('FREQ=DAILY;UNTIL=20260701T090000Z', HEL)).toBe('FREQ=DAILY;UNTIL=20260701T090000Z');
    expect(untilInUtc('FREQ=DAILY;COUNT=3', HEL)).toBe('FREQ=DAILY;COUNT=3');
  });
});

describe('vtimezone', () => {
  it('gives the same block on every call, each caller its own copy of the lines', () => {
    const first = vtimezone('Europe/Helsinki')!;
    expect(first.tzid).toBe('Europe/Helsinki');
    expect(first.lines[0]).toBe('BEGIN:VTIMEZONE');
    expect(first.lines[first.lines.length - 1]).toBe('END:VTIMEZONE');
    first.lines.push('X-CHANGED-BY-A-CALLER');
    const second = vtimezone('Europe/Helsinki')!;
    expect(second).toEqual({ tzid: 'Europe/Helsinki', lines: first.lines.slice(0, -1) });
    expect(second.lines).not.toBe(first.lines);
  });

  it('names an alias by its canonical zone, and knows nothing of an unknown zone (twice)', () => {
    expect(vtimezone('Europe/Kiev')!.tzid).toBe('Europe/Kyiv');
    expect(vtimezone('Europe/Kiev')!.tzid).toBe('Europe/Kyiv');
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined); // the library logs unknown zones
    try {
      expect(vtimezone('Mars/Olympus_Mons')).toBeNull();
      expect(vtimezone('Mars/Olympus_Mons')).toBeNull();
    } finally {
      quiet.mockRestore();
    }
  });
});
