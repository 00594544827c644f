/**
 * The builder's model against the stored RRULE: every form the builder can make becomes a rule
 * the server accepts and reads back as the same form; rules with parts the builder has no control
 * for are handed to the advanced mode (null) instead of being simplified.
 */
import { localToInstant } from '../time';
import { expandSchedule } from './expand';
import { defaultForm, formProblem, formToRule, FREQUENCIES, ruleToForm, WEEK_OF_MONTH, type RuleForm } from './rule-form';
import { validateRRule, WEEKDAYS } from './validate-rrule';
import { seededRandom } from '../testing/seeded-random';

const generator = seededRandom;

const pad = (n: number) => String(n).padStart(2, '0');

function randomForm(g: ReturnType<typeof generator>): RuleForm {
  const form = { ...defaultForm(g.pick(FREQUENCIES)), interval: g.chance(0.5) ? 1 : g.int(2, 6) };
  if (form.frequency === 'weekly') form.weekdays = WEEKDAYS.filter(() => g.chance(0.3));
  if (form.frequency === 'monthly') {
    form.monthly = g.chance(0.5)
      ? { by: 'day', day: g.chance(0.2) ? -1 : g.int(1, 31) }
      : { by: 'weekday', nth: g.pick(WEEK_OF_MONTH), weekday: g.pick(WEEKDAYS) };
    if (g.chance(0.4)) form.months = [...new Set(Array.from({ length: g.int(1, 11) }, () => g.int(1, 12)))].sort((a, b) => a - b);
    if (form.months.length === 12) form.months = [];
  }
  if (g.chance(0.3)) {
    const hours = [...new Set([g.int(6, 12), g.int(13, 20)])];
    const minute = pad(g.pick([0, 15, 30, 45]));
    form.times = hours.map((h) => `${pad(h)}:${minute}`).sort();
  }
  const end = g.int(0, 2);
  if (end === 1) form.end = { kind: 'count', count: g.int(1, 50) };
  if (end === 2) form.end = { kind: 'until', date: `2027-${pad(g.int(1, 12))}-${pad(g.int(1, 28))}` };
  return form;
}

describe('rule form ↔ RRULE', () => {
  it('the acceptance example: every other Tuesday, ending after 10 times', () => {
    const form: RuleForm = { ...defaultForm('weekly'), interval: 2, weekdays: ['TU'], end: { kind: 'count', count: 10 } };
    expect(formToRule(form)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10');
    const occurrences = expandSchedule(
      { publishAt: localToInstant('2026-03-03T09:00', 'Europe/Helsinki'), timeZone: 'Europe/Helsinki', recurrence: formToRule(form) },
      { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') }
    );
    expect(occurrences.map((o) => o.local)).toEqual([
      '2026-03-03T09:00',
      '2026-03-17T09:00',
      '2026-03-31T09:00',
      '2026-04-14T09:00',
      '2026-04-28T09:00',
      '2026-05-12T09:00',
      '2026-05-26T09:00',
      '2026-06-09T09:00',
      '2026-06-23T09:00',
      '2026-07-07T09:00',
    ]);
  });

  it.each([
    ['FREQ=WEEKLY;BYDAY=TH', { frequency: 'weekly', weekdays: ['TH'] }],
    [
      'FREQ=MONTHLY;BYDAY=1WE;BYMONTH=1,2,3,4,5,6,8,9,10,11,12',
      { monthly: { by: 'weekday', nth: 1, weekday: 'WE' }, months: [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12] },
    ],
    ['FREQ=MONTHLY;BYDAY=-1FR', { monthly: { by: 'weekday', nth: -1, weekday: 'FR' } }],
    ['FREQ=MONTHLY;BYMONTHDAY=15', { monthly: { by: 'day', day: 15 } }],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', { monthly: { by: 'day', day: -1 } }],
    ['FREQ=DAILY;BYHOUR=9,15;BYMINUTE=0;UNTIL=20261231', { times: ['09:00', '15:00'], end: { kind: 'until', date: '2026-12-31' } }],
    ['RRULE:freq=yearly;interval=2', { frequency: 'yearly', interval: 2 }],
    ['FREQ=WEEKLY;BYDAY=MO,MO,TH', { weekdays: ['MO', 'TH'] }],
  ])('reads %s', (rule, expected) => {
    expect(ruleToForm(rule)).toMatchObject(expected);
  });

  it.each([
    ['FREQ=HOURLY', 'a frequency the builder does not offer'],
    ['FREQ=WEEKLY;UNTIL=20261231T000000Z', 'an UNTIL instant, not a day'],
    ['FREQ=WEEKLY;BYSETPOS=1;BYDAY=MO,TU', 'BYSETPOS'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15', 'two days of the month'],
    ['FREQ=MONTHLY;BYDAY=MO', 'every Monday of the month'],
    ['FREQ=YEARLY;BYMONTH=3', 'a yearly rule with its own month'],
    ['FREQ=DAILY;BYHOUR=9', 'hours without minutes'],
    ['FREQ=WEEKLY;WKST=SU', 'a week start'],
    ['not a rule', 'text that is not a rule'],
    ['FREQ=MONTHLY;BYMONTHDAY=-2', 'the second-to-last day'],
    ['FREQ=WEEKLY;COUNT=5;UNTIL=20261231', 'COUNT with UNTIL, which the server refuses'],
    ['FREQ=WEEKLY;INTERVAL=0', 'an interval of 0'],
  ])('leaves %s to the advanced mode (%s)', (rule) => {
    expect(ruleToForm(rule)).toBeNull();
  });

  it('refuses forms that would mean something else than chosen', () => {
    expect(formProblem({ ...defaultForm('daily'), times: ['09:00', '12:30'] })).toMatch(/same minutes/);
    expect(formProblem({ ...defaultForm('daily'), interval: 0 })).toMatch(/interval/);
    expect(formProblem({ ...defaultForm('daily'), end: { kind: 'count', count: 0 } })).toMatch(/at least 1/);
    expect(formProblem({ ...defaultForm('monthly'), monthly: { by: 'day', day: 32 } })).toMatch(/1–31/);
    expect(() => formToRule({ ...defaultForm('daily'), times: ['25:00'] })).toThrow(/HH:mm/);
  });

  it('500 generated forms: each is a rule the server accepts, read back as the same form', () => {
    const g = generator(20261201);
    for (let i = 0; i < 500; i++) {
      const form = randomForm(g);
      const rule = formToRule(form);
      const check = validateRRule(rule);
      if (!check.ok) throw new Error(`${rule}: ${check.message}`);
      const order = (days: string[]) => [...days].sort((a, b) => WEEKDAYS.indexOf(a as never) - WEEKDAYS.indexOf(b as never));
      expect({ rule, form: ruleToForm(rule) }).toEqual({ rule, form: { ...form, weekdays: order(form.weekdays) } });
    }
  });
});
