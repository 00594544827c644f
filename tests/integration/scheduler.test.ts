/**
 * Automatic publishing on one instance, driven by the scheduler's database clock shifted to the
 * test's moment (`setTestClock`); publish now, unschedule, the log.
 */
import { createAdmin } from '../helpers/admin';
import { channel, persona, piece } from '../helpers/content';
import { captureLog } from '../helpers/log-capture';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';

let db: TestDatabase;
let app: TestApp | undefined;
let admin: Awaited<ReturnType<typeof createAdmin>>;
// `app` is set for every test but the last one restarts it.
const running = () => app!;
let channelId: string;
let personaId: string;
const failing = new Set<string>();

const scheduler = () => running().strapi.plugin('calendar').service('scheduler');
const tick = () => scheduler().tick();
/** From here on the database's clock, as the scheduler reads it, says `iso`. */
const clockAt = (iso: string) => scheduler().setTestClock(new Date(iso));
const PIECE = 'api::content-piece.content-piece';

async function publishedRows(documentId: string) {
  return running()
    .strapi.db.query(PIECE)
    .findMany({ where: { documentId, publishedAt: { $notNull: true } }, populate: ['channels', 'personas'] });
}
async function logOf(documentId: string) {
  return running()
    .strapi.db.query('plugin::calendar.publish-log')
    .findMany({ where: { pieceDocumentId: documentId }, orderBy: { id: 'asc' } });
}

beforeAll(async () => {
  db = await createTestDatabase();
  app = await startStrapi({}, { database: db });
  // A publish that fails, for the retry tests: the Document Service throws for these pieces.
  running().strapi.documents.use(async (ctx: any, next: any) => {
    if (ctx.action === 'publish' && failing.has(ctx.params.documentId)) throw new Error('Simulated outage');
    return next();
  });
  admin = await createAdmin(running());
  channelId = (await channel(running(), 'Uutiskirje')).documentId;
  personaId = (await persona(running(), 'Perheellinen Petra')).documentId;
});

afterAll(async () => {
  await app?.stop();
  await db?.drop();
});

