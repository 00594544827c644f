import { MAX_CENTS, budgetUse, centsToDecimal, formatAmount, isCurrencyCode, parseAmount, splitEvenly, sumCents } from './money';

describe('parseAmount', () => {
  it.each([
    ['1234.5', 123450],
    ['1234,50', 123450],
    ['1 234,50', 123450],
    ['1\u00a0234,50', 123450],
    ['1\u202f234,5', 123450],
    ['1,234.50', 123450],
    ['1.234,50', 123450],
    ['1 234 567', 123456700],
    ['1,234,567', 123456700],
    ['-20', -2000],
    ['\u221220,5', -2050],
    ['0', 0],
    ['-0', 0],
    ['0.1', 10],
    ['  99,99 ', 9999],
    [0.3, 30],
    [1234.5, 123450],
    [-0.01, -1],
  ])('%j is %d cents', (input, cents) => expect(parseAmount(input)).toEqual({ ok: true, cents }));

  it.each([
    '',
    'abc',
    '12.345',
    '1,2,3',
    '1.234.50',
    '1 234.567,5',
    '€12',
    '12€',
    '1e3',
    '0x10',
    '12,',
    ',5',
    '--5',
    '1 234,50 €',
    '1,234',
    'x'.repeat(40),
  ])('refuses %j', (input) => expect(parseAmount(input).ok).toBe(false));

  it.each([12.345, Number.NaN, Infinity, null, undefined, {}, [], true])('refuses %p', (input) =>
    expect(parseAmount(input).ok).toBe(false)
  );

  it('refuses amounts beyond the exact range, and takes the largest inside it', () => {
    expect(parseAmount('1000000000000.00')).toEqual({ ok: true, cents: MAX_CENTS });
    expect(parseAmount('1000000000000.01')).toEqual({ ok: false, message: 'amount is too large' });
    expect(parseAmount(1e20).ok).toBe(false);
  });

  it('adds what floats cannot: 0.1 + 0.2 is 30 cents', () => {
    const a = parseAmount('0.1');
    const b = parseAmount('0.2');
    expect(a.ok && b.ok && sumCents([a.cents, b.cents])).toBe(30);
  });
});

describe('formatAmount', () => {
  it('formats in Finnish and English with the currency', () => {
    expect(formatAmount(123450)).toBe('1\u00a0234,50\u00a0€');
    expect(formatAmount(123450, 'EUR', 'en-GB')).toBe('€1,234.50');
    expect(formatAmount(-2050, 'SEK', 'sv-SE')).toBe('−20,50\u00a0kr');
    expect(formatAmount(1, 'EUR', 'fi-FI')).toBe('0,01\u00a0€');
  });
});

describe('isCurrencyCode', () => {
  it.each([
    ['EUR', true],
    ['SEK', true],
    ['NOK', true],
    ['eur', false],
    ['EURO', false],
    ['XYZ', false],
    [42, false],
  ])('%p → %s', (code, expected) => expect(isCurrencyCode(code)).toBe(expected));
});

describe('sumCents', () => {
  it('sums exactly and refuses to overflow', () => {
    expect(sumCents(Array.from({ length: 1000 }, () => 10))).toBe(10_000);
    expect(sumCents([])).toBe(0);
    expect(() => sumCents([MAX_CENTS, 1])).toThrow(RangeError);
  });
});

describe('splitEvenly', () => {
  it.each([
    [10000, 3, [3334, 3333, 3333]],
    [100, 4, [25, 25, 25, 25]],
    [1, 3, [1, 0, 0]],
    [-100, 3, [-34, -33, -33]],
    [0, 2, [0, 0]],
    [500, 1, [500]],
  ])('%d over %d is %j and adds up', (total, parts, expected) => {
    const shares = splitEvenly(total, parts);
    expect(shares).toEqual(expected);
    expect(sumCents(shares)).toBe(total);
  });

  it.each([0, -1, 1.5, 10_001])('refuses %p parts', (parts) => expect(() => splitEvenly(100, parts)).toThrow(RangeError));
});

describe('budgetUse', () => {
  it('is spent over planned, or null with nothing planned', () => {
    expect(budgetUse(7500, 10000)).toBe(0.75);
    expect(budgetUse(12000, 10000)).toBe(1.2);
    expect(budgetUse(100, 0)).toBeNull();
  });
});

describe('centsToDecimal', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123450, '1234.50'],
    [-101, '-1.01'],
    [99_999_999_999_999, '999999999999.99'],
  ])('%p → %s', (cents, text) => {
    expect(centsToDecimal(cents)).toBe(text);
    expect(parseAmount(text)).toEqual({ ok: true, cents });
  });
});
