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

  it("accepts the largest INTERVAL and COUNT allowed, and an UNTIL on the window's last day", () => {
    expect(ok('FREQ=YEARLY;INTERVAL=100').rule).toBe('FREQ=YEARLY;INTERVAL=100');
    expect(ok('FREQ=DAILY;INTERVAL=3660').rule).toBe('FREQ=DAILY;INTERVAL=3660');
    expect(ok('FREQ=DAILY;COUNT=1000').options.count).toBe(1000);
    expect(ok('FREQ=DAILY;UNTIL=21001231T235959Z').rule).toBe('FREQ=DAILY;UNTIL=21001231T235959Z');
  });

  it('leaves an UNTIL beyond the window to expansion when asked (rules stored earlier)', () => {
    expect(validateRRule('FREQ=DAILY;UNTIL=99991231', { untilWindow: false }).ok).toBe(true);
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
    ['FREQ=DAILY;UNTIL=20260301T250000Z', /UNTIL is not a real date and time/],
    ['FREQ=DAILY;UNTIL=20260301T106099Z', /UNTIL is not a real date and time/],
    ['FREQ=DAILY;UNTIL=99991231', /UNTIL must be between 1970-01-01 … 2100-12-31/],
    ['FREQ=DAILY;UNTIL=19691231T235959Z', /UNTIL must be between/],
    ['FREQ=YEARLY;INTERVAL=101', /INTERVAL=101 is too large for FREQ=YEARLY: at most 100/],
    ['FREQ=MONTHLY;INTERVAL=121', /INTERVAL=121 is too large for FREQ=MONTHLY: at most 120/],
    ['FREQ=WEEKLY;INTERVAL=521', /INTERVAL=521 is too large for FREQ=WEEKLY/],
    ['FREQ=DAILY;INTERVAL=1000000000', /INTERVAL=1000000000 is too large for FREQ=DAILY: at most 3660/],
    ['FREQ=HOURLY;INTERVAL=8785', /INTERVAL=8785 is too large for FREQ=HOURLY/],
    ['FREQ=DAILY;COUNT=1001', /COUNT=1001 is too large: at most 1000/],
    ['FREQ=DAILY;COUNT=99999999999', /COUNT=99999999999 is too large/],
    ['FREQ=DAILY;BYHOUR=1,2,3,4,5,6,7,8,9,10,11,12,13;BYMINUTE=0,10,20,30,40,50,55,5', /names 104 times of day/],
  ])('%p', (rule, expected) => {
    expect(message(rule)).toMatch(expected);
  });

  it('refuses an UNTIL in the years 0000..0099 (the shared real-date check)', () => {
    expect(message('FREQ=DAILY;UNTIL=00500301')).toMatch(/UNTIL is not a real date and time \(nothing rolls over\): 00500301/);
  });

  it('refuses what is not a string', () => {
    expect(message(42)).toMatch(/must be an RRULE string/);
    expect(message(null)).toMatch(/must be an RRULE string/);
  });

  it('refuses a rule longer than 500 characters', () => {
    expect(message(`FREQ=DAILY;BYHOUR=${'1,'.repeat(300)}1`)).toMatch(/too long/);
  });
});
