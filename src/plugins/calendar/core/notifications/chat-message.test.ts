import { slackEscape, teamsText, type SlackBody, type TeamsBody } from './chat-card';
import { chatCard, chatMessage, DIGEST_LINES_MAX, DIGEST_LINES_PER_PERSON, type ChatEventData } from './chat-message';

const LINK = 'https://cms.example.fi/admin/content-manager/collection-types/api::content-piece.content-piece/abc';

const assignment: ChatEventData = {
  event: 'assignment',
  title: 'Kevään <puutarha> & parveke',
  assignee: 'Kirsi Kirjoittaja',
  assignedBy: 'Eeva Editori',
  dueAt: new Date('2026-04-01T12:00:00Z'),
  publishAt: new Date('2026-04-03T06:00:00Z'),
  funnelStage: 'act',
  zone: 'Europe/Helsinki',
  link: LINK,
};

const slack = (data: ChatEventData, language: 'fi' | 'en' = 'en') => chatMessage('slack', language, data) as SlackBody;
const teams = (data: ChatEventData, language: 'fi' | 'en' = 'en') => chatMessage('teams', language, data) as TeamsBody;
const slackText = (body: SlackBody) => JSON.stringify(body.blocks);

describe('chat messages for Slack', () => {
  it('renders an assignment as text and blocks, with &, < and > escaped', () => {
    const body = slack(assignment);
    expect(body.text).toBe(
      'Assigned to Kirsi Kirjoittaja: Kevään &lt;puutarha&gt; &amp; parveke – Eeva Editori assigned a content piece to Kirsi Kirjoittaja.'
    );
    expect(body.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Assigned to Kirsi Kirjoittaja: Kevään &lt;puutarha&gt; &amp; parveke', emoji: false },
    });
    expect(body.blocks[2]).toEqual({
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: '*Due*\nWed 1 Apr 2026, 15:00' },
        { type: 'mrkdwn', text: '*Publishes*\nFri 3 Apr 2026, 09:00' },
        { type: 'mrkdwn', text: '*Stage*\nAct' },
      ],
    });
    expect(body.blocks[body.blocks.length - 1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: `<${LINK}|Open in Vuosikello>` },
    });
    expect(slackText(body)).not.toMatch(/<puutarha>/);
  });

  it('writes Finnish with Finnish times', () => {
    const body = slack(assignment, 'fi');
    expect(body.blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'Eeva Editori antoi sisällön henkilölle Kirsi Kirjoittaja.' },
    });
    expect(slackText(body)).toContain('*Määräpäivä*\\nke 1.4.2026 klo 15.00');
    expect(slackText(body)).toContain('*Vaihe*\\nToiminta');
    expect(slackText(body)).toContain('|Avaa Vuosikellossa>');
  });

  it('quotes a mention line by line and cannot be made into a link or a mention', () => {
    const body = slack({
      event: 'mention',
      title: 'Syysopas',
      author: 'Eeva',
      mentioned: ['Kirsi', 'Kalle'],
      body: 'Katso <!channel> tämä\n<https://evil.example|klikkaa>',
      link: LINK,
    });
    expect(body.blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'Eeva mentioned Kirsi and Kalle.' } });
    expect(body.blocks[2]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '&gt; Katso &lt;!channel&gt; tämä\n&gt; &lt;https://evil.example|klikkaa&gt;' },
    });
  });

  it('leaves out a link that is not an absolute http(s) URL', () => {
    const body = slack({ ...assignment, link: '/admin/plugins/calendar' });
    expect(slackText(body)).not.toContain('Open in Vuosikello');
    expect(teams({ ...assignment, link: '/admin' }).attachments[0].content.actions).toEqual([]);
  });

  it('keeps a header within 150 characters', () => {
    const header = slack({ ...assignment, title: 'x'.repeat(400) }).blocks[0] as { text: { text: string } };
    expect(header.text.text).toHaveLength(150);
    expect(header.text.text.endsWith('…')).toBe(true);
  });
});

