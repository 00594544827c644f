/**
 * Goals due in the source year: the same SMART goal (5S goal, KPI, baseline, target, owner) with
 * its deadline moved by the date rule. The team revises the numbers for the new year; the copy
 * saves typing them again, it does not guess them.
 */
import type { Core } from '@strapi/strapi';
import { shiftDate } from '../../../../core/planning/shift-year';
import { CONTENT_TYPES } from '../../constants';
import type { Copier } from './copier';

const GOAL = CONTENT_TYPES.goal;

interface GoalRow {
  documentId: string;
  title: string;
  contentGoal: string;
  metric: string;
  baseline: number | null;
  target: number;
  deadline: string;
  description: string | null;
  owner: { id: number } | null;
}

export default (strapi: Core.Strapi): Copier<GoalRow> => ({
  kind: 'goal',
  chosen: (options) => options.goals === true,

  async preview(source) {
    const found = (await strapi.db.query(GOAL).findMany({
      where: { deadline: { $gte: `${source.sourceYear}-01-01`, $lte: `${source.sourceYear}-12-31` } },
      populate: { owner: { select: ['id'] } },
      orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
    })) as GoalRow[];
    return found.map((goal) => ({
      sourceDocumentId: goal.documentId,
      label: `${goal.title} (${goal.metric} → ${goal.target})`,
      from: goal.deadline,
      to: shiftDate(goal.deadline, source.shift),
      row: goal,
    }));
  },

  async apply(source, thing) {
    const goal = thing.row;
    const created = (await strapi.documents(GOAL).create({
      data: {
        title: goal.title,
        contentGoal: goal.contentGoal,
        metric: goal.metric,
        baseline: goal.baseline,
        target: goal.target,
        deadline: shiftDate(goal.deadline, source.shift),
        description: goal.description,
        owner: goal.owner?.id ?? null,
      },
    } as never)) as { documentId: string };
    return created.documentId;
  },
});
