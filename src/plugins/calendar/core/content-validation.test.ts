import { validateChannel, validateContentPiece, validateTheme } from './content-validation';

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

  it('refuses exceptions in the years 0000..0099 and takes them from 0100 on (the shared real-date check)', () => {
    expect(validateContentPiece({ recurrenceExceptions: ['0050-03-03T09:00'] }).errors[0].message).toBe(
      'recurrenceExceptions (item 0) is not a real date and time'
    );
    expect(validateContentPiece({ recurrenceExceptions: ['0150-03-03T09:00'] }).errors).toEqual([]);
  });
});
