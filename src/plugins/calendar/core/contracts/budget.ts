/**
 * The budget: planned money per month (budget lines) against money spent (spend entries), per
 * theme, channel and category. Lines and entries are listed, created, updated (409 when stale)
 * and deleted; the report sums them per month, quarter and year (GET /calendar/budget/report,
 * and as CSV), and theme-use gives the year wheel each theme's share spent.
 *
 * Amounts: a body carries either `amount`, the text a person typed (`1 234,50`, `1234.5`,
 * `1,234.50` — in units of the currency), or `amountCents`, a whole number of cents; never both.
 * Answers always carry `amountCents`.
 */
import { z } from 'zod';
import { BUDGET_CATEGORIES, BUDGET_GROUPINGS, type BudgetReportData, type ThemeUse } from '../budget/budget-report';
import { MAX_CENTS, isCurrencyCode, parseAmount } from '../money/money';
import { isRealDate } from '../time';
import { DOCUMENT_ID, bodyYear, isoDateTime, note, queryInt, queryYear } from './fields';
import { adminPath } from './routing';

export { BUDGET_CATEGORIES, BUDGET_GROUPINGS };

const MONTH = 'month must be a whole number from 1 to 12';
const month = z.number({ message: MONTH }).int(MONTH).min(1, MONTH).max(12, MONTH);
const category = z.enum(BUDGET_CATEGORIES, { message: `category must be one of ${BUDGET_CATEGORIES.join(', ')}` });
const docRef = (field: string) =>
  z
    .string({ message: `${field} must be a document id` })
    .regex(DOCUMENT_ID, `${field} must be a document id`)
    .nullable()
    .optional();
const currency = z
  .string({ message: 'currency must be an ISO 4217 code such as EUR' })
  .refine(isCurrencyCode, 'currency must be an ISO 4217 code such as EUR');
const CENTS = `amountCents must be a whole number of cents from 0 to ${MAX_CENTS}`;
const amountCents = z.number({ message: CENTS }).int(CENTS).min(0, CENTS).max(MAX_CENTS, CENTS);
/** Typed text, parsed strictly; a negative amount is refused (a refund is its own entry's note). */
const amount = z.string({ message: 'amount must be text such as 1 234,50' }).transform((text, ctx) => {
  const parsed = parseAmount(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message.replace(/^amount/, 'amount') });
    return z.NEVER;
  }
  if (parsed.cents < 0) {
    ctx.addIssue({ code: 'custom', message: 'amount must not be negative' });
    return z.NEVER;
  }
  return parsed.cents;
});
const date = z.string({ message: 'date must be a date YYYY-MM-DD' }).refine((v) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return Boolean(m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) && v >= '2000-01-01' && v <= '2100-12-31');
}, 'date must be a real date YYYY-MM-DD from 2000 to 2100');
const supplier = z.string({ message: 'supplier must be text' }).max(255, 'supplier must be at most 255 characters').nullable().optional();

const shared = {
  category,
  themeDocumentId: docRef('themeDocumentId'),
  channelDocumentId: docRef('channelDocumentId'),
  amount: amount.optional(),
  amountCents: amountCents.optional(),
  currency: currency.optional(),
  note,
};

type AmountFields = { amount?: number; amountCents?: number; themeDocumentId?: string | null; channelDocumentId?: string | null };

/** Exactly one amount on create (at most one on update), and a theme or a channel. */
const checks = (creating: boolean) => (body: AmountFields, ctx: z.RefinementCtx) => {
  if (body.amount !== undefined && body.amountCents !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['amount'], message: 'amount: give amount or amountCents, not both' });
  }
  if (creating && body.amount === undefined && body.amountCents === undefined) {
    ctx.addIssue({ code: 'custom', path: ['amountCents'], message: 'amountCents: give amount (text) or amountCents' });
  }
  if (creating && !body.themeDocumentId && !body.channelDocumentId) {
    ctx.addIssue({ code: 'custom', path: ['themeDocumentId'], message: 'themeDocumentId: give a theme, a channel or both' });
  }
};

