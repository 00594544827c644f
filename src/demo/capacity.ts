/**
 * The demo team's capacity and absences, and effort estimates for the demo pieces, so the
 * Workload view has something to show: Eeva works four days a week, both Eeva and Kalle take
 * their summer holiday (kesäloma) in July, Kalle has a training day in spring, and every piece
 * has an estimate by its format. Seeded once under its own store key, so an older demo database
 * gets it on its next start.
 */
import type { Core } from '@strapi/strapi';
import { instantToLocal } from '../plugins/calendar/core/time';
import { DEMO_EMAILS } from './credentials';

const ZONE = 'Europe/Helsinki';
const PIECE = 'api::content-piece.content-piece';

/** Typical hours of work per format, in minutes (a first draft, review rounds and publishing). */
export const EFFORT_BY_FORMAT: Record<string, number> = {
  article: 240,
  'social-post': 60,
  newsletter: 180,
  video: 600,
  webinar: 480,
  guide: 900,
  'case-study': 480,
  review: 120,
  'landing-page': 360,
  ad: 120,
  podcast: 300,
  event: 720,
  other: 120,
};

/** Weekly minutes of those who do not work the default 37.5 h. */
const CAPACITIES: Array<{ email: string; weeklyMinutes: number }> = [{ email: DEMO_EMAILS.eeva, weeklyMinutes: 30 * 60 }];

const ABSENCES = (year: number) => [
  { email: DEMO_EMAILS.eeva, startDate: `${year}-07-06`, endDate: `${year}-07-26`, kind: 'holiday', note: 'Kesäloma' },
  { email: DEMO_EMAILS.kalle, startDate: `${year}-07-20`, endDate: `${year}-08-09`, kind: 'holiday', note: 'Kesäloma' },
  { email: DEMO_EMAILS.kalle, startDate: `${year}-03-12`, endDate: `${year}-03-12`, kind: 'training', note: 'Somekoulutus' },
  { email: DEMO_EMAILS.admin, startDate: `${year}-06-19`, endDate: `${year}-06-19`, kind: 'other', note: 'Juhannusaatto' },
];

export async function seedCapacity(strapi: Core.Strapi) {
  const store = strapi.store({ type: 'core', name: 'vuosikello', key: 'demo-seed-capacity' });
  if (await store.get()) return;
  const year = Number(instantToLocal(new Date(), ZONE).slice(0, 4));
  const users = await strapi.db
    .query('admin::user')
    .findMany({ where: { email: { $in: Object.values(DEMO_EMAILS) } }, select: ['id', 'email'] });
  const idOf = new Map(users.map((u: { id: number; email: string }) => [u.email, u.id]));

  for (const { email, weeklyMinutes } of CAPACITIES) {
    const userId = idOf.get(email);
    if (userId && !(await strapi.db.query('plugin::calendar.capacity').findOne({ where: { userId } })))
      await strapi.db.query('plugin::calendar.capacity').create({ data: { userId, weeklyMinutes } });
  }
  let absences = 0;
  for (const { email, ...absence } of ABSENCES(year)) {
    const userId = idOf.get(email);
    if (!userId) continue;
    await strapi.db.query('plugin::calendar.absence').create({ data: { userId, ...absence } });
    absences += 1;
  }
  // Every language version is its own work: each gets the estimate of its format.
  let estimated = 0;
  for (const [format, effortMinutes] of Object.entries(EFFORT_BY_FORMAT)) {
    const { count } = await strapi.db
      .query(PIECE)
      .updateMany({ where: { format, effortMinutes: { $null: true } }, data: { effortMinutes } });
    estimated += count;
  }
  // A piece without a format gets a couple of hours.
  estimated += (await strapi.db.query(PIECE).updateMany({ where: { effortMinutes: { $null: true } }, data: { effortMinutes: 120 } })).count;
  await store.set({ value: { seededAt: new Date().toISOString() } });
  strapi.log.info(`[demo] seeded capacities, ${absences} absences and effort estimates on ${estimated} piece rows`);
}
