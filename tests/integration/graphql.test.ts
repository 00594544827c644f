/**
 * POST /graphql, as publishing sites call it: the content types, published only, the private
 * fields and the plugin's own types absent, and calendarOccurrences answering what REST answers.
 */
import { channel, persona, piece, theme } from '../helpers/content';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
const ids: Record<string, string> = {};

const gql = (query: string, variables?: Record<string, unknown>, token?: string) => {
  const req = app.http().post('/graphql').set('Content-Type', 'application/json');
  if (token) req.set('Authorization', `Bearer ${token}`);
  return req.send({ query, variables });
};

beforeAll(async () => {
  app = await startStrapi();
  const linkedin = await channel(app, 'LinkedIn', { kind: 'shared' });
  const blog = await channel(app, 'Blogi');
  const yrjo = await persona(app, 'Yritysostaja Yrjö', { needs: 'salaiset tarpeet' });
  const spring = await theme(app, 'Kevät', '2026-03-01', '2026-05-31');
  ids.weekly = (
    await piece(app, {
      title: 'Tiistain LinkedIn-vinkki',
      publishAt: '2026-03-03T07:00:00.000Z',
      timeZone: 'Europe/Helsinki',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      channels: [linkedin.documentId],
      personas: [yrjo.documentId],
      theme: spring.documentId,
      format: 'social-post',
      notes: 'salainen muistiinpano',
    })
  ).documentId;
  ids.article = (
    await piece(app, { title: 'Kevään blogiartikkeli', publishAt: '2026-03-25T08:00:00.000Z', channels: [blog.documentId] })
  ).documentId;
  // A Swedish draft of the published article: no one but a full-access token may see it.
  await app.strapi
    .documents('api::content-piece.content-piece')
    .update({ documentId: ids.article, locale: 'sv', data: { title: 'Vårens blogginlägg (utkast)' } });
  await app.strapi
    .documents('api::content-piece.content-piece')
    .update({ documentId: ids.article, locale: 'en', data: { title: 'Spring blog post' }, status: 'published' });
  await app.strapi
    .documents('api::content-piece.content-piece')
    .update({ documentId: ids.article, locale: 'fi', data: { summary: 'LUONNOSMUUTOS' } });
  ids.draft = (
    await piece(app, { title: 'Luonnos maaliskuulle', publishAt: '2026-03-26T08:00:00.000Z', editorialStatus: 'in-review' }, false)
  ).documentId;
});

afterAll(async () => {
  await app?.stop();
});

