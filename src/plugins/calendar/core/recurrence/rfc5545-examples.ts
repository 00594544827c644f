// RFC 5545 section 3.8.5.3 ("Recurrence Rule") examples as test data, with the occurrences the RFC itself prints.
// Source: RFC text in GitHub repository aslatter/rfc, file rfc5545.txt (commit 102a976); not computed by any library.
// Cross-checked against the RFC quotations in kayrunm/fluent-rrule, example.php (commit de473e0): all 39 identical.

/*
 * Skipped: none. All 39 examples of section 3.8.5.3 have a date-time DTSTART
 * (DTSTART;TZID=America/New_York:...T090000), and none needs RDATE. The only other property used is an EXDATE in
 * "Every Friday the 13th, forever"; that example is kept and its `note` says so.
 *
 * Where the RFC gives two RRULEs joined by "or", the example appears twice, once per rule, with the same `expected`
 * ("Every day in January, for 3 years", "Weekly on Tuesday and Thursday for five weeks", "Every 20 minutes from 9:00
 * AM to 4:40 PM every day"): 42 entries for the 39 examples.
 *
 * Reading the RFC lists: "(1997 9:00 AM EDT)" or "(1997 9:00 AM EST)" only states the UTC offset; the local time
 * stays 09:00 throughout. Ranges ("September 2-11") and runs abbreviated with "..." between listed values
 * ("2,4,6,8...24") are expanded; a trailing "..." means the RFC stopped listing, and such entries have `complete`
 * set to false and a `window` whose `to` is the last listed occurrence plus one minute.
 *
 * Errata: erratum 3883 (verified) fixes the UNTIL of "Every 3 hours from 9:00 AM to 5:00 PM on a specific day"
 * (19970902T170000Z should be 19970902T210000Z). The entry keeps the rule and the list as printed and explains this
 * in its `note`. It is the only erratum found that changes an example of this section.
 */

export interface Rfc5545Example {
  /** The RFC's sentence, e.g. "Daily for 10 occurrences". */
  title: string;
  /** DTSTART as local wall-clock time YYYY-MM-DDTHH:mm (seconds dropped; all RFC examples have :00 seconds). */
  dtstart: string;
  /** TZID of DTSTART; the RFC uses America/New_York for nearly all. */
  zone: string;
  /** The RRULE value without the "RRULE:" prefix, exactly as in the RFC but with folded lines joined. */
  rule: string;
  /** Expected occurrences as local wall-clock YYYY-MM-DDTHH:mm in `zone`, in order. */
  expected: string[];
  /**
   * true when `expected` is the complete set (COUNT/UNTIL rules fully listed); false when the RFC lists only the first
   * ones of an unbounded or long rule ("..."), in which case `expected` holds exactly the listed ones and `window` says
   * how far they reach.
   */
  complete: boolean;
  /**
   * For incomplete examples: the local date-time range [from, to) inside which `expected` is the full list
   * (from = dtstart, to = just after the last listed occurrence, YYYY-MM-DDTHH:mm).
   */
  window?: { from: string; to: string };
  /** Anything a reader must know (e.g. RFC erratum, EXDATE or RDATE present). */
  note?: string;
}

