/**
 * Money as integer cents (minor units), never floats: a budget of 0.1 + 0.2 must be 0.30, and a
 * year's spend summed from hundreds of lines must equal the CSV's total to the cent. Amounts are
 * parsed strictly (what a planner types: `1 234,50`, `1234.5`), formatted with the platform's
 * Intl for a locale and an ISO 4217 currency (EUR by default), and split without losing a cent.
 */

export type Cents = number;

/** ±1 000 000 000 000.00: far beyond any marketing budget, well inside exact integers. */
export const MAX_CENTS = 100_000_000_000_000;

export type AmountResult = { ok: true; cents: Cents } | { ok: false; message: string };

const SEPARATORS = /[\s\u00a0\u202f']/g;
const AMOUNT = /^(-)?(\d+)(?:[.,](\d{1,2}))?$/;
const GROUPED = /^(-)?(\d{1,3}(?:[\s\u00a0\u202f',.]\d{3})+)(?:([.,])(\d{1,2}))?$/;

const inRange = (cents: number): AmountResult =>
  Number.isSafeInteger(cents) && Math.abs(cents) <= MAX_CENTS
    ? { ok: true, cents: cents === 0 ? 0 : cents }
    : { ok: false, message: 'amount is too large' };

const fromParts = (sign: string | undefined, whole: string, fraction = '') =>
  inRange((sign ? -1 : 1) * (Number(whole) * 100 + Number(fraction.padEnd(2, '0') || '0')));

/**
 * An amount typed or sent as text or a number: `1234.5`, `1234,50`, `1 234,50`, `1,234.50`,
 * `-20`. At most two decimals; no currency signs, no exponents, nothing else.
 */
export function parseAmount(input: unknown): AmountResult {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, message: 'amount must be a number such as 1234.50' };
    const cents = Math.round(input * 100);
    // 12.345 has a third decimal: refused rather than rounded away.
    if (Math.abs(cents / 100 - input) > 1e-9 * Math.max(1, Math.abs(input))) {
      return { ok: false, message: 'amount has at most two decimals' };
    }
    return inRange(cents);
  }
  if (typeof input !== 'string') return { ok: false, message: 'amount must be a number such as 1234.50' };
  const text = input.trim().replace(/^\u2212/, '-');
  if (!text || text.length > 30) return { ok: false, message: 'amount must be a number such as 1234.50' };
  const plain = AMOUNT.exec(text.replace(SEPARATORS, (s, offset: number) => (offset === 0 ? s : '')));
  if (plain && !/[\s\u00a0\u202f']/.test(text)) return fromParts(plain[1], plain[2], plain[3]);
  const grouped = GROUPED.exec(text);
  if (grouped) {
    const [, sign, digits, mark, fraction] = grouped;
    const groupMark = digits.replace(/\d/g, '')[0];
    // The decimal mark must differ from the grouping mark: "1.234.50" is no amount.
    if (mark && mark === groupMark) return { ok: false, message: 'amount must be a number such as 1 234,50 or 1,234.50' };
    if (new Set(digits.replace(/\d/g, '')).size > 1) return { ok: false, message: 'amount must group its digits one way' };
    // "12.345" or "1,234" alone could be a decimal: only a second group or a decimal part tells.
    if ((groupMark === '.' || groupMark === ',') && !mark && digits.split(groupMark).length === 2) {
      return { ok: false, message: 'amount is ambiguous: write 12345 or 12,35' };
    }
    return fromParts(sign, digits.replace(/\D/g, ''), fraction);
  }
  return { ok: false, message: 'amount must be a number such as 1234.50 (at most two decimals)' };
}

/** Whether `code` is an ISO 4217 currency this platform can format. */
export function isCurrencyCode(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('currency');
  return supported ? supported.includes(code) : true;
}

/** `1 234,50 €` (fi), `€1,234.50` (en): Intl's own formatting; the division is exact for display. */
export function formatAmount(cents: Cents, currency = 'EUR', locale = 'fi-FI'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

/** The sum, refusing to leave the exact range rather than drifting. */
export function sumCents(amounts: Iterable<Cents>): Cents {
  let total = 0;
  for (const amount of amounts) {
    total += amount;
    if (!Number.isSafeInteger(total) || Math.abs(total) > MAX_CENTS) throw new RangeError('the sum of the amounts is too large');
  }
  return total;
}

/**
 * `total` split into `parts` shares as even as cents allow, the odd cents to the first shares:
 * a quarter's 100,00 € over three months is 33,34 + 33,33 + 33,33, and the shares add up.
 */
export function splitEvenly(total: Cents, parts: number): Cents[] {
  if (!Number.isInteger(parts) || parts < 1 || parts > 10_000) throw new RangeError('parts must be 1–10000');
  const sign = total < 0 ? -1 : 1;
  const base = Math.floor(Math.abs(total) / parts);
  const rest = Math.abs(total) - base * parts;
  return Array.from({ length: parts }, (_, i) => sign * (base + (i < rest ? 1 : 0)) || 0);
}

/** Spent as a share of planned (1 = all of it), or null with nothing planned. */
export function budgetUse(spent: Cents, planned: Cents): number | null {
  return planned > 0 ? spent / planned : null;
}

/** `123450` → `1234.50`: exact text for a CSV or an input field, no float on the way. */
export function centsToDecimal(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
