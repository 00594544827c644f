/**
 * The demo's people, community-management work and planning data, seeded once after the annual
 * plan (own store key, so a demo database seeded before these existed gets them too):
 *  - two more team members, so My work and the team board have people to show;
 *  - community tasks on the social channels and four weeks of work logs (some skipped, some
 *    missed), so the community report has numbers;
 *  - the quarterly plan, matching the schedule in most cells but not all, so under- and
 *    over-delivery and gaps are visible;
 *  - SMART goals, KPI targets on campaign pieces and results for the months already past.
 */
import type { Core, Modules } from '@strapi/strapi';
import { addDays, mondayOf } from '../plugins/calendar/core/calendar-grid';
import { metricsForStage } from '../plugins/calendar/core/planning/kpi-catalogue';
import { instantToLocal, localToInstant } from '../plugins/calendar/core/time';
import { DEMO_EMAILS } from './credentials';

/** An admin user, as far as the seed needs one. */
type Person = { id: number };

const ZONE = 'Europe/Helsinki';

export const TEAM = [
  { email: DEMO_EMAILS.eeva, firstname: 'Eeva', lastname: 'Editori' },
  { email: DEMO_EMAILS.kalle, firstname: 'Kalle', lastname: 'Yhteisö' },
];

interface TaskSeed {
  title: string;
  channel: string;
  kind: string;
  time: string; // HH:mm of the first occurrence
  recurrence: string;
  estimateMinutes: number;
  owner: 'admin' | 'eeva' | 'kalle';
  notes?: string;
}

export const TASKS: TaskSeed[] = [
  {
    title: 'Instagramin kommenttien seuranta',
    channel: 'instagram',
    kind: 'monitor',
    time: '09:00',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,15;BYMINUTE=0',
    estimateMinutes: 15,
    owner: 'kalle',
    notes: 'Vastaa kysymyksiin samana päivänä; kiitä tägäyksistä.',
  },
  {
    title: 'Facebook-viesteihin reagointi',
    channel: 'facebook',
    kind: 'react',
    time: '10:00',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    estimateMinutes: 20,
    owner: 'kalle',
  },
  {
    title: 'LinkedIn-keskustelut',
    channel: 'linkedin',
    kind: 'discuss',
    time: '11:00',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
    estimateMinutes: 30,
    owner: 'eeva',
  },
  {
    title: 'Vaikuttajien sisältöjen jakaminen',
    channel: 'vaikuttajat',
    kind: 'share',
    time: '13:00',
    recurrence: 'FREQ=WEEKLY;BYDAY=WE',
    estimateMinutes: 20,
    owner: 'admin',
  },
  {
    title: 'Verkoston kasvattaminen LinkedInissä',
    channel: 'linkedin',
    kind: 'grow',
    time: '14:00',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    estimateMinutes: 30,
    owner: 'eeva',
  },
  {
    title: 'Facebook-ryhmän moderointi',
    channel: 'facebook',
    kind: 'moderate',
    time: '16:00',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    estimateMinutes: 10,
    owner: 'kalle',
  },
  {
    title: 'Yhteisöraportti',
    channel: 'instagram',
    kind: 'report',
    time: '09:00',
    recurrence: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
    estimateMinutes: 60,
    owner: 'admin',
  },
];

/** Deterministic "randomness" so every demo shows the same numbers. */
const wobble = (i: number) => ((i * 7919) % 100) / 100;

async function ensureTeam(strapi: Core.Strapi, password: string) {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
  const users: Record<string, Person> = {};
  for (const person of TEAM) {
    const existing = await strapi.db.query('admin::user').findOne({ where: { email: person.email } });
    users[person.firstname.toLowerCase()] =
      existing ??
      (await strapi.service('admin::user').create({ ...person, password, isActive: true, roles: [role.id], preferedLanguage: 'fi' }));
  }
  return users;
}

