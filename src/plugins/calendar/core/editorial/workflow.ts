/**
 * The editorial workflow of a content piece: idea → planned → in-progress → in-review → approved.
 *
 * - Forward moves may skip steps (a quick idea can go straight to in-progress), except that
 *   `approved` is reached from `in-review` only: approval is a review decision.
 * - Any backward move is allowed (rework, a plan that slips back to an idea).
 * - A piece is ready for approval when it has a publish time, a funnel stage and a content goal;
 *   that rule holds for every writer, so the server checks it on each save (not only on moves).
 */
import { EDITORIAL_STATUSES, type EditorialStatus } from '../enums';
import { fieldError, isBlank, type FieldError } from '../field-errors';

export const isEditorialStatus = (value: unknown): value is EditorialStatus =>
  typeof value === 'string' && (EDITORIAL_STATUSES as readonly string[]).includes(value);

const rank = (status: EditorialStatus) => EDITORIAL_STATUSES.indexOf(status);

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function checkTransition(from: EditorialStatus, to: EditorialStatus): TransitionCheck {
  if (from === to || rank(to) < rank(from)) return { ok: true };
  if (to === 'approved' && from !== 'in-review') {
    return { ok: false, message: `editorialStatus cannot move from ${from} to approved: a piece is approved from in-review` };
  }
  return { ok: true };
}

/** The statuses a piece in `from` may move to, in workflow order (for one-click moves in the UI). */
export const allowedTargets = (from: EditorialStatus): EditorialStatus[] =>
  EDITORIAL_STATUSES.filter((to) => to !== from && checkTransition(from, to).ok);

/** The next step forward, if any (the "advance" button). */
export function nextStatus(from: EditorialStatus): EditorialStatus | null {
  const next = EDITORIAL_STATUSES[rank(from) + 1];
  return next ?? null;
}

/** Errors when `piece` (the merged state to be stored) is approved but not ready to publish. */
export function approvalProblems(piece: Record<string, unknown>): FieldError[] {
  if (piece.editorialStatus !== 'approved') return [];
  const problems: FieldError[] = [];
  if (isBlank(piece.publishAt)) problems.push(fieldError('publishAt', 'publishAt is required before a piece can be approved'));
  if (isBlank(piece.funnelStage)) problems.push(fieldError('funnelStage', 'funnelStage is required before a piece can be approved'));
  if (isBlank(piece.contentGoal)) problems.push(fieldError('contentGoal', 'contentGoal is required before a piece can be approved'));
  return problems;
}
