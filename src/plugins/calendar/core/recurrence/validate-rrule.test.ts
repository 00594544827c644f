import { validateRRule } from './validate-rrule';

const ok = (rule: string) => {
  const result = validateRRule(rule);
  if (!result.ok) throw new Error(`expected ${rule} to be valid: ${result.message}`);
  return result;
};
const message = (rule: unknown) => {
  const result = validateRRule(rule);
  if (result.ok) throw new Error(`expected ${String(rule)} to be refused`);
  return result.message;
};

describe('validateRRule accepts real rules', () => {
  it.each([
    'FREQ=WEEKLY;BYDAY=TU',
    'FREQ=DAILY;COUNT=10',
    'FREQ=DAILY;UNTIL=19971224T000000Z',
    'FREQ=DAILY;INTERVAL=2',
    'FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA',
    'FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=TU,TH',
    'FREQ=MONTHLY;COUNT=10;BYDAY=1FR',
    'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU',
    'FREQ=MONTHLY;BYMONTHDAY=-3',
    'FREQ=YEARLY;BYDAY=20MO',
    'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO',
    'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2',
    'FREQ=MONTHLY;BYMONTHDAY=31',
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
    'FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z',
    'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,15;BYMINUTE=0',
  ])('%s', (rule) => {
    expect(ok(rule).rule).toBe(rule);
  });

  it('normalises case and an RRULE: prefix', () => {
    expect(ok('RRULE:freq=weekly;byday=tu').rule).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(ok('  FREQ=DAILY;  ').rule).toBe('FREQ=DAILY');
  });

  it('hands rrule options back for later expansion', () => {
    const { options } = ok('FREQ=WEEKLY;BYDAY=TU;COUNT=4');
    expect(options.count).toBe(4);
  });
});

describe('validateRRule explains what is wrong', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=XX', /BYDAY must be MO\.\.SU/],
    ['FREQ=WEEKLY;BYDAY=TUE', /BYDAY must be MO\.\.SU/],
    ['FREQ=DAILY;COUNT=5;UNTIL=20261231', /UNTIL and COUNT cannot both be set/],
    ['BYDAY=MO', /FREQ is required/],
    ['FREQ=FORTNIGHTLY', /FREQ must be DAILY, WEEKLY, MONTHLY, YEARLY or HOURLY/],
    ['FREQ=SECONDLY', /FREQ=SECONDLY is not allowed/],
    ['FREQ=MINUTELY;INTERVAL=5', /FREQ=MINUTELY is not allowed/],
    ['FREQ=DAILY;COUNT=0', /COUNT must be a whole number of at least 1/],
    ['FREQ=DAILY;COUNT=-1', /COUNT must be a whole number/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL must be a whole number of at least 1/],
    ['FREQ=DAILY;UNTIL=2026-12-31', /UNTIL must be a date/],
    ['FREQ=DAILY;UNTIL=20260230', /UNTIL is not a real date/],
    ['FREQ=WEEKLY;BYDAY=1MO', /only allowed with FREQ=MONTHLY or FREQ=YEARLY/],
    ['FREQ=MONTHLY;BYDAY=6MO', /1\.\.5 or -5\.\.-1 in a monthly rule/],
    ['FREQ=MONTHLY;BYMONTHDAY=32', /BYMONTHDAY must be days of the month/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', /BYMONTHDAY must be days of the month/],
    ['FREQ=YEARLY;BYMONTH=13', /BYMONTH must be months 1\.\.12/],
    ['FREQ=DAILY;BYHOUR=24', /BYHOUR must be hours 0\.\.23/],
    ['FREQ=DAILY;BYHOUR=-1', /BYHOUR must be hours 0\.\.23/],
    ['FREQ=DAILY;BYMINUTE=x', /not a number/],
    ['FREQ=MONTHLY;BYWEEKNO=3', /BYWEEKNO is only allowed with FREQ=YEARLY/],
    ['FREQ=WEEKLY;BYMONTHDAY=1', /BYMONTHDAY is not allowed with FREQ=WEEKLY/],
    ['FREQ=MONTHLY;BYYEARDAY=1', /BYYEARDAY is not allowed/],
    ['FREQ=MONTHLY;BYSETPOS=1', /BYSETPOS needs another BY part/],
    ['FREQ=DAILY;WKST=XX', /WKST must be one of MO\.\.SU/],
    ['FREQ=DAILY;FOO=1', /unknown part "FOO"/],
    ['FREQ=DAILY;FREQ=WEEKLY', /FREQ is given twice/],
    ['FREQ=DAILY;COUNT', /not of the form NAME=VALUE/],
    ['DTSTART:20260101T090000\nRRULE:FREQ=DAILY', /single RRULE line/],
    ['', /must not be empty/],
    ['   ', /must not be empty/],
  ])('%p', (rule, expected) => {
    expect(message(rule)).toMatch(expected);
  });

  it('refuses an UNTIL in the years 0000..0099 (the shared real-date check)', () => {
    expect(message('FREQ=DAILY;UNTIL=00500301')).toMatch(/UNTIL is not a real date: 00500301/);
  });

  it('refuses what is not a string', () => {
    expect(message(42)).toMatch(/must be an RRULE string/);
    expect(message(null)).toMatch(/must be an RRULE string/);
  });

  it('refuses a rule longer than 500 characters', () => {
    expect(message(`FREQ=DAILY;BYHOUR=${'1,'.repeat(300)}1`)).toMatch(/too long/);
  });
});
