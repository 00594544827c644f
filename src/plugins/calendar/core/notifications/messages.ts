/**
 * The notification mails (assignment, daily digest) in the recipient's admin language. Pure:
 * the server gathers the items, this renders subject, plain text and HTML.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, fi } from 'date-fns/locale';
import { FUNNEL_STAGE_LABELS, type FunnelStage } from '../enums';

export type MailLanguage = 'fi' | 'en';

/** Strapi stores the admin language as `preferedLanguage` (e.g. 'fi', 'en', 'fi-FI'). */
export const mailLanguage = (preferred: string | null | undefined): MailLanguage =>
  preferred?.toLowerCase().startsWith('fi') ? 'fi' : 'en';

export interface Mail {
  subject: string;
  text: string;
  html: string;
}

export function formatWhen(instant: Date, zone: string, language: MailLanguage): string {
  const local = new TZDate(instant.getTime(), zone);
  return language === 'fi'
    ? format(local, "EEEEEE d.M.yyyy 'klo' H.mm", { locale: fi })
    : format(local, 'EEE d MMM yyyy, HH:mm', { locale: enGB });
}

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const T = {
  fi: {
    assignedSubject: (title: string) => `Sinulle on annettu tehtävä: ${title}`,
    assignedBy: (name: string) => `${name} antoi sinulle sisällön työstettäväksi.`,
    assignedNobody: 'Sinulle annettiin sisältö työstettäväksi.',
    due: 'Määräpäivä',
    publish: 'Julkaisu',
    stage: 'Vaihe',
    open: 'Avaa Vuosikellossa',
    digestSubject: (n: number) => `Vuosikello: ${n} ${n === 1 ? 'tehtävä' : 'tehtävää'} erääntyy tai on myöhässä`,
    hello: (name: string) => `Hei ${name},`,
    overdue: 'Myöhässä',
    dueSoon: 'Erääntyy 48 tunnin sisällä',
    occurrences: (n: number) => `${n} ${n === 1 ? 'kerta' : 'kertaa'}`,
    myWork: 'Omat työt',
  },
  en: {
    assignedSubject: (title: string) => `Assigned to you: ${title}`,
    assignedBy: (name: string) => `${name} assigned a content piece to you.`,
    assignedNobody: 'A content piece was assigned to you.',
    due: 'Due',
    publish: 'Publishes',
    stage: 'Stage',
    open: 'Open in Vuosikello',
    digestSubject: (n: number) => `Vuosikello: ${n} ${n === 1 ? 'item' : 'items'} due soon or overdue`,
    hello: (name: string) => `Hi ${name},`,
    overdue: 'Overdue',
    dueSoon: 'Due within 48 hours',
    occurrences: (n: number) => `${n} ${n === 1 ? 'time' : 'times'}`,
    myWork: 'My work',
  },
} as const;

/** The mails' words, which the chat messages share. */
export const MAIL_WORDS = T;

export interface AssignmentDetails {
  title: string;
  assignedBy: string | null;
  dueAt: Date | null;
  publishAt: Date | null;
  funnelStage: string | null;
  zone: string;
  link: string;
}

export function assignmentMail(language: MailLanguage, d: AssignmentDetails): Mail {
  const t = T[language];
  const lines: Array<[string, string]> = [];
  if (d.dueAt) lines.push([t.due, formatWhen(d.dueAt, d.zone, language)]);
  if (d.publishAt) lines.push([t.publish, formatWhen(d.publishAt, d.zone, language)]);
  const stage = FUNNEL_STAGE_LABELS[d.funnelStage as FunnelStage];
  if (stage) lines.push([t.stage, stage[language]]);
  const intro = d.assignedBy ? t.assignedBy(d.assignedBy) : t.assignedNobody;
  const text = [intro, '', d.title, ...lines.map(([k, v]) => `${k}: ${v}`), '', `${t.open}: ${d.link}`].join('\n');
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    `<h2>${escapeHtml(d.title)}</h2>`,
    lines.length ? `<ul>${lines.map(([k, v]) => `<li>${escapeHtml(k)}: ${escapeHtml(v)}</li>`).join('')}</ul>` : '',
    `<p><a href="${escapeHtml(d.link)}">${escapeHtml(t.open)}</a></p>`,
  ].join('\n');
  return { subject: t.assignedSubject(d.title), text, html };
}

export interface DigestItem {
  title: string;
  /** The deadline (a piece) or the first occurrence in the window (a community task). */
  when: Date;
  /** Occurrences of a community task in the window; absent for a content piece. */
  occurrences?: number;
  channel?: string | null;
}

export interface DigestDetails {
  name: string;
  overdue: DigestItem[];
  dueSoon: DigestItem[];
  zone: string;
  link: string;
}

/** One line of a digest: `Title (Channel) – when · 3 times`; the mail and the chat digest share it. */
export function describeDigestItem(item: DigestItem, zone: string, language: MailLanguage): string {
  return [
    item.title,
    item.channel ? `(${item.channel})` : '',
    '–',
    formatWhen(item.when, zone, language),
    item.occurrences ? `· ${T[language].occurrences(item.occurrences)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function digestMail(language: MailLanguage, d: DigestDetails): Mail {
  const t = T[language];
  const describe = (item: DigestItem) => describeDigestItem(item, d.zone, language);
  const sections = [
    [t.overdue, d.overdue],
    [t.dueSoon, d.dueSoon],
  ].filter(([, items]) => (items as DigestItem[]).length > 0) as Array<[string, DigestItem[]]>;
  const text = [
    t.hello(d.name),
    '',
    ...sections.flatMap(([heading, items]) => [`${heading}:`, ...items.map((i) => `- ${describe(i)}`), '']),
    `${t.myWork}: ${d.link}`,
  ].join('\n');
  const html = [
    `<p>${escapeHtml(t.hello(d.name))}</p>`,
    ...sections.map(
      ([heading, items]) => `<h3>${escapeHtml(heading)}</h3><ul>${items.map((i) => `<li>${escapeHtml(describe(i))}</li>`).join('')}</ul>`
    ),
    `<p><a href="${escapeHtml(d.link)}">${escapeHtml(t.myWork)}</a></p>`,
  ].join('\n');
  return { subject: t.digestSubject(d.overdue.length + d.dueSoon.length), text, html };
}
