/**
 * The plan the admin bench draws: recurring pieces that fill the year wheel and the month view,
 * and one-off pieces (in every editorial status, some assigned) that fill the team board.
 */
import { CONTENT_GOALS, EDITORIAL_STATUSES, FUNNEL_STAGES } from '../../src/plugins/calendar/core/enums';

export interface AdminPlan {
  /** Occurrences wanted in 2026 from the recurring pieces. */
  occurrences: number;
  /** One-off pieces for the team board. */
  cards: number;
  /** An admin user id to assign some pieces to. */
  assignee: number;
}

export async function seedAdminPlan(strapi: any, plan: AdminPlan) {
  const channels: string[] = [];
  for (let i = 0; i < 8; i += 1)
    channels.push(
      (
        await strapi
          .documents('api::channel.channel')
          .create({ data: { name: `Kanava ${i}`, kind: 'owned', color: `#${(0x224466 + i * 0x151515).toString(16).slice(0, 6)}` } })
      ).documentId
    );
  // Pieces repeating every N days (daily from 36,500 occurrences up) give at least the occurrences wanted.
  const every = Math.max(1, Math.floor(36500 / Math.max(1, plan.occurrences)));
  const recurring = Math.ceil((plan.occurrences * every) / 365);
  const pieces = strapi.documents('api::content-piece.content-piece');
  await strapi.db.transaction(async () => {
    for (let i = 0; i < recurring; i += 1)
      await pieces.create({
        data: {
          title: `Toistuva ${i}`,
          funnelStage: FUNNEL_STAGES[i % 4],
          contentGoal: 'sell',
          publishAt: new Date(Date.UTC(2026, 0, 1 + (i % every), 6 + (i % 10))).toISOString(),
          recurrence: `FREQ=DAILY;INTERVAL=${every}`,
          channels: [channels[i % 8]],
        },
      });
  });
  // The board's cards: drafts spread over the next year, in every status (approved ones due
  // already would be published by the scheduler and leave the board).
  for (let offset = 0; offset < plan.cards; offset += 200)
    await strapi.db.transaction(async () => {
      for (let i = offset; i < Math.min(plan.cards, offset + 200); i += 1)
        await pieces.create({
          data: {
            title: `Kortti ${i}: ${['Asiakastarina', 'Opas', 'Uutiskirje', 'Webinaari'][i % 4]} ${i}`,
            funnelStage: FUNNEL_STAGES[i % 4],
            contentGoal: CONTENT_GOALS[i % 5],
            editorialStatus: EDITORIAL_STATUSES[i % EDITORIAL_STATUSES.length],
            publishAt: new Date(Date.UTC(2027, i % 12, 1 + (i % 28), 7 + (i % 8))).toISOString(),
            dueAt: new Date(Date.UTC(2027, i % 12, 1 + (i % 28), 6)).toISOString(),
            channels: [channels[i % 8]],
            ...(i % 3 === 0 ? { assignee: plan.assignee } : {}),
          },
        });
    });
  return { recurring, every, cards: plan.cards };
}