async function seedCommunity(strapi: Core.Strapi, people: Record<string, Person>, now: Date) {
  const channels: Array<{ documentId: string; slug: string }> = await strapi.db
    .query('api::channel.channel')
    .findMany({ select: ['documentId', 'slug'] });
  const channelId = (slug: string) => channels.find((c) => c.slug === slug)?.documentId ?? null;
  const today = instantToLocal(now, ZONE).slice(0, 10);
  const start = addDays(mondayOf(today), -28);
  const community = strapi.plugin('calendar').service('community');
  const created: Array<{ seed: TaskSeed; documentId: string }> = [];
  for (const seed of TASKS) {
    const task = await strapi.documents('plugin::calendar.community-task').create({
      data: {
        title: seed.title,
        channel: channelId(seed.channel),
        kind: seed.kind,
        startsAt: localToInstant(`${start}T${seed.time}`, ZONE).toISOString(),
        timeZone: ZONE,
        recurrence: seed.recurrence,
        estimateMinutes: seed.estimateMinutes,
        assignee: people[seed.owner].id,
        active: true,
        notes: seed.notes ?? null,
        // Strapi's input type has no null for an empty field; the Document Service accepts it.
      } as Modules.Documents.Params.Data.Input<'plugin::calendar.community-task'>,
    });
    created.push({ seed, documentId: task.documentId });
  }
  // One agenda over every task, grouped per task (in the agenda's order: by start time).
  const past = await community.agenda({ from: localToInstant(`${start}T00:00`, ZONE), to: now }, now, {});
  const byTask = new Map<string, typeof past>();
  for (const o of past) {
    const list = byTask.get(o.task.documentId);
    if (list) list.push(o);
    else byTask.set(o.task.documentId, [o]);
  }
  let logs = 0;
  for (const { seed, documentId } of created) {
    const answers = seed.kind === 'react' || seed.kind === 'monitor' || seed.kind === 'discuss';
    const owner = people[seed.owner].id;
    let i = 0;
    for (const occurrence of byTask.get(documentId) ?? []) {
      i += 1;
      const roll = wobble(i + seed.title.length);
      if (roll > 0.9) continue; // missed: nobody logged it
      const done = roll <= 0.85;
      await community.log(
        {
          task: documentId,
          occurrence: occurrence.occurrence,
          status: done ? 'done' : 'skipped',
          minutesSpent: done ? Math.round(seed.estimateMinutes * (0.7 + roll * 0.8)) : null,
          interactionsHandled: done && answers ? 3 + Math.round(roll * 20) : null,
          firstResponseMinutes: done && answers ? 5 + Math.round(roll * roll * 180) : null,
          note: done ? null : 'Ohitettu: kiireinen kampanjaviikko.',
        },
        owner,
        now
      );
      logs += 1;
    }
  }
  return logs;
}

async function seedPlan(strapi: Core.Strapi, year: number) {
  const quarterlyGrid = strapi.plugin('calendar').service('quarterly-grid');
  const grid = await quarterlyGrid.grid(year);
  let cells = 0;
  let n = 0;
  for (const row of grid.rows) {
    for (const m of row.months) {
      n += 1;
      // Mostly the plan matches the schedule; every seventh cell was planned bigger than what got
      // scheduled, and paid reach runs through the quiet summer on paper only.
      let planned = m.scheduledWeeks;
      if (planned > 0 && n % 7 === 0) planned = Math.min(5, planned + 2);
      if (row.channel.slug === 'google-ads' && row.funnelStage === 'reach' && (m.month === 7 || m.month === 8)) planned = 3;
      if (planned === 0 && m.scheduledWeeks === 0) continue;
      const note =
        row.funnelStage === 'convert' && m.month === 11
          ? 'Black Friday ja joulusesonki: kaikki panokset ostoon.'
          : row.funnelStage === 'reach' && m.month === 7
            ? 'Suvanto: kehitystyö ja kevyt näkyvyys.'
            : null;
      await quarterlyGrid.saveCell({
        year,
        month: m.month,
        funnelStage: row.funnelStage,
        channel: row.channel.slug,
        plannedWeeks: planned,
        note,
      });
      cells += 1;
    }
  }
  return cells;
}

