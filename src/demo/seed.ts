/**
 * Seeds the demo annual plan once (idempotent: a flag in Strapi's store, and nothing is seeded
 * into a database that already has content). Past pieces are published; future ones are drafts
 * at various editorial stages; ideas sit in the backlog. Also creates the demo admin user.
 */
import type { Core, Modules } from '@strapi/strapi';
import { instantToLocal, localToInstant } from '../plugins/calendar/core/time';
import { BACKLOG, CHANNELS, PERSONAS, RECURRING, SCHEDULED, THEMES, type PieceSeed } from './plan';
import { DEMO_EMAILS, isProduction, PUBLISHED_DEMO_PASSWORD } from './credentials';
import { TRANSLATIONS } from './languages';
import { seedBudget } from './budget';
import { seedWork } from './work';
import { seedCompetitors } from './competitors';
import { markQuietSeasons } from './seasons';
import { seedCapacity } from './capacity';

const PIECE = 'api::content-piece.content-piece';
type PieceData = Modules.Documents.Params.Data.Input<typeof PIECE>;

const ZONE = 'Europe/Helsinki';
const SEED_VERSION = 1;

export const DEMO_ADMIN = {
  email: process.env.DEMO_ADMIN_EMAIL || DEMO_EMAILS.admin,
  password: process.env.DEMO_ADMIN_PASSWORD || PUBLISHED_DEMO_PASSWORD,
};

