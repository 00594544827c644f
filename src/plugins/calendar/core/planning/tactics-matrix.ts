/**
 * The tactics matrix ("TAKTIIKKAMATRIISI") as typed reference data; the channel suggester built
 * on it is in channel-suggestions.ts.
 *
 * Each buying-process stage lists candidate tactics rated on nine criteria. The matrix's cells hold one
 * value per tactic in row order; the data below keeps that column layout (one array per criterion)
 * so it can be checked against the source table cell by cell, and the type of `stage()` makes a column with
 * the wrong number of values a compile error. Every raw value goes through `RATING_TERMS`, which keeps
 * the matrix's Finnish text verbatim and adds an English text and a normalised level.
 */
import type { Bilingual, ChannelKind, FunnelStage } from '../enums';

/** The buying-process stages, in the matrix's order. */
export const BUYING_STAGES = ['awareness', 'consideration', 'purchase', 'retention', 'resale'] as const;
export type BuyingStage = (typeof BUYING_STAGES)[number];

/** Finnish and English names of the buying-process stages (casing and typos fixed). */
export const BUYING_STAGE_LABELS: Record<BuyingStage, Bilingual> = {
  awareness: { en: 'Awareness building', fi: 'Tietoisuuden rakentaminen' },
  consideration: { en: 'Influencing consideration', fi: 'Harkintaan vaikuttaminen' },
  purchase: { en: 'Enabling the purchase decision', fi: 'Ostopäätöksen mahdollistaminen' },
  retention: { en: 'Post-purchase relationship building', fi: 'Oston jälkeinen asiakassuhteen rakentaminen' },
  resale: { en: 'Post-purchase resale', fi: 'Oston jälkeinen uudelleenmyynti' },
};

/** The RACE stage each buying-process stage belongs to; both post-purchase stages are Engage. */
export const BUYING_STAGE_FUNNEL: Record<BuyingStage, FunnelStage> = {
  awareness: 'reach',
  consideration: 'act',
  purchase: 'convert',
  retention: 'engage',
  resale: 'engage',
};

/** The matrix's criteria, in the matrix's column order. */
export const TACTIC_CRITERIA = [
  'reach',
  'speed-to-make',
  'time-to-effect',
  'message-strength',
  'targeting',
  'personalisation',
  'cost',
  'channel-control',
  'credibility',
] as const;
export type TacticCriterion = (typeof TACTIC_CRITERIA)[number];

/** Finnish (the matrix's column headings) and English names of the criteria. */
export const TACTIC_CRITERION_LABELS: Record<TacticCriterion, Bilingual> = {
  reach: { en: 'Reach', fi: 'Peitto' },
  'speed-to-make': { en: 'Speed to make', fi: 'Nopeus tehdä' },
  'time-to-effect': { en: 'Time to effect', fi: 'Aika vaikutukseen' },
  'message-strength': { en: 'Message strength', fi: 'Viestin voima' },
  targeting: { en: 'Targeting', fi: 'Kohdentaminen' },
  personalisation: { en: 'Personalisation', fi: 'Personoinnin mahdollisuudet' },
  cost: { en: 'Cost / resources', fi: 'Kustannus / resurssit' },
  'channel-control': { en: 'Channel control', fi: 'Kanavan kontrolli' },
  credibility: { en: 'Credibility', fi: 'Taktiikan uskottavuus' },
};

/**
 * A normalised rating. The scale is low < medium < high for every criterion: for speed and time
 * "Nopea" (fast) is high, for targeting "Tarkka" (precise) is high, for message strength "Suuri"
 * (strong) is high. A two-value cell becomes the bucket between its ends ("Hidas/keskiverto" →
 * low-medium); "Matala/keskikorkea" (low to upper-medium) also counts as low-medium. A cell whose
 * ends are low and high ("Matala/korkea": PR is cheap, sponsorship is not) is 'low-high'. "???" is
 * 'unknown'. Note that a high cost is bad: the level says how much, not how good.
 */