describe('calendarOccurrences', () => {
  const QUERY = `query($from: String!, $to: String!, $channel: [String!], $locale: [String!], $tz: String) {
    calendarOccurrences(from: $from, to: $to, channel: $channel, locale: $locale, tz: $tz) {
      data { documentId locale locales title slug summary start timeZone funnelStage contentGoal format channels personas theme recurring }
      meta { from to timeZone count }
    }
  }`;

  it('pages with limit and cursor as REST does', async () => {
    const rest = await app.http().get('/api/calendar/occurrences?from=2026-03-01&to=2026-03-31&limit=2').expect(200);
    const page = (cursor?: string) =>
      app
        .http()
        .post('/graphql')
        .send({
          query:
            'query($cursor: String) { calendarOccurrences(from: "2026-03-01", to: "2026-03-31", limit: 2, cursor: $cursor) { data { documentId start } meta { count nextCursor } } }',
          variables: { cursor },
        })
        .expect(200);
    const first = (await page()).body.data.calendarOccurrences;
    expect(first.data).toEqual(rest.body.data.map((o: any) => ({ documentId: o.documentId, start: o.start })));
    expect(first.meta).toEqual({ count: 2, nextCursor: rest.body.meta.nextCursor });
    const next = await app.http().get(`/api/calendar/occurrences?from=2026-03-01&to=2026-03-31&limit=2&cursor=${first.meta.nextCursor}`);
    expect((await page(first.meta.nextCursor)).body.data.calendarOccurrences.data.map((o: any) => o.start)).toEqual(
      next.body.data.map((o: any) => o.start)
    );
    const bad = await page('nonsense');
    expect(bad.body.errors[0].extensions.error.details.errors[0].path).toEqual(['cursor']);
  });

  it('answers as Public what GET /api/calendar/occurrences answers', async () => {
    const rest = await app.http().get('/api/calendar/occurrences?from=2026-03-01&to=2026-03-31').expect(200);
    const res = await app
      .http()
      .post('/graphql')
      .send({
        query:
          '{ calendarOccurrences(from: "2026-03-01", to: "2026-03-31") { data { documentId locale locales title slug summary start timeZone funnelStage contentGoal format channels personas theme recurring } meta { from to timeZone count nextCursor } } }',
      })
      .expect(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.calendarOccurrences).toEqual(rest.body);
    const titles = res.body.data.calendarOccurrences.data.map((o: { title: string }) => o.title);
    expect(titles.filter((t: string) => t === 'Tiistain LinkedIn-vinkki')).toHaveLength(5);
    expect(titles).toContain('Kevään blogiartikkeli');
    expect(titles).not.toContain('Luonnos maaliskuulle');
    expect(res.body.data.calendarOccurrences.data[0].start).toBe('2026-03-03T09:00:00+02:00');
  });

  it('applies the filters and a single value for a list argument', async () => {
    const res = await gql(QUERY, { from: '2026-03-01', to: '2026-03-31', channel: 'blogi' }).expect(200);
    expect(res.body.data.calendarOccurrences.data.map((o: { title: string }) => o.title)).toEqual(['Kevään blogiartikkeli']);
    const sv = await gql(QUERY, { from: '2026-03-01', to: '2026-03-31', locale: ['sv'] }).expect(200);
    expect(sv.body.data.calendarOccurrences.meta.count).toBe(0);
  });

  it.each([
    [{ from: '2026-13-01', to: '2026-03-31' }, 'from'],
    [{ from: '2026-03-01', to: '2028-03-31' }, 'to'],
    [{ from: '2026-03-01', to: '2026-03-31', tz: 'Mars/Olympus' }, 'tz'],
    [{ from: '2026-03-01', to: '2026-03-31', locale: ['xx'] }, 'locale'],
    [{ from: '2026-03-01', to: '2026-03-31', channel: ['no-such-channel'] }, 'channel'],
  ])('refuses %j with a BAD_USER_INPUT error naming %s', async (variables, argument) => {
    const res = await gql(QUERY, variables);
    expect(res.body.data).toBeNull();
    const [error] = res.body.errors;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.error.details.errors[0].path).toEqual([argument]);
    expect(error.message).toContain(argument);
  });

  it('names a missing required argument', async () => {
    const res = await app.http().post('/graphql').send({ query: '{ calendarOccurrences(from: "2026-03-01") { meta { count } } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/argument "to"/);
  });

  it('is refused to Public when the occurrences permission is revoked', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permission = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { role: role.id, action: 'plugin::calendar.occurrences.find' } });
    await app.strapi.db.query('plugin::users-permissions.permission').delete({ where: { id: permission.id } });
    try {
      const res = await app
        .http()
        .post('/graphql')
        .send({ query: '{ calendarOccurrences(from: "2026-03-01", to: "2026-03-31") { meta { count } } }' });
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
    } finally {
      await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: permission.action, role: role.id } });
    }
  });
});

