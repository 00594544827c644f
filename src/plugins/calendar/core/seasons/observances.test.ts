import { ruleDate } from './observance-rules';
import { OBSERVANCES, observancesBetween } from './observances';

const on = (year: number, key: string) => observancesBetween(`${year}-01-01`, `${year}-12-31`, 'fi').find((d) => d.key === key)?.date;

describe('Finnish flag days and commercial days', () => {
  it('places the fixed flag days', () => {
    expect(on(2026, 'runeberg')).toBe('2026-02-05');
    expect(on(2026, 'kalevala')).toBe('2026-02-28');
    expect(on(2026, 'minna-canth')).toBe('2026-03-19');
    expect(on(2026, 'agricola')).toBe('2026-04-09');
    expect(on(2026, 'veterans')).toBe('2026-04-27');
    expect(on(2026, 'snellman')).toBe('2026-05-12');
    expect(on(2026, 'defence-forces')).toBe('2026-06-04');
    expect(on(2026, 'eino-leino')).toBe('2026-07-06');
    expect(on(2026, 'aleksis-kivi')).toBe('2026-10-10');
    expect(on(2026, 'un-day')).toBe('2026-10-24');
    expect(on(2026, 'independence')).toBe('2026-12-06');
    expect(on(2026, 'sibelius')).toBe('2026-12-08');
  });

  it('places the Sundays: äitienpäivä 2nd and kaatuneitten muistopäivä 3rd of May, isänpäivä 2nd of November', () => {
    expect(on(2026, 'mothers-day')).toBe('2026-05-10');
    expect(on(2027, 'mothers-day')).toBe('2027-05-09');
    expect(on(2026, 'fallen')).toBe('2026-05-17');
    expect(on(2027, 'fallen')).toBe('2027-05-16');
    expect(on(2026, 'fathers-day')).toBe('2026-11-08');
    expect(on(2027, 'fathers-day')).toBe('2027-11-14');
  });

  it('places juhannus on the Saturday from 20 June and the nature day on the last Saturday of August', () => {
    expect(on(2026, 'juhannus')).toBe('2026-06-20');
    expect(on(2027, 'juhannus')).toBe('2027-06-26');
    expect(on(2026, 'nature')).toBe('2026-08-29');
    expect(on(2027, 'nature')).toBe('2027-08-28');
  });

  it('places Black Friday after US Thanksgiving and Cyber Monday three days later', () => {
    expect(on(2026, 'black-friday')).toBe('2026-11-27');
    expect(on(2026, 'cyber-monday')).toBe('2026-11-30');
    expect(on(2027, 'black-friday')).toBe('2027-11-26');
    expect(on(2027, 'cyber-monday')).toBe('2027-11-29');
    expect(on(2026, 'singles-day')).toBe('2026-11-11');
    expect(on(2026, 'valentine')).toBe('2026-02-14');
    expect(on(2026, 'halloween')).toBe('2026-10-31');
  });

  it('names every day in Finnish, Swedish and English, with a kind', () => {
    for (const o of OBSERVANCES) {
      expect(o.names.fi && o.names.sv && o.names.en).toBeTruthy();
      expect(['flag', 'commercial']).toContain(o.kind);
    }
    const sv = observancesBetween('2026-12-06', '2026-12-06', 'sv');
    expect(sv).toEqual([
      { date: '2026-12-06', name: 'Självständighetsdagen', kind: 'flag', country: 'FI', key: 'independence', alsoPublic: true },
    ]);
    expect(observancesBetween('2026-02-14', '2026-02-14', 'en')[0]).toMatchObject({ name: "Valentine's Day", kind: 'commercial' });
  });

  it('keeps to the window, across a New Year', () => {
    const days = observancesBetween('2026-12-01', '2027-02-10', 'fi');
    expect(days.map((d) => `${d.date} ${d.key}`)).toEqual(['2026-12-06 independence', '2026-12-08 sibelius', '2027-02-05 runeberg']);
  });

  it('computes the last weekday of a month with 31 and 30 days', () => {
    expect(ruleDate({ type: 'nthWeekday', month: 8, weekday: 6, nth: -1 }, 2026)).toBe('2026-08-29');
    expect(ruleDate({ type: 'nthWeekday', month: 9, weekday: 3, nth: -1 }, 2026)).toBe('2026-09-30');
    expect(ruleDate({ type: 'nthWeekday', month: 2, weekday: 0, nth: -1 }, 2026)).toBe('2026-02-22');
  });
});
