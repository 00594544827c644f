/**
 * The piece page's server side: the Schedule panel lists the same next occurrences as the public
 * occurrence feed (and which are live), offers only the moves the viewer may make; comments with
 * @mentions mail the people named (real SMTP), show in their My work, stay off every public API,
 * and go with a deleted piece.
 */
import { createAdmin } from '../helpers/admin';
import { piece } from '../helpers/content';
import { recipients, startMailbox, type Mailbox } from '../helpers/mail';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Admin = Awaited<ReturnType<typeof createAdmin>>;
let app: TestApp;
let mailbox: Mailbox;
let lead: Admin;
let planner: Admin;
let colleague: Admin;
const PIECE = 'api::content-piece.content-piece';

async function plannerRole() {
  const role = await app.strapi.service('admin::role').create({ name: `Planner ${Date.now()}`, description: 'planner' });
  await app.strapi
    .service('admin::role')
    .assignPermissions(role.id, [
      ...['plugin::calendar.read', 'plugin::calendar.plan'].map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
    ]);
  return createAdmin(app, role.code);
}

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await startStrapi({
    ...mailbox.env,
    CALENDAR_NOTIFICATIONS_ENABLED: 'true',
    CALENDAR_DIGEST_CHECK_SECONDS: '86400',
    CALENDAR_PUBLIC_READ: 'true',
  });
  lead = await createAdmin(app);
  planner = await plannerRole();
  colleague = await createAdmin(app);
  await app.strapi.db
    .query('admin::user')
    .update({ where: { id: colleague.user.id }, data: { preferedLanguage: 'fi', firstname: 'Pekka', lastname: 'Puupää' } });
});

afterAll(async () => {
  await app?.stop();
  await mailbox?.close();
});

const as = (who: { token: string }, req: any) => req.set('Authorization', `Bearer ${who.token}`);

describe('the Schedule panel', () => {
  it('lists the next occurrences the public feed lists, on the piece’s clock, marked live', async () => {
    const doc = await piece(app, {
      title: 'Viikon uutiskirje',
      publishAt: '2026-01-08T06:00:00.000Z',
      timeZone: 'Europe/Helsinki',
      recurrence: 'FREQ=WEEKLY;BYDAY=TH',
      recurrenceExceptions: ['2099-01-01T08:00'],
      editorialStatus: 'approved',
    });
    const res = await as(lead, app.http().get(`/calendar/pieces/${doc.documentId}/panel`));
    expect(res.status).toBe(200);
    const panel = res.body.data;
    expect(panel).toMatchObject({
      documentId: doc.documentId,
      editorialStatus: 'approved',
      status: 'published',
      timeZone: 'Europe/Helsinki',
      canPublish: true,
      problem: null,
    });
    expect(panel.next).toHaveLength(8);
    expect(panel.next.every((o: any) => o.state === 'live' && o.local.endsWith('T08:00'))).toBe(true);

    const from = panel.next[0].start;
    const to = new Date(new Date(panel.next[7].start).getTime() + 1000).toISOString();
    const feed = await app.http().get('/api/calendar/occurrences').query({ from, to, tz: 'Europe/Helsinki' });
    expect({ status: feed.status, error: feed.body.error?.message }).toEqual({ status: 200, error: undefined });
    const publicStarts = feed.body.data.filter((o: any) => o.documentId === doc.documentId).map((o: any) => o.start);
    expect(panel.next.map((o: any) => o.start)).toEqual(publicStarts);
  });

  it('marks a draft change as not yet live, and offers a planner no approval', async () => {
    const doc = await piece(
      app,
      { title: 'Luonnos', publishAt: '2099-03-03T07:00:00.000Z', timeZone: 'Europe/Helsinki', editorialStatus: 'in-review' },
      false
    );
    const mine = await as(planner, app.http().get(`/calendar/pieces/${doc.documentId}/panel`));
    expect(mine.status).toBe(200);
    expect(mine.body.data).toMatchObject({
      status: 'draft',
      canPublish: false,
      next: [{ local: '2099-03-03T09:00', state: 'unapproved', start: '2099-03-03T09:00:00+02:00' }],
    });
    expect(mine.body.data.moves).not.toContain('approved');
    const theirs = await as(lead, app.http().get(`/calendar/pieces/${doc.documentId}/panel`));
    expect(theirs.body.data.moves).toContain('approved');
  });

  it('answers 404 for an unknown piece and 400 for a malformed id or a query', async () => {
    expect((await as(lead, app.http().get('/calendar/pieces/abcdefghij1234567890abcd/panel'))).status).toBe(404);
    const bad = await as(lead, app.http().get('/calendar/pieces/..%2F/panel'));
    expect(bad.status).toBe(400);
    const query = await as(lead, app.http().get('/calendar/pieces/abcdefghij1234567890abcd/panel?x=1'));
    expect(query.status).toBe(400);
    expect(query.body.error.message).toMatch(/unknown field\(s\): x/);
  });
});

