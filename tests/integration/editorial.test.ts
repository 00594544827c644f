/**
 * The editorial workflow: assignment with a mail on a real SMTP server, status moves with their
 * history, the approval rule, My work, the team board and the daily digest.
 */
import { createAdmin } from '../helpers/admin';
import { startMailbox, recipients, type Mailbox } from '../helpers/mail';
import { piece } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let mailbox: Mailbox;
let editor: Awaited<ReturnType<typeof createAdmin>>;
let writer: Awaited<ReturnType<typeof createAdmin>>;
const PIECE = 'api::content-piece.content-piece';

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await startStrapi({ ...mailbox.env, CALENDAR_NOTIFICATIONS_ENABLED: 'true', CALENDAR_DIGEST_CHECK_SECONDS: '86400' });
  editor = await createAdmin(app);
  writer = await createAdmin(app);
  await app.strapi.db.query('admin::user').update({ where: { id: writer.user.id }, data: { preferedLanguage: 'fi', firstname: 'Kirsi' } });
});

afterAll(async () => {
  await app?.stop();
  await mailbox?.close();
});

const as = (who: { token: string }, req: any) => req.set('Authorization', `Bearer ${who.token}`);
const updatedAt = async (documentId: string) =>
  new Date((await app.strapi.db.query(PIECE).findOne({ where: { documentId, publishedAt: null } })).updatedAt).toISOString();
const move = async (who: { token: string }, documentId: string, body: Record<string, unknown>) =>
  as(who, app.http().put(`/calendar/pieces/${documentId}/workflow`)).send({ expectedUpdatedAt: await updatedAt(documentId), ...body });

describe('assigning a piece', () => {
  it('mails the assignee in their admin language and shows the piece on their My work', async () => {
    const doc = await piece(app, { title: 'Syysopas kodin valaistukseen', dueAt: '2099-01-10T10:00:00.000Z', funnelStage: 'act' }, false);
    const res = await move(editor, doc.documentId, { assignee: writer.user.id, editorialStatus: 'planned' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      editorialStatus: 'planned',
      assignee: { id: writer.user.id },
      dueAt: '2099-01-10T10:00:00.000Z',
    });

    const mail = await mailbox.waitFor((m) => recipients(m).includes(writer.email));
    expect(mail.subject).toBe('Sinulle on annettu tehtävä: Syysopas kodin valaistukseen');
    expect(mail.text).toContain('Testi Käyttäjä');
    expect(mail.text).toContain('antoi sinulle sisällön työstettäväksi.');
    expect(mail.text).toContain('Määräpäivä: la 10.1.2099 klo 12.00');
    expect(mail.text).toContain('Vaihe: Toiminta');
    expect(mail.text).toMatch(/\/admin\/plugins\/calendar\/my-work/);
    expect(mail.from?.text).toContain('vuosikello@example.com');

    const mine = await as(writer, app.http().get('/calendar/my-work'));
    expect(mine.status).toBe(200);
    const later = mine.body.data.buckets.later.pieces;
    expect(later.map((p: any) => p.title)).toContain('Syysopas kodin valaistukseen');
    expect(later.find((p: any) => p.documentId === doc.documentId)).toMatchObject({
      editorialStatus: 'planned',
      next: 'in-progress',
      deadline: '2099-01-10T10:00:00.000Z',
    });
    // Not the editor's work.
    const theirs = await as(editor, app.http().get('/calendar/my-work'));
    expect(JSON.stringify(theirs.body.data.buckets)).not.toContain(doc.documentId);
  });

  it('does not mail people who assign work to themselves', async () => {
    mailbox.clear();
    const notifications = app.strapi.plugin('calendar').service('notifications');
    const assigned = jest.spyOn(notifications, 'assigned');
    try {
      const doc = await piece(app, { title: 'Oma juttu' }, false);
      const res = await move(editor, doc.documentId, { assignee: editor.user.id });
      expect(res.status).toBe(200);
      // A later assignment to someone else is mailed: once its mail is here, the self-assignment,
      // saved before it, has had every chance to send one.
      const other = await piece(app, { title: 'Toisen juttu' }, false);
      expect((await move(editor, other.documentId, { assignee: writer.user.id })).status).toBe(200);
      await mailbox.waitFor((m) => recipients(m).includes(writer.email) && m.subject!.includes('Toisen juttu'));
      expect(assigned.mock.calls.map(([documentId]) => documentId)).toEqual([other.documentId]);
      expect(mailbox.messages.filter((m) => recipients(m).includes(editor.email))).toEqual([]);
    } finally {
      assigned.mockRestore();
    }
  });

  it('refuses an unknown assignee with a 400 naming the field', async () => {
    const doc = await piece(app, { title: 'Kenelle?' }, false);
    const res = await move(editor, doc.documentId, { assignee: 987654 });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['assignee']);
  });
});