export const budgetLineCreateBody = z
  .object({ year: bodyYear, month, ...shared })
  .strict()
  .superRefine(checks(true));
export const budgetLineUpdateBody = z
  .object({
    year: bodyYear.optional(),
    month: month.optional(),
    ...shared,
    category: category.optional(),
    expectedUpdatedAt: isoDateTime('expectedUpdatedAt'),
  })
  .strict()
  .superRefine(checks(false));
export const spendEntryCreateBody = z
  .object({ date, supplier, ...shared })
  .strict()
  .superRefine(checks(true));
export const spendEntryUpdateBody = z
  .object({
    date: date.optional(),
    supplier,
    ...shared,
    category: category.optional(),
    expectedUpdatedAt: isoDateTime('expectedUpdatedAt'),
  })
  .strict()
  .superRefine(checks(false));

export type BudgetLineCreate = z.output<typeof budgetLineCreateBody>;
export type BudgetLineUpdate = z.output<typeof budgetLineUpdateBody>;
export type SpendEntryCreate = z.output<typeof spendEntryCreateBody>;
export type SpendEntryUpdate = z.output<typeof spendEntryUpdateBody>;
/** What the admin sends (amount as the typed text). */
export type BudgetLineInput = z.input<typeof budgetLineCreateBody>;
export type SpendEntryInput = z.input<typeof spendEntryCreateBody>;

export const budgetListQuery = z.object({ year: queryYear, month: queryInt('month', 1, 12).optional() }).strict();
export const budgetReportQuery = z
  .object({ year: queryYear, by: z.enum(BUDGET_GROUPINGS, { message: `by must be one of ${BUDGET_GROUPINGS.join(', ')}` }).optional() })
  .strict();
export const themeUseQuery = z.object({ year: queryYear }).strict();
export type BudgetReportQuery = z.output<typeof budgetReportQuery>;

export interface BudgetLine {
  documentId: string;
  year: number;
  month: number;
  category: (typeof BUDGET_CATEGORIES)[number];
  themeDocumentId: string | null;
  channelDocumentId: string | null;
  amountCents: number;
  currency: string;
  note: string | null;
  updatedAt: string;
}

export interface SpendEntry {
  documentId: string;
  date: string;
  category: (typeof BUDGET_CATEGORIES)[number];
  themeDocumentId: string | null;
  channelDocumentId: string | null;
  amountCents: number;
  currency: string;
  supplier: string | null;
  note: string | null;
  updatedAt: string;
}

export interface BudgetList {
  year: number;
  currency: string;
  lines: BudgetLine[];
  entries: SpendEntry[];
}

/** The report with names for its group keys (channel and theme names; categories stay keys). */
export interface BudgetReport extends BudgetReportData {
  labels: Record<string, string>;
}

export interface BudgetThemeUse {
  year: number;
  currency: string;
  themes: ThemeUse[];
}

export const BUDGET_ROUTES = {
  list: '/budget',
  lines: '/budget/lines',
  line: '/budget/lines/:documentId',
  entries: '/budget/spend',
  entry: '/budget/spend/:documentId',
  report: '/budget/report',
  export: '/budget/report/export',
  themeUse: '/budget/theme-use',
} as const;

export const budgetPaths = {
  list: () => adminPath(BUDGET_ROUTES.list),
  lines: () => adminPath(BUDGET_ROUTES.lines),
  line: (documentId: string) => adminPath(BUDGET_ROUTES.line, { documentId }),
  entries: () => adminPath(BUDGET_ROUTES.entries),
  entry: (documentId: string) => adminPath(BUDGET_ROUTES.entry, { documentId }),
  report: () => adminPath(BUDGET_ROUTES.report),
  export: () => adminPath(BUDGET_ROUTES.export),
  themeUse: () => adminPath(BUDGET_ROUTES.themeUse),
};