export const RATING_LEVELS = ['low', 'low-medium', 'medium', 'medium-high', 'high', 'low-high', 'unknown'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LEVEL_LABELS: Record<RatingLevel, Bilingual> = {
  low: { en: 'Low', fi: 'Matala' },
  'low-medium': { en: 'Low–medium', fi: 'Matala–keskiverto' },
  medium: { en: 'Medium', fi: 'Keskiverto' },
  'medium-high': { en: 'Medium–high', fi: 'Keskiverto–korkea' },
  high: { en: 'High', fi: 'Korkea' },
  'low-high': { en: 'Low or high', fi: 'Matala tai korkea' },
  unknown: { en: 'Unknown', fi: 'Ei tiedossa' },
};

/** Every raw cell value of the matrix's matrix, verbatim (spaces and case included), with its English text and level. */
const RATING_TERMS = {
  Matala: { en: 'Low', level: 'low' },
  Keskiverto: { en: 'Medium', level: 'medium' },
  Korkea: { en: 'High', level: 'high' },
  'Korkea (CRM)': { en: 'High (CRM)', level: 'high' },
  Hidas: { en: 'Slow', level: 'low' },
  Nopea: { en: 'Fast', level: 'high' },
  Suuri: { en: 'Strong', level: 'high' },
  Tarkka: { en: 'Precise', level: 'high' },
  '???': { en: 'Unknown', level: 'unknown' },
  'Matala/Keskikorkea': { en: 'Low/upper-medium', level: 'low-medium' },
  'Matala/keskikorkea': { en: 'Low/upper-medium', level: 'low-medium' },
  'Matala/keskiverto': { en: 'Low/medium', level: 'low-medium' },
  'Matala/ keskiverto': { en: 'Low/medium', level: 'low-medium' },
  'Keskiverto/Matala': { en: 'Medium/low', level: 'low-medium' },
  'Hidas/Keskiverto': { en: 'Slow/medium', level: 'low-medium' },
  'Hidas/keskiverto': { en: 'Slow/medium', level: 'low-medium' },
  'Keskiverto/Hidas': { en: 'Medium/slow', level: 'low-medium' },
  'Nopea/Keskiverto': { en: 'Fast/medium', level: 'medium-high' },
  'Nopea/keskiverto': { en: 'Fast/medium', level: 'medium-high' },
  'Keskiverto/nopea': { en: 'Medium/fast', level: 'medium-high' },
  'Keskiverto/korkea': { en: 'Medium/high', level: 'medium-high' },
  'Keskiverto/tarkka': { en: 'Medium/precise', level: 'medium-high' },
  'Matala/korkea': { en: 'Low/high', level: 'low-high' },
  // "@" is e-mail: a plain e-mail programme is cheap, a CRM-driven one is not.
  'Matala(@)/Korkea (CRM)': { en: 'Low (e-mail)/high (CRM)', level: 'low-high' },
} as const satisfies Record<string, { en: string; level: RatingLevel }>;
type RawRating = keyof typeof RATING_TERMS;

export interface TacticRating {
  /** The matrix's cell value, verbatim. */
  fi: string;
  en: string;
  level: RatingLevel;
}

export interface Tactic {
  /** Stable within its buying-process stage; the same tactic (e.g. 'email') recurs in several stages. */
  key: string;
  stage: BuyingStage;
  funnelStage: FunnelStage;
  label: Bilingual;
  /** The channel kinds (api::channel.channel `kind`) through which the tactic is usually run. */
  channelKinds: readonly ChannelKind[];
  /** Lowercase words that identify a team's channel as this tactic by its name or platform. */
  keywords: readonly string[];
  ratings: Readonly<Record<TacticCriterion, TacticRating>>;
}

export interface BuyingStageRow {
  key: BuyingStage;
  funnelStage: FunnelStage;
  label: Bilingual;
  tactics: readonly Tactic[];
}

type TacticSpec = Pick<Tactic, 'key' | 'label' | 'channelKinds' | 'keywords'>;

/** Builds a stage from its tactics and its criterion columns; each column must hold exactly one value per tactic. */
function stage<const T extends readonly TacticSpec[]>(
  key: BuyingStage,
  tactics: T,
  columns: Record<TacticCriterion, { readonly [K in keyof T]: RawRating }>
): BuyingStageRow {
  const funnelStage = BUYING_STAGE_FUNNEL[key];
  return {
    key,
    funnelStage,
    label: BUYING_STAGE_LABELS[key],
    tactics: tactics.map((spec, i) => {
      const ratings = {} as Record<TacticCriterion, TacticRating>;
      for (const criterion of TACTIC_CRITERIA) {
        const raw: RawRating = columns[criterion][i];
        ratings[criterion] = { fi: raw, ...RATING_TERMS[raw] };
      }
      return { ...spec, stage: key, funnelStage, ratings };
    }),
  };
}

// Tactics that recur in several stages share their label, kinds and keywords.
const EMAIL_WORDS = ['email', 'mail', 'sähköposti', 'newsletter', 'uutiskirje', 'mailchimp', 'crm', 'sms'];
const SOCIAL_WORDS = [
  'social',
  'sosiaalinen',
  'some',
  'linkedin',
  'instagram',
  'facebook',
  'tiktok',
  'youtube',
  'twitter',
  'threads',
  'pinterest',
];
const CONTENT_WORDS = ['blog', 'blogs', 'blogi', 'content', 'sisältö', 'article', 'artikkeli', 'podcast', 'video', 'guide', 'opas'];
const SEARCH_WORDS = ['sem', 'seo', 'google', 'search', 'hakukone', 'bing'];
const WEBSITE_WORDS = ['landing', 'ländäri', 'laskeutumissivu', 'website', 'web', 'verkkosivu', 'sivusto', 'site'];

const socialMedia: TacticSpec = {
  key: 'social-media',
  label: { en: 'Social media', fi: 'Sosiaalinen media' },
  channelKinds: ['shared'],
  keywords: SOCIAL_WORDS,
};
const contentMarketing: TacticSpec = {
  key: 'content-marketing',
  label: { en: 'Content marketing', fi: 'Sisältömarkkinointi' },
  channelKinds: ['owned'],
  keywords: CONTENT_WORDS,
};
const semSeo: TacticSpec = {
  key: 'sem-seo',
  label: { en: 'SEM / SEO', fi: 'SEM / SEO' },
  channelKinds: ['paid', 'owned'],
  keywords: [...SEARCH_WORDS, 'ads'],
};
const email: TacticSpec = {
  key: 'email',
  label: { en: 'Email', fi: 'Sähköposti' },
  channelKinds: ['owned'],
  keywords: EMAIL_WORDS,
};
const emailLoyalty: TacticSpec = {
  key: 'email-loyalty',
  label: { en: 'Email / loyalty programmes', fi: 'Sähköposti / kanta-asiakasohjelmat' },
  channelKinds: ['owned'],
  keywords: [...EMAIL_WORDS, 'loyalty', 'kanta'],
};

/** The matrix, stage by stage in the matrix's order; every column lists the matrix's cell values in tactic order. */
export const TACTICS_MATRIX: readonly BuyingStageRow[] = [
  stage(
    'awareness',
    [
      {
        key: 'advertising-sem',
        label: { en: 'Advertising / SEM', fi: 'Mainonta / SEM' },
        channelKinds: ['paid'],
        keywords: ['ads', 'ad', 'advertising', 'mainonta', 'mainos', 'sem', 'google', 'display', 'ppc', 'retargeting', 'programmatic'],
      },
      {
        key: 'pr-sponsorship',
        label: { en: 'PR / Sponsorship', fi: 'PR / Sponsorointi' },
        channelKinds: ['earned'],
        keywords: ['pr', 'press', 'tiedote', 'lehdistö', 'sponsorship', 'sponsorointi', 'sponsor'],
      },
      socialMedia,
      contentMarketing,
    ],
    {
      reach: ['Korkea', 'Korkea', 'Korkea', 'Matala/Keskikorkea'],
      'speed-to-make': ['Keskiverto', 'Keskiverto', 'Keskiverto', 'Hidas/Keskiverto'],
      'time-to-effect': ['Nopea/Keskiverto', 'Keskiverto', 'Hidas', 'Keskiverto'],
      'message-strength': ['Keskiverto', 'Keskiverto/Matala', 'Keskiverto/Matala', 'Suuri'],
      targeting: ['Keskiverto/tarkka', 'Matala', 'Matala', 'Keskiverto/tarkka'],
      personalisation: ['Matala', 'Matala', 'Matala', 'Keskiverto/Matala'],
      cost: ['Keskiverto', 'Matala/korkea', 'Keskiverto', 'Korkea'],
      'channel-control': ['Keskiverto', 'Matala', 'Matala', 'Matala/ keskiverto'],
      credibility: ['Matala', 'Keskiverto', 'Matala', 'Matala'],
    }
  ),
  stage(
    'consideration',
    [
      semSeo,
      {
        key: 'landing-page-optimisation',
        // "Ländäri" is the matrix's colloquial word for a landing page; kept as written.
        label: { en: 'Landing page optimisation', fi: 'Ländärioptimointi' },
        channelKinds: ['owned'],
        keywords: WEBSITE_WORDS,
      },
      {
        key: 'inbound-content-marketing',
        label: { en: 'Inbound / content marketing', fi: 'Inbound / Content Marketing' },
        channelKinds: ['owned'],
        keywords: [...CONTENT_WORDS, 'inbound', 'webinar', 'webinaari', 'ebook'],
      },
      socialMedia,
      email,
    ],
    {
      reach: ['Matala/keskikorkea', 'Keskiverto', 'Matala/keskikorkea', 'Keskiverto', 'Matala/keskikorkea'],
      'speed-to-make': ['Keskiverto', 'Keskiverto', 'Hidas', 'Keskiverto', 'Hidas'],
      'time-to-effect': ['Hidas/keskiverto', 'Hidas', 'Hidas', 'Hidas', 'Hidas'],
      'message-strength': ['Matala', 'Suuri', 'Suuri', 'Matala', 'Suuri'],
      targeting: ['Korkea', 'Keskiverto/korkea', 'Tarkka', 'Tarkka', 'Tarkka'],
      personalisation: ['Keskiverto', 'Matala/keskiverto', 'Keskiverto', 'Keskiverto', 'Korkea'],
      cost: ['Keskiverto', 'Korkea', 'Korkea', 'Keskiverto', 'Keskiverto'],
      'channel-control': ['Korkea', 'Korkea', 'Korkea', 'Korkea', 'Korkea'],
      credibility: ['Matala/keskiverto', 'Korkea', 'Korkea', 'Matala/keskiverto', 'Matala/keskiverto'],
    }
  ),
  stage(
    'purchase',
    [
      semSeo,
      email,
      {
        key: 'conversion-optimisation',
        // The source table writes "Konverisio-optimointi"; LTO as written there.
        label: { en: 'Conversion optimisation (LTO)', fi: 'Konversio-optimointi (LTO)' },
        channelKinds: ['owned'],
        keywords: [...WEBSITE_WORDS, 'cro', 'conversion', 'konversio', 'verkkokauppa', 'webshop', 'shop', 'store'],
      },
      contentMarketing,
      {
        key: 'sales-process',
        label: { en: 'Sales process / pitch', fi: 'Myyntiprosessi/-puhe' },
        // A sales conversation is no publishing channel kind: it is matched by name only.
        channelKinds: [],
        keywords: ['sales', 'myynti', 'chat', 'phone', 'puhelin', 'meeting', 'tapaaminen', 'demo'],
      },
      {
        key: 'exhibitions',
        label: { en: 'Exhibitions and trade fairs', fi: 'Näyttelyt' },
        channelKinds: ['paid'],
        keywords: [
          'event',
          'events',
          'tapahtuma',
          'messut',
          'expo',
          'exhibition',
          'näyttely',
          'fair',
          'conference',
          'konferenssi',
          'seminar',
          'seminaari',
          'webinar',
          'webinaari',
        ],
      },
    ],
    {
      reach: ['Matala/keskiverto', 'Matala/keskiverto', 'Keskiverto', 'Matala/keskiverto', 'Matala', 'Keskiverto'],
      'speed-to-make': ['Keskiverto', 'Hidas', 'Keskiverto', 'Hidas', 'Keskiverto', 'Keskiverto'],
      'time-to-effect': ['Hidas/keskiverto', 'Hidas', 'Hidas', 'Hidas', 'Nopea', 'Keskiverto/Hidas'],
      'message-strength': ['Matala', 'Suuri', 'Suuri', 'Suuri', '???', 'Suuri'],
      targeting: ['Tarkka', 'Tarkka', 'Keskiverto/korkea', 'Tarkka', 'Tarkka', 'Matala'],
      personalisation: ['Keskiverto', 'Korkea', 'Matala/keskiverto', 'Keskiverto', 'Korkea', 'Matala'],
      cost: ['Keskiverto', 'Keskiverto', 'Korkea', 'Korkea', 'Korkea', 'Korkea'],
      'channel-control': ['Korkea', 'Korkea', 'Korkea', 'Korkea', 'Korkea', 'Keskiverto'],
      credibility: ['Matala/keskiverto', 'Matala/keskiverto', 'Korkea', 'Korkea', 'Keskiverto/korkea', 'Keskiverto/korkea'],
    }
  ),
  stage('retention', [emailLoyalty, socialMedia], {
    reach: ['Keskiverto', 'Matala/keskikorkea'],
    'speed-to-make': ['Korkea', 'Hidas'],
    'time-to-effect': ['Nopea', 'Nopea/keskiverto'],
    'message-strength': ['Suuri', 'Suuri'],
    targeting: ['Tarkka', 'Tarkka'],
    personalisation: ['Korkea', 'Keskiverto'],
    cost: ['Matala(@)/Korkea (CRM)', '???'],
    'channel-control': ['Korkea', 'Matala/ keskiverto'],
    credibility: ['Keskiverto', 'Korkea'],
  }),
  stage('resale', [emailLoyalty, socialMedia], {
    reach: ['Keskiverto', 'Matala/keskikorkea'],
    'speed-to-make': ['Korkea', 'Keskiverto'],
    'time-to-effect': ['Keskiverto/nopea', 'Nopea/keskiverto'],
    'message-strength': ['Suuri', 'Suuri'],
    targeting: ['Tarkka', 'Tarkka'],
    personalisation: ['Korkea', 'Keskiverto'],
    cost: ['Korkea (CRM)', '???'],
    'channel-control': ['Korkea', 'Matala/ keskiverto'],
    credibility: ['Keskiverto', 'Korkea'],
  }),
];

/** The matrix row of a buying-process stage. */
export function buyingStageRow(key: BuyingStage): BuyingStageRow {
  return TACTICS_MATRIX.find((row) => row.key === key)!;
}

/** The tactic rows of the buying-process stages that map to `stage`, in matrix order (Engage has both post-purchase stages). */
export function tacticsForStage(stage: FunnelStage): Tactic[] {
  return TACTICS_MATRIX.filter((row) => row.funnelStage === stage).flatMap((row) => row.tactics);
}