describe('chat messages for Teams', () => {
  it('renders an Adaptive Card 1.4 in a Workflows message with an OpenUrl action', () => {
    const body = teams(assignment);
    expect(body.type).toBe('message');
    expect(body.attachments).toHaveLength(1);
    const { contentType, content } = body.attachments[0];
    expect(contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(content).toMatchObject({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4' });
    expect(content.body[0]).toEqual({
      type: 'TextBlock',
      text: 'Assigned to Kirsi Kirjoittaja: Kevään <puutarha> & parveke',
      wrap: true,
      size: 'Medium',
      weight: 'Bolder',
    });
    expect(content.body[2]).toEqual({
      type: 'FactSet',
      facts: [
        { title: 'Due', value: 'Wed 1 Apr 2026, 15:00' },
        { title: 'Publishes', value: 'Fri 3 Apr 2026, 09:00' },
        { title: 'Stage', value: 'Act' },
      ],
    });
    expect(content.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open in Vuosikello', url: LINK }]);
  });

  it('breaks up a Markdown link so its text cannot hide where it goes', () => {
    expect(teamsText('[Avaa](https://evil.example)')).toBe('[Avaa] (https://evil.example)');
    const body = teams(
      { event: 'mention', title: 'T', author: null, mentioned: ['Kirsi'], body: '[x](https://evil.example)', link: LINK },
      'fi'
    );
    expect(body.attachments[0].content.body[1]).toMatchObject({ text: 'Kommentissa mainittiin: Kirsi.' });
    expect(body.attachments[0].content.body[2]).toMatchObject({ text: '[x] (https://evil.example)', isSubtle: true });
  });
});

describe('a publish failure', () => {
  const failure: ChatEventData = {
    event: 'publishFailure',
    title: 'Viikon uutiskirje (sv)',
    attempt: 1,
    maxAttempts: 10,
    gaveUp: false,
    error: 'Error: Simulated outage',
    nextAttemptAt: new Date('2026-03-31T06:00:30Z'),
    occurrence: new Date('2026-03-31T06:00:00Z'),
    zone: 'Europe/Helsinki',
    link: 'https://cms.example.fi/admin/plugins/calendar/publish-log',
  };

  it('says when the next attempt is, on the piece’s clock', () => {
    expect(chatCard('en', failure)).toMatchObject({
      title: 'Publishing failed: Viikon uutiskirje (sv)',
      intro: 'Attempt 1 of 10 failed. Vuosikello tries again Tue 31 Mar 2026, 09:00.',
      facts: [
        { label: 'Scheduled for', value: 'Tue 31 Mar 2026, 09:00' },
        { label: 'Error', value: 'Error: Simulated outage' },
      ],
    });
    expect(chatCard('fi', { ...failure, zone: 'America/New_York' }).intro).toBe(
      'Yritys 1/10 epäonnistui. Uusi yritys ti 31.3.2026 klo 2.00.'
    );
  });

  it('says when it gave up', () => {
    expect(chatCard('fi', { ...failure, attempt: 10, gaveUp: true }).intro).toBe(
      'Julkaisusta luovuttiin 10 yrityksen jälkeen. Julkaise sisältö käsin, kun syy on korjattu.'
    );
  });
});

describe('the daily digest', () => {
  const item = (title: string, iso: string) => ({ title, when: new Date(iso), zone: 'Europe/Helsinki' });

  it('lists each person’s overdue and soon-due work', () => {
    const card = chatCard('en', {
      event: 'digest',
      day: '2026-03-31',
      people: [
        { name: 'Kirsi', overdue: [item('Late one', '2026-03-30T06:00:00Z')], dueSoon: [item('Tomorrow', '2026-04-01T06:00:00Z')] },
        { name: 'Nobody', overdue: [], dueSoon: [] },
        { name: 'Kalle', overdue: [], dueSoon: [{ ...item('Replies', '2026-03-31T10:00:00Z'), occurrences: 3, channel: 'Instagram' }] },
      ],
      link: 'https://cms.example.fi/admin/plugins/calendar/team',
    });
    expect(card.title).toBe('Vuosikello: 3 items due soon or overdue · Tue 31 Mar 2026');
    expect(card.sections).toEqual([
      { heading: 'Kirsi', lines: ['Overdue: Late one – Mon 30 Mar 2026, 09:00', 'Tomorrow – Wed 1 Apr 2026, 09:00'] },
      { heading: 'Kalle', lines: ['Replies (Instagram) – Tue 31 Mar 2026, 13:00 · 3 times'] },
    ]);
    expect(chatCard('fi', { event: 'digest', day: '2026-03-31', people: [], link: '' }).title).toBe(
      'Vuosikello: 0 tehtävää erääntyy tai on myöhässä · 31.3.2026'
    );
  });

  it('stays within its budgets of lines and people', () => {
    const many = Array.from({ length: 50 }, (_, p) => ({
      name: `Person ${p}`,
      overdue: Array.from({ length: 25 }, (_, i) => item(`Item ${i}`, '2026-03-30T06:00:00Z')),
      dueSoon: [],
    }));
    const card = chatCard('en', { event: 'digest', day: '2026-03-31', people: many, link: '' });
    const lines = card.sections!.flatMap((s) => s.lines);
    expect(lines.length).toBeLessThanOrEqual(DIGEST_LINES_MAX + card.sections!.length);
    expect(card.sections![0].lines).toHaveLength(DIGEST_LINES_PER_PERSON + 1);
    expect(card.sections![0].lines[DIGEST_LINES_PER_PERSON]).toBe('…and 15 more');
    expect(card.sections![card.sections!.length - 1].heading).toMatch(/^…and \d+ more people$/);
    expect(JSON.stringify(chatMessage('teams', 'en', { event: 'digest', day: '2026-03-31', people: many, link: '' })).length).toBeLessThan(
      25_000
    );
    expect(
      (chatMessage('slack', 'en', { event: 'digest', day: '2026-03-31', people: many, link: '' }) as SlackBody).blocks.length
    ).toBeLessThanOrEqual(50);
  });
});

describe('the test message', () => {
  it('names the hook in its language', () => {
    expect(chatCard('fi', { event: 'test', hookName: 'Sisältötiimi', link: LINK })).toMatchObject({
      title: 'Testiviesti Vuosikellosta',
      intro: 'Yhteys ”Sisältötiimi” toimii: Vuosikello voi lähettää viestejä tälle kanavalle.',
    });
  });
});

it('escapes exactly Slack’s three control characters', () => {
  expect(slackEscape('a & b < c > d *e* _f_')).toBe('a &amp; b &lt; c &gt; d *e* _f_');
});
