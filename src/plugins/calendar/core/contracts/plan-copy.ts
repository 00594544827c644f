/**
 * Copying a year's plan into another year: POST /calendar/plan-copy/preview answers what would be
 * created (and what is skipped because it was copied before or already exists there), POST
 * /calendar/plan-copy/apply creates it in one transaction. Both take the same body.
 */
import { z } from 'zod';
import { DATE_RULES, type DateRule } from '../planning/shift-year';
import { bodyYear, DOCUMENT_ID } from './fields';
import { adminPath } from './routing';

export { DATE_RULES, type DateRule };

/** The kinds of things a copy can carry, one copier each. */
export const COPY_KINDS = ['theme', 'plan-cell', 'goal', 'piece', 'budget-line'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

/** At most this many new things per copy: a bigger one answers 413 and asks to choose less. */
export const PLAN_COPY_MAX_ITEMS = 500;
/** How many themes and pieces of the source year the preview offers to choose from. */
export const PLAN_COPY_MAX_CANDIDATES = 500;

const documentIds = (field: string) =>
  z
    .array(z.string({ message: `${field} must be document ids` }).regex(DOCUMENT_ID, `${field} must be document ids`), {
      message: `${field} must be a list of document ids`,
    })
    .max(PLAN_COPY_MAX_ITEMS, `${field} may name at most ${PLAN_COPY_MAX_ITEMS} documents`);

const flag = (field: string) => z.boolean({ message: `${field} must be true or false` }).optional();

export const planCopyBody = z
  .object({
    sourceYear: bodyYear,
    targetYear: bodyYear,
    dateRule: z.enum(DATE_RULES, { message: `dateRule must be one of ${DATE_RULES.join(', ')}` }),
    /**
     * Themes to copy by document id; omitted: none. A theme that repeats yearly already shows in
     * every year, so it is never copied (the preview lists it as recurring).
     */
    themes: documentIds('themes').optional(),
    planCells: flag('planCells'),
    goals: flag('goals'),
    /** Content pieces to copy as ideas, by document id. */
    pieces: documentIds('pieces').optional(),
    /** The year's budget lines (needs the budget edit permission too). */
    budgetLines: flag('budgetLines'),
  })
  .strict()
  .superRefine((body, ctx) => {
    // Plans move forward: copying into the same or an earlier year would mix two years' plans.
    if (body.targetYear <= body.sourceYear) {
      ctx.addIssue({ code: 'custom', path: ['targetYear'], message: 'targetYear must be after sourceYear' });
    }
  });
export type PlanCopyInput = z.infer<typeof planCopyBody>;

/**
 * What happens to one thing: `new` (preview: will be created; apply: was created),
 * `already-copied` (an earlier copy made it), `target-exists` (the target year has it already,
 * e.g. a plan cell someone filled in by hand), `recurs` (a theme that repeats yearly: it shows in
 * the target year already, so it is counted as skipped and never created).
 */
export type CopyItemStatus = 'new' | 'already-copied' | 'target-exists' | 'recurs';

export interface PlanCopyItem {
  kind: CopyKind;
  sourceDocumentId: string;
  label: string;
  /** The source's date (or month), and where it lands. */
  from: string | null;
  to: string | null;
  status: CopyItemStatus;
  /** The copy, when it exists (after apply, or from an earlier copy). */
  targetDocumentId: string | null;
}

export interface PlanCopyCount {
  new: number;
  skipped: number;
}

export interface ThemeCandidate {
  documentId: string;
  name: string;
  startDate: string;
  endDate: string;
  repeatsYearly: boolean;
}

export interface PieceCandidate {
  documentId: string;
  title: string;
  publishAt: string | null;
  locales: string[];
}

export interface PlanCopyAnswer {
  sourceYear: number;
  targetYear: number;
  dateRule: DateRule;
  /** True for the apply's answer: the `new` items were created. */
  applied: boolean;
  maxItems: number;
  counts: Record<CopyKind, PlanCopyCount>;
  items: PlanCopyItem[];
  /** What the source year offers to choose from (the preview's; empty after apply). */
  candidates: { themes: ThemeCandidate[]; pieces: PieceCandidate[] };
}

export const PLAN_COPY_ROUTES = { preview: '/plan-copy/preview', apply: '/plan-copy/apply' } as const;
export const planCopyPaths = {
  preview: () => adminPath(PLAN_COPY_ROUTES.preview),
  apply: () => adminPath(PLAN_COPY_ROUTES.apply),
};
