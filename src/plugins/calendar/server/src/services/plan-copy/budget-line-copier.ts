/**
 * Budget lines: each line of the source year lands on the same month of the target year with its
 * category, channel, amount, currency and note. A line for a theme follows the theme's copy when
 * the theme was copied (in this run or an earlier one), else it keeps the theme (one that repeats
 * yearly is the same theme next year). A line the target year already has for the same month,
 * category, theme and channel (entered by hand) is left as it is and reported.
 */
import type { Core } from '@strapi/strapi';
import { centsToDecimal } from '../../../../core/money/money';
import { shiftMonth } from '../../../../core/planning/shift-year';
import { CONTENT_TYPES } from '../../constants';
import { copyKey, type Copier, type CopyMap } from './copier';

const LINE = CONTENT_TYPES.budgetLine;
const COPY = CONTENT_TYPES.copyRecord;
/** Lines one year has at most for a copy (a year of monthly lines per category, theme and channel fits). */
export const BUDGET_LINES_MAX = 5000;

interface LineRow {
  documentId: string;
  month: number;
  category: string;
  themeDocumentId: string | null;
  channelDocumentId: string | null;
  amountCents: number | string;
  currency: string;
  note: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lineKey = (month: number, category: string, theme: string | null, channel: string | null) =>
  `${month}|${category}|${theme ?? ''}|${channel ?? ''}`;
const themeOf = (line: LineRow, copies: CopyMap) =>
  line.themeDocumentId ? (copies.get(copyKey('theme', line.themeDocumentId)) ?? line.themeDocumentId) : null;

export default (strapi: Core.Strapi): Copier<LineRow> => {
  const lines = () => strapi.db.query(LINE);
  const fields = ['documentId', 'month', 'category', 'themeDocumentId', 'channelDocumentId', 'amountCents', 'currency', 'note'];
  return {
    kind: 'budget-line',
    chosen: (options) => options.budgetLines === true,

    async preview(source) {
      const found = (await lines().findMany({
        where: { year: source.sourceYear },
        select: fields,
        orderBy: [{ month: 'asc' }, { category: 'asc' }, { id: 'asc' }],
        limit: BUDGET_LINES_MAX,
      })) as LineRow[];
      if (found.length === 0) return [];
      const target = (await lines().findMany({ where: { year: source.targetYear }, select: fields, limit: BUDGET_LINES_MAX })) as LineRow[];
      // Themes copied into the target year before: a hand-made line there names the copy.
      const themeCopies = (await strapi.db.query(COPY).findMany({
        where: { targetYear: source.targetYear, sourceType: 'theme' },
        select: ['sourceDocumentId', 'targetDocumentId'],
        limit: BUDGET_LINES_MAX,
      })) as Array<{ sourceDocumentId: string; targetDocumentId: string }>;
      const copies: CopyMap = new Map(themeCopies.map((r) => [copyKey('theme', r.sourceDocumentId), r.targetDocumentId]));
      const existing = new Map(target.map((l) => [lineKey(l.month, l.category, l.themeDocumentId, l.channelDocumentId), l.documentId]));
      return found.map((line) => {
        const month = `${source.sourceYear}-${pad(line.month)}`;
        return {
          sourceDocumentId: line.documentId,
          label: `${line.category} · ${centsToDecimal(Number(line.amountCents))} ${line.currency}${line.note ? ` · ${line.note.slice(0, 60)}` : ''}`,
          from: month,
          to: shiftMonth(month, source.shift.years),
          existingTargetId: existing.get(lineKey(line.month, line.category, themeOf(line, copies), line.channelDocumentId)),
          row: line,
        };
      });
    },

    async apply(source, thing, _trx, copies) {
      const line = thing.row;
      const created = (await strapi.documents(LINE).create({
        data: {
          year: source.targetYear,
          month: line.month,
          category: line.category,
          themeDocumentId: themeOf(line, copies),
          channelDocumentId: line.channelDocumentId,
          amountCents: Number(line.amountCents),
          currency: line.currency,
          note: line.note,
        },
      } as never)) as { documentId: string };
      return created.documentId;
    },
  };
};