describe('comments', () => {
  it('a mention mails the person named, in their language, and shows in their My work', async () => {
    const doc = await piece(app, { title: 'Kevätkampanjan aloitus', publishAt: '2099-04-01T06:00:00.000Z' }, false);
    mailbox.clear();
    const res = await as(lead, app.http().post(`/calendar/pieces/${doc.documentId}/comments`)).send({
      body: '@Pekka Puupää katsotko <b>otsikon</b>?',
      mentions: [colleague.user.id],
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      pieceDocumentId: doc.documentId,
      body: '@Pekka Puupää katsotko <b>otsikon</b>?',
      mentions: [{ id: colleague.user.id, name: 'Pekka Puupää' }],
      deletable: true,
    });

    const mail = await mailbox.waitFor((m) => recipients(m).includes(colleague.email));
    expect(mail.subject).toBe('Sinut mainittiin: Kevätkampanjan aloitus');
    expect(mail.text).toContain('> @Pekka Puupää katsotko <b>otsikon</b>?');
    expect(mail.html).toContain('&lt;b&gt;otsikon&lt;/b&gt;');
    expect(mail.text).toContain(`/admin/content-manager/collection-types/${PIECE}/${doc.documentId}`);
    expect(mailbox.messages.filter((m) => recipients(m).includes(lead.email))).toEqual([]);

    const work = await as(colleague, app.http().get('/calendar/my-work'));
    expect(work.body.data.mentions[0]).toMatchObject({
      piece: { documentId: doc.documentId, title: 'Kevätkampanjan aloitus' },
      by: { id: lead.user.id },
    });
    const own = await as(lead, app.http().get('/calendar/my-work'));
    expect(own.body.data.mentions.map((m: any) => m.piece.documentId)).not.toContain(doc.documentId);

    const thread = await as(colleague, app.http().get(`/calendar/pieces/${doc.documentId}/comments`));
    expect(thread.body.data).toHaveLength(1);
    expect(thread.body.data[0].deletable).toBe(true); // a super admin holds the settings right
  });

  it('refuses bad input by field name', async () => {
    const doc = await piece(app, { title: 'Tyhjä' }, false);
    const post = (body: unknown) => as(planner, app.http().post(`/calendar/pieces/${doc.documentId}/comments`)).send(body);
    const cases: Array<[unknown, RegExp]> = [
      [{ body: '   ' }, /body is required/],
      [{ body: 'x'.repeat(5001) }, /body must be at most 5,000/],
      [{ body: 'hi', mentions: [999999] }, /mentions: no active admin user 999999/],
      [{ body: 'hi', mentions: 'everyone' }, /mentions must be a list/],
      [{ body: 'hi', extra: true }, /extra/],
    ];
    for (const [body, message] of cases) {
      const res = await post(body);
      expect({ status: res.status, message: res.body.error?.message }).toEqual({ status: 400, message: expect.stringMatching(message) });
    }
    expect((await as(planner, app.http().post('/calendar/pieces/abcdefghij1234567890abcd/comments')).send({ body: 'hi' })).status).toBe(
      404
    );
  });

  it('mentions and assigns only people who can read the calendar', async () => {
    const outsider = await createAdmin(app, 'strapi-author');
    const doc = await piece(app, { title: 'Rajattu' }, false);
    const res = await as(lead, app.http().post(`/calendar/pieces/${doc.documentId}/comments`)).send({
      body: 'hei',
      mentions: [outsider.user.id],
    });
    expect({ status: res.status, message: res.body.error?.message }).toEqual({
      status: 400,
      message: `mentions: no active admin user ${outsider.user.id} who can read the calendar`,
    });
    const people = (await as(lead, app.http().get('/calendar/assignees'))).body.data.map((p: { id: number }) => p.id);
    expect(people).toEqual(expect.arrayContaining([lead.user.id, planner.user.id, colleague.user.id]));
    expect(people).not.toContain(outsider.user.id);
  });

  it('only the author (or the settings right) deletes a comment', async () => {
    const doc = await piece(app, { title: 'Poistettava' }, false);
    const made = await as(lead, app.http().post(`/calendar/pieces/${doc.documentId}/comments`)).send({ body: 'johdon kommentti' });
    const id = made.body.data.id;
    const listed = await as(planner, app.http().get(`/calendar/pieces/${doc.documentId}/comments`));
    expect(listed.body.data[0].deletable).toBe(false);
    expect((await as(planner, app.http().delete(`/calendar/comments/${id}`))).status).toBe(403);
    expect((await as(planner, app.http().delete('/calendar/comments/abc'))).status).toBe(400);
    const own = await as(planner, app.http().post(`/calendar/pieces/${doc.documentId}/comments`)).send({ body: 'oma' });
    expect((await as(planner, app.http().delete(`/calendar/comments/${own.body.data.id}`))).status).toBe(200);
    expect((await as(lead, app.http().delete(`/calendar/comments/${id}`))).status).toBe(200);
    expect((await as(lead, app.http().get(`/calendar/pieces/${doc.documentId}/comments`))).body.data).toEqual([]);
  });

  it('is never public, and goes with a deleted piece', async () => {
    const doc = await piece(app, { title: 'Julkinen juttu', publishAt: '2026-02-02T08:00:00.000Z', editorialStatus: 'approved' });
    await as(lead, app.http().post(`/calendar/pieces/${doc.documentId}/comments`)).send({ body: 'salainen huomio' });
    for (const url of [
      '/api/content-pieces?populate=*',
      `/api/content-pieces/${doc.documentId}?populate=*`,
      '/api/calendar/occurrences?from=2026-01-01&to=2026-03-01',
    ]) {
      const res = await app.http().get(url);
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain('salainen huomio');
    }
    expect((await app.http().get('/api/comments')).status).toBe(404);

    await app.strapi.documents(PIECE).delete({ documentId: doc.documentId });
    expect(await app.strapi.db.query('plugin::calendar.comment').count({ where: { pieceDocumentId: doc.documentId } })).toBe(0);
  });
});
