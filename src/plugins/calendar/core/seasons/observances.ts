/**
 * Finnish flag days (liputuspäivät) and commercial days, as yearly rules with names in fi/sv/en.
 *
 * Sources: the flag days follow the Ministry of the Interior's list of official and customary flag
 * days (intermin.fi, "Liputus") and the University of Helsinki Almanac Office's calendar; the
 * commercial days are the retail calendar Finnish marketing teams plan around (Black Friday is the
 * Friday after the fourth Thursday of November, US Thanksgiving; Cyber Monday the Monday after).
 * Public holidays themselves come from date-holidays (holidays.ts); the three flag days that are
 * also public holidays are marked `alsoPublic` so the two lists merge into one day.
 */
import { ruleDate, type DayRule } from './observance-rules';
import type { Names, SeasonDay, SeasonLanguage } from './types';

export interface Observance {
  key: string;
  kind: 'flag' | 'commercial';
  rule: DayRule;
  names: Names;
  /** A public holiday too: shown once, as the holiday, with the flag-day mark. */
  alsoPublic?: boolean;
}

const fixed = (month: number, day: number): DayRule => ({ type: 'fixed', month, day });
const nth = (month: number, weekday: number, n: number): DayRule => ({ type: 'nthWeekday', month, weekday, nth: n });
const SUNDAY = 0;
const THURSDAY = 4;
const SATURDAY = 6;
const thanksgiving = nth(11, THURSDAY, 4);

