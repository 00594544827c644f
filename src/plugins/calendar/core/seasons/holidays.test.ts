import { countryName, holidaysBetween, isKnownCountry } from './holidays';

const names = (days: ReturnType<typeof holidaysBetween>) => days.map((d) => `${d.date} ${d.kind} ${d.name}`);

describe('public holidays (date-holidays)', () => {
  it('places juhannus 2026 on Saturday 20 June and juhannusaatto on Friday 19 June', () => {
    const june = holidaysBetween('2026-06-01', '2026-06-30', ['FI'], 'fi');
    expect(names(june)).toEqual(['2026-06-19 dayOff Juhannusaatto', '2026-06-20 public Juhannuspäivä']);
    expect(new Date('2026-06-20T12:00:00Z').getUTCDay()).toBe(6);
    expect(new Date('2026-06-19T12:00:00Z').getUTCDay()).toBe(5);
  });

  it('has itsenäisyyspäivä on 6 December every year', () => {
    for (const year of [2026, 2027]) {
      const dec = holidaysBetween(`${year}-12-01`, `${year}-12-10`, ['FI'], 'fi');
      expect(names(dec)).toEqual([`${year}-12-06 public Itsenäisyyspäivä`]);
    }
  });

  it('moves Easter: 3–6 April 2026, 26–29 March 2027', () => {
    const easter = (year: number) =>
      holidaysBetween(`${year}-03-01`, `${year}-04-30`, ['FI'], 'en')
        .filter((d) => /Easter|Good Friday/.test(d.name))
        .map((d) => `${d.date} ${d.name}`);
    expect(easter(2026)).toEqual(['2026-04-03 Good Friday', '2026-04-05 Easter Sunday', '2026-04-06 Easter Monday']);
    expect(easter(2027)).toEqual(['2027-03-26 Good Friday', '2027-03-28 Easter Sunday', '2027-03-29 Easter Monday']);
  });

  it('names days in Swedish and English, and Sweden has its midsommar', () => {
    expect(names(holidaysBetween('2026-12-06', '2026-12-06', ['FI'], 'sv'))).toEqual(['2026-12-06 public Självständighetsdagen']);
    expect(names(holidaysBetween('2026-12-06', '2026-12-06', ['FI'], 'en'))).toEqual(['2026-12-06 public Independence Day']);
    const se = holidaysBetween('2026-06-01', '2026-06-30', ['SE'], 'sv');
    expect(names(se)).toEqual(['2026-06-06 public Nationaldagen', '2026-06-19 dayOff Midsommarafton', '2026-06-20 public Midsommardagen']);
    expect(se.every((d) => d.country === 'SE')).toBe(true);
  });

  it('falls back to English, then the country language, where date-holidays has no name in the one asked', () => {
    // Sweden's national day has no Finnish name in date-holidays: its English name is shown.
    const se = holidaysBetween('2026-06-06', '2026-06-06', ['SE'], 'fi');
    expect(se.map((d) => d.name)).toEqual(['National Day']);
    // The same whatever language was asked before (date-holidays keeps earlier ones otherwise).
    holidaysBetween('2026-06-06', '2026-06-06', ['SE'], 'sv');
    expect(holidaysBetween('2026-06-06', '2026-06-06', ['SE'], 'fi').map((d) => d.name)).toEqual(['National Day']);
    expect(holidaysBetween('2026-12-06', '2026-12-06', ['FI'], 'fi').map((d) => d.name)).toEqual(['Itsenäisyyspäivä']);
  });

  it("keeps only de facto days off: New Year's Eve is a working day in Finland, not in Sweden", () => {
    const around = (country: string) => names(holidaysBetween('2026-12-20', '2027-01-02', [country], 'en'));
    expect(around('FI')).toEqual([
      '2026-12-24 dayOff Christmas Eve',
      '2026-12-25 public Christmas Day',
      '2026-12-26 public Boxing Day',
      "2027-01-01 public New Year's Day",
    ]);
    expect(around('SE')).toContain("2026-12-31 dayOff New Year's Eve");
    expect(around('SE')).toContain('2026-12-24 dayOff Christmas Eve');
    expect(around('NO')).toContain('2026-12-24 dayOff Christmas Eve');
    expect(around('NO').some((d) => d.startsWith('2026-12-31'))).toBe(false);
    expect(around('DK')).toContain('2026-12-24 dayOff Christmas Eve');
    expect(around('EE')).toContain('2026-12-24 public Christmas Eve');
    // No observance slips in as a day off.
    expect(
      holidaysBetween('2026-01-01', '2026-12-31', ['FI'], 'fi')
        .filter((d) => d.kind === 'dayOff')
        .map((d) => d.date)
    ).toEqual(['2026-06-19', '2026-12-24']);
  });

  it('combines countries and orders by date', () => {
    const days = holidaysBetween('2026-06-01', '2026-06-30', ['FI', 'SE', 'EE'], 'en');
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    expect(new Set(days.map((d) => d.country))).toEqual(new Set(['FI', 'SE', 'EE']));
    expect(days.find((d) => d.country === 'EE' && d.date === '2026-06-24')?.name).toBe('Midsummer Day');
  });

  it('knows the Nordic and Baltic countries and refuses made-up ones', () => {
    for (const c of ['FI', 'SE', 'NO', 'DK', 'EE', 'DE']) expect(isKnownCountry(c)).toBe(true);
    for (const c of ['XX', 'fi', 'FIN', '', '__proto__']) expect(isKnownCountry(c)).toBe(false);
    expect(holidaysBetween('2026-01-01', '2026-12-31', ['XX'], 'fi')).toEqual([]);
  });

  it('refuses a window over more than three calendar years', () => {
    expect(() => holidaysBetween('2026-01-01', '2029-01-01', ['FI'], 'fi')).toThrow(RangeError);
    expect(holidaysBetween('2026-12-31', '2028-01-01', ['FI'], 'fi').map((d) => d.date)).toContain('2027-06-26');
  });

  it('names countries in the asked language', () => {
    expect(countryName('FI', 'fi')).toBe('Suomi');
    expect(countryName('FI', 'en')).toBe('Finland');
    expect(countryName('SE', 'sv')).toBe('Sverige');
  });
});
