export type { AdminFeed, AdminOccurrence, ExpansionProblem } from '../../../core/contracts/occurrences';