async function seedKpis(strapi: Core.Strapi, year: number, now: Date, owner: Person) {
  const goals = [
    {
      title: 'Verkkosivujen kävijämäärä +30 % vuodessa',
      contentGoal: 'sizzle' as const,
      metric: 'site-visits',
      baseline: 42000,
      target: 55000,
      deadline: `${year}-12-31`,
    },
    {
      title: 'Uutiskirjeen avausprosentti 35 %:iin',
      contentGoal: 'speak' as const,
      metric: 'email-open-rate',
      baseline: 28,
      target: 35,
      deadline: `${year}-09-30`,
    },
    {
      title: 'Liidin hinta alle 12 €',
      contentGoal: 'save' as const,
      metric: 'cost-per-lead',
      baseline: 18,
      target: 12,
      deadline: `${year}-06-30`,
    },
  ];
  for (const goal of goals) await strapi.documents('plugin::calendar.goal').create({ data: { ...goal, owner: owner.id } });

  const pieces = await strapi.db.query('api::content-piece.content-piece').findMany({
    where: { publishedAt: null, publishAt: { $notNull: true }, recurrence: { $null: true } },
    select: ['documentId', 'publishAt', 'funnelStage'],
    orderBy: [{ publishAt: 'asc' }],
  });
  const kpiReport = strapi.plugin('calendar').service('kpi-report');
  let results = 0;
  for (const [i, p] of pieces.entries()) {
    if (i % 3 !== 0) continue;
    const metric = metricsForStage(p.funnelStage)[0];
    const period = instantToLocal(new Date(p.publishAt), ZONE).slice(0, 7);
    const target = metric.unit === 'percent' ? 30 : metric.unit === 'currency' ? 15 : 1000 + (i % 5) * 250;
    // kpiTargets are editorial data: set on the draft with the Query Engine, so seeding them does
    // not make published pieces look modified.
    await strapi.db
      .query('api::content-piece.content-piece')
      .updateMany({ where: { documentId: p.documentId }, data: { kpiTargets: [{ metric: metric.key, value: target, period }] } });
    if (new Date(p.publishAt) < now) {
      const value = Math.round(target * (0.6 + wobble(i) * 0.8) * 100) / 100;
      await kpiReport.saveResults([{ piece: p.documentId, metric: metric.key, period, value }], { source: 'demo' });
      results += 1;
    }
  }
  return { goals: goals.length, results };
}

export async function seedWork(strapi: Core.Strapi, options: { password: string; admin: Person }) {
  const store = strapi.store({ type: 'core', name: 'vuosikello', key: 'demo-seed-work' });
  if (await store.get()) return;
  const now = new Date();
  const year = Number(instantToLocal(now, ZONE).slice(0, 4));
  const started = Date.now();
  const people: Record<string, Person> = { ...(await ensureTeam(strapi, options.password)), admin: options.admin };

  // Share the open pieces out, so the board and each person's My work have something.
  const open = await strapi.db.query('api::content-piece.content-piece').findMany({
    where: { publishedAt: null, editorialStatus: { $ne: 'approved' } },
    select: ['id'],
    orderBy: [{ id: 'asc' }],
  });
  const owners = [people.admin, people.eeva, people.kalle];
  for (const [i, p] of open.entries()) {
    await strapi.db.query('api::content-piece.content-piece').update({ where: { id: p.id }, data: { assignee: owners[i % 3].id } });
  }

  const logs = await seedCommunity(strapi, people, now);
  const cells = await seedPlan(strapi, year);
  const kpis = await seedKpis(strapi, year, now, people.admin);
  await store.set({ value: { seededAt: now.toISOString() } });
  strapi.log.info(
    `[demo] seeded the team (${TEAM.length + 1} people), ${TASKS.length} community tasks with ${logs} work-log entries, ` +
      `${cells} plan cells, ${kpis.goals} goals and ${kpis.results} KPI results in ${Date.now() - started} ms`
  );
}