const pad = (n: number) => String(n).padStart(2, '0');
const local = (year: number, month: number, day: number, hour = 9, minute = 0) =>
  `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;

async function ensureAdmin(strapi: Core.Strapi) {
  const existing = await strapi.db.query('admin::user').findOne({ where: { email: DEMO_ADMIN.email.toLowerCase() } });
  if (existing) return existing;
  const superAdmin = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
  const user = await strapi.service('admin::user').create({
    email: DEMO_ADMIN.email.toLowerCase(),
    firstname: 'Anna',
    lastname: 'Admin',
    password: DEMO_ADMIN.password,
    isActive: true,
    roles: [superAdmin.id],
  });
  strapi.log.info(`[demo] created admin user ${DEMO_ADMIN.email}`);
  return user;
}

function editorialStatus(start: Date, now: Date): 'approved' | 'in-review' | 'in-progress' | 'planned' | 'idea' {
  const days = (start.getTime() - now.getTime()) / 86_400_000;
  if (days < 10) return 'approved';
  if (days < 20) return 'in-review';
  if (days < 40) return 'in-progress';
  return 'planned';
}

export async function seedDemo(strapi: Core.Strapi) {
  // The demo logins have a published password: a production database never gets them.
  if (isProduction()) {
    strapi.log.warn('[demo] not seeding in production');
    return;
  }
  const admin = await ensureAdmin(strapi);
  const store = strapi.store({ type: 'core', name: 'vuosikello', key: 'demo-seed' });
  const seeded = (await store.get()) as { version: number; year: number } | null;
  if (seeded) {
    strapi.log.info(`[demo] annual plan ${seeded.year} already seeded`);
    await seedWork(strapi, { password: DEMO_ADMIN.password, admin });
    await seedCompetitors(strapi, seeded.year, admin.id);
    await seedBudget(strapi, seeded.year);
    await markQuietSeasons(strapi);
    await seedCapacity(strapi);
    return;
  }
  const existing = await strapi.db.query('api::content-piece.content-piece').count();
  if (existing > 0) {
    strapi.log.info('[demo] database already has content pieces; not seeding');
    return;
  }

  const now = new Date();
  const year = Number(instantToLocal(now, ZONE).slice(0, 4));
  const started = Date.now();

  const channelIds: Record<string, string> = {};
  for (const c of CHANNELS) {
    const doc = await strapi.documents('api::channel.channel').create({ data: { ...c, active: true } });
    channelIds[c.slug] = doc.documentId;
  }
  const personaIds: Record<string, string> = {};
  for (const p of PERSONAS) {
    const { key, channels, ...fields } = p;
    const doc = await strapi.documents('api::persona.persona').create({
      data: { ...fields, channels: channels.map((slug) => channelIds[slug]) },
    });
    personaIds[key] = doc.documentId;
  }
  const themeIds: Record<string, string> = {};
  for (const t of THEMES) {
    const doc = await strapi.documents('api::theme.theme').create({
      data: {
        name: t.name,
        description: t.description,
        color: t.color,
        startDate: `${year}-${pad(t.start[0])}-${pad(t.start[1])}`,
        endDate: `${year}-${pad(t.end[0])}-${pad(t.end[1])}`,
        repeatsYearly: true,
        contentGoal: t.goal,
      },
    });
    themeIds[t.name] = doc.documentId;
  }

  /** A version's time, status and whether it is out already; `days`/`hour` move it from the plan's time. */
  const timing = (piece: PieceSeed, days = 0, hour?: number) => {
    const publishAt = piece.at
      ? new Date(
          localToInstant(local(year, piece.at[0], piece.at[1], hour ?? piece.at[2], piece.at[3] ?? 0), ZONE).getTime() + days * 86_400_000
        )
      : null;
    const status = piece.recurrence ? 'approved' : publishAt ? editorialStatus(publishAt, now) : 'idea';
    const published = status === 'approved' && publishAt !== null && (publishAt <= now || Boolean(piece.recurrence));
    return { publishAt, status, published };
  };
  const editorial = (publishAt: Date | null, status: string) => ({
    editorialStatus: status,
    assignee: admin.id,
    dueAt: publishAt ? new Date(publishAt.getTime() - 3 * 86_400_000).toISOString() : null,
    notes: status === 'approved' ? null : 'Luonnos: tarkista kuvat ja linkit ennen hyväksyntää.',
  });

  const write = async (piece: PieceSeed) => {
    const { publishAt, status, published } = timing(piece);
    const data = {
      title: piece.title,
      summary: piece.summary,
      format: piece.format,
      funnelStage: piece.stage,
      contentGoal: piece.goal,
      channels: piece.channels.map((slug) => channelIds[slug]),
      personas: piece.personas.map((key) => personaIds[key]),
      theme: piece.theme ? themeIds[piece.theme] : null,
      publishAt: publishAt?.toISOString() ?? null,
      timeZone: ZONE,
      recurrence: piece.recurrence ?? null,
      recurrenceExceptions:
        piece.skip && piece.at ? piece.skip.map((md) => `${year}-${md}T${pad(piece.at![2])}:${pad(piece.at![3] ?? 0)}`) : null,
      ...editorial(publishAt, status),
    };
    const created = await strapi.documents(PIECE).create({
      // Strapi's input type has no null for a cleared field; the Document Service accepts it.
      data: data as PieceData,
      ...(published ? { status: 'published' as const } : {}),
    });
    // Its Swedish and English versions: same document, own title and time; shared fields follow.
    for (const [locale, version] of Object.entries(TRANSLATIONS[piece.title] ?? {})) {
      const own = timing(piece, version.days, version.hour);
      await strapi.documents(PIECE).update({
        documentId: created.documentId,
        locale,
        data: {
          title: version.title,
          summary: version.summary,
          publishAt: own.publishAt?.toISOString() ?? null,
          timeZone: ZONE,
          recurrence: piece.recurrence ?? null,
          ...editorial(own.publishAt, own.status),
        } as PieceData,
        ...(own.published ? { status: 'published' as const } : {}),
      });
    }
  };
  for (const piece of [...RECURRING, ...SCHEDULED, ...BACKLOG]) await write(piece);

  const total = RECURRING.length + SCHEDULED.length + BACKLOG.length;
  const versions = Object.values(TRANSLATIONS).reduce((n, t) => n + Object.keys(t).length, 0);
  await store.set({ value: { version: SEED_VERSION, year, seededAt: now.toISOString() } });
  strapi.log.info(
    `[demo] seeded the ${year} plan: ${CHANNELS.length} channels, ${PERSONAS.length} personas, ${THEMES.length} themes, ` +
      `${total} content pieces (${RECURRING.length} recurring, ${BACKLOG.length} in the backlog, ${versions} Swedish and English versions) ` +
      `in ${Date.now() - started} ms`
  );
  await seedWork(strapi, { password: DEMO_ADMIN.password, admin });
  await seedCompetitors(strapi, year, admin.id);
  await seedBudget(strapi, year);
  await markQuietSeasons(strapi);
  await seedCapacity(strapi);
}
