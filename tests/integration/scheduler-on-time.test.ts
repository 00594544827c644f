/**
 * Publishing on time: with the poll set to an hour, an approved piece still goes out within
 * moments of its due time, because the scheduler arms a timer for the next due time (from the
 * database) and every write that schedules a piece re-arms it. SQLite and PostgreSQL; the
 * signal between two instances is in scheduler-signal.postgres.test.ts.
 */
import { channel, piece } from '../helpers/content';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';

const PIECE = 'api::content-piece.content-piece';
/** Far beyond what on time means, far below the hour the poll would take: room for a loaded CI machine. */
const ON_TIME_MS = 8_000;

let db: TestDatabase;
let app: TestApp | undefined;
let channelId: string;
const running = () => app!;

async function publishedAt(documentId: string): Promise<Date | null> {
  const row = await running()
    .strapi.db.query(PIECE)
    .findOne({ where: { documentId, publishedAt: { $notNull: true } } });
  return row ? new Date(row.publishedAt) : null;
}

/** Polls the database (bounded) until the piece has a published version; null when it never came. */
async function waitForPublished(documentId: string, withinMs: number): Promise<Date | null> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const at = await publishedAt(documentId);
    if (at) return at;
    await new Promise((r) => setTimeout(r, 100));
  }
  return publishedAt(documentId);
}

const inSeconds = (s: number) => new Date(Date.now() + s * 1000);

beforeAll(async () => {
  db = await createTestDatabase();
  app = await startStrapi({ CALENDAR_SCHEDULER_ENABLED: 'true', CALENDAR_SCHEDULER_INTERVAL_SECONDS: '3600' }, { database: db });
  await running().strapi.plugin('calendar').service('scheduler').tick('boot'); // joins the boot pass
  channelId = (await channel(running(), 'Blogi')).documentId;
});

afterAll(async () => {
  await app?.stop();
  await db.drop();
});

describe('with the poll an hour apart', () => {
  it('an approved piece due in 3 s is published within moments of its time, not at the next poll', async () => {
    const due = inSeconds(3);
    const created = await piece(
      running(),
      { title: 'Ajallaan', publishAt: due.toISOString(), editorialStatus: 'approved', channels: [channelId] },
      false
    );
    const at = await waitForPublished(created.documentId, 3_000 + ON_TIME_MS);
    expect(at).not.toBeNull();
    expect(at!.getTime()).toBeGreaterThanOrEqual(due.getTime());
    expect(at!.getTime() - due.getTime()).toBeLessThan(ON_TIME_MS);
  });

  it('moving a scheduled piece earlier re-arms the timer for the new time', async () => {
    const created = await piece(
      running(),
      { title: 'Aikaistettu', publishAt: inSeconds(600).toISOString(), editorialStatus: 'approved', channels: [channelId] },
      false
    );
    const due = inSeconds(2);
    await running()
      .strapi.documents(PIECE)
      .update({ documentId: created.documentId, data: { publishAt: due.toISOString() } });
    const at = await waitForPublished(created.documentId, 2_000 + ON_TIME_MS);
    expect(at).not.toBeNull();
    expect(at!.getTime()).toBeGreaterThanOrEqual(due.getTime());
    expect(at!.getTime() - due.getTime()).toBeLessThan(ON_TIME_MS);
  });

  it('a piece that is not approved is not published when its time comes', async () => {
    const due = inSeconds(1);
    const draft = await piece(running(), { title: 'Vasta idea', publishAt: due.toISOString(), editorialStatus: 'planned' }, false);
    // An approved one due after it: once that is out, the scheduler has been past the idea's time.
    const approved = await piece(
      running(),
      { title: 'Hyväksytty', publishAt: inSeconds(2).toISOString(), editorialStatus: 'approved', channels: [channelId] },
      false
    );
    expect(await waitForPublished(approved.documentId, 2_000 + ON_TIME_MS)).not.toBeNull();
    expect(await publishedAt(draft.documentId)).toBeNull();
  });

  it('after a restart, a piece due soon is published on time with no write to announce it', async () => {
    const due = inSeconds(12);
    const created = await piece(
      running(),
      { title: 'Uudelleenkäynnistys', publishAt: due.toISOString(), editorialStatus: 'approved', channels: [channelId] },
      false
    );
    await app!.stop();
    app = undefined;
    app = await startStrapi({ CALENDAR_SCHEDULER_ENABLED: 'true', CALENDAR_SCHEDULER_INTERVAL_SECONDS: '3600' }, { database: db });
    const at = await waitForPublished(created.documentId, Math.max(0, due.getTime() - Date.now()) + ON_TIME_MS);
    expect(at).not.toBeNull();
    expect(at!.getTime()).toBeGreaterThanOrEqual(due.getTime());
    expect(at!.getTime() - due.getTime()).toBeLessThan(ON_TIME_MS);
  });
});
