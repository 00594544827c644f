import { localToInstant } from '../time';
import { RecurrenceError, type Schedule } from './expand';
import { expandMany } from './expand-many';

const HEL = 'Europe/Helsinki';
const piece = (id: string, recurrence: string | null, local = '2026-01-05T10:00'): { id: string; schedule: Schedule } => ({
  id,
  schedule: { publishAt: localToInstant(local, HEL), timeZone: HEL, recurrence },
});
const january = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-02-01T00:00:00Z') };

describe('expanding the pieces of one request', () => {
  it('leaves out a piece whose stored rule never reaches its hours, and serves the rest', async () => {
    const items = [piece('weekly', 'FREQ=WEEKLY;BYDAY=MO'), piece('stuck', 'FREQ=HOURLY;INTERVAL=2;BYHOUR=9'), piece('once', null)];
    const started = performance.now();
    const { occurrences, problems } = await expandMany(items, (i) => i.schedule, january);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(occurrences.filter((o) => o.item.id === 'weekly')).toHaveLength(4);
    expect(occurrences.filter((o) => o.item.id === 'once')).toHaveLength(1);
    expect(problems).toEqual([{ item: items[1], kind: 'rule', message: expect.stringMatching(/^recurrence never reaches BYHOUR=9/) }]);
  });

  it('reports a piece that needs more than its own budget', async () => {
    const items = [piece('sparse', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO'), piece('once', null)];
    const budget = { piece: { steps: 5, ms: 1000 }, requestMs: 60_000, sliceMs: 1 };
    const { occurrences, problems } = await expandMany(items, (i) => i.schedule, january, { budget });
    expect(problems.map((p) => [p.item.id, p.kind])).toEqual([['sparse', 'budget']]);
    expect(problems[0].message).toMatch(/cannot be expanded within its budget \(5 steps\)/);
    expect(occurrences.map((o) => o.item.id)).toEqual(['once']);
  });

  it("leaves out the recurring pieces left once the request's budget is spent, and still serves one-offs", async () => {
    const items = [piece('slow', null), piece('weekly', 'FREQ=WEEKLY;BYDAY=MO'), piece('once', null)];
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const budget = { piece: { steps: 1000, ms: 1000 }, requestMs: 5, sliceMs: 1000 };
    const { occurrences, problems } = await expandMany(items, (i) => (i.id === 'slow' && busy(10), i.schedule), january, { budget });
    expect(problems.map((p) => [p.item.id, p.kind])).toEqual([['weekly', 'budget']]);
    expect(problems[0].message).toMatch(/this request's expansion budget \(5 ms\) was spent on other pieces/);
    expect(occurrences.map((o) => o.item.id)).toEqual(['slow', 'once']);
  });

  it("keeps too many occurrences in the range the caller's error, naming the piece", async () => {
    const items = [piece('hourly', 'FREQ=HOURLY')];
    await expect(expandMany(items, (i) => i.schedule, january, { describe: (i) => `"${i.id}"` })).resolves.toBeTruthy();
    const year = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
    const generous = { piece: { steps: 1_000_000, ms: 60_000 }, requestMs: 60_000, sliceMs: 20 };
    const error = await expandMany(items, (i) => i.schedule, year, { describe: (i) => `"${i.id}"`, budget: generous }).catch((e) => e);
    expect(error).toBeInstanceOf(RecurrenceError);
    expect(error.kind).toBe('limit');
    expect(error.message).toMatch(/^"hourly": recurrence "FREQ=HOURLY" gives more than 5000 occurrences/);
  });

  it('with skipOverLimit leaves that piece out as a problem and keeps the others', async () => {
    const items = [piece('hourly', 'FREQ=HOURLY'), piece('once', null)];
    const year = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
    const generous = { piece: { steps: 1_000_000, ms: 60_000 }, requestMs: 60_000, sliceMs: 20 };
    const { occurrences, problems } = await expandMany(items, (i) => i.schedule, year, { budget: generous, skipOverLimit: true });
    expect(problems.map((p) => [p.item.id, p.kind])).toEqual([['hourly', 'budget']]);
    expect(occurrences.map((o) => o.item.id)).toEqual(['once']);
  });
});
