/**
 * When a content piece is due for automatic publishing, and how failed attempts back off.
 * Instants only: `publishAt` was fixed from the piece's wall-clock time when it was saved, so
 * "09:00 Helsinki" is due at 06:00Z in summer and 07:00Z in winter whatever the server's zone.
 */

export interface PublishState {
  editorialStatus: string | null | undefined;
  publishAt: Date | null;
  /** updatedAt of the draft (the latest version). */
  draftUpdatedAt: Date;
  /** updatedAt of the published version, if there is one. */
  publishedUpdatedAt: Date | null;
}

/**
 * Due: approved, its time has come, and the draft is unpublished or newer than what is
 * published. A recurring piece publishes at its first occurrence; later occurrences of the
 * same version do not republish it.
 */
export function isDue(state: PublishState, now: Date): boolean {
  if (state.editorialStatus !== 'approved' || !state.publishAt) return false;
  if (state.publishAt.getTime() > now.getTime()) return false;
  return !state.publishedUpdatedAt || state.draftUpdatedAt.getTime() > state.publishedUpdatedAt.getTime();
}

/** Identifies one version of a draft: a job publishes exactly that version, once. */
export const versionKey = (draftUpdatedAt: Date) => String(draftUpdatedAt.getTime());

/** Wait before retry `attempt` (1-based): 30 s, 1 min, 2 min, … at most an hour. */
export function retryDelayMs(attempt: number, baseMs = 30_000, maxMs = 3_600_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
