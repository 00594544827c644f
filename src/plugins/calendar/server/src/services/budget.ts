/**
 * Budget lines and spend entries: reads, writes (409 when stale) and the report. The sums are
 * core's (`core/budget/budget-report.ts`); this service reads and writes rows, checks that the
 * theme and channel named exist, and names the report's groups.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  budgetReport,
  BudgetTooLargeError,
  MAX_BUDGET_ROWS,
  themeUse,
  type BudgetGrouping,
  type PlannedRow,
  type SpentRow,
} from '../../../core/budget/budget-report';
import type {
  BudgetLine,
  BudgetLineCreate,
  BudgetLineUpdate,
  BudgetList,
  BudgetReport,
  BudgetThemeUse,
  SpendEntry,
  SpendEntryCreate,
  SpendEntryUpdate,
} from '../../../core/contracts/budget';
import { MAX_CENTS } from '../../../core/money/money';
import { ConflictError, sameInstant } from '../conflict';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers } from '../db';
import { getConfig, getService, invalid, isoOrNull } from '../utils';

const LINE = CONTENT_TYPES.budgetLine;
const ENTRY = CONTENT_TYPES.spendEntry;
type Uid = typeof LINE | typeof ENTRY;
type Row = Record<string, unknown> & { documentId: string; updatedAt: unknown };

/** biginteger comes back as a string on PostgreSQL and a number on SQLite. */
const cents = (v: unknown) => Number(v);
const dateText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

const lineOf = (r: Row): BudgetLine => ({
  documentId: r.documentId,
  year: Number(r.year),
  month: Number(r.month),
  category: r.category as BudgetLine['category'],
  themeDocumentId: (r.themeDocumentId as string | null) ?? null,
  channelDocumentId: (r.channelDocumentId as string | null) ?? null,
  amountCents: cents(r.amountCents),
  currency: String(r.currency),
  note: (r.note as string | null) ?? null,
  updatedAt: isoOrNull(r.updatedAt)!,
});

const entryOf = (r: Row): SpendEntry => ({
  documentId: r.documentId,
  date: dateText(r.date),
  category: r.category as SpendEntry['category'],
  themeDocumentId: (r.themeDocumentId as string | null) ?? null,
  channelDocumentId: (r.channelDocumentId as string | null) ?? null,
  amountCents: cents(r.amountCents),
  currency: String(r.currency),
  supplier: (r.supplier as string | null) ?? null,
  note: (r.note as string | null) ?? null,
  updatedAt: isoOrNull(r.updatedAt)!,
});

