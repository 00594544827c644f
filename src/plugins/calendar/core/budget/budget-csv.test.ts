import { toCsv } from '../csv';
import { parseAmount } from '../money/money';
import { budgetCsvRows, TOTAL_LABEL } from './budget-csv';
import { budgetReport } from './budget-report';

const report = budgetReport({
  year: 2026,
  by: 'channel',
  currency: 'EUR',
  planned: [
    { year: 2026, month: 3, category: 'media', themeDocumentId: null, channelDocumentId: 'chone', amountCents: 123450, currency: 'EUR' },
    { year: 2026, month: 4, category: 'media', themeDocumentId: 'thx', channelDocumentId: null, amountCents: 10, currency: 'EUR' },
  ],
  spent: [
    { date: '2026-03-02', category: 'media', themeDocumentId: null, channelDocumentId: 'chone', amountCents: 200001, currency: 'EUR' },
  ],
});

describe('budgetCsvRows', () => {
  const rows = budgetCsvRows(report, (key) => (key === 'chone' ? 'Instagram' : 'none'));

  it('writes 17 periods per group and for the totals', () => {
    expect(rows).toHaveLength(17 * 3);
    expect(rows.slice(0, 17).map((r) => r[1])).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`),
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'year',
    ]);
  });

  it('writes exact decimals and the overspend flag', () => {
    expect(rows[2]).toEqual(['Instagram', 'M03', 1234.5, 2000.01, -765.51, true, 'EUR']);
    const total = rows.find((r) => r[0] === TOTAL_LABEL && r[1] === 'year')!;
    expect(total).toEqual([TOTAL_LABEL, 'year', 1234.6, 2000.01, -765.41, true, 'EUR']);
  });

  it('writes a negative remaining as a number, not a guarded text', () => {
    expect(toCsv(['r'], [[rows[2][4]]])).toBe('\uFEFFr\r\n-765.51\r\n');
  });

  it('its month rows add up to the report total', () => {
    const monthRows = rows.filter((r) => r[0] !== TOTAL_LABEL && String(r[1]).startsWith('M'));
    const cents = (i: number) => monthRows.reduce((s, r) => s + (parseAmount(String(r[i])) as { cents: number }).cents, 0);
    expect(cents(2)).toBe(report.totals.year.plannedCents);
    expect(cents(3)).toBe(report.totals.year.spentCents);
  });
});
