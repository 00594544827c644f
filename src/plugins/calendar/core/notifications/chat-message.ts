/**
 * The team's chat messages: an assignment, a mention, a publish that failed, the daily digest and
 * a hook's test message, in Finnish or English, rendered for Slack or Teams (chat-card.ts). Times
 * are shown on the zone clock they belong to (the piece's). Pure: the server gathers the facts.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, fi } from 'date-fns/locale';
import { FUNNEL_STAGE_LABELS, type FunnelStage } from '../enums';
import { joinList } from '../list-format';
import { chatBody, cut, type ChatCard, type ChatFormat } from './chat-card';
import { describeDigestItem, formatWhen, MAIL_WORDS, type MailLanguage } from './messages';

export { CHAT_FORMATS, type ChatFormat } from './chat-card';

/** What a hook may subscribe to. */
export const CHAT_EVENTS = ['assignment', 'mention', 'publishFailure', 'digest'] as const;
export type ChatEvent = (typeof CHAT_EVENTS)[number];
/** What a delivery can be: an event, or a hook's test message. */
export const CHAT_DELIVERY_EVENTS = [...CHAT_EVENTS, 'test'] as const;
export type ChatDeliveryEvent = (typeof CHAT_DELIVERY_EVENTS)[number];

export const CHAT_LANGUAGES = ['fi', 'en'] as const;
export type ChatLanguage = MailLanguage;

export interface ChatItem {
  title: string;
  when: Date;
  zone: string;
  /** Occurrences of a community task in the window; absent for a content piece. */
  occurrences?: number;
  channel?: string | null;
}

export interface DigestPerson {
  name: string;
  overdue: ChatItem[];
  dueSoon: ChatItem[];
}

export type ChatEventData =
  | {
      event: 'assignment';
      title: string;
      assignee: string;
      assignedBy: string | null;
      dueAt: Date | null;
      publishAt: Date | null;
      funnelStage: string | null;
      zone: string;
      link: string;
    }
  | { event: 'mention'; title: string; author: string | null; mentioned: string[]; body: string; link: string }
  | {
      event: 'publishFailure';
      title: string;
      attempt: number;
      maxAttempts: number;
      gaveUp: boolean;
      error: string;
      nextAttemptAt: Date | null;
      occurrence: Date | null;
      zone: string;
      link: string;
    }
  | { event: 'digest'; day: string; people: DigestPerson[]; link: string }
  | { event: 'test'; hookName: string; link: string };

/** Budgets: a digest is one readable message, well inside Slack's and Teams' size limits. */
export const DIGEST_PEOPLE_MAX = 30;
export const DIGEST_LINES_PER_PERSON = 10;
export const DIGEST_LINES_MAX = 120;
const QUOTE_MAX = 500;
const ERROR_MAX = 300;

const W = {
  fi: {
    assignedTitle: (who: string, title: string) => `Tehtävä henkilölle ${who}: ${title}`,
    assignedBy: (by: string, who: string) => `${by} antoi sisällön henkilölle ${who}.`,
    assignedNobody: (who: string) => `Sisältö annettiin henkilölle ${who}.`,
    mentionTitle: (title: string) => `Maininta kommentissa: ${title}`,
    mentionBy: (by: string | null, names: string) => (by ? `${by} mainitsi: ${names}.` : `Kommentissa mainittiin: ${names}.`),
    openPiece: 'Avaa sisältö',
    failedTitle: (title: string) => `Julkaisu epäonnistui: ${title}`,
    retrying: (n: number, max: number, when: string) => `Yritys ${n}/${max} epäonnistui. Uusi yritys ${when}.`,
    gaveUp: (n: number) => `Julkaisusta luovuttiin ${n} yrityksen jälkeen. Julkaise sisältö käsin, kun syy on korjattu.`,
    scheduled: 'Julkaisuaika',
    error: 'Virhe',
    publishLog: 'Avaa julkaisuloki',
    more: (n: number) => `…ja ${n} muuta`,
    morePeople: (n: number) => `…ja ${n} muuta henkilöä`,
    testTitle: 'Testiviesti Vuosikellosta',
    testIntro: (name: string) => `Yhteys ”${name}” toimii: Vuosikello voi lähettää viestejä tälle kanavalle.`,
    teamBoard: 'Avaa tiimin taulu',
    digestIntro: 'Myöhässä olevat ja 48 tunnin sisällä erääntyvät työt henkilöittäin.',
    day: (d: Date) => format(d, 'd.M.yyyy', { locale: fi }),
  },
  en: {
    assignedTitle: (who: string, title: string) => `Assigned to ${who}: ${title}`,
    assignedBy: (by: string, who: string) => `${by} assigned a content piece to ${who}.`,
    assignedNobody: (who: string) => `A content piece was assigned to ${who}.`,
    mentionTitle: (title: string) => `Mentioned in a comment: ${title}`,
    mentionBy: (by: string | null, names: string) => (by ? `${by} mentioned ${names}.` : `A comment mentioned ${names}.`),
    openPiece: 'Open the piece',
    failedTitle: (title: string) => `Publishing failed: ${title}`,
    retrying: (n: number, max: number, when: string) => `Attempt ${n} of ${max} failed. Vuosikello tries again ${when}.`,
    gaveUp: (n: number) => `Vuosikello gave up after ${n} attempts. Publish the piece by hand once the cause is fixed.`,
    scheduled: 'Scheduled for',
    error: 'Error',
    publishLog: 'Open the publish log',
    more: (n: number) => `…and ${n} more`,
    morePeople: (n: number) => `…and ${n} more people`,
    testTitle: 'Test message from Vuosikello',
    testIntro: (name: string) => `The hook “${name}” works: Vuosikello can post to this channel.`,
    teamBoard: 'Open the team board',
    digestIntro: 'Work that is overdue or due within 48 hours, by person.',
    day: (d: Date) => format(d, 'EEE d MMM yyyy', { locale: enGB }),
  },
} as const;