describe('the scheduler', () => {
  it('publishes an approved piece at 09:00 Helsinki on the day after the DST change, with its relations', async () => {
    await clockAt('2026-03-30T05:59:00Z'); // 08:59 local (+03:00 since 29 March)
    const doc = await piece(
      running(),
      {
        title: 'Maanantain uutiskirje',
        publishAt: '2026-03-30T06:00:00.000Z', // 09:00 Helsinki
        editorialStatus: 'approved',
        channels: [channelId],
        personas: [personaId],
      },
      false
    );
    await tick();
    expect(await publishedRows(doc.documentId)).toHaveLength(0);

    await clockAt('2026-03-30T06:00:05Z');
    const counts = await tick();
    expect(counts.published).toBe(1);
    const rows = await publishedRows(doc.documentId);
    expect(rows).toHaveLength(1);
    expect(rows[0].channels.map((c: any) => c.documentId)).toEqual([channelId]);
    expect(rows[0].personas.map((p: any) => p.documentId)).toEqual([personaId]);
    const log = await logOf(doc.documentId);
    expect(log.map((l: any) => [l.outcome, l.trigger])).toEqual([['published', 'schedule']]);
    expect(new Date(log[0].occurrence).toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(log[0].instanceId).toBe(scheduler().instanceId);
  });

  it('leaves unapproved and future pieces alone', async () => {
    await clockAt('2026-04-01T12:00:00Z');
    const idea = await piece(
      running(),
      { title: 'Vasta idea', publishAt: '2026-04-01T06:00:00.000Z', editorialStatus: 'in-review' },
      false
    );
    const later = await piece(running(), { title: 'Myöhemmin', publishAt: '2026-04-02T06:00:00.000Z', editorialStatus: 'approved' }, false);
    await tick();
    expect(await publishedRows(idea.documentId)).toHaveLength(0);
    expect(await publishedRows(later.documentId)).toHaveLength(0);
  });

  it('publishes a recurring piece at its first occurrence only, and a newer approved draft once more', async () => {
    await clockAt('2026-04-07T07:00:00Z');
    const weekly = await piece(
      running(),
      {
        title: 'Tiistain vinkki',
        publishAt: '2026-04-07T06:00:00.000Z',
        recurrence: 'FREQ=WEEKLY;BYDAY=TU',
        editorialStatus: 'approved',
      },
      false
    );
    await tick();
    await clockAt('2026-04-14T07:00:00Z'); // the second occurrence
    await tick();
    expect(await publishedRows(weekly.documentId)).toHaveLength(1);
    expect((await logOf(weekly.documentId)).filter((l: any) => l.outcome === 'published')).toHaveLength(1);

    await running()
      .strapi.documents(PIECE)
      .update({ documentId: weekly.documentId, data: { summary: 'Korjattu teksti' } });
    await tick();
    await tick();
    const rows = await publishedRows(weekly.documentId);
    expect(rows).toHaveLength(1);
    expect(rows[0].summary).toBe('Korjattu teksti');
    expect((await logOf(weekly.documentId)).filter((l: any) => l.outcome === 'published')).toHaveLength(2);
  });

  it('logs a failing publish with its error and retries it with back-off until it works', async () => {
    await clockAt('2026-04-20T06:00:00Z');
    const doc = await piece(
      running(),
      { title: 'Katkon aikana', publishAt: '2026-04-20T06:00:00.000Z', editorialStatus: 'approved' },
      false
    );
    failing.add(doc.documentId);
    const errors: string[] = [];
    const logError = jest.spyOn(running().strapi.log, 'error').mockImplementation((message: any) => {
      errors.push(String(message));
      return running().strapi.log;
    });
    const first = await tick();
    logError.mockRestore();
    expect(first.failed).toBe(1);
    expect(errors).toEqual([expect.stringMatching(/publishing \w+ \(fi, attempt 1\) failed: Error: Simulated outage — retrying in 30 s/)]);
    let log = await logOf(doc.documentId);
    expect(log.map((l: any) => l.outcome)).toEqual(['failed']);
    expect(log[0].error).toMatch(/Simulated outage/);

    await clockAt('2026-04-20T06:00:20Z'); // before the 30 s back-off
    await tick();
    expect(await logOf(doc.documentId)).toHaveLength(1);

    failing.delete(doc.documentId);
    await clockAt('2026-04-20T06:00:31Z');
    await tick();
    log = await logOf(doc.documentId);
    expect(log.map((l: any) => [l.outcome, l.attempt])).toEqual([
      ['failed', 1],
      ['published', 2],
    ]);
    expect(await publishedRows(doc.documentId)).toHaveLength(1);
  });

  it('takes over a job whose owner died after claiming it, and does not publish twice', async () => {
    const now = new Date('2026-04-21T06:00:00Z');
    await clockAt(now.toISOString());
    const doc = await piece(
      running(),
      { title: 'Kaatunut instanssi', publishAt: '2026-04-21T06:00:00.000Z', editorialStatus: 'approved' },
      false
    );
    const draft = await running()
      .strapi.db.query(PIECE)
      .findOne({ where: { documentId: doc.documentId, publishedAt: null } });
    // Another instance claimed this version, published it, and died before recording it.
    await running()
      .strapi.db.query('plugin::calendar.publish-job')
      .create({
        data: {
          pieceDocumentId: doc.documentId,
          locale: 'fi',
          versionKey: String(new Date(draft.updatedAt).getTime()),
          dueAt: now,
          state: 'claimed',
          claimedBy: 'ghost:1',
          leaseUntil: new Date(now.getTime() + 60_000),
          attempts: 1,
          nextAttemptAt: now,
        },
      });
    await running().strapi.documents(PIECE).publish({ documentId: doc.documentId });
    await tick(); // lease still valid: nobody touches it
    expect(await logOf(doc.documentId)).toHaveLength(0);
    await clockAt('2026-04-21T06:02:00Z'); // lease expired
    await tick();
    expect(await publishedRows(doc.documentId)).toHaveLength(1);
    expect((await logOf(doc.documentId)).map((l: any) => l.outcome)).toEqual(['skipped']);
  });
});

describe('publish now, unschedule and the publish log (admin)', () => {
  const asAdmin = (req: any) => req.set('Authorization', `Bearer ${admin.token}`);

  it('publishes a planned piece now, approving it and dating it now when it had no date', async () => {
    await clockAt('2026-05-01T10:00:00Z');
    const doc = await piece(running(), { title: 'Heti julki', editorialStatus: 'planned' }, false);
    const res = await asAdmin(running().http().post(`/calendar/pieces/${doc.documentId}/publish-now`));
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ documentId: doc.documentId, locale: 'fi', outcome: 'published' });
    const [row] = await publishedRows(doc.documentId);
    expect(row.editorialStatus).toBe('approved');
    // "Now" by the database's clock, which moved on by the time the request ran.
    const dated = new Date(row.publishAt).getTime() - new Date('2026-05-01T10:00:00Z').getTime();
    expect(dated).toBeGreaterThanOrEqual(0);
    expect(dated).toBeLessThan(10_000);
    const again = await asAdmin(running().http().post(`/calendar/pieces/${doc.documentId}/publish-now`));
    expect(again.body.data.outcome).toBe('skipped');
    expect(await publishedRows(doc.documentId)).toHaveLength(1);
  });

  it('unschedules an approved piece: back to planned, date kept, not published when due', async () => {
    await clockAt('2026-05-02T10:00:00Z');
    const doc = await piece(
      running(),
      { title: 'Peruttu julkaisu', publishAt: '2026-05-03T06:00:00.000Z', editorialStatus: 'approved' },
      false
    );
    const res = await asAdmin(running().http().post(`/calendar/pieces/${doc.documentId}/unschedule`));
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      documentId: doc.documentId,
      locale: 'fi',
      editorialStatus: 'planned',
      publishAt: '2026-05-03T06:00:00.000Z',
    });
    await clockAt('2026-05-03T07:00:00Z');
    await tick();
    expect(await publishedRows(doc.documentId)).toHaveLength(0);
  });

  it('answers 404 for an unknown piece and 400 for a malformed id', async () => {
    expect((await asAdmin(running().http().post('/calendar/pieces/abcdefghijklmnopqrstuvwx/publish-now'))).status).toBe(404);
    const bad = await asAdmin(running().http().post('/calendar/pieces/NOT%20AN%20ID/unschedule'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['documentId']);
  });

  it('lists the publish log newest first, filtered, and validates its query', async () => {
    const res = await asAdmin(running().http().get('/calendar/publish-log?outcome=failed'));
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(res.body.data.every((l: any) => l.outcome === 'failed')).toBe(true);
    expect(res.body.data[0]).toMatchObject({ title: 'Katkon aikana', error: expect.stringMatching(/Simulated outage/) });
    const all = await asAdmin(running().http().get('/calendar/publish-log?pageSize=2'));
    expect(all.body.data).toHaveLength(2);
    expect(all.body.meta.pagination.total).toBeGreaterThan(4);
    const bad = await asAdmin(running().http().get('/calendar/publish-log?outcome=exploded&pageSize=0'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors.map((e: any) => e.path[0]).sort()).toEqual(['outcome', 'pageSize']);
  });

  it('needs plugin::calendar.publish', async () => {
    const editor = await createAdmin(running(), 'strapi-editor');
    const doc = await piece(running(), { title: 'Ei oikeuksia', editorialStatus: 'planned' }, false);
    for (const req of [
      running().http().post(`/calendar/pieces/${doc.documentId}/publish-now`),
      running().http().post(`/calendar/pieces/${doc.documentId}/unschedule`),
      running().http().get('/calendar/publish-log'),
    ]) {
      expect((await req.set('Authorization', `Bearer ${editor.token}`)).status).toBe(403);
    }
    expect((await running().http().get('/calendar/publish-log')).status).toBe(401);
  });
});

