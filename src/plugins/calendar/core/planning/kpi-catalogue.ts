/**
 * The metrics a plan can set targets for, per RACE stage: the plan's "Mittarit" list,
 * with the "Mittarit ja tunnusluvut" additions placed at the stage they measure. Finnish
 * labels use the teams' own words. Keys are stable: stored targets and results refer to them.
 */
import type { Bilingual, FunnelStage } from '../enums';

export const KPI_UNITS = ['count', 'percent', 'currency', 'seconds', 'ratio', 'score', 'position'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/** Which way is good: a cost or a search position is better when lower. */
export type KpiDirection = 'higher' | 'lower';

interface KpiMetricDefinition {
  key: string;
  stage: FunnelStage;
  unit: KpiUnit;
  better: KpiDirection;
  label: Bilingual;
}

const DEFINITIONS = [
  // Reach — "TIETOISUUS"
  {
    key: 'site-visits',
    stage: 'reach',
    unit: 'count',
    better: 'higher',
    label: { en: 'Site visits', fi: 'Verkkosivuston vierailujen määrä' },
  },
  // "Googlen hakutuloksissa nouseminen" (rising in Google's results) is measured as the position.
  {
    key: 'search-ranking',
    stage: 'reach',
    unit: 'position',
    better: 'lower',
    label: { en: 'Google search ranking', fi: 'Sijoitus Googlen hakutuloksissa' },
  },
  {
    key: 'social-reach',
    stage: 'reach',
    unit: 'count',
    better: 'higher',
    label: { en: 'Social media reach', fi: 'Sosiaalisen median tavoittavuus' },
  },
  { key: 'cost-per-click', stage: 'reach', unit: 'currency', better: 'lower', label: { en: 'Cost per click', fi: 'Klikkauksen hinta' } },
  {
    key: 'cpm',
    stage: 'reach',
    unit: 'currency',
    better: 'lower',
    label: { en: 'Cost per 1,000 impressions (CPM)', fi: '1000 näyttökerran hinta' },
  },
  // Also tracked: visitor growth, traffic sources and the best ads are about being found.
  {
    key: 'visitor-growth',
    stage: 'reach',
    unit: 'percent',
    better: 'higher',
    label: { en: 'Visitor growth', fi: 'Kävijämäärän kehittyminen' },
  },
  // Counted as the number of sources that bring visitors: a wider mix reaches more people.
  {
    key: 'traffic-sources',
    stage: 'reach',
    unit: 'count',
    better: 'higher',
    label: { en: 'Traffic sources', fi: 'Kävijäliikenteen lähteet' },
  },
  // "Tehokkaimmat mainokset" (the most effective ads) as a number: the click-through rate of the best ad.
  {
    key: 'best-ad-ctr',
    stage: 'reach',
    unit: 'percent',
    better: 'higher',
    label: { en: 'Click-through rate of the best ads', fi: 'Tehokkaimmat mainokset (klikkausprosentti)' },
  },

  // Act — "VUOROVAIKUTUS"
  { key: 'time-on-site', stage: 'act', unit: 'seconds', better: 'higher', label: { en: 'Time on site', fi: 'Sivustolla vietetty aika' } },
  { key: 'bounce-rate', stage: 'act', unit: 'percent', better: 'lower', label: { en: 'Bounce rate', fi: 'Kävijöiden välitön poistumis%' } },
  {
    key: 'scroll-depth',
    stage: 'act',
    unit: 'percent',
    better: 'higher',
    label: { en: 'Scroll depth', fi: 'Kuinka pitkälle sivuja selataan' },
  },
  { key: 'pages-per-visit', stage: 'act', unit: 'count', better: 'higher', label: { en: 'Pages per visit', fi: 'Vierailtu sivumäärä' } },
  {
    key: 'newsletter-signups',
    stage: 'act',
    unit: 'count',
    better: 'higher',
    label: { en: 'Newsletter sign-ups', fi: 'Uutiskirjeiden tilausmäärä' },
  },
  {
    key: 'guide-downloads',
    stage: 'act',
    unit: 'count',
    better: 'higher',
    label: { en: 'Guide downloads', fi: 'Ladattujen oppaiden määrä' },
  },
  { key: 'cost-per-lead', stage: 'act', unit: 'currency', better: 'lower', label: { en: 'Cost per lead', fi: 'Liidin hinta' } },
  {
    key: 'social-engagement',
    stage: 'act',
    unit: 'count',
    better: 'higher',
    label: { en: 'Social engagement (likes, comments, shares)', fi: 'SoMe-julkaisuihin sitoutuminen (tykkää, kommentoi, jakaa edelleen)' },
  },
  // Also tracked: content views and reactions are interaction, like social engagement above.
  {
    key: 'most-viewed-content',
    stage: 'act',
    unit: 'count',
    better: 'higher',
    label: { en: 'Views of the most-viewed content', fi: 'Katsotuin sisältö' },
  },
  {
    key: 'posts-with-reactions',
    stage: 'act',
    unit: 'count',
    better: 'higher',
    label: { en: 'Posts that collect reactions', fi: 'Reaktioita keräävät päivitykset' },
  },

  // Convert — "KONVERTOITUMINEN"
  {
    key: 'form-contacts',
    stage: 'convert',
    unit: 'count',
    better: 'higher',
    label: { en: 'Contacts through forms', fi: 'Yhteydenottojen määrä lomakkeilla' },
  },
  {
    key: 'contact-clicks',
    stage: 'convert',
    unit: 'count',
    better: 'higher',
    label: { en: 'Email and phone number clicks', fi: 'Sähköpostien ja puhelinnumeroiden klikkauksien määrä' },
  },
  { key: 'deals', stage: 'convert', unit: 'count', better: 'higher', label: { en: 'Deals closed', fi: 'Tehdyt kaupat' } },
  { key: 'purchases', stage: 'convert', unit: 'count', better: 'higher', label: { en: 'Purchases', fi: 'Ostot' } },
  {
    key: 'roas',
    stage: 'convert',
    unit: 'ratio',
    better: 'higher',
    label: { en: 'Return on ad spend (ROAS)', fi: 'Mainontaan sijoitetun pääoman tuotto' },
  },
  // Also tracked
  { key: 'conversion-rate', stage: 'convert', unit: 'percent', better: 'higher', label: { en: 'Conversion rate', fi: 'Konversioaste' } },
  {
    key: 'average-order-value',
    stage: 'convert',
    unit: 'currency',
    better: 'higher',
    label: { en: 'Average order value', fi: 'Keskiostoksen arvo' },
  },

  // Engage — "SITOUTTAMINEN"
  { key: 'repeat-purchases', stage: 'engage', unit: 'count', better: 'higher', label: { en: 'Repeat purchases', fi: 'Uudelleenostot' } },
  { key: 'referrals', stage: 'engage', unit: 'count', better: 'higher', label: { en: 'Referrals', fi: 'Suosittelut' } },
  { key: 'reviews', stage: 'engage', unit: 'count', better: 'higher', label: { en: 'Reviews', fi: 'Arvostelut' } },
  {
    key: 'email-open-rate',
    stage: 'engage',
    unit: 'percent',
    better: 'higher',
    label: { en: 'Email open rate', fi: 'Sähköpostien avausprosentti' },
  },
  {
    key: 'returning-visitors',
    stage: 'engage',
    unit: 'count',
    better: 'higher',
    label: { en: 'Returning visitors', fi: 'Sivustolle palaavien kävijöiden määrä' },
  },
  {
    key: 'recurring-customers',
    stage: 'engage',
    unit: 'count',
    better: 'higher',
    label: { en: 'Customers on recurring billing', fi: 'Jatkuvasti laskutettavien asiakkaiden määrä' },
  },
  // Also tracked: advocacy (Puolestapuhuminen) is the Engage stage.
  { key: 'nps', stage: 'engage', unit: 'score', better: 'higher', label: { en: 'Net Promoter Score (NPS)', fi: 'NPS' } },
] as const satisfies readonly KpiMetricDefinition[];

export type KpiMetricKey = (typeof DEFINITIONS)[number]['key'];

export interface KpiMetric extends KpiMetricDefinition {
  key: KpiMetricKey;
}

/** Every metric, grouped by stage in RACE order. */
export const KPI_METRICS: readonly KpiMetric[] = DEFINITIONS;

export const KPI_METRIC_KEYS: readonly KpiMetricKey[] = KPI_METRICS.map((m) => m.key);

const BY_KEY = new Map<string, KpiMetric>(KPI_METRICS.map((m) => [m.key, m]));

/** The metric with `key`, or undefined for a key the catalogue does not know. */
export function kpiMetric(key: string): KpiMetric | undefined {
  return BY_KEY.get(key);
}

export function isKpiMetric(key: unknown): key is KpiMetricKey {
  return typeof key === 'string' && BY_KEY.has(key);
}

/** The metrics of a RACE stage, in catalogue order. */
export function metricsForStage(stage: FunnelStage): KpiMetric[] {
  return KPI_METRICS.filter((m) => m.stage === stage);
}

/**
 * How far a result is towards its target, as a ratio where 1 is "on target" and more is better:
 * result / target when higher is better, target / result when lower is better (a cost of 0.50
 * against a target of 1.00 is 2). Null when it cannot be computed: a missing or non-finite number,
 * a target ≤ 0 (nothing to divide by, or a target that makes no sense as a ratio), or, for a
 * lower-is-better metric, a result ≤ 0. A negative result of a higher-is-better metric (an NPS
 * below zero) gives a negative ratio.
 */
export function kpiAttainment(
  metric: KpiMetric | KpiMetricKey,
  target: number | null | undefined,
  result: number | null | undefined
): number | null {
  const m = typeof metric === 'string' ? kpiMetric(metric) : metric;
  if (!m || target == null || result == null || !Number.isFinite(target) || !Number.isFinite(result) || target <= 0) return null;
  if (m.better === 'higher') return result / target;
  return result > 0 ? target / result : null;
}
