/**
 * A chat message before it has a format, and its two shapes: a Slack incoming webhook's
 * `{ text, blocks }` (mrkdwn, with &, < and > escaped as Slack asks) and a Microsoft Teams
 * Workflows message carrying an Adaptive Card 1.4. Pure; every text here is plain text.
 */

export const CHAT_FORMATS = ['slack', 'teams'] as const;
export type ChatFormat = (typeof CHAT_FORMATS)[number];

export interface ChatCard {
  /** One line: the notification preview and the header. */
  title: string;
  intro?: string;
  facts?: Array<{ label: string; value: string }>;
  /** A quoted text (a comment). */
  quote?: string;
  /** Headed lists (the digest: one per person). */
  sections?: Array<{ heading: string; lines: string[] }>;
  /** Absolute http(s) URLs only; anything else is left out (a chat client cannot open it). */
  link?: { label: string; url: string };
}

/** Slack's limits: a header is at most 150 characters, a section's text 3,000, a message 50 blocks. */
const SLACK_HEADER_MAX = 150;
const SLACK_TEXT_MAX = 3000;
const SLACK_FIELDS_MAX = 10;
const SLACK_BLOCKS_MAX = 50;

export const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Slack's three control characters in mrkdwn and plain text. */
export const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const openable = (link: ChatCard['link']) => (link && /^https?:\/\/[^\s]+$/i.test(link.url) ? link : undefined);

export interface SlackBody {
  text: string;
  blocks: Array<Record<string, unknown>>;
}

export function slackBody(card: ChatCard): SlackBody {
  const mrkdwn = (text: string) => ({ type: 'mrkdwn', text: cut(text, SLACK_TEXT_MAX) });
  const blocks: Array<Record<string, unknown>> = [
    // Slack asks for the three characters escaped in every text, plain_text included.
    { type: 'header', text: { type: 'plain_text', text: cut(slackEscape(card.title), SLACK_HEADER_MAX), emoji: false } },
  ];
  if (card.intro) blocks.push({ type: 'section', text: mrkdwn(slackEscape(card.intro)) });
  const facts = (card.facts ?? []).slice(0, SLACK_FIELDS_MAX);
  if (facts.length) {
    blocks.push({
      type: 'section',
      fields: facts.map((f) => ({ type: 'mrkdwn', text: cut(`*${slackEscape(f.label)}*\n${slackEscape(f.value)}`, 2000) })),
    });
  }
  if (card.quote) {
    const quoted = slackEscape(card.quote)
      .split('\n')
      .map((line) => `&gt; ${line}`)
      .join('\n');
    blocks.push({ type: 'section', text: mrkdwn(quoted) });
  }
  const link = openable(card.link);
  const room = SLACK_BLOCKS_MAX - blocks.length - (link ? 1 : 0);
  for (const section of (card.sections ?? []).slice(0, room)) {
    const lines = section.lines.map((line) => `• ${slackEscape(line)}`);
    blocks.push({ type: 'section', text: mrkdwn([`*${slackEscape(section.heading)}*`, ...lines].join('\n')) });
  }
  if (link) blocks.push({ type: 'section', text: mrkdwn(`<${slackEscape(link.url)}|${slackEscape(link.label)}>`) });
  const text = card.intro ? `${card.title} – ${card.intro}` : card.title;
  return { text: cut(slackEscape(text), SLACK_TEXT_MAX), blocks };
}

export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

export interface TeamsBody {
  type: 'message';
  attachments: Array<{
    contentType: 'application/vnd.microsoft.card.adaptive';
    contentUrl: null;
    content: {
      $schema: string;
      type: 'AdaptiveCard';
      version: '1.4';
      body: Array<Record<string, unknown>>;
      actions: Array<{ type: 'Action.OpenUrl'; title: string; url: string }>;
      msteams: { width: 'Full' };
    };
  }>;
}

/**
 * Teams renders TextBlocks as a small Markdown dialect and shows a backslash escape as typed, so
 * text is left as it is, except that a Markdown link (`[text](url)`) in a title or comment is
 * broken up: a link's visible text must not hide where it goes.
 */
export const teamsText = (text: string) => text.replace(/\]\(/g, '] (');

export function teamsBody(card: ChatCard): TeamsBody {
  const text = (value: string, extra: Record<string, unknown> = {}) => ({
    type: 'TextBlock',
    text: teamsText(value),
    wrap: true,
    ...extra,
  });
  const body: Array<Record<string, unknown>> = [text(card.title, { size: 'Medium', weight: 'Bolder' })];
  if (card.intro) body.push(text(card.intro));
  if (card.facts?.length) body.push({ type: 'FactSet', facts: card.facts.map((f) => ({ title: f.label, value: f.value })) });
  if (card.quote) body.push(text(card.quote, { isSubtle: true, spacing: 'Medium' }));
  for (const section of card.sections ?? []) {
    body.push(text(section.heading, { weight: 'Bolder', spacing: 'Medium' }));
    // One TextBlock per section: "- " lines are a Markdown list.
    body.push({ type: 'TextBlock', wrap: true, spacing: 'Small', text: section.lines.map((l) => `- ${teamsText(l)}`).join('\n') });
  }
  const link = openable(card.link);
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: ADAPTIVE_CARD_SCHEMA,
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          actions: link ? [{ type: 'Action.OpenUrl', title: link.label, url: link.url }] : [],
          msteams: { width: 'Full' },
        },
      },
    ],
  };
}

export const chatBody = (format: ChatFormat, card: ChatCard): SlackBody | TeamsBody =>
  format === 'slack' ? slackBody(card) : teamsBody(card);
