/**
 * The mail to someone mentioned in an editorial comment: who wrote what on which piece, with a
 * link to the piece. The comment is quoted as plain text (escaped in the HTML part).
 */
import { escapeHtml, type Mail, type MailLanguage } from './messages';

export interface MentionDetails {
  title: string;
  author: string | null;
  body: string;
  link: string;
}

const T = {
  fi: {
    subject: (title: string) => `Sinut mainittiin: ${title}`,
    intro: (author: string | null) => (author ? `${author} mainitsi sinut kommentissa.` : 'Sinut mainittiin kommentissa.'),
    open: 'Avaa sisältö',
  },
  en: {
    subject: (title: string) => `You were mentioned: ${title}`,
    intro: (author: string | null) => (author ? `${author} mentioned you in a comment.` : 'You were mentioned in a comment.'),
    open: 'Open the piece',
  },
} as const;

/** A long comment is cut in the mail; the whole thread is one click away. */
const QUOTE_MAX = 1000;

export function mentionMail(language: MailLanguage, d: MentionDetails): Mail {
  const t = T[language];
  const quote = d.body.length > QUOTE_MAX ? `${d.body.slice(0, QUOTE_MAX)}…` : d.body;
  const text = [t.intro(d.author), '', d.title, '', ...quote.split('\n').map((line) => `> ${line}`), '', `${t.open}: ${d.link}`].join('\n');
  const html = [
    `<p>${escapeHtml(t.intro(d.author))}</p>`,
    `<h2>${escapeHtml(d.title)}</h2>`,
    `<blockquote>${escapeHtml(quote).replace(/\n/g, '<br>')}</blockquote>`,
    `<p><a href="${escapeHtml(d.link)}">${escapeHtml(t.open)}</a></p>`,
  ].join('\n');
  return { subject: t.subject(d.title), text, html };
}