describe('the content types', () => {
  it('serve published pieces with their relations', async () => {
    const res = await gql(
      '{ contentPieces(sort: "title") { documentId title slug locale channels { slug } personas { name } theme { name } } }'
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.contentPieces).toEqual([
      {
        documentId: ids.article,
        title: 'Kevään blogiartikkeli',
        slug: 'kevaan-blogiartikkeli',
        locale: 'fi',
        channels: [{ slug: 'blogi' }],
        personas: [],
        theme: null,
      },
      {
        documentId: ids.weekly,
        title: 'Tiistain LinkedIn-vinkki',
        slug: 'tiistain-linkedin-vinkki',
        locale: 'fi',
        channels: [{ slug: 'linkedin' }],
        personas: [{ name: 'Yritysostaja Yrjö' }],
        theme: { name: 'Kevät' },
      },
    ]);
  });

  it('never serve drafts to Public, whatever the query asks', async () => {
    const drafts = await gql('{ contentPieces(status: DRAFT) { title publishedAt } }').expect(200);
    expect(drafts.body.data.contentPieces.map((p: { title: string }) => p.title).sort()).toEqual([
      'Kevään blogiartikkeli',
      'Tiistain LinkedIn-vinkki',
    ]);
    expect(drafts.body.data.contentPieces.every((p: { publishedAt: string | null }) => p.publishedAt)).toBe(true);
    const one = await gql(`{ contentPiece(documentId: "${ids.draft}", status: DRAFT) { title } }`).expect(200);
    expect(one.body.data.contentPiece).toBeNull();
    const sv = await gql('{ contentPieces(locale: "sv", status: DRAFT) { title } }').expect(200);
    expect(sv.body.data.contentPieces).toEqual([]);
    const versions = await gql(
      `{ contentPiece(documentId: "${ids.article}", status: DRAFT) { title localizations { title locale } } }`
    ).expect(200);
    expect(versions.body.data.contentPiece).toEqual({
      title: 'Kevään blogiartikkeli',
      localizations: [{ title: 'Spring blog post', locale: 'en' }],
    });
    const connection = await gql('{ contentPieces_connection(status: DRAFT) { nodes { title } pageInfo { total } } }').expect(200);
    expect(connection.body.data.contentPieces_connection.pageInfo.total).toBe(2);
  });

  it("never tell Public which versions have unpublished changes, nor match a draft's words", async () => {
    const query = (filter: string) => gql(`{ contentPieces(publicationFilter: ${filter}) { title localizations { locale } } }`).expect(200);
    const [modified, unmodified] = await Promise.all([query('MODIFIED'), query('UNMODIFIED')]);
    expect(modified.body.data).toEqual(unmodified.body.data);
    for (const [args, field] of [
      ['filters: { localizations: { title: { contains: "utkast" } } }', 'filters'],
      ['filters: { or: [{ title: { eq: "x" } }, { localizations: { summary: { contains: "LUONNOS" } } }] }', 'filters'],
      ['sort: "localizations.title"', 'sort'],
    ]) {
      const res = await gql(`{ contentPieces(${args}) { title } }`);
      expect(res.body.data?.contentPieces ?? null).toBeNull();
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].extensions.error.details.errors[0].path).toEqual([field]);
    }
    const nested = await gql(
      `{ contentPiece(documentId: "${ids.article}") { localizations(filters: { localizations: { title: { contains: "utkast" } } }) { title } } }`
    );
    expect(nested.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const rest = await app.http().get('/api/content-pieces').query({ 'filters[localizations][title][$contains]': 'utkast' });
    expect(rest.status).toBe(400);
    expect(rest.body.error.details.errors[0].path).toEqual(['filters']);
    const restSort = await app.http().get('/api/content-pieces').query({ sort: 'localizations.title:asc' });
    expect(restSort.status).toBe(400);
    expect(restSort.body.error.details.errors[0].path).toEqual(['sort']);
  });

  it('list only published language versions when REST populates them', async () => {
    const res = await app.http().get(`/api/content-pieces/${ids.article}`).query({ populate: 'localizations' }).expect(200);
    expect(res.body.data.summary).not.toBe('LUONNOSMUUTOS');
    expect(res.body.data.localizations.map((l: { locale: string; title: string }) => `${l.locale}:${l.title}`)).toEqual([
      'en:Spring blog post',
    ]);
  });

  it('serve drafts to a full-access API token that asks for them', async () => {
    const token = await app.apiToken('full-access');
    const res = await gql('{ contentPieces(status: DRAFT, sort: "title") { title } }', undefined, token).expect(200);
    expect(res.body.data.contentPieces.map((p: { title: string }) => p.title)).toContain('Luonnos maaliskuulle');
  });

  it.each(['notes', 'editorialStatus', 'assignee { id }', 'dueAt', 'kpiTargets', 'effortMinutes'])(
    'have no %s: the query fails validation',
    async (field) => {
      const res = await gql(`{ contentPieces { title ${field} } }`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.body.errors[0].message).toContain(`Cannot query field "${field.split(' ')[0]}"`);
    }
  );

  it('cannot filter on a private field either', async () => {
    const res = await gql('{ contentPieces(filters: { notes: { contains: "salainen" } }) { title } }');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/notes/);
  });

  it('are read-only', async () => {
    const token = await app.apiToken('full-access');
    const res = await gql('mutation { createContentPiece(data: { title: "x" }) { title } }', undefined, token);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain('Cannot query field "createContentPiece"');
  });
});

describe('the schema, by introspection', () => {
  let types: Array<{ name: string; fields: Array<{ name: string }> | null }>;
  let queryFields: string[];

  beforeAll(async () => {
    const res = await gql('{ __schema { queryType { fields { name } } types { name fields { name } } } }').expect(200);
    types = res.body.data.__schema.types;
    queryFields = res.body.data.__schema.queryType.fields.map((f: { name: string }) => f.name);
  });

  it('has no private field of a piece or persona', () => {
    const fields = (name: string) => types.find((t) => t.name === name)!.fields!.map((f) => f.name);
    expect(fields('ContentPiece')).toEqual(
      expect.arrayContaining(['title', 'slug', 'summary', 'body', 'publishAt', 'timeZone', 'channels'])
    );
    for (const field of ['notes', 'editorialStatus', 'assignee', 'dueAt', 'kpiTargets', 'effortMinutes'])
      expect(fields('ContentPiece')).not.toContain(field);
    for (const field of ['needs', 'pains', 'valueProposition']) expect(fields('Persona')).not.toContain(field);
  });

  it("has none of the plugin's own types", () => {
    const names = types.map((t) => t.name);
    for (const internal of [
      'PublishJob',
      'PublishLog',
      'FeedToken',
      'Comment',
      'PieceActivity',
      'PlanCell',
      'Goal',
      'KpiResult',
      'WorkLog',
      'CommunityTask',
      'NotificationRun',
      'Competitor',
      'CompetitorObservation',
    ]) {
      expect(names).not.toContain(internal);
    }
    expect(queryFields).toEqual(expect.arrayContaining(['contentPieces', 'themes', 'channels', 'personas', 'calendarOccurrences']));
    expect(queryFields.filter((f) => /publishJob|feedToken|comment|planCell|workLog|competitor/i.test(f))).toEqual([]);
  });
});

