import { budgetLineCreateBody, budgetLineUpdateBody, spendEntryCreateBody } from './budget';

const base = { year: 2026, month: 3, category: 'media', channelDocumentId: 'abcdefghij1234' };
const issues = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}|${i.message}`);

describe('budget contract', () => {
  it('reads a typed amount and an amount in cents to the same cents', () => {
    expect(budgetLineCreateBody.parse({ ...base, amount: '1 234,50' }).amount).toBe(123450);
    expect(budgetLineCreateBody.parse({ ...base, amount: '1,234.50' }).amount).toBe(123450);
    expect(budgetLineCreateBody.parse({ ...base, amountCents: 123450 }).amountCents).toBe(123450);
  });

  it.each([
    [{ ...base, amount: '12.345' }, 'amount|'],
    [{ ...base, amount: '-5' }, 'amount|amount must not be negative'],
    [{ ...base, amount: 12 }, 'amount|amount must be text such as 1 234,50'],
    [{ ...base, amountCents: 1.5 }, 'amountCents|amountCents must be a whole number'],
    [{ ...base, amountCents: -1 }, 'amountCents|amountCents must be a whole number'],
    [{ ...base, amountCents: 1e15 }, 'amountCents|amountCents must be a whole number'],
    [{ ...base, amount: '1', amountCents: 100 }, 'amount|amount: give amount or amountCents, not both'],
    [base, 'amountCents|amountCents: give amount (text) or amountCents'],
    [{ year: 2026, month: 3, category: 'media', amountCents: 1 }, 'themeDocumentId|themeDocumentId: give a theme, a channel or both'],
    [{ ...base, month: 13, amountCents: 1 }, 'month|month must be a whole number from 1 to 12'],
    [{ ...base, category: 'food', amountCents: 1 }, 'category|category must be one of media, production, campaign, tools, other'],
    [{ ...base, currency: 'XYZ1', amountCents: 1 }, 'currency|currency must be an ISO 4217 code such as EUR'],
    [{ ...base, channelDocumentId: 'DROP TABLE', amountCents: 1 }, 'channelDocumentId|channelDocumentId must be a document id'],
    [{ ...base, amountCents: 1, extra: 1 }, '|Unrecognized key: "extra"'],
  ])('refuses %j naming the field', (body, expected) => {
    const found = issues(budgetLineCreateBody.safeParse(body));
    expect(found.some((f) => f.startsWith(expected))).toBe(true);
  });

  it('requires expectedUpdatedAt on update and nothing else', () => {
    expect(issues(budgetLineUpdateBody.safeParse({ amountCents: 1 }))[0]).toMatch(/^expectedUpdatedAt\|/);
    expect(budgetLineUpdateBody.parse({ note: 'x', expectedUpdatedAt: '2026-01-01T00:00:00Z' }).note).toBe('x');
  });

  it('checks a spend entry date as a real calendar date', () => {
    const entry = { date: '2026-02-29', category: 'media', themeDocumentId: 'abcdefghij1234', amount: '10' };
    expect(issues(spendEntryCreateBody.safeParse(entry))[0]).toMatch(/^date\|date must be a real date/);
    expect(spendEntryCreateBody.parse({ ...entry, date: '2028-02-29' }).amount).toBe(1000);
    expect(issues(spendEntryCreateBody.safeParse({ ...entry, date: '2026-03-01', supplier: 'x'.repeat(256) }))[0]).toMatch(/^supplier\|/);
  });
});
