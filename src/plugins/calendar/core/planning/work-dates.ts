/**
 * Which local dates a piece's effort is counted on in the workload. The work is done for a
 * deadline: a piece with a due date counts its effort once, in the week of `dueAt` (even when it
 * repeats: the due date is one piece of work). Without a due date the work is made for each
 * publication, so every occurrence in the range counts the effort again (a weekly post is a
 * week's work each week). A piece with neither is in the backlog and is not counted.
 */
import { instantToLocal } from '../time';

export function pieceWorkDates(piece: { dueAt: Date | null; occurrences: readonly Date[] }, zone: string): string[] {
  if (piece.dueAt) return [instantToLocal(piece.dueAt, zone).slice(0, 10)];
  return piece.occurrences.map((at) => instantToLocal(at, zone).slice(0, 10));
}
