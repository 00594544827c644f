import { validateChannel, validateCommunityTask, validateContentPiece, validateTheme } from './content-validation';

describe('validateTheme', () => {
  it('accepts a theme of one day and of a season', () => {
    expect(validateTheme({ startDate: '2026-05-10', endDate: '2026-05-10' })).toEqual([]);
    expect(validateTheme({ startDate: '2026-06-01', endDate: '2026-08-31', color: '#ffcc00' })).toEqual([]);
  });

  it('refuses an end before the start, naming endDate', () => {
    const [error] = validateTheme({ startDate: '2026-06-10', endDate: '2026-06-01' });
    expect(error.path).toEqual(['endDate']);
    expect(error.message).toBe('endDate (2026-06-01) must be on or after startDate (2026-06-10)');
  });

  it('reads Date objects as well as strings', () => {
    expect(validateTheme({ startDate: new Date('2026-06-10T00:00:00Z'), endDate: '2026-06-01' })).toHaveLength(1);
  });

  it('names a malformed date and a bad colour', () => {
    const errors = validateTheme({ startDate: 'kesäkuu', endDate: '2026-06-01', color: 'blue' });
    expect(errors.map((e) => e.path[0]).sort()).toEqual(['color', 'startDate']);
  });
});

describe('validateChannel', () => {
  it('allows no colour and refuses a short one', () => {
    expect(validateChannel({ name: 'Blogi' })).toEqual([]);
    expect(validateChannel({ color: null })).toEqual([]);
    expect(validateChannel({ color: '#abc' })[0].path).toEqual(['color']);
  });
});

describe('validateContentPiece', () => {
  it('accepts a recurring piece and normalises its rule and exceptions', () => {
    const result = validateContentPiece({
      timeZone: 'Europe/Helsinki',
      publishAt: '2026-03-03T07:00:00.000Z',
      recurrence: 'rrule:FREQ=WEEKLY;BYDAY=TU',
      recurrenceExceptions: ['2026-03-17T09:00', '2026-03-10T09:00', '2026-03-17T09:00'],
    });
    expect(result.errors).toEqual([]);
    expect(result.normalised).toEqual({
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      recurrenceExceptions: ['2026-03-10T09:00', '2026-03-17T09:00'],
    });
  });

  it('leaves out fields that are not given', () => {
    expect(validateContentPiece({ title: 'Pelkkä otsikko' })).toEqual({ errors: [], normalised: {} });
  });

  it('refuses an explicit empty time zone', () => {
    expect(validateContentPiece({ timeZone: '' }).errors[0].path).toEqual(['timeZone']);
    expect(validateContentPiece({ timeZone: null }).errors[0].path).toEqual(['timeZone']);
  });

  it('names every bad field at once', () => {
    const { errors } = validateContentPiece({
      timeZone: 'Europe/Atlantis',
      recurrence: 'FREQ=WEEKLY;BYDAY=XX',
      recurrenceExceptions: 'yesterday',
      publishAt: 'huomenna',
      dueAt: 'ensi viikolla',
    });
    expect(errors.map((e) => e.path[0])).toEqual(['timeZone', 'recurrence', 'recurrenceExceptions', 'publishAt', 'dueAt']);
    expect(errors[1].message).toMatch(/^recurrence BYDAY must be MO\.\.SU/);
    expect(errors[2].message).toBe('recurrenceExceptions must be a list of local date-times YYYY-MM-DDTHH:mm');
  });

  it.each([['2026-03-10 09:00'], ['2026-02-29T09:00'], ['2026-03-10T24:00'], ['2026-03-10T09:60']])(
    'refuses the exception %p and says which item',
    (bad) => {
      const [error] = validateContentPiece({ recurrenceExceptions: ['2026-03-03T09:00', bad] }).errors;
      expect(error.path).toEqual(['recurrenceExceptions']);
      expect(error.message).toMatch(/^recurrenceExceptions \(item 1\)/);
    }
  );

  it('refuses exceptions in the years 0000..0099 as unreal, and later ones before 1970 as outside the window', () => {
    expect(validateContentPiece({ recurrenceExceptions: ['0050-03-03T09:00'] }).errors[0].message).toBe(
      'recurrenceExceptions (item 0) is not a real date and time'
    );
    expect(validateContentPiece({ recurrenceExceptions: ['0150-03-03T09:00'] }).errors[0].message).toBe(
      'recurrenceExceptions (item 0) must be between 1970-01-01 … 2100-12-31'
    );
  });
});