describe('moving the editorial status', () => {
  it('refuses approved without publishAt with a 400 naming publishAt, and saves nothing', async () => {
    const doc = await piece(app, { title: 'Ilman julkaisuaikaa', editorialStatus: 'in-review' }, false);
    const res = await move(editor, doc.documentId, { editorialStatus: 'approved' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('publishAt is required before a piece can be approved');
    expect(res.body.error.details.errors.map((e: any) => e.path[0])).toEqual(['publishAt']);
    expect((await app.strapi.db.query(PIECE).findOne({ where: { documentId: doc.documentId, publishedAt: null } })).editorialStatus).toBe(
      'in-review'
    );
  });

  it('holds the approval rule for every writer: REST and a backlog move too', async () => {
    const token = await app.apiToken();
    const rest = await app
      .http()
      .post('/api/content-pieces?status=draft')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'REST-hyväksytty', funnelStage: 'reach', contentGoal: 'sell', editorialStatus: 'approved' } });
    expect(rest.status).toBe(400);
    expect(rest.body.error.details.errors.map((e: any) => e.path[0])).toEqual(['publishAt']);

    const doc = await piece(
      app,
      { title: 'Hyväksytty ja ajastettu', editorialStatus: 'approved', publishAt: '2099-05-01T06:00:00.000Z' },
      false
    );
    const backlog = await as(editor, app.http().put(`/calendar/pieces/${doc.documentId}/schedule`)).send({
      publishAt: null,
      expectedUpdatedAt: await updatedAt(doc.documentId),
    });
    expect(backlog.status).toBe(400);
    expect(backlog.body.error.details.errors[0].path).toEqual(['publishAt']);
  });

  it('approves from in-review only, allows any step back, and records who did what', async () => {
    const doc = await piece(app, { title: 'Työnkulun kierros', publishAt: '2099-06-01T06:00:00.000Z' }, false);
    expect((await move(editor, doc.documentId, { editorialStatus: 'in-progress' })).status).toBe(200);
    const skip = await move(editor, doc.documentId, { editorialStatus: 'approved' });
    expect(skip.status).toBe(400);
    expect(skip.body.error.message).toMatch(/from in-review/);
    expect((await move(editor, doc.documentId, { editorialStatus: 'in-review' })).status).toBe(200);
    expect((await move(editor, doc.documentId, { editorialStatus: 'approved' })).status).toBe(200);
    expect((await move(editor, doc.documentId, { editorialStatus: 'in-progress' })).status).toBe(200);

    const history = await as(editor, app.http().get(`/calendar/pieces/${doc.documentId}/activity`));
    expect(history.status).toBe(200);
    expect(history.body.data.map((a: any) => [a.kind, a.from, a.to])).toEqual([
      ['status', 'approved', 'in-progress'],
      ['status', 'in-review', 'approved'],
      ['status', 'in-progress', 'in-review'],
      ['status', 'idea', 'in-progress'],
      ['created', null, 'idea'],
    ]);
    expect(history.body.data[0].by).toEqual({ id: editor.user.id, name: expect.stringContaining('Testi') });
    expect(history.body.data.at(-1).by).toBeNull(); // created by a service, not a person
  });

  it('records Content Manager edits of the assignee by name', async () => {
    const doc = await piece(app, { title: 'CM-muokkaus' }, false);
    const res = await as(editor, app.http().put(`/content-manager/collection-types/${PIECE}/${doc.documentId}`)).send({
      title: 'CM-muokkaus',
      assignee: { connect: [{ id: writer.user.id }] },
    });
    expect(res.status).toBe(200);
    const history = await as(editor, app.http().get(`/calendar/pieces/${doc.documentId}/activity`));
    expect(history.body.data[0]).toMatchObject({
      kind: 'assignee',
      from: null,
      to: expect.stringContaining('Kirsi'),
      by: { id: editor.user.id },
    });
  });

  it('lets a planner without the publish action move work but not approve it (approving schedules publication)', async () => {
    const role = await app.strapi.service('admin::role').create({ name: `Suunnittelija ${Date.now()}`, description: 'plan, no publish' });
    await app.strapi.service('admin::role').assignPermissions(role.id, [
      { action: 'plugin::calendar.read', subject: null, properties: {}, conditions: [] },
      { action: 'plugin::calendar.plan', subject: null, properties: {}, conditions: [] },
    ]);
    const planner = await createAdmin(app, role.code);
    const doc = await piece(
      app,
      { title: 'Suunnittelijan pala', editorialStatus: 'in-progress', publishAt: '2099-02-01T06:00:00.000Z' },
      false
    );
    expect((await move(planner, doc.documentId, { editorialStatus: 'in-review' })).status).toBe(200);
    const approve = await move(planner, doc.documentId, { editorialStatus: 'approved' });
    expect(approve.status).toBe(403);
    expect(approve.body.error.message).toMatch(/publish permission/);
    expect((await app.strapi.db.query(PIECE).findOne({ where: { documentId: doc.documentId, publishedAt: null } })).editorialStatus).toBe(
      'in-review'
    );
    expect((await move(editor, doc.documentId, { editorialStatus: 'approved' })).status).toBe(200);
  });

  it('answers 409 to a stale move and 400 to a bad body', async () => {
    const doc = await piece(app, { title: 'Vanhentunut' }, false);
    const stale = await as(editor, app.http().put(`/calendar/pieces/${doc.documentId}/workflow`)).send({
      editorialStatus: 'planned',
      expectedUpdatedAt: '2020-01-01T00:00:00.000Z',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.name).toBe('ConflictError');
    const bad = await move(editor, doc.documentId, { editorialStatus: 'done' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['editorialStatus']);
    const nothing = await move(editor, doc.documentId, {});
    expect(nothing.status).toBe(400);
    // Without an offset the server's own zone would decide the instant: refused.
    const local = await move(editor, doc.documentId, { dueAt: '2026-04-01T12:00' });
    expect(local.status).toBe(400);
    expect(local.body.error.details.errors[0].path).toEqual(['dueAt']);
  });
});

describe('team board and access', () => {
  it('groups pieces by status and filters by assignee', async () => {
    const doc = await piece(app, { title: 'Taululle', editorialStatus: 'in-review', assignee: writer.user.id }, false);
    const res = await as(editor, app.http().get(`/calendar/team-board?assignee=${writer.user.id}`));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.data.columns)).toEqual(['idea', 'planned', 'in-progress', 'in-review', 'approved']);
    expect(res.body.data.columns['in-review'].map((p: any) => p.documentId)).toContain(doc.documentId);
    const all = Object.values(res.body.data.columns).flat() as any[];
    expect(all.every((p) => p.assignee?.id === writer.user.id)).toBe(true);
    expect((await as(editor, app.http().get('/calendar/team-board?assignee=someone'))).status).toBe(400);
  });

  it('lists assignable people and refuses a user without the plan action', async () => {
    const people = await as(editor, app.http().get('/calendar/assignees'));
    expect(people.body.data.map((p: any) => p.id)).toEqual(expect.arrayContaining([editor.user.id, writer.user.id]));
    const author = await createAdmin(app, 'strapi-author');
    const doc = await piece(app, { title: 'Ei oikeutta' }, false);
    expect((await move(author, doc.documentId, { editorialStatus: 'planned' })).status).toBe(403);
  });

  it('keeps editorial fields and assignees out of the public API', async () => {
    const doc = await piece(
      app,
      {
        title: 'Julkinen ja yksityinen',
        assignee: writer.user.id,
        dueAt: '2099-01-01T00:00:00.000Z',
        publishAt: '2026-01-01T06:00:00.000Z',
      },
      true
    );
    const res = await app.http().get(`/api/content-pieces/${doc.documentId}?populate=*`);
    expect(res.status).toBe(200);
    expect(res.body.data.title).toBe('Julkinen ja yksityinen');
    for (const field of ['assignee', 'dueAt', 'editorialStatus', 'notes']) expect(res.body.data).not.toHaveProperty(field);
  });
});

