/**
 * The scheduler's fencing on one instance (SQLite and PostgreSQL): a job whose owners keep dying
 * is given up after maxAttempts; a failure while recording one job's outcome rolls its publish
 * back and never strands the rest; unschedule racing a publish in progress has one defined result.
 */
import { createAdmin } from '../helpers/admin';
import { piece } from '../helpers/content';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';

const PIECE = 'api::content-piece.content-piece';
const JOB = 'plugin::calendar.publish-job';
const LOG = 'plugin::calendar.publish-log';

let db: TestDatabase;
let app: TestApp;
let admin: Awaited<ReturnType<typeof createAdmin>>;

/** Document Service calls to hold open (inside their transaction) for a while, per piece and action. */
const holds = new Map<string, { action: 'publish' | 'update'; ms: number; entered: () => void }>();
function holdNext(documentId: string, action: 'publish' | 'update', ms: number): Promise<void> {
  return new Promise((entered) => holds.set(documentId, { action, ms, entered }));
}

const scheduler = () => app.strapi.plugin('calendar').service('scheduler');
const clockAt = (iso: string) => scheduler().setTestClock(new Date(iso));
const asAdmin = (req: any) => req.set('Authorization', `Bearer ${admin.token}`);
const publishedRows = (documentId: string) =>
  app.strapi.db.query(PIECE).findMany({ where: { documentId, publishedAt: { $notNull: true } } });
const draftOf = (documentId: string) => app.strapi.db.query(PIECE).findOne({ where: { documentId, publishedAt: null } });
const logOf = (documentId: string) => app.strapi.db.query(LOG).findMany({ where: { pieceDocumentId: documentId }, orderBy: { id: 'asc' } });
const jobsOf = (documentId: string) =>
  app.strapi.db.query(JOB).findMany({ where: { pieceDocumentId: documentId }, orderBy: { id: 'asc' } });
const due = (title: string, publishAt: string) => piece(app, { title, publishAt, editorialStatus: 'approved' }, false);

beforeAll(async () => {
  db = await createTestDatabase();
  app = await startStrapi({}, { database: db });
  app.strapi.documents.use(async (ctx: any, next: any) => {
    const hold = holds.get(ctx.params?.documentId);
    if (!hold || hold.action !== ctx.action) return next();
    holds.delete(ctx.params.documentId);
    const result = await next();
    hold.entered();
    await new Promise((r) => setTimeout(r, hold.ms));
    return result;
  });
  admin = await createAdmin(app);
});

afterAll(async () => {
  await app?.stop();
  await db?.drop();
});

describe('jobs whose instance crashed', () => {
  it('retries a job whose owner died, and gives up after maxAttempts with the reason in the log', async () => {
    const now = new Date('2026-06-01T06:00:00Z');
    await clockAt(now.toISOString());
    const revived = await due('Kolmas yritys', now.toISOString());
    const hopeless = await due('Kymmenes yritys', now.toISOString());
    const expired = new Date(now.getTime() - 1000);
    for (const [doc, attempts] of [
      [revived, 3],
      [hopeless, 10],
    ] as const) {
      const draft = await draftOf(doc.documentId);
      // An instance claimed this version and died (or hung) before finishing; its lease ran out.
      await app.strapi.db.query(JOB).create({
        data: {
          pieceDocumentId: doc.documentId,
          locale: 'fi',
          versionKey: String(new Date(draft.updatedAt).getTime()),
          dueAt: now,
          state: 'claimed',
          claimedBy: 'ghost:2',
          leaseUntil: expired,
          attempts,
          nextAttemptAt: now,
        },
      });
    }
    const errors: string[] = [];
    const logError = jest.spyOn(app.strapi.log, 'error').mockImplementation((m: any) => (errors.push(String(m)), app.strapi.log));
    const counts = await scheduler().tick();
    logError.mockRestore();

    expect(await publishedRows(revived.documentId)).toHaveLength(1);
    expect((await logOf(revived.documentId)).map((l: any) => [l.outcome, l.attempt])).toEqual([['published', 4]]);

    expect(await publishedRows(hopeless.documentId)).toHaveLength(0);
    const [job] = await jobsOf(hopeless.documentId);
    expect(job).toMatchObject({ state: 'failed', attempts: 10, lastError: expect.stringMatching(/Gave up after 10 attempts/) });
    const log = await logOf(hopeless.documentId);
    expect(log.map((l: any) => [l.outcome, l.attempt])).toEqual([['failed', 10]]);
    expect(log[0].error).toMatch(/Gave up after 10 attempts: the instance that claimed it last \(ghost:2\) stopped before finishing/);
    expect(errors).toEqual([expect.stringMatching(/Gave up after 10 attempts/)]);
    expect(counts).toMatchObject({ published: 1, failed: 1 });

    // Given up means given up: later ticks leave that version alone.
    await clockAt('2026-06-01T08:00:00Z');
    await scheduler().tick();
    expect(await publishedRows(hopeless.documentId)).toHaveLength(0);
    expect(await jobsOf(hopeless.documentId)).toHaveLength(1);
  });
});

