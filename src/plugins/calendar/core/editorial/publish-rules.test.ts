import { changedPublishedFields, checkPublishRule, type PublishRuleInput } from './publish-rules';

const approved = {
  editorialStatus: 'approved',
  title: 'Joulukampanja',
  slug: 'joulukampanja',
  summary: null,
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hei' }] }],
  publishAt: '2026-12-20T08:00:00.000Z',
  timeZone: 'Europe/Helsinki',
  recurrence: 'FREQ=WEEKLY;BYDAY=TU',
  recurrenceExceptions: ['2026-12-29T10:00'],
  channels: [{ id: 3, documentId: 'chan3' }],
  personas: [],
  theme: { id: 7, documentId: 'theme7' },
};

const run = (over: Partial<PublishRuleInput>) =>
  checkPublishRule({ kind: 'update', canPublish: false, publishes: false, stored: approved, data: {}, ...over });

describe('who may cause a publication', () => {
  it('refuses approving without the publish right, and names editorialStatus', () => {
    const result = run({ stored: { ...approved, editorialStatus: 'in-progress' }, data: { editorialStatus: 'approved' } });
    expect(result).toMatchObject({ ok: false, fields: ['editorialStatus'] });
    expect(!result.ok && result.message).toMatch(/schedules its publication/);
  });

  it('refuses creating an approved piece without the right, allows it with the right', () => {
    expect(run({ kind: 'create', stored: null, data: { editorialStatus: 'approved' } }).ok).toBe(false);
    expect(run({ kind: 'create', stored: null, data: { editorialStatus: 'approved' }, canPublish: true }).ok).toBe(true);
  });

  it('refuses taking an approval back without the right', () => {
    expect(run({ data: { editorialStatus: 'in-review' } })).toMatchObject({ ok: false, fields: ['editorialStatus'] });
  });

  it('refuses publishing and unpublishing directly, and writes that publish', () => {
    expect(run({ kind: 'publish', data: {} }).ok).toBe(false);
    expect(run({ kind: 'unpublish', data: {} }).ok).toBe(false);
    expect(run({ kind: 'create', stored: null, publishes: true, data: { title: 'x' } }).ok).toBe(false);
    expect(run({ kind: 'publish', canPublish: true }).ok).toBe(true);
  });

  it('refuses moving an approved piece or changing its rule or content, naming each field', () => {
    const result = run({ data: { publishAt: '2026-01-01T00:00:00Z', recurrence: 'FREQ=DAILY', title: 'Uusi' } });
    expect(result).toMatchObject({ ok: false, fields: ['title', 'publishAt', 'recurrence'] });
  });

  it('lets anyone edit editorial fields of an approved piece, even with the whole form sent back', () => {
    const form = {
      ...approved,
      notes: 'Tarkista hinnat',
      assignee: 5,
      dueAt: '2026-12-18T10:00:00Z',
      channels: { connect: [], disconnect: [] },
    };
    expect(run({ data: form })).toEqual({ ok: true, data: {} });
  });

  it('moves between other statuses freely', () => {
    expect(run({ stored: { ...approved, editorialStatus: 'idea' }, data: { editorialStatus: 'in-review', title: 'x' } }).ok).toBe(true);
  });

  it('starts a copy of an approved piece in review, whoever makes it', () => {
    expect(run({ kind: 'clone', canPublish: true, data: {} })).toEqual({ ok: true, data: { editorialStatus: 'in-review' } });
    expect(run({ kind: 'clone', data: { editorialStatus: 'approved' }, stored: { editorialStatus: 'idea' } })).toEqual({
      ok: true,
      data: { editorialStatus: 'in-review' },
    });
    expect(run({ kind: 'clone', stored: { editorialStatus: 'planned' } })).toEqual({ ok: true, data: {} });
  });
});

describe('changedPublishedFields compares values, not presence', () => {
  it('treats the same instant in another notation and the same rule with a prefix as unchanged', () => {
    expect(changedPublishedFields(approved, { publishAt: '2026-12-20T10:00:00+02:00', recurrence: 'rrule:freq=weekly;byday=tu' })).toEqual(
      []
    );
  });

  it('reads relation writes in every shape Strapi accepts', () => {
    expect(changedPublishedFields(approved, { channels: [3] })).toEqual([]);
    expect(changedPublishedFields(approved, { channels: ['chan3'] })).toEqual([]);
    expect(changedPublishedFields(approved, { channels: [3, 4] })).toEqual(['channels']);
    expect(changedPublishedFields(approved, { channels: { connect: [{ id: 3 }] } })).toEqual([]);
    expect(changedPublishedFields(approved, { channels: { connect: [{ documentId: 'other' }] } })).toEqual(['channels']);
    expect(changedPublishedFields(approved, { channels: { disconnect: [{ id: 3 }] } })).toEqual(['channels']);
    expect(changedPublishedFields(approved, { channels: { set: [{ id: 3 }] } })).toEqual([]);
    expect(changedPublishedFields(approved, { theme: 7 })).toEqual([]);
    expect(changedPublishedFields(approved, { theme: null })).toEqual(['theme']);
    expect(changedPublishedFields(approved, { personas: [] })).toEqual([]);
  });

  it('sees a changed body and exception list', () => {
    expect(changedPublishedFields(approved, { body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Moi' }] }] })).toEqual([
      'body',
    ]);
    expect(changedPublishedFields(approved, { recurrenceExceptions: [] })).toEqual(['recurrenceExceptions']);
    expect(changedPublishedFields(approved, { summary: '' })).toEqual([]);
  });
});
