/**
 * Every recurrence example of RFC 5545 §3.8.5.3, expanded by our core and compared with the
 * occurrences the RFC prints (fixture: rfc5545-examples.ts, taken from the RFC text).
 */
import { localToInstant } from '../time';
import { expandSchedule, RecurrenceError } from './expand';
import { RFC5545_EXAMPLES } from './rfc5545-examples';

// Erratum 3883: the printed UNTIL (13:00 local) contradicts the printed list (09, 12, 15).
const corrected = (title: string, rule: string) =>
  title.startsWith('Every 3 hours from 9:00 AM to 5:00 PM') ? rule.replace('UNTIL=19970902T170000Z', 'UNTIL=19970902T210000Z') : rule;

describe('RFC 5545 §3.8.5.3 examples', () => {
  const supported = RFC5545_EXAMPLES.filter((e) => !/FREQ=MINUTELY/.test(e.rule));
  const minutely = RFC5545_EXAMPLES.filter((e) => /FREQ=MINUTELY/.test(e.rule));

  it('covers the whole section', () => {
    expect(RFC5545_EXAMPLES.length).toBeGreaterThanOrEqual(39);
  });

  it.each(supported.map((e) => [`${e.title} — ${e.rule}`, e] as const))('%s', (_name, example) => {
    const schedule = {
      publishAt: localToInstant(example.dtstart, example.zone),
      timeZone: example.zone,
      recurrence: corrected(example.title, example.rule),
      // "Every Friday the 13th" excludes its own DTSTART with an EXDATE.
      recurrenceExceptions: example.title.startsWith('Every Friday the 13th') ? [example.dtstart] : [],
    };
    const range = example.complete
      ? { from: localToInstant(example.dtstart, example.zone), to: new Date('2010-01-01T00:00:00Z') }
      : { from: localToInstant(example.window!.from, example.zone), to: localToInstant(example.window!.to, example.zone) };
    const got = expandSchedule(schedule, range).map((o) => o.local);
    expect(got).toEqual(example.expected);
  });

  it.each(minutely.map((e) => [e.rule, e] as const))('refuses the minutely rule %s (content repeats at most hourly)', (_rule, example) => {
    const schedule = { publishAt: localToInstant(example.dtstart, example.zone), timeZone: example.zone, recurrence: example.rule };
    expect(() => expandSchedule(schedule, { from: schedule.publishAt, to: new Date('1998-01-01T00:00:00Z') })).toThrow(RecurrenceError);
  });
});
