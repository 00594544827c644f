/** The recurrence in words, in English and Finnish, as the piece page shows it. */
import { describeRule } from './rule-words';

const say = (rule: string, start: string, exceptions?: string[]) => ({
  en: describeRule(rule, { language: 'en', start, exceptions }),
  fi: describeRule(rule, { language: 'fi', start, exceptions }),
});

describe('a rule in words', () => {
  it('the weekly newsletter with its two skipped Thursdays', () => {
    expect(say('FREQ=WEEKLY;BYDAY=TH', '2026-01-08T08:00', ['2026-12-31T08:00', '2026-12-24T08:00'])).toEqual({
      en: 'Every Thursday at 08:00, except 24 Dec and 31 Dec',
      fi: 'Joka torstai klo 8.00, paitsi 24.12. ja 31.12.',
    });
  });

  it.each([
    [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10',
      '2026-01-06T09:00',
      'Every other Tuesday at 09:00, 10 times',
      'Joka toinen tiistai klo 9.00, 10 kertaa.',
    ],
    ['FREQ=WEEKLY;COUNT=1', '2026-01-06T09:00', 'Every Tuesday at 09:00, once', 'Joka tiistai klo 9.00, kerran.'],
    [
      'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      '2026-01-05T07:30',
      'Every Monday, Wednesday and Friday at 07:30',
      'Joka maanantai, keskiviikko ja perjantai klo 7.30.',
    ],
    [
      'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,WE',
      '2026-01-06T09:00',
      'Every 3 weeks on Tuesday and Wednesday at 09:00',
      'Joka 3. viikko tiistaisin ja keskiviikkoisin klo 9.00.',
    ],
    ['FREQ=DAILY;INTERVAL=2', '2026-01-06T09:00', 'Every other day at 09:00', 'Joka toinen päivä klo 9.00.'],
    [
      'FREQ=DAILY;BYHOUR=9,15;BYMINUTE=0;UNTIL=20261231',
      '2026-01-01T09:00',
      'Every day at 09:00 and 15:00, until 31 Dec 2026',
      'Joka päivä klo 9.00 ja 15.00, 31.12.2026 asti.',
    ],
    [
      'FREQ=MONTHLY;BYDAY=1WE;BYMONTH=1,2,3,4,5,6,8,9,10,11,12',
      '2026-01-07T10:00',
      'Every month on the first Wednesday at 10:00, except in July',
      'Joka kuukausi ensimmäisenä keskiviikkona klo 10.00, paitsi heinäkuussa.',
    ],
    [
      'FREQ=MONTHLY;BYDAY=-1FR;BYMONTH=3,6',
      '2026-03-27T10:00',
      'Every month on the last Friday at 10:00, only in March and June',
      'Joka kuukausi viimeisenä perjantaina klo 10.00, vain maaliskuussa ja kesäkuussa.',
    ],
    ['FREQ=MONTHLY', '2026-01-15T10:00', 'Every month on day 15 at 10:00', 'Joka kuukausi 15. päivänä klo 10.00.'],
    [
      'FREQ=MONTHLY;BYMONTHDAY=-1',
      '2026-01-31T10:00',
      'Every month on the last day at 10:00',
      'Joka kuukausi viimeisenä päivänä klo 10.00.',
    ],
    [
      'FREQ=MONTHLY;BYMONTHDAY=31',
      '2026-01-31T10:00',
      'Every month on day 31 (in months that have one) at 10:00',
      'Joka kuukausi 31. päivänä (kuukausina, joissa se on) klo 10.00.',
    ],
    ['FREQ=YEARLY', '2026-03-15T10:00', 'Every year on 15 March at 10:00', 'Joka vuosi 15.3. klo 10.00.'],
    ['FREQ=WEEKLY', '2026-03-15T10:00', 'Every Sunday at 10:00', 'Joka sunnuntai klo 10.00.'],
  ])('%s from %s', (rule, start, en, fi) => {
    expect(say(rule, start)).toEqual({ en, fi });
  });

  it('joins skipped dates to an "except in <month>" clause without a second "except"', () => {
    const rule = 'FREQ=MONTHLY;BYDAY=1WE;BYMONTH=1,2,3,4,5,6,8,9,10,11,12';
    expect(say(rule, '2026-01-07T10:00', ['2026-12-02T10:00'])).toEqual({
      en: 'Every month on the first Wednesday at 10:00, except in July, and not on 2 Dec',
      fi: 'Joka kuukausi ensimmäisenä keskiviikkona klo 10.00, paitsi heinäkuussa, eikä 2.12.',
    });
  });

  it('names the year of a skipped date outside the first year, and counts the rest', () => {
    const skipped = [
      '2026-02-05T08:00',
      '2026-02-12T08:00',
      '2026-02-19T08:00',
      '2026-02-26T08:00',
      '2026-03-05T08:00',
      '2027-01-07T08:00',
    ];
    expect(describeRule('FREQ=WEEKLY;BYDAY=TH', { language: 'en', start: '2026-01-08T08:00', exceptions: skipped, maxExceptions: 2 })).toBe(
      'Every Thursday at 08:00, except 5 Feb, 12 Feb and 4 more'
    );
    expect(describeRule('FREQ=WEEKLY;BYDAY=TH', { language: 'fi', start: '2026-01-08T08:00', exceptions: ['2027-01-07T08:00'] })).toBe(
      'Joka torstai klo 8.00, paitsi 7.1.2027.'
    );
  });

  it('gives no words for a rule the builder cannot read: the RRULE itself is shown instead', () => {
    expect(describeRule('FREQ=HOURLY;INTERVAL=4', { language: 'en', start: '2026-01-08T08:00' })).toBeNull();
    expect(describeRule(null, { language: 'fi', start: '2026-01-08T08:00' })).toBeNull();
  });
});