/** The dates of spend entries in a year, or in one month of it: from inclusive, to exclusive. */
function entryDates(year: number, month?: number) {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!month) return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
  return { from: `${year}-${pad(month)}-01`, to: month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01` };
}

type Fields = { amount?: number; amountCents?: number; expectedUpdatedAt?: string } & Record<string, unknown>;

/** The stored fields of a body: the typed amount becomes amountCents, the version check goes. */
function dataOf(body: Fields) {
  const { amount, expectedUpdatedAt: _expected, ...rest } = body;
  const data: Record<string, unknown> = { ...rest };
  if (amount !== undefined) data.amountCents = amount;
  return data;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const currency = () => getConfig(strapi, 'budget').currency;
  const yearRows = async (uid: Uid, where: Record<string, unknown>) => {
    const rows = (await strapi.db.query(uid).findMany({ where, orderBy: [{ id: 'asc' }], limit: MAX_BUDGET_ROWS + 1 })) as Row[];
    if (rows.length > MAX_BUDGET_ROWS) throw new errors.ValidationError(new BudgetTooLargeError().message);
    return rows;
  };
  const linesOf = (year: number, month?: number) => yearRows(LINE, month ? { year, month } : { year });
  const entriesOf = (year: number, month?: number) => {
    const { from, to } = entryDates(year, month);
    return yearRows(ENTRY, { date: { $gte: from, $lt: to } });
  };

  /** A theme or channel named in a body must exist (in any language version). */
  async function assertRefs(body: Fields) {
    const checks: Array<[string, string]> = [
      ['themeDocumentId', CONTENT_TYPES.theme],
      ['channelDocumentId', CONTENT_TYPES.channel],
    ];
    for (const [field, uid] of checks) {
      const id = body[field];
      if (typeof id !== 'string') continue;
      if (!(await strapi.db.query(uid as Uid).count({ where: { documentId: id } })))
        throw invalid(field, `${field}: no such document ${id}`);
    }
  }

  const yearOfRow = (uid: Uid, data: Record<string, unknown>) => (uid === LINE ? Number(data.year) : Number(String(data.date).slice(0, 4)));
  const yearWhere = (uid: Uid, year: number) => {
    const { from, to } = entryDates(year);
    return uid === LINE ? { year } : { date: { $gte: from, $lt: to } };
  };

  /**
   * A year stays reportable: at most half the report's row budget of each kind, and amounts that
   * add up within MAX_CENTS (else one more row would turn the year's report into an error).
   */
  async function assertRoom(uid: Uid, data: Record<string, unknown>, replacing?: Row, trx?: unknown) {
    const year = yearOfRow(uid, data);
    const where = yearWhere(uid, year);
    if (!replacing && (await strapi.db.query(uid).count({ where })) >= MAX_BUDGET_ROWS / 2) {
      throw invalid(
        uid === LINE ? 'year' : 'date',
        `${year} has the most budget rows one report can read (${MAX_BUDGET_ROWS / 2} of each kind)`
      );
    }
    const { knex, table, col } = dbHelpers(strapi);
    const amount = col(uid, 'amountCents');
    // Inside the update's transaction its own connection (SQLite has only one).
    const db = (trx as ReturnType<typeof knex> | undefined) ?? knex();
    let q = db(table(uid)).sum({ total: amount });
    const dates = entryDates(year);
    q = uid === LINE ? q.where(col(uid, 'year'), year) : q.where(col(uid, 'date'), '>=', dates.from).where(col(uid, 'date'), '<', dates.to);
    if (replacing) q = q.whereNot(col(uid, 'documentId'), replacing.documentId);
    const [{ total }] = (await q) as Array<{ total: unknown }>;
    if (Number(total ?? 0) + Number(data.amountCents ?? 0) > MAX_CENTS) {
      throw invalid('amountCents', `amountCents: the amounts of ${year} would add up to more than one report can sum`);
    }
  }

  async function create(uid: Uid, body: Fields) {
    await assertRefs(body);
    const data = { currency: currency(), ...dataOf(body) };
    await assertRoom(uid, data);
    return (await strapi.documents(uid).create({ data: data as never })) as unknown as Row;
  }

  const notFound = (uid: Uid, documentId: string) =>
    new errors.NotFoundError(`No ${uid === LINE ? 'budget line' : 'spend entry'} ${documentId}`);

  /**
   * Saves nothing when the row moved on since `expectedUpdatedAt` (409 with the current row). The
   * compare and the write happen under the row's lock, so two saves from the same version cannot
   * both pass.
   */
  async function update<T>(uid: Uid, documentId: string, body: Fields, view: (r: Row) => T) {
    await assertRefs(body);
    const { table, col, sqlite } = dbHelpers(strapi);
    return strapi.db.transaction(async ({ trx }) => {
      if (!sqlite())
        await (trx as unknown as Core.Strapi['db']['connection'])(table(uid))
          .where(col(uid, 'documentId'), documentId)
          .forUpdate()
          .select('id');
      const current = (await strapi.db.query(uid).findOne({ where: { documentId } })) as Row | null;
      if (!current) throw notFound(uid, documentId);
      if (!sameInstant(current.updatedAt, body.expectedUpdatedAt!)) {
        throw new ConflictError('This was changed by someone else after you loaded the budget. Reload to see the latest.', view(current));
      }
      const merged = { ...current, ...dataOf(body) };
      if (!merged.themeDocumentId && !merged.channelDocumentId)
        throw invalid('themeDocumentId', 'themeDocumentId: give a theme, a channel or both');
      await assertRoom(uid, merged, current, trx);
      const row = await strapi.documents(uid).update({ documentId, data: dataOf(body) as never });
      if (!row) throw notFound(uid, documentId);
      return view(row as unknown as Row);
    });
  }

  /** The core's sums, with a year past its bounds answered as a 400 naming `year`, never a 500. */
  function reported(input: Parameters<typeof budgetReport>[0]) {
    try {
      return budgetReport(input);
    } catch (error) {
      if (error instanceof RangeError) throw invalid('year', `year ${input.year}: ${error.message}`);
      throw error;
    }
  }

  async function remove(uid: Uid, documentId: string) {
    const found = await strapi.db.query(uid).count({ where: { documentId } });
    if (!found) throw new errors.NotFoundError(`No ${uid === LINE ? 'budget line' : 'spend entry'} ${documentId}`);
    await strapi.documents(uid).delete({ documentId });
    return { documentId, deleted: true };
  }

  /** Names for the groups: channel names, and each theme's name in the default language. */
  async function labels(): Promise<Record<string, string>> {
    const defaultLocale = await getService(strapi, 'languages').defaultLocale();
    const [channels, themes] = await Promise.all([
      strapi.db.query(CONTENT_TYPES.channel).findMany({ select: ['documentId', 'name'] }),
      strapi.db.query(CONTENT_TYPES.theme).findMany({ select: ['documentId', 'name', 'locale'] }),
    ]);
    const out: Record<string, string> = {};
    for (const c of channels as Array<{ documentId: string; name: string }>) out[c.documentId] = c.name;
    for (const t of themes as Array<{ documentId: string; name: string; locale: string | null }>) {
      if (!(t.documentId in out) || t.locale === defaultLocale) out[t.documentId] = t.name;
    }
    return out;
  }

  const plannedRows = (rows: Row[]): PlannedRow[] => rows.map(lineOf);
  const spentRows = (rows: Row[]): SpentRow[] => rows.map(entryOf);

  async function report(year: number, by: BudgetGrouping): Promise<BudgetReport> {
    const [lines, entries, names] = await Promise.all([linesOf(year), entriesOf(year), labels()]);
    const data = reported({ year, by, currency: currency(), planned: plannedRows(lines), spent: spentRows(entries) });
    return { ...data, labels: names };
  }

  return {
    async list(year: number, month?: number): Promise<BudgetList> {
      const [lines, entries] = await Promise.all([linesOf(year, month), entriesOf(year, month)]);
      return { year, currency: currency(), lines: lines.map(lineOf), entries: entries.map(entryOf) };
    },
    createLine: async (body: BudgetLineCreate) => lineOf(await create(LINE, body as Fields)),
    updateLine: (documentId: string, body: BudgetLineUpdate) => update(LINE, documentId, body as Fields, lineOf),
    deleteLine: (documentId: string) => remove(LINE, documentId),
    createEntry: async (body: SpendEntryCreate) => entryOf(await create(ENTRY, body as Fields)),
    updateEntry: (documentId: string, body: SpendEntryUpdate) => update(ENTRY, documentId, body as Fields, entryOf),
    deleteEntry: (documentId: string) => remove(ENTRY, documentId),
    report,
    async themeUse(year: number): Promise<BudgetThemeUse> {
      const [lines, entries] = await Promise.all([linesOf(year), entriesOf(year)]);
      const data = reported({ year, by: 'theme', currency: currency(), planned: plannedRows(lines), spent: spentRows(entries) });
      return { year, currency: data.currency, themes: themeUse(data) };
    },
  };
};
