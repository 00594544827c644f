/**
 * The images `npm run screenshots` makes: one per view that README.md and docs/ show, with the
 * URL (the demo's year and month at the fixed moment), what must be on the page before the
 * capture, and the admin language.
 */
import { addDays, mondayOf } from '../../src/plugins/calendar/core/calendar-grid';
import { instantToLocal } from '../../src/plugins/calendar/core/time';

export interface Shot {
  file: string;
  url: string;
  /** A selector that is present once the view has its data. */
  ready: string;
  language: 'en' | 'fi';
  /** A taller viewport for views longer than a screen (the admin scrolls inside its layout, so a full-page capture would not help). */
  height?: number;
  /** For a page whose address holds a seeded document id: finds the address (`url` then only describes it). */
  locate?: (base: string, adminToken: string) => Promise<string>;
  /** Runs once before the browser starts, for data the demo does not seed. */
  prepare?: (base: string, adminToken: string) => Promise<void>;
}

const CALENDAR = '/admin/plugins/calendar';

/** Calendar feeds are personal and the demo seeds none: make two, as a team member would. */
async function feedTokens(base: string, token: string) {
  for (const body of [{ name: 'Oma kalenteri' }, { name: 'Vain LinkedIn', filters: { channel: ['linkedin'] } }]) {
    const res = await fetch(`${base}/calendar/feed-tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`creating a calendar feed answered ${res.status}: ${await res.text()}`);
  }
}

/** The demo's log starts empty (its history is seeded as published): publish one piece now and unschedule another. */
async function publishLog(base: string, token: string, today: string) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const feed = await fetch(`${base}/calendar/occurrences?from=${today}&to=${addDays(today, 60)}`, { headers });
  if (!feed.ok) throw new Error(`the admin feed answered ${feed.status}`);
  const items: Array<{ documentId: string; editorialStatus: string; status: string }> = ((await feed.json()) as any).data;
  const drafts = items.filter((o) => o.status === 'draft');
  const approved = drafts.find((o) => o.editorialStatus === 'approved');
  const pending = drafts.find((o) => o.editorialStatus !== 'approved' && o.documentId !== approved?.documentId);
  if (!approved || !pending) throw new Error('the demo has no approved and unapproved upcoming pieces to publish and unschedule');
  for (const [documentId, action] of [
    [pending.documentId, 'publish-now'],
    [approved.documentId, 'unschedule'],
  ]) {
    const res = await fetch(`${base}/calendar/pieces/${documentId}/${action}`, { method: 'POST', headers });
    if (!res.ok) throw new Error(`${action} answered ${res.status}: ${await res.text()}`);
  }
}

const PIECES = '/admin/content-manager/collection-types/api::content-piece.content-piece';

/** The edit view of the seeded piece with this title, found through the Content Manager's own list. */
const pieceEditView = (title: string) => async (base: string, token: string) => {
  const query = new URLSearchParams({ 'filters[title][$eq]': title, pageSize: '1' });
  const res = await fetch(`${base}/content-manager/collection-types/api::content-piece.content-piece?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`the Content Manager list answered ${res.status}`);
  const found = ((await res.json()) as any).results?.[0];
  if (!found) throw new Error(`the demo has no piece called ${title}`);
  return `${PIECES}/${found.documentId}`;
};

/** The shots for the moment `at`: the views open on its year, month and week, as the demo seeded them. */
export function shotsAt(at: Date): Shot[] {
  const today = instantToLocal(at, 'Europe/Helsinki').slice(0, 10);
  const year = today.slice(0, 4);
  const month = today.slice(0, 7);
  const week = mondayOf(today);
  return [
    {
      file: 'year-wheel-demo.png',
      url: `${CALENDAR}/wheel?year=${year}`,
      ready: '[data-testid=year-wheel] [data-mark]',
      language: 'en',
      height: 1480,
    },
    { file: 'month.png', url: `${CALENDAR}/month?month=${month}`, ready: '[data-date] [data-piece]', language: 'en' },
    { file: 'week.png', url: `${CALENDAR}/week?week=${week}`, ready: '[role=gridcell] [data-piece]', language: 'en' },
    { file: 'agenda.png', url: `${CALENDAR}/agenda?month=${month}`, ready: '[data-testid=agenda] [data-piece]', language: 'en' },
    { file: 'quarter-grid.png', url: `${CALENDAR}/quarter?year=${year}`, ready: '[data-quarter] [data-month][data-tone]', language: 'en' },
    { file: 'coverage.png', url: `${CALENDAR}/coverage?year=${year}`, ready: '[data-testid=heatmap] [data-cell]', language: 'en' },
    { file: 'kpis.png', url: `${CALENDAR}/kpis?year=${year}`, ready: '[data-metric]', language: 'en' },
    { file: 'team-board.png', url: `${CALENDAR}/team`, ready: '[data-testid=team-board] [data-card]', language: 'en' },
    // The demo plan is written in Finnish: its published and approved pieces lack their Swedish versions.
    {
      file: 'translations.png',
      url: `${CALENDAR}/translations`,
      ready: '[data-testid=translations-missing] tr[data-piece]',
      language: 'en',
    },
    { file: 'calendar-feeds.png', url: `${CALENDAR}/feeds`, ready: 'table tbody tr', language: 'en', prepare: feedTokens },
    {
      file: 'publish-log.png',
      url: `${CALENDAR}/publish-log`,
      ready: 'table tbody tr',
      language: 'en',
      prepare: (base, token) => publishLog(base, token, today),
    },
    { file: 'content-manager.png', url: PIECES, ready: 'table tbody tr', language: 'en' },
    ...(['en', 'fi'] as const).map((language) => ({
      file: language === 'en' ? 'piece-page.png' : 'piece-page-fi.png',
      url: `${PIECES}/(Viikon uutiskirje)`,
      locate: pieceEditView('Viikon uutiskirje'),
      ready: '[data-testid=schedule-panel] [data-testid=panel-occurrences] li',
      language,
      // The panel sits at the top of the right column and the builder halfway down the form: tall enough for both.
      height: 3200,
    })),
    { file: 'month-fi.png', url: `${CALENDAR}/month?month=${month}`, ready: '[data-piece]', language: 'fi' },
    { file: 'my-work-fi.png', url: `${CALENDAR}/my-work`, ready: '[data-bucket] [data-piece], [data-task]', language: 'fi' },
    { file: 'community-fi.png', url: `${CALENDAR}/community`, ready: '[data-testid=report] [data-row]', language: 'fi' },
  ];
}