describe('a failure outside the publish', () => {
  it('rolls that publish back, goes on with the rest of the batch, and retries it after its back-off', async () => {
    await clockAt('2026-06-02T06:00:00Z');
    const first = await due('Lokiin ei saa kirjoittaa', '2026-06-02T05:59:00.000Z');
    const second = await due('Seuraava jonossa', '2026-06-02T05:59:30.000Z');
    // The publish log refuses two writes: the first job's record, then the record of its failure.
    const repo = app.strapi.db.query(LOG);
    const create = repo.create;
    let refused = 0;
    repo.create = async (params: any) => {
      if (refused < 2 && params?.data?.pieceDocumentId === first.documentId) {
        refused += 1;
        throw new Error('publish log unavailable');
      }
      return create.call(repo, params);
    };
    const errors: string[] = [];
    const logError = jest.spyOn(app.strapi.log, 'error').mockImplementation((m: any) => (errors.push(String(m)), app.strapi.log));
    try {
      await scheduler().tick();
    } finally {
      repo.create = create;
      logError.mockRestore();
    }
    expect(refused).toBe(2);
    expect(errors).toEqual([expect.stringMatching(/could not record the outcome: Error: publish log unavailable/)]);
    // The publish of the first was in the same transaction as its record: rolled back together.
    expect(await publishedRows(first.documentId)).toHaveLength(0);
    expect(await publishedRows(second.documentId)).toHaveLength(1);
    // Released for a retry (only the log of its failure was lost, and said so in the server log).
    expect((await jobsOf(first.documentId))[0]).toMatchObject({ state: 'due', attempts: 1, lastError: 'Error: publish log unavailable' });

    await clockAt('2026-06-02T06:00:31Z'); // past the 30 s back-off
    await scheduler().tick();
    expect(await publishedRows(first.documentId)).toHaveLength(1);
    expect((await logOf(first.documentId)).map((l: any) => [l.outcome, l.attempt])).toEqual([['published', 2]]);
  });
});

describe('unschedule racing a publish', () => {
  it('waits for a publish in progress and then answers 409 already published, changing nothing', async () => {
    await clockAt('2026-06-03T06:00:00Z');
    const doc = await due('Julkaisu kesken', '2026-06-03T06:00:00.000Z');
    const publishing = holdNext(doc.documentId, 'publish', 1500);
    const ticking = scheduler().tick();
    await publishing; // the publish is done but not committed
    const res = await asAdmin(app.http().post(`/calendar/pieces/${doc.documentId}/unschedule`));
    await ticking;
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      data: null,
      error: { status: 409, name: 'ConflictError', message: expect.stringMatching(/already published/) },
    });
    expect(res.body.error.details.current.documentId).toBe(doc.documentId);
    expect(await publishedRows(doc.documentId)).toHaveLength(1);
    expect((await draftOf(doc.documentId)).editorialStatus).toBe('approved');
    expect((await logOf(doc.documentId)).map((l: any) => l.outcome)).toEqual(['published']);
  });

  it('wins when it commits first: the scheduler then finds no approved version to publish', async () => {
    await clockAt('2026-06-04T06:00:00Z');
    const doc = await due('Peruttu ajoissa', '2026-06-04T06:00:00.000Z');
    const updating = holdNext(doc.documentId, 'update', 1500);
    const unscheduling = asAdmin(app.http().post(`/calendar/pieces/${doc.documentId}/unschedule`)).then((r: any) => r);
    await updating; // unschedule holds its locks
    const counts = await scheduler().tick();
    const res = await unscheduling;
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ documentId: doc.documentId, editorialStatus: 'planned' });
    expect(counts.published).toBe(0);
    await scheduler().tick();
    expect(await publishedRows(doc.documentId)).toHaveLength(0);
    expect((await logOf(doc.documentId)).map((l: any) => l.outcome)).toEqual(['unscheduled']);
  });

  it('answers 409 for a piece whose current version is already published', async () => {
    await clockAt('2026-06-05T06:00:00Z');
    const doc = await due('Jo julki', '2026-06-05T05:00:00.000Z');
    await scheduler().tick();
    const res = await asAdmin(app.http().post(`/calendar/pieces/${doc.documentId}/unschedule`));
    expect(res.status).toBe(409);
    expect(res.body.error.details.current.publishedAt).toEqual(expect.any(String));
    // Published by the database's clock, not before its time.
    expect(new Date(res.body.error.details.current.publishedAt).getTime()).toBeGreaterThanOrEqual(
      new Date('2026-06-05T06:00:00Z').getTime()
    );
  });
});