describe('at boot', () => {
  it('publishes pieces that fell due while the server was down, and says so in the log', async () => {
    const overdue = await piece(
      app!,
      { title: 'Unohtui katkon aikana', publishAt: '2020-01-01T06:00:00.000Z', editorialStatus: 'approved' },
      false
    );
    await app!.stop(); // the server goes down; the database stays
    app = undefined;
    app = await startStrapi({ CALENDAR_SCHEDULER_ENABLED: 'true', CALENDAR_SCHEDULER_INTERVAL_SECONDS: '3600' }, { database: db });
    // The boot pass waits for Strapi to be loaded and starts on a timer, so capturing right after
    // the boot returns sees its first line.
    const captured = captureLog(running().strapi);
    try {
      // tick() joins the boot pass in progress.
      await running().strapi.plugin('calendar').service('scheduler').tick('boot');
    } finally {
      captured.stop();
    }
    expect(await publishedRows(overdue.documentId)).toHaveLength(1);
    const log = await logOf(overdue.documentId);
    expect(log.map((l: any) => [l.outcome, l.trigger])).toEqual([['published', 'boot']]);
    expect(captured.text()).toMatch(/\[calendar\] scheduler: 1 piece\(s\) fell due while the server was down; publishing them now/);
    expect(captured.text()).toMatch(/\[calendar\] scheduler \(.+\): published 1, failed 0, skipped 0/);
  });
});
