/**
 * One copier per kind of thing a plan copy carries. The service asks each chosen copier what the
 * source year has (`preview`), marks what an earlier copy made, and has the copier create the
 * rest one by one (`apply`) inside the copy's single transaction; it records each copy itself.
 * A new kind (budget lines) is one more module implementing this and one entry in `COPIERS`.
 */
import type { CopyKind, PlanCopyInput } from '../../../../core/contracts/plan-copy';
import type { YearShift } from '../../../../core/planning/shift-year';

export interface CopySource {
  sourceYear: number;
  targetYear: number;
  shift: YearShift;
  /** The plan's zone (pieces without a zone of their own, the year's bounds). */
  zone: string;
  defaultLocale: string;
}

/** One thing the source year has, as the copier found it. */
export interface SourceThing<Row = unknown> {
  sourceDocumentId: string;
  label: string;
  from: string | null;
  to: string | null;
  /** The target year has it already (not through a copy): skipped, with its document id. */
  existingTargetId?: string;
  /** It shows in every year by itself (a theme that repeats yearly): listed, never created. */
  recurs?: boolean;
  /** What apply needs, read once by preview (never sent to the client). */
  row: Row;
}

/** The knex transaction the copy runs in; Strapi's queries inside it join it by themselves. */
export type Trx = { raw(sql: string, bindings?: unknown[]): Promise<unknown> };

export interface Copier<Row = unknown> {
  kind: CopyKind;
  /** Whether the body asks for this kind at all. */
  chosen(options: PlanCopyInput): boolean;
  /** Everything of this kind the options choose in the source year (400 for a named one it lacks). */
  preview(source: CopySource, options: PlanCopyInput): Promise<SourceThing<Row>[]>;
  /**
   * Creates the copy of one thing in the target year and answers its document id. `copies` maps
   * what this copy (and earlier ones) made so far, by kind and source id (a piece links to its
   * theme's copy).
   */
  apply(source: CopySource, thing: SourceThing<Row>, trx: Trx, copies: CopyMap): Promise<string>;
}

/** `kind|sourceDocumentId` → the copy's document id in the target year. */
export type CopyMap = Map<string, string>;
export const copyKey = (kind: CopyKind, sourceDocumentId: string) => `${kind}|${sourceDocumentId}`;