describe('daily digest', () => {
  it('mails each person their overdue and soon-due work once a day, in their language', async () => {
    const now = Date.now();
    await piece(app, { title: 'Myöhästynyt kirjoitus', assignee: writer.user.id, dueAt: new Date(now - 3600_000).toISOString() }, false);
    await piece(app, { title: 'Huomenna erääntyvä', assignee: writer.user.id, dueAt: new Date(now + 24 * 3600_000).toISOString() }, false);
    await piece(app, { title: 'Ensi kuussa', assignee: writer.user.id, dueAt: new Date(now + 30 * 86_400_000).toISOString() }, false);
    mailbox.clear();
    const first = await as(editor, app.http().post('/calendar/notifications/digest')).send({ force: true });
    expect(first.status).toBe(200);
    expect(first.body.data.sent).toBe(true);
    const mail = await mailbox.waitFor((m) => recipients(m).includes(writer.email) && /erääntyy/.test(m.subject ?? ''));
    expect(mail.text).toContain('Hei Kirsi,');
    const overdue = mail.text!.split('Erääntyy 48 tunnin sisällä:')[0];
    expect(overdue).toContain('Myöhässä:');
    expect(overdue).toContain('- Myöhästynyt kirjoitus');
    expect(mail.text!.split('Erääntyy 48 tunnin sisällä:')[1]).toContain('- Huomenna erääntyvä');
    expect(mail.text).not.toContain('Ensi kuussa');
  });

  it('sends the scheduled digest once per day however often instances check', async () => {
    const service = app.strapi.plugin('calendar').service('notifications');
    const eleven = new Date('2031-05-05T08:00:00Z'); // 11:00 Helsinki, after the 08:00 digest hour
    const early = new Date('2031-05-06T03:00:00Z'); // 06:00 Helsinki next day
    expect((await service.runDigest(eleven)).sent).toBe(true);
    expect(await service.runDigest(eleven)).toMatchObject({ sent: false, reason: 'already-sent' });
    expect(await service.runDigest(early)).toMatchObject({ sent: false, reason: 'before-digest-hour' });
  });
});