describe('date inputs have a window and never roll over', () => {
  it.each([
    ['publishAt', '2026-02-30T09:00:00Z', /publishAt must be a date and time that exist/],
    ['publishAt', '2026-03-01T10:00:99Z', /publishAt must be a date and time that exist/],
    ['publishAt', '9999-12-31T09:00:00Z', /publishAt must be between 1970-01-01 … 2100-12-31/],
    ['publishAt', '1969-12-31T23:00:00Z', /publishAt must be between/],
    ['publishAt', new Date('2200-01-01T00:00:00Z'), /publishAt must be between/],
    ['dueAt', '2026-13-01T09:00:00Z', /dueAt must be a date and time that exist/],
    ['dueAt', 'ensi viikolla', /dueAt must be an ISO 8601 date-time/],
  ])('refuses %s = %p', (field, value, expected) => {
    const [error] = validateContentPiece({ [field]: value }).errors;
    expect(error.path).toEqual([field]);
    expect(error.message).toMatch(expected);
  });

  it('accepts what Strapi and the Content Manager send', () => {
    for (const publishAt of [
      '2026-03-03T07:00:00.000Z',
      '2026-03-03T09:00:00+02:00',
      new Date('2026-03-03T07:00:00Z'),
      Date.UTC(2026, 2, 3),
    ]) {
      expect(validateContentPiece({ publishAt }).errors).toEqual([]);
    }
    // Without an offset the server's zone would decide the instant: the writer must say.
    for (const publishAt of ['2026-03-03T09:00', '2026-03-03']) {
      expect(validateContentPiece({ publishAt }).errors.map((e) => e.path[0])).toEqual(['publishAt']);
    }
  });

  it('refuses exceptions and theme dates outside the window', () => {
    expect(validateContentPiece({ recurrenceExceptions: ['2150-03-03T09:00'] }).errors[0].message).toBe(
      'recurrenceExceptions (item 0) must be between 1970-01-01 … 2100-12-31'
    );
    expect(validateTheme({ startDate: '2026-02-30', endDate: '2026-03-05' })[0].message).toMatch(
      /startDate must be a real date YYYY-MM-DD between/
    );
    expect(validateTheme({ startDate: '2026-01-01', endDate: '9999-12-31' })[0].path).toEqual(['endDate']);
  });

  it('refuses an RRULE whose UNTIL is outside the window', () => {
    expect(validateContentPiece({ recurrence: 'FREQ=DAILY;UNTIL=99991231' }).errors[0].message).toMatch(
      /^recurrence UNTIL must be between/
    );
  });
});

describe('a rule must reach an occurrence from the merged schedule', () => {
  const zone = { defaultTimeZone: 'Europe/Helsinki' };

  it('refuses a new rule that its publishAt never reaches, naming recurrence', () => {
    const { errors } = validateContentPiece(
      { publishAt: '2026-03-03T08:00:00.000Z', recurrence: 'FREQ=HOURLY;INTERVAL=2;BYHOUR=9' },
      {},
      zone
    );
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toEqual(['recurrence']);
    expect(errors[0].message).toMatch(/^recurrence never reaches BYHOUR=9: every 2 hours from publishAt at 10:00/);
  });

  it('refuses a new publishAt under a stored rule it makes unreachable, naming recurrence', () => {
    const stored = { publishAt: '2026-03-03T07:00:00.000Z', timeZone: 'Europe/Helsinki', recurrence: 'FREQ=HOURLY;INTERVAL=2;BYHOUR=9' };
    expect(validateContentPiece({ title: 'x' }, stored, zone).errors).toEqual([]); // the schedule is not touched
    expect(validateContentPiece({ publishAt: '2026-03-03T09:00:00.000Z' }, stored, zone).errors).toEqual([]); // 11:00: odd hours
    const [error] = validateContentPiece({ publishAt: '2026-03-03T08:00:00.000Z' }, stored, zone).errors;
    expect(error.path).toEqual(['recurrence']);
  });

  it("refuses a new time zone that moves the start off the rule's hours", () => {
    const stored = { publishAt: '2026-03-03T08:00:00.000Z', timeZone: 'America/New_York', recurrence: 'FREQ=HOURLY;INTERVAL=2;BYHOUR=9' };
    expect(validateContentPiece({ timeZone: 'Europe/Helsinki' }, stored, zone).errors[0].path).toEqual(['recurrence']);
  });

  it('leaves a backlog piece (no publishAt) alone and judges a community task from startsAt', () => {
    expect(validateContentPiece({ recurrence: 'FREQ=HOURLY;INTERVAL=2;BYHOUR=9' }, {}, zone).errors).toEqual([]);
    const task = validateCommunityTask(
      { startsAt: '2026-03-03T08:00:00.000Z', recurrence: 'FREQ=MONTHLY;INTERVAL=12;BYMONTH=6' },
      true,
      {},
      zone
    );
    expect(task.errors[0].path).toEqual(['recurrence']);
    expect(task.errors[0].message).toMatch(/from startsAt in March it only visits March/);
  });
});