export const OBSERVANCES: readonly Observance[] = [
  { key: 'runeberg', kind: 'flag', rule: fixed(2, 5), names: { fi: 'Runebergin päivä', sv: 'Runebergsdagen', en: 'Runeberg Day' } },
  { key: 'valentine', kind: 'commercial', rule: fixed(2, 14), names: { fi: 'Ystävänpäivä', sv: 'Vändagen', en: "Valentine's Day" } },
  { key: 'kalevala', kind: 'flag', rule: fixed(2, 28), names: { fi: 'Kalevalan päivä', sv: 'Kalevaladagen', en: 'Kalevala Day' } },
  {
    key: 'womens-day',
    kind: 'commercial',
    rule: fixed(3, 8),
    names: { fi: 'Naistenpäivä', sv: 'Internationella kvinnodagen', en: "International Women's Day" },
  },
  {
    key: 'minna-canth',
    kind: 'flag',
    rule: fixed(3, 19),
    names: { fi: 'Minna Canthin päivä', sv: 'Minna Canth-dagen', en: 'Minna Canth Day' },
  },
  {
    key: 'agricola',
    kind: 'flag',
    rule: fixed(4, 9),
    names: { fi: 'Mikael Agricolan päivä', sv: 'Mikael Agricola-dagen', en: 'Mikael Agricola Day' },
  },
  {
    key: 'veterans',
    kind: 'flag',
    rule: fixed(4, 27),
    names: { fi: 'Kansallinen veteraanipäivä', sv: 'Nationella veterandagen', en: "National Veterans' Day" },
  },
  { key: 'vappu', kind: 'flag', rule: fixed(5, 1), alsoPublic: true, names: { fi: 'Vappu', sv: 'Första maj', en: 'May Day' } },
  { key: 'europe', kind: 'flag', rule: fixed(5, 9), names: { fi: 'Eurooppa-päivä', sv: 'Europadagen', en: 'Europe Day' } },
  { key: 'mothers-day', kind: 'flag', rule: nth(5, SUNDAY, 2), names: { fi: 'Äitienpäivä', sv: 'Mors dag', en: "Mother's Day" } },
  {
    key: 'snellman',
    kind: 'flag',
    rule: fixed(5, 12),
    names: { fi: 'J. V. Snellmanin päivä', sv: 'J. V. Snellman-dagen', en: 'J. V. Snellman Day' },
  },
  {
    key: 'fallen',
    kind: 'flag',
    rule: nth(5, SUNDAY, 3),
    names: { fi: 'Kaatuneitten muistopäivä', sv: 'De stupades dag', en: 'Remembrance Day for the Fallen' },
  },
  {
    key: 'defence-forces',
    kind: 'flag',
    rule: fixed(6, 4),
    names: { fi: 'Puolustusvoimain lippujuhlan päivä', sv: 'Försvarsmaktens flaggdag', en: 'Flag Day of the Finnish Defence Forces' },
  },
  {
    key: 'juhannus',
    kind: 'flag',
    rule: { type: 'weekdayFrom', month: 6, day: 20, weekday: SATURDAY },
    alsoPublic: true,
    names: {
      fi: 'Juhannuspäivä, Suomen lipun päivä',
      sv: 'Midsommardagen, den finländska flaggans dag',
      en: 'Midsummer Day, Day of the Finnish Flag',
    },
  },
  { key: 'eino-leino', kind: 'flag', rule: fixed(7, 6), names: { fi: 'Eino Leinon päivä', sv: 'Eino Leino-dagen', en: 'Eino Leino Day' } },
  {
    key: 'nature',
    kind: 'flag',
    rule: nth(8, SATURDAY, -1),
    names: { fi: 'Suomen luonnon päivä', sv: 'Den finska naturens dag', en: 'Finnish Nature Day' },
  },
  {
    key: 'aleksis-kivi',
    kind: 'flag',
    rule: fixed(10, 10),
    names: { fi: 'Aleksis Kiven päivä', sv: 'Aleksis Kivi-dagen', en: 'Aleksis Kivi Day' },
  },
  { key: 'un-day', kind: 'flag', rule: fixed(10, 24), names: { fi: 'YK:n päivä', sv: 'FN-dagen', en: 'United Nations Day' } },
  { key: 'halloween', kind: 'commercial', rule: fixed(10, 31), names: { fi: 'Halloween', sv: 'Halloween', en: 'Halloween' } },
  {
    key: 'swedish-heritage',
    kind: 'flag',
    rule: fixed(11, 6),
    names: { fi: 'Ruotsalaisuuden päivä', sv: 'Svenska dagen', en: 'Finnish Swedish Heritage Day' },
  },
  { key: 'fathers-day', kind: 'flag', rule: nth(11, SUNDAY, 2), names: { fi: 'Isänpäivä', sv: 'Fars dag', en: "Father's Day" } },
  { key: 'singles-day', kind: 'commercial', rule: fixed(11, 11), names: { fi: 'Sinkkujen päivä', sv: 'Singeldagen', en: "Singles' Day" } },
  {
    key: 'childrens-rights',
    kind: 'flag',
    rule: fixed(11, 20),
    names: { fi: 'Lapsen oikeuksien päivä', sv: 'Barnets rättigheters dag', en: "Children's Rights Day" },
  },
  {
    key: 'black-friday',
    kind: 'commercial',
    rule: { type: 'relative', to: thanksgiving, days: 1 },
    names: { fi: 'Black Friday', sv: 'Black Friday', en: 'Black Friday' },
  },
  {
    key: 'cyber-monday',
    kind: 'commercial',
    rule: { type: 'relative', to: thanksgiving, days: 4 },
    names: { fi: 'Cyber Monday', sv: 'Cyber Monday', en: 'Cyber Monday' },
  },
  {
    key: 'independence',
    kind: 'flag',
    rule: fixed(12, 6),
    alsoPublic: true,
    names: { fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen', en: 'Independence Day' },
  },
  {
    key: 'sibelius',
    kind: 'flag',
    rule: fixed(12, 8),
    names: { fi: 'Jean Sibeliuksen päivä', sv: 'Jean Sibelius-dagen', en: 'Jean Sibelius Day' },
  },
];

export interface ObservanceDay extends SeasonDay {
  key: string;
  alsoPublic: boolean;
}

/**
 * The Finnish flag days and commercial days from `from` to `to` (inclusive, YYYY-MM-DD), in date
 * order. The caller bounds the window (a few years at most: one pass per year).
 */
export function observancesBetween(from: string, to: string, lang: SeasonLanguage): ObservanceDay[] {
  const days: ObservanceDay[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const o of OBSERVANCES) {
      const date = ruleDate(o.rule, year);
      if (date < from || date > to) continue;
      days.push({ date, name: o.names[lang], kind: o.kind, country: 'FI', key: o.key, alsoPublic: o.alsoPublic === true });
    }
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}
