/**
 * Channel suggestions from the tactics matrix: for a RACE stage, the team's channels whose name,
 * platform or kind fit the stage's best-rated tactics, each with a reason in English and Finnish.
 */
import type { Bilingual, ChannelKind, FunnelStage } from '../enums';
import { BUYING_STAGE_LABELS, tacticsForStage, type RatingLevel, type Tactic, type TacticCriterion } from './tactics-matrix';

const RATING_SCORES: Record<RatingLevel, number> = {
  low: 1,
  'low-medium': 1.5,
  medium: 2,
  'medium-high': 2.5,
  high: 3,
  'low-high': 2,
  unknown: 0,
};

/** A level as a number on a 1–3 scale, for scoring; a low-or-high range counts as its middle, unknown as nothing. */
export function ratingScore(level: RatingLevel): number {
  return RATING_SCORES[level];
}

/**
 * The criteria that make a tactic fit each RACE stage: being seen at Reach, a strong targeted
 * message at Act and Convert, a personal channel one controls at Engage; credibility everywhere.
 */
export const STAGE_FIT_CRITERIA: Record<FunnelStage, readonly TacticCriterion[]> = {
  reach: ['reach', 'credibility'],
  act: ['message-strength', 'targeting', 'credibility'],
  convert: ['targeting', 'message-strength', 'credibility'],
  engage: ['personalisation', 'channel-control', 'credibility'],
};

export interface ChannelLike {
  slug: string;
  name: string;
  kind: string;
  platform?: string | null;
}

export interface ChannelSuggestion<C extends ChannelLike = ChannelLike> {
  channel: C;
  tactic: Tactic;
  /** 'keyword': a tactic keyword is in the channel's name or platform; 'kind': only the channel kind fits. */
  match: 'keyword' | 'kind';
  /** The keyword that matched, for a keyword match. */
  keyword?: string;
  score: number;
  reason: Bilingual;
}

const CHANNEL_KIND_LABELS: Record<ChannelKind, Bilingual> = {
  owned: { en: 'Owned', fi: 'Oma' },
  paid: { en: 'Paid', fi: 'Maksettu' },
  earned: { en: 'Earned', fi: 'Ansaittu' },
  shared: { en: 'Shared', fi: 'Jaettu' },
};

/** Lowercase, without diacritics (so "Sähköposti" and "sahkoposti" meet). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const words = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A keyword with its normalised words, prepared once per tactic. */
interface PreparedKeyword {
  keyword: string;
  parts: string[];
}

const prepareKeywords = (keywords: readonly string[]): PreparedKeyword[] => keywords.map((keyword) => ({ keyword, parts: words(keyword) }));

/**
 * The first keyword of `keywords` found in `textWords` (a text's `words`). A keyword of five letters
 * or more may begin a word, because Finnish inflects and compounds ("uutiskirjeet",
 * "sähköpostimarkkinointi"); a shorter one must be a whole word, so 'pr' or 'ad' do not match
 * "product" or "adobe". A keyword with a hyphen ("kanta-asiakas") is matched as its parts in a row.
 */
function findKeyword(keywords: readonly PreparedKeyword[], textWords: readonly string[]): string | undefined {
  return keywords.find(({ parts }) =>
    textWords.some((_, start) =>
      parts.every((part, j) => {
        const word = textWords[start + j];
        if (word === undefined) return false;
        return part.length >= 5 ? word.startsWith(part) : word === part;
      })
    )
  )?.keyword;
}

const KEYWORD_MATCH = 10;
const KIND_MATCH = 5;

/**
 * The channels that fit `stage` best according to the matrix, at most `limit` of them.
 *
 * A channel is compared with every tactic of the stage. It matches a tactic strongly when one of the
 * tactic's keywords is in its name or platform (10 points) and weakly when its kind is one of the
 * tactic's channel kinds (5 points); to that comes the tactic's fit for the stage, the mean score
 * (1–3) of the stage's `STAGE_FIT_CRITERIA`, so a keyword match always outranks a kind match and
 * the matrix's ratings decide between matches of the same strength. A channel keeps its best tactic
 * (the earlier in the matrix on a tie); channels that match nothing are left out. Ordering is by
 * score, then name, then slug, so it does not depend on the input order.
 */
export function suggestChannels<C extends ChannelLike>(stage: FunnelStage, channels: readonly C[], limit = 3): ChannelSuggestion<C>[] {
  const fitCriteria = STAGE_FIT_CRITERIA[stage];
  // Per tactic, once for all channels: its fit for the stage and its normalised keywords.
  const tactics = tacticsForStage(stage).map((tactic) => ({
    tactic,
    fit: fitCriteria.reduce((sum, c) => sum + ratingScore(tactic.ratings[c].level), 0) / fitCriteria.length,
    keywords: prepareKeywords(tactic.keywords),
  }));

  const suggestions: ChannelSuggestion<C>[] = [];
  for (const channel of channels) {
    const textWords = words(`${channel.name} ${channel.platform ?? ''}`);
    let best: ChannelSuggestion<C> | undefined;
    for (const { tactic, fit, keywords } of tactics) {
      const keyword = findKeyword(keywords, textWords);
      const byKind = (tactic.channelKinds as readonly string[]).includes(channel.kind);
      if (keyword === undefined && !byKind) continue;
      const score = Math.round(((keyword !== undefined ? KEYWORD_MATCH : KIND_MATCH) + fit) * 100) / 100;
      if (best && best.score >= score) continue;
      const stageLabel = BUYING_STAGE_LABELS[tactic.stage];
      const suits = {
        en: `${tactic.label.en} suits ${stageLabel.en.toLowerCase()}`,
        fi: `${tactic.label.fi} sopii vaiheeseen ${stageLabel.fi.toLowerCase()}`,
      };
      if (keyword !== undefined) {
        best = {
          channel,
          tactic,
          match: 'keyword',
          keyword,
          score,
          reason: { en: `“${keyword}” in the channel: ${suits.en}`, fi: `Kanavassa ”${keyword}”: ${suits.fi}` },
        };
      } else {
        const kind = CHANNEL_KIND_LABELS[channel.kind as ChannelKind];
        best = {
          channel,
          tactic,
          match: 'kind',
          score,
          reason: { en: `${kind.en} channel: ${suits.en}`, fi: `${kind.fi} kanava: ${suits.fi}` },
        };
      }
    }
    if (best) suggestions.push(best);
  }

  suggestions.sort(
    (a, b) =>
      b.score - a.score ||
      a.channel.name.localeCompare(b.channel.name, 'fi') ||
      (a.channel.slug < b.channel.slug ? -1 : a.channel.slug > b.channel.slug ? 1 : 0)
  );
  return suggestions.slice(0, Math.max(0, Math.floor(limit)));
}