const listLocale = (language: ChatLanguage) => (language === 'fi' ? 'fi' : 'en-GB');

const describeItem = (item: ChatItem, language: ChatLanguage) => describeDigestItem(item, item.zone, language);

/** The digest's sections within its budgets: at most so many people, lines per person and lines in all. */
function digestSections(people: DigestPerson[], language: ChatLanguage) {
  const m = MAIL_WORDS[language];
  const w = W[language];
  const sections: Array<{ heading: string; lines: string[] }> = [];
  let budget = DIGEST_LINES_MAX;
  const shown = people.filter((p) => p.overdue.length + p.dueSoon.length > 0);
  for (const person of shown.slice(0, DIGEST_PEOPLE_MAX)) {
    if (budget <= 0) break;
    const all = [
      ...person.overdue.map((i) => `${m.overdue}: ${describeItem(i, language)}`),
      ...person.dueSoon.map((i) => describeItem(i, language)),
    ];
    const room = Math.min(DIGEST_LINES_PER_PERSON, budget);
    const lines = all.slice(0, room);
    if (all.length > room) lines.push(w.more(all.length - room));
    budget -= lines.length;
    sections.push({ heading: person.name, lines });
  }
  const left = shown.length - sections.length;
  if (left > 0) sections.push({ heading: w.morePeople(left), lines: [] });
  return sections;
}

export function chatCard(language: ChatLanguage, data: ChatEventData): ChatCard {
  const w = W[language];
  const m = MAIL_WORDS[language];
  switch (data.event) {
    case 'assignment': {
      const facts: Array<{ label: string; value: string }> = [];
      if (data.dueAt) facts.push({ label: m.due, value: formatWhen(data.dueAt, data.zone, language) });
      if (data.publishAt) facts.push({ label: m.publish, value: formatWhen(data.publishAt, data.zone, language) });
      const stage = FUNNEL_STAGE_LABELS[data.funnelStage as FunnelStage];
      if (stage) facts.push({ label: m.stage, value: stage[language] });
      return {
        title: w.assignedTitle(data.assignee, data.title),
        intro: data.assignedBy ? w.assignedBy(data.assignedBy, data.assignee) : w.assignedNobody(data.assignee),
        facts,
        link: { label: m.open, url: data.link },
      };
    }
    case 'mention':
      return {
        title: w.mentionTitle(data.title),
        intro: w.mentionBy(data.author, joinList(listLocale(language), data.mentioned)),
        quote: cut(data.body, QUOTE_MAX),
        link: { label: w.openPiece, url: data.link },
      };
    case 'publishFailure': {
      const facts: Array<{ label: string; value: string }> = [];
      if (data.occurrence) facts.push({ label: w.scheduled, value: formatWhen(data.occurrence, data.zone, language) });
      facts.push({ label: w.error, value: cut(data.error, ERROR_MAX) });
      const retry = data.nextAttemptAt && !data.gaveUp ? formatWhen(data.nextAttemptAt, data.zone, language) : null;
      return {
        title: w.failedTitle(data.title),
        intro: retry ? w.retrying(data.attempt, data.maxAttempts, retry) : w.gaveUp(data.attempt),
        facts,
        link: { label: w.publishLog, url: data.link },
      };
    }
    case 'digest': {
      const count = data.people.reduce((n, p) => n + p.overdue.length + p.dueSoon.length, 0);
      const [y, mo, d] = data.day.split('-').map(Number);
      return {
        title: `${m.digestSubject(count)} · ${w.day(new TZDate(Date.UTC(y, mo - 1, d, 12), 'UTC'))}`,
        intro: w.digestIntro,
        sections: digestSections(data.people, language),
        link: { label: w.teamBoard, url: data.link },
      };
    }
    case 'test':
      return { title: w.testTitle, intro: w.testIntro(data.hookName), link: { label: m.open, url: data.link } };
  }
}

/** The body to POST to a hook of `format`, in `language`. */
export const chatMessage = (format: ChatFormat, language: ChatLanguage, data: ChatEventData) => chatBody(format, chatCard(language, data));
