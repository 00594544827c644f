import { daysByDate, holidayOn } from './day-index';
import { seasonDays } from './season-days';

describe('the season days of a window', () => {
  it('merges a flag day that is also a public holiday into the holiday', () => {
    const dec = seasonDays('2026-12-01', '2026-12-10', ['FI'], 'fi');
    expect(dec).toEqual([
      { date: '2026-12-06', name: 'Itsenäisyyspäivä', kind: 'public', country: 'FI', flagDay: true },
      { date: '2026-12-08', name: 'Jean Sibeliuksen päivä', kind: 'flag', country: 'FI' },
    ]);
    const june = seasonDays('2026-06-19', '2026-06-20', ['FI'], 'fi');
    expect(june.map((d) => `${d.date} ${d.kind} ${d.name} ${d.flagDay ?? ''}`.trim())).toEqual([
      '2026-06-19 dayOff Juhannusaatto',
      '2026-06-20 public Juhannuspäivä true',
    ]);
  });

  it('adds the Finnish flag and commercial days only with Finland', () => {
    const nov = (countries: string[]) =>
      seasonDays('2026-11-01', '2026-11-30', countries, 'en').map((d) => `${d.date} ${d.country} ${d.name}`);
    expect(nov(['FI'])).toEqual([
      '2026-11-06 FI Finnish Swedish Heritage Day',
      "2026-11-08 FI Father's Day",
      "2026-11-11 FI Singles' Day",
      "2026-11-20 FI Children's Rights Day",
      '2026-11-27 FI Black Friday',
      '2026-11-30 FI Cyber Monday',
    ]);
    expect(nov(['SE'])).toEqual([]);
  });

  it('groups by date and finds the holiday a piece falls on', () => {
    const days = seasonDays('2026-06-01', '2026-06-30', ['FI', 'SE'], 'fi');
    const byDate = daysByDate(days);
    expect(byDate.get('2026-06-20')?.map((d) => d.country)).toEqual(['FI', 'SE']);
    expect(holidayOn('2026-06-20', days)?.name).toBe('Juhannuspäivä');
    expect(holidayOn('2026-06-04', days)).toBeNull(); // a flag day is no day off
    expect(holidayOn('2026-06-10', days)).toBeNull();
  });
});
