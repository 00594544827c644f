/** The domain's enumerations (RACE stages, 5S goals and the content model). Keys are the API contract. */

export const FUNNEL_STAGES = ['reach', 'act', 'convert', 'engage'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export const CONTENT_GOALS = ['sell', 'serve', 'speak', 'save', 'sizzle'] as const;
export type ContentGoal = (typeof CONTENT_GOALS)[number];

export const CONTENT_FORMATS = [
  'article',
  'social-post',
  'newsletter',
  'video',
  'webinar',
  'guide',
  'case-study',
  'review',
  'landing-page',
  'ad',
  'podcast',
  'event',
  'other',
] as const;
export type ContentFormat = (typeof CONTENT_FORMATS)[number];

export const CHANNEL_KINDS = ['owned', 'paid', 'earned', 'shared'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const EDITORIAL_STATUSES = ['idea', 'planned', 'in-progress', 'in-review', 'approved'] as const;
export type EditorialStatus = (typeof EDITORIAL_STATUSES)[number];

/** A text in English and Finnish. */
export type Bilingual = { en: string; fi: string };

/** Finnish and English names of the RACE stages, as Finnish content teams use them. */
export const FUNNEL_STAGE_LABELS: Record<FunnelStage, Bilingual> = {
  reach: { en: 'Reach', fi: 'Tavoittelu' },
  act: { en: 'Act', fi: 'Toiminta' },
  convert: { en: 'Convert', fi: 'Osto' },
  engage: { en: 'Engage', fi: 'Sitouttaminen' },
};

/** Finnish and English names of the 5S content goals. */
export const CONTENT_GOAL_LABELS: Record<ContentGoal, Bilingual> = {
  sell: { en: 'Sell', fi: 'Myynnin lisääminen' },
  serve: { en: 'Serve', fi: 'Asiakkaiden palveleminen' },
  speak: { en: 'Speak', fi: 'Asiakasdialogi' },
  save: { en: 'Save', fi: 'Kustannustehokkuus' },
  sizzle: { en: 'Sizzle', fi: 'Brändin rakentaminen' },
};