describe('bounded work', () => {
  it('refuses an operation that selects too many fields through aliases', async () => {
    const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: contentPieces { title slug }`).join(' ');
    const res = await gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/more than 500 fields/);
  });

  it('refuses pages that multiply their relations past the budget', async () => {
    const chain = '{ documentId localizations { documentId localizations { documentId localizations { documentId } } } }';
    const res = await gql(`{ contentPieces(pagination: { limit: 100 }) ${chain} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/load related data more than 2000 times/);
    const fine = await gql(
      '{ contentPieces(pagination: { limit: 100 }) { title channels { slug } personas { name } theme { name } localizations { title } } }'
    );
    expect(fine.status).toBe(200);
    expect(fine.body.data.contentPieces).toHaveLength(2);
  });

  it('counts calendarOccurrences as a heavy field', async () => {
    const aliases = Array.from(
      { length: 25 },
      (_, i) => `o${i}: calendarOccurrences(from: "2026-03-01", to: "2026-03-${10 + i}") { meta { count } }`
    );
    const res = await gql(`{ ${aliases.join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/more than 2000 times/);
  });

  it('refuses arguments and variables holding too many values', async () => {
    const terms = Array.from({ length: 600 }, (_, i) => `{ title: { eq: "t${i}" } }`).join(' ');
    const literal = await gql(`{ contentPieces(filters: { or: [${terms}] }) { title } }`);
    expect(literal.status).toBe(400);
    expect(literal.body.errors[0].message).toMatch(/more than 500 values/);
    const variables = await gql('query($f: ContentPieceFiltersInput) { contentPieces(filters: $f) { title } }', {
      f: { or: Array.from({ length: 600 }, (_, i) => ({ title: { eq: `t${i}` } })) },
    });
    expect(variables.status).toBe(400);
    expect(variables.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('leaves CORS to the server: no answer for an origin that is not allowed', async () => {
    const res = await app
      .http()
      .options('/graphql')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(res.headers['access-control-allow-origin']).not.toBe('*');
    expect(res.headers['access-control-allow-origin']).not.toBe('https://evil.example');
  });

  it('counts fragments where they are spread', async () => {
    const fragment = `fragment F on ContentPiece { ${Array.from({ length: 30 }, (_, i) => `f${i}: title`).join(' ')} }`;
    const spreads = Array.from({ length: 20 }, (_, i) => `b${i}: contentPieces { ...F }`).join(' ');
    const res = await gql(`{ ${spreads} } ${fragment}`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/more than 500 fields/);
  });

  it('caps a page at 100 pieces', async () => {
    const res = await gql('{ contentPieces_connection(pagination: { limit: 100000 }) { pageInfo { pageSize } } }').expect(200);
    expect(res.body.data.contentPieces_connection.pageInfo.pageSize).toBe(100);
  });
});

describe('hostile bodies', () => {
  it.each([
    ['not JSON', '{"query": '],
    ['a query that is not a string', JSON.stringify({ query: 42 })],
    ['no query', JSON.stringify({})],
    ['a syntax error', JSON.stringify({ query: '{ contentPieces { ' })],
    ['a wrong argument type', JSON.stringify({ query: '{ calendarOccurrences(from: 20260301, to: "2026-03-31") { meta { count } } }' })],
    [
      'an unknown argument',
      JSON.stringify({ query: '{ calendarOccurrences(from: "2026-03-01", to: "2026-03-31", assignee: "me") { meta { count } } }' }),
    ],
  ])('%s: a 400, never a 500', async (_label, body) => {
    const res = await app.http().post('/graphql').set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(400);
  });

  it('a variable of the wrong type: a 400 naming the variable', async () => {
    const res = await gql('query($from: String!) { calendarOccurrences(from: $from, to: "2026-03-31") { meta { count } } }', { from: 5 });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain('$from');
  });
});