export const RFC5545_EXAMPLES: Rfc5545Example[] = [
  {
    title: 'Daily for 10 occurrences',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=DAILY;COUNT=10',
    expected: [
      '1997-09-02T09:00', '1997-09-03T09:00', '1997-09-04T09:00', '1997-09-05T09:00', '1997-09-06T09:00',
      '1997-09-07T09:00', '1997-09-08T09:00', '1997-09-09T09:00', '1997-09-10T09:00', '1997-09-11T09:00',
    ],
    complete: true,
  },
  {
    title: 'Daily until December 24, 1997',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=DAILY;UNTIL=19971224T000000Z',
    expected: [
      '1997-09-02T09:00', '1997-09-03T09:00', '1997-09-04T09:00', '1997-09-05T09:00', '1997-09-06T09:00',
      '1997-09-07T09:00', '1997-09-08T09:00', '1997-09-09T09:00', '1997-09-10T09:00', '1997-09-11T09:00',
      '1997-09-12T09:00', '1997-09-13T09:00', '1997-09-14T09:00', '1997-09-15T09:00', '1997-09-16T09:00',
      '1997-09-17T09:00', '1997-09-18T09:00', '1997-09-19T09:00', '1997-09-20T09:00', '1997-09-21T09:00',
      '1997-09-22T09:00', '1997-09-23T09:00', '1997-09-24T09:00', '1997-09-25T09:00', '1997-09-26T09:00',
      '1997-09-27T09:00', '1997-09-28T09:00', '1997-09-29T09:00', '1997-09-30T09:00', '1997-10-01T09:00',
      '1997-10-02T09:00', '1997-10-03T09:00', '1997-10-04T09:00', '1997-10-05T09:00', '1997-10-06T09:00',
      '1997-10-07T09:00', '1997-10-08T09:00', '1997-10-09T09:00', '1997-10-10T09:00', '1997-10-11T09:00',
      '1997-10-12T09:00', '1997-10-13T09:00', '1997-10-14T09:00', '1997-10-15T09:00', '1997-10-16T09:00',
      '1997-10-17T09:00', '1997-10-18T09:00', '1997-10-19T09:00', '1997-10-20T09:00', '1997-10-21T09:00',
      '1997-10-22T09:00', '1997-10-23T09:00', '1997-10-24T09:00', '1997-10-25T09:00', '1997-10-26T09:00',
      '1997-10-27T09:00', '1997-10-28T09:00', '1997-10-29T09:00', '1997-10-30T09:00', '1997-10-31T09:00',
      '1997-11-01T09:00', '1997-11-02T09:00', '1997-11-03T09:00', '1997-11-04T09:00', '1997-11-05T09:00',
      '1997-11-06T09:00', '1997-11-07T09:00', '1997-11-08T09:00', '1997-11-09T09:00', '1997-11-10T09:00',
      '1997-11-11T09:00', '1997-11-12T09:00', '1997-11-13T09:00', '1997-11-14T09:00', '1997-11-15T09:00',
      '1997-11-16T09:00', '1997-11-17T09:00', '1997-11-18T09:00', '1997-11-19T09:00', '1997-11-20T09:00',
      '1997-11-21T09:00', '1997-11-22T09:00', '1997-11-23T09:00', '1997-11-24T09:00', '1997-11-25T09:00',
      '1997-11-26T09:00', '1997-11-27T09:00', '1997-11-28T09:00', '1997-11-29T09:00', '1997-11-30T09:00',
      '1997-12-01T09:00', '1997-12-02T09:00', '1997-12-03T09:00', '1997-12-04T09:00', '1997-12-05T09:00',
      '1997-12-06T09:00', '1997-12-07T09:00', '1997-12-08T09:00', '1997-12-09T09:00', '1997-12-10T09:00',
      '1997-12-11T09:00', '1997-12-12T09:00', '1997-12-13T09:00', '1997-12-14T09:00', '1997-12-15T09:00',
      '1997-12-16T09:00', '1997-12-17T09:00', '1997-12-18T09:00', '1997-12-19T09:00', '1997-12-20T09:00',
      '1997-12-21T09:00', '1997-12-22T09:00', '1997-12-23T09:00',
    ],
    complete: true,
    note: 'UNTIL=19971224T000000Z is 1997-12-23T19:00 EST, so December 23 is the last day.',
  },
  {
    title: 'Every other day - forever',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=DAILY;INTERVAL=2',
    expected: [
      '1997-09-02T09:00', '1997-09-04T09:00', '1997-09-06T09:00', '1997-09-08T09:00', '1997-09-10T09:00',
      '1997-09-12T09:00', '1997-09-14T09:00', '1997-09-16T09:00', '1997-09-18T09:00', '1997-09-20T09:00',
      '1997-09-22T09:00', '1997-09-24T09:00', '1997-09-26T09:00', '1997-09-28T09:00', '1997-09-30T09:00',
      '1997-10-02T09:00', '1997-10-04T09:00', '1997-10-06T09:00', '1997-10-08T09:00', '1997-10-10T09:00',
      '1997-10-12T09:00', '1997-10-14T09:00', '1997-10-16T09:00', '1997-10-18T09:00', '1997-10-20T09:00',
      '1997-10-22T09:00', '1997-10-24T09:00', '1997-10-26T09:00', '1997-10-28T09:00', '1997-10-30T09:00',
      '1997-11-01T09:00', '1997-11-03T09:00', '1997-11-05T09:00', '1997-11-07T09:00', '1997-11-09T09:00',
      '1997-11-11T09:00', '1997-11-13T09:00', '1997-11-15T09:00', '1997-11-17T09:00', '1997-11-19T09:00',
      '1997-11-21T09:00', '1997-11-23T09:00', '1997-11-25T09:00', '1997-11-27T09:00', '1997-11-29T09:00',
      '1997-12-01T09:00', '1997-12-03T09:00',
    ],
    complete: false,
    window: { from: '1997-09-02T09:00', to: '1997-12-03T09:01' },
    note:
      'The RFC abbreviates runs ("September 2,4,6,8...24", "November 1,3,5,7...25"); expanded here. Its list ' +
      'stops at "December 1,3,...".',
  },
  {
    title: 'Every 10 days, 5 occurrences',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=DAILY;INTERVAL=10;COUNT=5',
    expected: ['1997-09-02T09:00', '1997-09-12T09:00', '1997-09-22T09:00', '1997-10-02T09:00', '1997-10-12T09:00'],
    complete: true,
  },
  {
    title: 'Every day in January, for 3 years',
    dtstart: '1998-01-01T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA',
    expected: [
      '1998-01-01T09:00', '1998-01-02T09:00', '1998-01-03T09:00', '1998-01-04T09:00', '1998-01-05T09:00',
      '1998-01-06T09:00', '1998-01-07T09:00', '1998-01-08T09:00', '1998-01-09T09:00', '1998-01-10T09:00',
      '1998-01-11T09:00', '1998-01-12T09:00', '1998-01-13T09:00', '1998-01-14T09:00', '1998-01-15T09:00',
      '1998-01-16T09:00', '1998-01-17T09:00', '1998-01-18T09:00', '1998-01-19T09:00', '1998-01-20T09:00',
      '1998-01-21T09:00', '1998-01-22T09:00', '1998-01-23T09:00', '1998-01-24T09:00', '1998-01-25T09:00',
      '1998-01-26T09:00', '1998-01-27T09:00', '1998-01-28T09:00', '1998-01-29T09:00', '1998-01-30T09:00',
      '1998-01-31T09:00', '1999-01-01T09:00', '1999-01-02T09:00', '1999-01-03T09:00', '1999-01-04T09:00',
      '1999-01-05T09:00', '1999-01-06T09:00', '1999-01-07T09:00', '1999-01-08T09:00', '1999-01-09T09:00',
      '1999-01-10T09:00', '1999-01-11T09:00', '1999-01-12T09:00', '1999-01-13T09:00', '1999-01-14T09:00',
      '1999-01-15T09:00', '1999-01-16T09:00', '1999-01-17T09:00', '1999-01-18T09:00', '1999-01-19T09:00',
      '1999-01-20T09:00', '1999-01-21T09:00', '1999-01-22T09:00', '1999-01-23T09:00', '1999-01-24T09:00',
      '1999-01-25T09:00', '1999-01-26T09:00', '1999-01-27T09:00', '1999-01-28T09:00', '1999-01-29T09:00',
      '1999-01-30T09:00', '1999-01-31T09:00', '2000-01-01T09:00', '2000-01-02T09:00', '2000-01-03T09:00',
      '2000-01-04T09:00', '2000-01-05T09:00', '2000-01-06T09:00', '2000-01-07T09:00', '2000-01-08T09:00',
      '2000-01-09T09:00', '2000-01-10T09:00', '2000-01-11T09:00', '2000-01-12T09:00', '2000-01-13T09:00',
      '2000-01-14T09:00', '2000-01-15T09:00', '2000-01-16T09:00', '2000-01-17T09:00', '2000-01-18T09:00',
      '2000-01-19T09:00', '2000-01-20T09:00', '2000-01-21T09:00', '2000-01-22T09:00', '2000-01-23T09:00',
      '2000-01-24T09:00', '2000-01-25T09:00', '2000-01-26T09:00', '2000-01-27T09:00', '2000-01-28T09:00',
      '2000-01-29T09:00', '2000-01-30T09:00', '2000-01-31T09:00',
    ],
    complete: true,
    note:
      'The RFC gives two equivalent RRULEs for this example ("or"); this entry is the FREQ=YEARLY+BYDAY form (1 ' +
      'of 2), with the same expected occurrences.',
  },
  {
    title: 'Every day in January, for 3 years',
    dtstart: '1998-01-01T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1',
    expected: [
      '1998-01-01T09:00', '1998-01-02T09:00', '1998-01-03T09:00', '1998-01-04T09:00', '1998-01-05T09:00',
      '1998-01-06T09:00', '1998-01-07T09:00', '1998-01-08T09:00', '1998-01-09T09:00', '1998-01-10T09:00',
      '1998-01-11T09:00', '1998-01-12T09:00', '1998-01-13T09:00', '1998-01-14T09:00', '1998-01-15T09:00',
      '1998-01-16T09:00', '1998-01-17T09:00', '1998-01-18T09:00', '1998-01-19T09:00', '1998-01-20T09:00',
      '1998-01-21T09:00', '1998-01-22T09:00', '1998-01-23T09:00', '1998-01-24T09:00', '1998-01-25T09:00',
      '1998-01-26T09:00', '1998-01-27T09:00', '1998-01-28T09:00', '1998-01-29T09:00', '1998-01-30T09:00',
      '1998-01-31T09:00', '1999-01-01T09:00', '1999-01-02T09:00', '1999-01-03T09:00', '1999-01-04T09:00',
      '1999-01-05T09:00', '1999-01-06T09:00', '1999-01-07T09:00', '1999-01-08T09:00', '1999-01-09T09:00',
      '1999-01-10T09:00', '1999-01-11T09:00', '1999-01-12T09:00', '1999-01-13T09:00', '1999-01-14T09:00',
      '1999-01-15T09:00', '1999-01-16T09:00', '1999-01-17T09:00', '1999-01-18T09:00', '1999-01-19T09:00',
      '1999-01-20T09:00', '1999-01-21T09:00', '1999-01-22T09:00', '1999-01-23T09:00', '1999-01-24T09:00',
      '1999-01-25T09:00', '1999-01-26T09:00', '1999-01-27T09:00', '1999-01-28T09:00', '1999-01-29T09:00',
      '1999-01-30T09:00', '1999-01-31T09:00', '2000-01-01T09:00', '2000-01-02T09:00', '2000-01-03T09:00',
      '2000-01-04T09:00', '2000-01-05T09:00', '2000-01-06T09:00', '2000-01-07T09:00', '2000-01-08T09:00',
      '2000-01-09T09:00', '2000-01-10T09:00', '2000-01-11T09:00', '2000-01-12T09:00', '2000-01-13T09:00',
      '2000-01-14T09:00', '2000-01-15T09:00', '2000-01-16T09:00', '2000-01-17T09:00', '2000-01-18T09:00',
      '2000-01-19T09:00', '2000-01-20T09:00', '2000-01-21T09:00', '2000-01-22T09:00', '2000-01-23T09:00',
      '2000-01-24T09:00', '2000-01-25T09:00', '2000-01-26T09:00', '2000-01-27T09:00', '2000-01-28T09:00',
      '2000-01-29T09:00', '2000-01-30T09:00', '2000-01-31T09:00',
    ],
    complete: true,
    note:
      'The RFC gives two equivalent RRULEs for this example ("or"); this entry is the FREQ=DAILY form (2 of 2), ' +
      'with the same expected occurrences.',
  },
  {
    title: 'Weekly for 10 occurrences',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=WEEKLY;COUNT=10',
    expected: [
      '1997-09-02T09:00', '1997-09-09T09:00', '1997-09-16T09:00', '1997-09-23T09:00', '1997-09-30T09:00',
      '1997-10-07T09:00', '1997-10-14T09:00', '1997-10-21T09:00', '1997-10-28T09:00', '1997-11-04T09:00',
    ],
    complete: true,
  },
  {
    title: 'Weekly until December 24, 1997',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=WEEKLY;UNTIL=19971224T000000Z',
    expected: [
      '1997-09-02T09:00', '1997-09-09T09:00', '1997-09-16T09:00', '1997-09-23T09:00', '1997-09-30T09:00',
      '1997-10-07T09:00', '1997-10-14T09:00', '1997-10-21T09:00', '1997-10-28T09:00', '1997-11-04T09:00',
      '1997-11-11T09:00', '1997-11-18T09:00', '1997-11-25T09:00', '1997-12-02T09:00', '1997-12-09T09:00',
      '1997-12-16T09:00', '1997-12-23T09:00',
    ],
    complete: true,
    note: 'UNTIL=19971224T000000Z is 1997-12-23T19:00 EST, so December 23 is the last instance.',
  },
  {
    title: 'Every other week - forever',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=WEEKLY;INTERVAL=2;WKST=SU',
    expected: [
      '1997-09-02T09:00', '1997-09-16T09:00', '1997-09-30T09:00', '1997-10-14T09:00', '1997-10-28T09:00',
      '1997-11-11T09:00', '1997-11-25T09:00', '1997-12-09T09:00', '1997-12-23T09:00', '1998-01-06T09:00',
      '1998-01-20T09:00', '1998-02-03T09:00', '1998-02-17T09:00',
    ],
    complete: false,
    window: { from: '1997-09-02T09:00', to: '1998-02-17T09:01' },
  },
  {
    title: 'Weekly on Tuesday and Thursday for five weeks',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH',
    expected: [
      '1997-09-02T09:00', '1997-09-04T09:00', '1997-09-09T09:00', '1997-09-11T09:00', '1997-09-16T09:00',
      '1997-09-18T09:00', '1997-09-23T09:00', '1997-09-25T09:00', '1997-09-30T09:00', '1997-10-02T09:00',
    ],
    complete: true,
    note:
      'The RFC gives two equivalent RRULEs for this example ("or"); this entry is the UNTIL form (1 of 2), with ' +
      'the same expected occurrences.',
  },
  {
    title: 'Weekly on Tuesday and Thursday for five weeks',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH',
    expected: [
      '1997-09-02T09:00', '1997-09-04T09:00', '1997-09-09T09:00', '1997-09-11T09:00', '1997-09-16T09:00',
      '1997-09-18T09:00', '1997-09-23T09:00', '1997-09-25T09:00', '1997-09-30T09:00', '1997-10-02T09:00',
    ],
    complete: true,
    note:
      'The RFC gives two equivalent RRULEs for this example ("or"); this entry is the COUNT form (2 of 2), with ' +
      'the same expected occurrences.',
  },
  {
    title: 'Every other week on Monday, Wednesday, and Friday until December 24, 1997, starting on Monday, September 1, 1997',
    dtstart: '1997-09-01T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR',
    expected: [
      '1997-09-01T09:00', '1997-09-03T09:00', '1997-09-05T09:00', '1997-09-15T09:00', '1997-09-17T09:00',
      '1997-09-19T09:00', '1997-09-29T09:00', '1997-10-01T09:00', '1997-10-03T09:00', '1997-10-13T09:00',
      '1997-10-15T09:00', '1997-10-17T09:00', '1997-10-27T09:00', '1997-10-29T09:00', '1997-10-31T09:00',
      '1997-11-10T09:00', '1997-11-12T09:00', '1997-11-14T09:00', '1997-11-24T09:00', '1997-11-26T09:00',
      '1997-11-28T09:00', '1997-12-08T09:00', '1997-12-10T09:00', '1997-12-12T09:00', '1997-12-22T09:00',
    ],
    complete: true,
  },
  {
    title: 'Every other week on Tuesday and Thursday, for 8 occurrences',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH',
    expected: [
      '1997-09-02T09:00', '1997-09-04T09:00', '1997-09-16T09:00', '1997-09-18T09:00', '1997-09-30T09:00',
      '1997-10-02T09:00', '1997-10-14T09:00', '1997-10-16T09:00',
    ],
    complete: true,
  },
  {
    title: 'Monthly on the first Friday for 10 occurrences',
    dtstart: '1997-09-05T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;COUNT=10;BYDAY=1FR',
    expected: [
      '1997-09-05T09:00', '1997-10-03T09:00', '1997-11-07T09:00', '1997-12-05T09:00', '1998-01-02T09:00',
      '1998-02-06T09:00', '1998-03-06T09:00', '1998-04-03T09:00', '1998-05-01T09:00', '1998-06-05T09:00',
    ],
    complete: true,
  },
  {
    title: 'Monthly on the first Friday until December 24, 1997',
    dtstart: '1997-09-05T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR',
    expected: ['1997-09-05T09:00', '1997-10-03T09:00', '1997-11-07T09:00', '1997-12-05T09:00'],
    complete: true,
  },
  {
    title: 'Every other month on the first and last Sunday of the month for 10 occurrences',
    dtstart: '1997-09-07T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU',
    expected: [
      '1997-09-07T09:00', '1997-09-28T09:00', '1997-11-02T09:00', '1997-11-30T09:00', '1998-01-04T09:00',
      '1998-01-25T09:00', '1998-03-01T09:00', '1998-03-29T09:00', '1998-05-03T09:00', '1998-05-31T09:00',
    ],
    complete: true,
  },
  {
    title: 'Monthly on the second-to-last Monday of the month for 6 months',
    dtstart: '1997-09-22T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;COUNT=6;BYDAY=-2MO',
    expected: [
      '1997-09-22T09:00', '1997-10-20T09:00', '1997-11-17T09:00', '1997-12-22T09:00', '1998-01-19T09:00',
      '1998-02-16T09:00',
    ],
    complete: true,
  },
  {
    title: 'Monthly on the third-to-the-last day of the month, forever',
    dtstart: '1997-09-28T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;BYMONTHDAY=-3',
    expected: [
      '1997-09-28T09:00', '1997-10-29T09:00', '1997-11-28T09:00', '1997-12-29T09:00', '1998-01-29T09:00',
      '1998-02-26T09:00',
    ],
    complete: false,
    window: { from: '1997-09-28T09:00', to: '1998-02-26T09:01' },
  },
  {
    title: 'Monthly on the 2nd and 15th of the month for 10 occurrences',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15',
    expected: [
      '1997-09-02T09:00', '1997-09-15T09:00', '1997-10-02T09:00', '1997-10-15T09:00', '1997-11-02T09:00',
      '1997-11-15T09:00', '1997-12-02T09:00', '1997-12-15T09:00', '1998-01-02T09:00', '1998-01-15T09:00',
    ],
    complete: true,
  },
  {
    title: 'Monthly on the first and last day of the month for 10 occurrences',
    dtstart: '1997-09-30T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1',
    expected: [
      '1997-09-30T09:00', '1997-10-01T09:00', '1997-10-31T09:00', '1997-11-01T09:00', '1997-11-30T09:00',
      '1997-12-01T09:00', '1997-12-31T09:00', '1998-01-01T09:00', '1998-01-31T09:00', '1998-02-01T09:00',
    ],
    complete: true,
  },
  {
    title: 'Every 18 months on the 10th thru 15th of the month for 10 occurrences',
    dtstart: '1997-09-10T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15',
    expected: [
      '1997-09-10T09:00', '1997-09-11T09:00', '1997-09-12T09:00', '1997-09-13T09:00', '1997-09-14T09:00',
      '1997-09-15T09:00', '1999-03-10T09:00', '1999-03-11T09:00', '1999-03-12T09:00', '1999-03-13T09:00',
    ],
    complete: true,
  },
  {
    title: 'Every Tuesday, every other month',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=TU',
    expected: [
      '1997-09-02T09:00', '1997-09-09T09:00', '1997-09-16T09:00', '1997-09-23T09:00', '1997-09-30T09:00',
      '1997-11-04T09:00', '1997-11-11T09:00', '1997-11-18T09:00', '1997-11-25T09:00', '1998-01-06T09:00',
      '1998-01-13T09:00', '1998-01-20T09:00', '1998-01-27T09:00', '1998-03-03T09:00', '1998-03-10T09:00',
      '1998-03-17T09:00', '1998-03-24T09:00', '1998-03-31T09:00',
    ],
    complete: false,
    window: { from: '1997-09-02T09:00', to: '1998-03-31T09:01' },
  },
  {
    title: 'Yearly in June and July for 10 occurrences',
    dtstart: '1997-06-10T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=YEARLY;COUNT=10;BYMONTH=6,7',
    expected: [
      '1997-06-10T09:00', '1997-07-10T09:00', '1998-06-10T09:00', '1998-07-10T09:00', '1999-06-10T09:00',
      '1999-07-10T09:00', '2000-06-10T09:00', '2000-07-10T09:00', '2001-06-10T09:00', '2001-07-10T09:00',
    ],
    complete: true,
    note: 'RFC: since none of BYDAY, BYMONTHDAY or BYYEARDAY is given, the day of the month (10) comes from DTSTART.',
  },
  {
    title: 'Every other year on January, February, and March for 10 occurrences',
    dtstart: '1997-03-10T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3',
    expected: [
      '1997-03-10T09:00', '1999-01-10T09:00', '1999-02-10T09:00', '1999-03-10T09:00', '2001-01-10T09:00',
      '2001-02-10T09:00', '2001-03-10T09:00', '2003-01-10T09:00', '2003-02-10T09:00', '2003-03-10T09:00',
    ],
    complete: true,
  },
  {
    title: 'Every third year on the 1st, 100th, and 200th day for 10 occurrences',
    dtstart: '1997-01-01T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200',
    expected: [
      '1997-01-01T09:00', '1997-04-10T09:00', '1997-07-19T09:00', '2000-01-01T09:00', '2000-04-09T09:00',
      '2000-07-18T09:00', '2003-01-01T09:00', '2003-04-10T09:00', '2003-07-19T09:00', '2006-01-01T09:00',
    ],
    complete: true,
  },
  {
    title: 'Every 20th Monday of the year, forever',
    dtstart: '1997-05-19T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=YEARLY;BYDAY=20MO',
    expected: ['1997-05-19T09:00', '1998-05-18T09:00', '1999-05-17T09:00'],
    complete: false,
    window: { from: '1997-05-19T09:00', to: '1999-05-17T09:01' },
  },
  {
    title: 'Monday of week number 20 (where the default start of the week is Monday), forever',
    dtstart: '1997-05-12T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO',
    expected: ['1997-05-12T09:00', '1998-05-11T09:00', '1999-05-17T09:00'],
    complete: false,
    window: { from: '1997-05-12T09:00', to: '1999-05-17T09:01' },
  },
  {
    title: 'Every Thursday in March, forever',
    dtstart: '1997-03-13T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=TH',
    expected: [
      '1997-03-13T09:00', '1997-03-20T09:00', '1997-03-27T09:00', '1998-03-05T09:00', '1998-03-12T09:00',
      '1998-03-19T09:00', '1998-03-26T09:00', '1999-03-04T09:00', '1999-03-11T09:00', '1999-03-18T09:00',
      '1999-03-25T09:00',
    ],
    complete: false,
    window: { from: '1997-03-13T09:00', to: '1999-03-25T09:01' },
  },
  {
    title: 'Every Thursday, but only during June, July, and August, forever',
    dtstart: '1997-06-05T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8',
    expected: [
      '1997-06-05T09:00', '1997-06-12T09:00', '1997-06-19T09:00', '1997-06-26T09:00', '1997-07-03T09:00',
      '1997-07-10T09:00', '1997-07-17T09:00', '1997-07-24T09:00', '1997-07-31T09:00', '1997-08-07T09:00',
      '1997-08-14T09:00', '1997-08-21T09:00', '1997-08-28T09:00', '1998-06-04T09:00', '1998-06-11T09:00',
      '1998-06-18T09:00', '1998-06-25T09:00', '1998-07-02T09:00', '1998-07-09T09:00', '1998-07-16T09:00',
      '1998-07-23T09:00', '1998-07-30T09:00', '1998-08-06T09:00', '1998-08-13T09:00', '1998-08-20T09:00',
      '1998-08-27T09:00', '1999-06-03T09:00', '1999-06-10T09:00', '1999-06-17T09:00', '1999-06-24T09:00',
      '1999-07-01T09:00', '1999-07-08T09:00', '1999-07-15T09:00', '1999-07-22T09:00', '1999-07-29T09:00',
      '1999-08-05T09:00', '1999-08-12T09:00', '1999-08-19T09:00', '1999-08-26T09:00',
    ],
    complete: false,
    window: { from: '1997-06-05T09:00', to: '1999-08-26T09:01' },
  },
  {
    title: 'Every Friday the 13th, forever',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
    expected: ['1998-02-13T09:00', '1998-03-13T09:00', '1998-11-13T09:00', '1999-08-13T09:00', '2000-10-13T09:00'],
    complete: false,
    window: { from: '1997-09-02T09:00', to: '2000-10-13T09:01' },
    note:
      'EXDATE;TZID=America/New_York:19970902T090000 is present and removes DTSTART (a Tuesday, not a Friday the ' +
      '13th), so `expected` starts at 1998-02-13. Expanding DTSTART+RRULE without the EXDATE adds ' +
      '1997-09-02T09:00 as the first instance (DTSTART always counts as the first instance; a DTSTART that does ' +
      'not match the rule makes the set undefined per the RFC).',
  },
  {
    title: 'The first Saturday that follows the first Sunday of the month, forever',
    dtstart: '1997-09-13T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13',
    expected: [
      '1997-09-13T09:00', '1997-10-11T09:00', '1997-11-08T09:00', '1997-12-13T09:00', '1998-01-10T09:00',
      '1998-02-07T09:00', '1998-03-07T09:00', '1998-04-11T09:00', '1998-05-09T09:00', '1998-06-13T09:00',
    ],
    complete: false,
    window: { from: '1997-09-13T09:00', to: '1998-06-13T09:01' },
  },
  {
    title: 'Every 4 years, the first Tuesday after a Monday in November, forever (U.S. Presidential Election day)',
    dtstart: '1996-11-05T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8',
    expected: ['1996-11-05T09:00', '2000-11-07T09:00', '2004-11-02T09:00'],
    complete: false,
    window: { from: '1996-11-05T09:00', to: '2004-11-02T09:01' },
  },
  {
    title: 'The third instance into the month of one of Tuesday, Wednesday, or Thursday, for the next 3 months',
    dtstart: '1997-09-04T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3',
    expected: ['1997-09-04T09:00', '1997-10-07T09:00', '1997-11-06T09:00'],
    complete: true,
  },
  {
    title: 'The second-to-last weekday of the month',
    dtstart: '1997-09-29T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2',
    expected: [
      '1997-09-29T09:00', '1997-10-30T09:00', '1997-11-27T09:00', '1997-12-30T09:00', '1998-01-29T09:00',
      '1998-02-26T09:00', '1998-03-30T09:00',
    ],
    complete: false,
    window: { from: '1997-09-29T09:00', to: '1998-03-30T09:01' },
  },
  {
    title: 'Every 3 hours from 9:00 AM to 5:00 PM on a specific day',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z',
    expected: ['1997-09-02T09:00', '1997-09-02T12:00', '1997-09-02T15:00'],
    complete: true,
    note:
      'uses FREQ=HOURLY. RFC erratum 3883 (verified): the printed UNTIL=19970902T170000Z is 13:00 EDT, so an ' +
      'expander of this exact rule gives only 09:00 and 12:00; the intended value is UNTIL=19970902T210000Z ' +
      '(17:00 EDT), which gives the listed 09:00, 12:00, 15:00. `rule` and `expected` follow the RFC text as ' +
      'printed.',
  },
  {
    title: 'Every 15 minutes for 6 occurrences',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MINUTELY;INTERVAL=15;COUNT=6',
    expected: [
      '1997-09-02T09:00', '1997-09-02T09:15', '1997-09-02T09:30', '1997-09-02T09:45', '1997-09-02T10:00',
      '1997-09-02T10:15',
    ],
    complete: true,
    note: 'uses FREQ=MINUTELY',
  },
  {
    title: 'Every hour and a half for 4 occurrences',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MINUTELY;INTERVAL=90;COUNT=4',
    expected: ['1997-09-02T09:00', '1997-09-02T10:30', '1997-09-02T12:00', '1997-09-02T13:30'],
    complete: true,
    note: 'uses FREQ=MINUTELY',
  },
  {
    title: 'Every 20 minutes from 9:00 AM to 4:40 PM every day',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40',
    expected: [
      '1997-09-02T09:00', '1997-09-02T09:20', '1997-09-02T09:40', '1997-09-02T10:00', '1997-09-02T10:20',
      '1997-09-02T10:40', '1997-09-02T11:00', '1997-09-02T11:20', '1997-09-02T11:40', '1997-09-02T12:00',
      '1997-09-02T12:20', '1997-09-02T12:40', '1997-09-02T13:00', '1997-09-02T13:20', '1997-09-02T13:40',
      '1997-09-02T14:00', '1997-09-02T14:20', '1997-09-02T14:40', '1997-09-02T15:00', '1997-09-02T15:20',
      '1997-09-02T15:40', '1997-09-02T16:00', '1997-09-02T16:20', '1997-09-02T16:40', '1997-09-03T09:00',
      '1997-09-03T09:20', '1997-09-03T09:40', '1997-09-03T10:00', '1997-09-03T10:20', '1997-09-03T10:40',
      '1997-09-03T11:00', '1997-09-03T11:20', '1997-09-03T11:40', '1997-09-03T12:00', '1997-09-03T12:20',
      '1997-09-03T12:40', '1997-09-03T13:00', '1997-09-03T13:20', '1997-09-03T13:40', '1997-09-03T14:00',
      '1997-09-03T14:20', '1997-09-03T14:40', '1997-09-03T15:00', '1997-09-03T15:20', '1997-09-03T15:40',
      '1997-09-03T16:00', '1997-09-03T16:20', '1997-09-03T16:40',
    ],
    complete: false,
    window: { from: '1997-09-02T09:00', to: '1997-09-03T16:41' },
    note:
      'The RFC gives two equivalent RRULEs for this example ("or"); this entry is the FREQ=DAILY+BYHOUR+BYMINUTE ' +
      'form (1 of 2), with the same expected occurrences. The RFC lists two days (September 2 and 3) and ' +
      'abbreviates each ("9:00,9:20,9:40,10:00,10:20, ... 16:00,16:20,16:40"); expanded here to every 20 minutes ' +
      '09:00-16:40 on both days.',
  },
  {
    title: 'Every 20 minutes from 9:00 AM to 4:40 PM every day',
    dtstart: '1997-09-02T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16',
    expected: [
      '1997-09-02T09:00', '1997-09-02T09:20', '1997-09-02T09:40', '1997-09-02T10:00', '1997-09-02T10:20',
      '1997-09-02T10:40', '1997-09-02T11:00', '1997-09-02T11:20', '1997-09-02T11:40', '1997-09-02T12:00',
      '1997-09-02T12:20', '1997-09-02T12:40', '1997-09-02T13:00', '1997-09-02T13:20', '1997-09-02T13:40',
      '1997-09-02T14:00', '1997-09-02T14:20', '1997-09-02T14:40', '1997-09-02T15:00', '1997-09-02T15:20',
      '1997-09-02T15:40', '1997-09-02T16:00', '1997-09-02T16:20', '1997-09-02T16:40', '1997-09-03T09:00',
      '1997-09-03T09:20', '1997-09-03T09:40', '1997-09-03T10:00', '1997-09-03T10:20', '1997-09-03T10:40',
      '1997-09-03T11:00', '1997-09-03T11:20', '1997-09-03T11:40', '1997-09-03T12:00', '1997-09-03T12:20',
      '1997-09-03T12:40', '1997-09-03T13:00', '1997-09-03T13:20', '1997-09-03T13:40', '1997-09-03T14:00',
      '1997-09-03T14:20', '1997-09-03T14:40', '1997-09-03T15:00', '1997-09-03T15:20', '1997-09-03T15:40',
      '1997-09-03T16:00', '1997-09-03T16:20', '1997-09-03T16:40',
    ],
    complete: false,
    window: { from: '1997-09-02T09:00', to: '1997-09-03T16:41' },
    note:
      'uses FREQ=MINUTELY. The RFC gives two equivalent RRULEs for this example ("or"); this entry is the ' +
      'FREQ=MINUTELY form (2 of 2), with the same expected occurrences. The RFC lists two days (September 2 and ' +
      '3) and abbreviates each ("9:00,9:20,9:40,10:00,10:20, ... 16:00,16:20,16:40"); expanded here to every 20 ' +
      'minutes 09:00-16:40 on both days.',
  },
  {
    title: 'An example where the days generated makes a difference because of WKST',
    dtstart: '1997-08-05T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO',
    expected: ['1997-08-05T09:00', '1997-08-10T09:00', '1997-08-19T09:00', '1997-08-24T09:00'],
    complete: true,
    note: 'Same rule as the next example except WKST=MO; compare their results.',
  },
  {
    title: 'changing only WKST from MO to SU, yields different results',
    dtstart: '1997-08-05T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU',
    expected: ['1997-08-05T09:00', '1997-08-17T09:00', '1997-08-19T09:00', '1997-08-31T09:00'],
    complete: true,
    note: 'Same rule as the previous example except WKST=SU; compare their results.',
  },
  {
    title: 'An example where an invalid date (i.e., February 30) is ignored',
    dtstart: '2007-01-15T09:00',
    zone: 'America/New_York',
    rule: 'FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5',
    expected: ['2007-01-15T09:00', '2007-01-30T09:00', '2007-02-15T09:00', '2007-03-15T09:00', '2007-03-30T09:00'],
    complete: true,
    note: 'BYMONTHDAY=30 produces nothing in February (the invalid date is skipped, not moved).',
  },
];
