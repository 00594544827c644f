import { FUNNEL_STAGES, CHANNEL_KINDS } from '../enums';
import {
  BUYING_STAGES,
  BUYING_STAGE_FUNNEL,
  BUYING_STAGE_LABELS,
  RATING_LEVELS,
  RATING_LEVEL_LABELS,
  TACTICS_MATRIX,
  TACTIC_CRITERIA,
  TACTIC_CRITERION_LABELS,
  buyingStageRow,
  tacticsForStage,
  type BuyingStage,
  type TacticCriterion,
} from './tactics-matrix';
import { suggestChannels, type ChannelLike } from './channel-suggestions';

const tactic = (stage: BuyingStage, fi: string) => {
  const found = buyingStageRow(stage).tactics.find((t) => t.label.fi === fi);
  if (!found) throw new Error(`no tactic ${fi} in ${stage}`);
  return found;
};
const cell = (stage: BuyingStage, fi: string, criterion: TacticCriterion) => tactic(stage, fi).ratings[criterion];
/** A criterion's column for a stage, as the source table writes it: the raw values in tactic order. */
const column = (stage: BuyingStage, criterion: TacticCriterion) => buyingStageRow(stage).tactics.map((t) => t.ratings[criterion].fi);

describe('tactics matrix structure', () => {
  it('has the five buying-process stages in the matrix’s order, mapped onto RACE', () => {
    expect(TACTICS_MATRIX.map((row) => row.key)).toEqual([...BUYING_STAGES]);
    expect(BUYING_STAGE_FUNNEL).toEqual({
      awareness: 'reach',
      consideration: 'act',
      purchase: 'convert',
      retention: 'engage',
      resale: 'engage',
    });
    for (const row of TACTICS_MATRIX) expect(row.funnelStage).toBe(BUYING_STAGE_FUNNEL[row.key]);
  });

  it('has the matrix’s tactics per stage, in order', () => {
    const labels = (stage: BuyingStage) => buyingStageRow(stage).tactics.map((t) => t.label.fi);
    expect(labels('awareness')).toEqual(['Mainonta / SEM', 'PR / Sponsorointi', 'Sosiaalinen media', 'Sisältömarkkinointi']);
    expect(labels('consideration')).toEqual([
      'SEM / SEO',
      'Ländärioptimointi',
      'Inbound / Content Marketing',
      'Sosiaalinen media',
      'Sähköposti',
    ]);
    expect(labels('purchase')).toEqual([
      'SEM / SEO',
      'Sähköposti',
      'Konversio-optimointi (LTO)',
      'Sisältömarkkinointi',
      'Myyntiprosessi/-puhe',
      'Näyttelyt',
    ]);
    expect(labels('retention')).toEqual(['Sähköposti / kanta-asiakasohjelmat', 'Sosiaalinen media']);
    expect(labels('resale')).toEqual(['Sähköposti / kanta-asiakasohjelmat', 'Sosiaalinen media']);
  });

  it('gives every tactic all nine criteria, each with Finnish text, English text and a known level', () => {
    expect(TACTIC_CRITERIA).toHaveLength(9);
    for (const row of TACTICS_MATRIX) {
      for (const t of row.tactics) {
        expect(Object.keys(t.ratings).sort()).toEqual([...TACTIC_CRITERIA].sort());
        for (const criterion of TACTIC_CRITERIA) {
          const rating = t.ratings[criterion];
          expect(rating.fi.trim()).not.toBe('');
          expect(rating.en.trim()).not.toBe('');
          expect(RATING_LEVELS).toContain(rating.level);
        }
        expect(t.stage).toBe(row.key);
        expect(t.funnelStage).toBe(row.funnelStage);
      }
    }
  });

  it('has unique, kebab-case tactic keys within a stage', () => {
    for (const row of TACTICS_MATRIX) {
      const keys = row.tactics.map((t) => t.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('labels stages, criteria, levels and tactics in both languages', () => {
    const labels = [
      ...Object.values(BUYING_STAGE_LABELS),
      ...Object.values(TACTIC_CRITERION_LABELS),
      ...Object.values(RATING_LEVEL_LABELS),
      ...TACTICS_MATRIX.flatMap((row) => [row.label, ...row.tactics.map((t) => t.label)]),
    ];
    for (const label of labels) {
      expect(label.fi.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
    }
    expect(Object.keys(TACTIC_CRITERION_LABELS)).toEqual([...TACTIC_CRITERIA]);
    expect(TACTIC_CRITERION_LABELS.reach.fi).toBe('Peitto');
    expect(TACTIC_CRITERION_LABELS.credibility.fi).toBe('Taktiikan uskottavuus');
    expect(BUYING_STAGE_LABELS.resale.fi).toBe('Oston jälkeinen uudelleenmyynti');
  });

  it('gives every tactic lowercase keywords and valid channel kinds', () => {
    for (const t of TACTICS_MATRIX.flatMap((row) => row.tactics)) {
      expect(t.keywords.length).toBeGreaterThan(0);
      for (const keyword of t.keywords) expect(keyword).toBe(keyword.toLowerCase());
      for (const kind of t.channelKinds) expect(CHANNEL_KINDS).toContain(kind);
    }
  });
});

describe('tactics matrix cells (transcribed from the source table)', () => {
  it('keeps the matrix’s raw text and normalises it', () => {
    expect(cell('awareness', 'Sisältömarkkinointi', 'reach')).toEqual({
      fi: 'Matala/Keskikorkea',
      en: 'Low/upper-medium',
      level: 'low-medium',
    });
    expect(cell('purchase', 'Myyntiprosessi/-puhe', 'message-strength')).toEqual({ fi: '???', en: 'Unknown', level: 'unknown' });
    expect(cell('awareness', 'Sisältömarkkinointi', 'channel-control')).toMatchObject({ fi: 'Matala/ keskiverto', level: 'low-medium' });
    expect(cell('retention', 'Sähköposti / kanta-asiakasohjelmat', 'cost')).toMatchObject({
      fi: 'Matala(@)/Korkea (CRM)',
      level: 'low-high',
    });
    expect(cell('resale', 'Sähköposti / kanta-asiakasohjelmat', 'cost')).toMatchObject({ fi: 'Korkea (CRM)', level: 'high' });
    expect(cell('awareness', 'PR / Sponsorointi', 'cost')).toMatchObject({ fi: 'Matala/korkea', level: 'low-high' });
  });

  it('maps speed and time words onto the low–high scale', () => {
    expect(cell('awareness', 'Mainonta / SEM', 'time-to-effect')).toMatchObject({
      fi: 'Nopea/Keskiverto',
      en: 'Fast/medium',
      level: 'medium-high',
    });
    expect(cell('awareness', 'Sosiaalinen media', 'time-to-effect')).toMatchObject({ fi: 'Hidas', en: 'Slow', level: 'low' });
    expect(cell('purchase', 'Myyntiprosessi/-puhe', 'time-to-effect')).toMatchObject({ fi: 'Nopea', level: 'high' });
    expect(cell('purchase', 'Näyttelyt', 'time-to-effect')).toMatchObject({ fi: 'Keskiverto/Hidas', level: 'low-medium' });
    expect(cell('resale', 'Sähköposti / kanta-asiakasohjelmat', 'time-to-effect')).toMatchObject({
      fi: 'Keskiverto/nopea',
      level: 'medium-high',
    });
    expect(cell('retention', 'Sähköposti / kanta-asiakasohjelmat', 'speed-to-make')).toMatchObject({ fi: 'Korkea', level: 'high' });
    expect(cell('consideration', 'Inbound / Content Marketing', 'targeting')).toMatchObject({ fi: 'Tarkka', en: 'Precise', level: 'high' });
    expect(cell('consideration', 'Sähköposti', 'message-strength')).toMatchObject({ fi: 'Suuri', level: 'high' });
  });

  // Every column of the matrix as the source table's cells read left to right (split mechanically from the source table,
  // independently of the data module), so any mistyped or misplaced cell fails here.
  it.each<[BuyingStage, TacticCriterion, string[]]>([
    ['awareness', 'reach', ['Korkea', 'Korkea', 'Korkea', 'Matala/Keskikorkea']],
    ['awareness', 'speed-to-make', ['Keskiverto', 'Keskiverto', 'Keskiverto', 'Hidas/Keskiverto']],
    ['awareness', 'time-to-effect', ['Nopea/Keskiverto', 'Keskiverto', 'Hidas', 'Keskiverto']],
    ['awareness', 'message-strength', ['Keskiverto', 'Keskiverto/Matala', 'Keskiverto/Matala', 'Suuri']],
    ['awareness', 'targeting', ['Keskiverto/tarkka', 'Matala', 'Matala', 'Keskiverto/tarkka']],
    ['awareness', 'personalisation', ['Matala', 'Matala', 'Matala', 'Keskiverto/Matala']],
    ['awareness', 'cost', ['Keskiverto', 'Matala/korkea', 'Keskiverto', 'Korkea']],
    ['awareness', 'channel-control', ['Keskiverto', 'Matala', 'Matala', 'Matala/ keskiverto']],
    ['awareness', 'credibility', ['Matala', 'Keskiverto', 'Matala', 'Matala']],
    ['consideration', 'reach', ['Matala/keskikorkea', 'Keskiverto', 'Matala/keskikorkea', 'Keskiverto', 'Matala/keskikorkea']],
    ['consideration', 'speed-to-make', ['Keskiverto', 'Keskiverto', 'Hidas', 'Keskiverto', 'Hidas']],
    ['consideration', 'time-to-effect', ['Hidas/keskiverto', 'Hidas', 'Hidas', 'Hidas', 'Hidas']],
    ['consideration', 'message-strength', ['Matala', 'Suuri', 'Suuri', 'Matala', 'Suuri']],
    ['consideration', 'targeting', ['Korkea', 'Keskiverto/korkea', 'Tarkka', 'Tarkka', 'Tarkka']],
    ['consideration', 'personalisation', ['Keskiverto', 'Matala/keskiverto', 'Keskiverto', 'Keskiverto', 'Korkea']],
    ['consideration', 'cost', ['Keskiverto', 'Korkea', 'Korkea', 'Keskiverto', 'Keskiverto']],
    ['consideration', 'channel-control', ['Korkea', 'Korkea', 'Korkea', 'Korkea', 'Korkea']],
    ['consideration', 'credibility', ['Matala/keskiverto', 'Korkea', 'Korkea', 'Matala/keskiverto', 'Matala/keskiverto']],
    ['purchase', 'reach', ['Matala/keskiverto', 'Matala/keskiverto', 'Keskiverto', 'Matala/keskiverto', 'Matala', 'Keskiverto']],
    ['purchase', 'speed-to-make', ['Keskiverto', 'Hidas', 'Keskiverto', 'Hidas', 'Keskiverto', 'Keskiverto']],
    ['purchase', 'time-to-effect', ['Hidas/keskiverto', 'Hidas', 'Hidas', 'Hidas', 'Nopea', 'Keskiverto/Hidas']],
    ['purchase', 'message-strength', ['Matala', 'Suuri', 'Suuri', 'Suuri', '???', 'Suuri']],
    ['purchase', 'targeting', ['Tarkka', 'Tarkka', 'Keskiverto/korkea', 'Tarkka', 'Tarkka', 'Matala']],
    ['purchase', 'personalisation', ['Keskiverto', 'Korkea', 'Matala/keskiverto', 'Keskiverto', 'Korkea', 'Matala']],
    ['purchase', 'cost', ['Keskiverto', 'Keskiverto', 'Korkea', 'Korkea', 'Korkea', 'Korkea']],
    ['purchase', 'channel-control', ['Korkea', 'Korkea', 'Korkea', 'Korkea', 'Korkea', 'Keskiverto']],
    ['purchase', 'credibility', ['Matala/keskiverto', 'Matala/keskiverto', 'Korkea', 'Korkea', 'Keskiverto/korkea', 'Keskiverto/korkea']],
    ['retention', 'reach', ['Keskiverto', 'Matala/keskikorkea']],
    ['retention', 'speed-to-make', ['Korkea', 'Hidas']],
    ['retention', 'time-to-effect', ['Nopea', 'Nopea/keskiverto']],
    ['retention', 'message-strength', ['Suuri', 'Suuri']],
    ['retention', 'targeting', ['Tarkka', 'Tarkka']],
    ['retention', 'personalisation', ['Korkea', 'Keskiverto']],
    ['retention', 'cost', ['Matala(@)/Korkea (CRM)', '???']],
    ['retention', 'channel-control', ['Korkea', 'Matala/ keskiverto']],
    ['retention', 'credibility', ['Keskiverto', 'Korkea']],
    ['resale', 'reach', ['Keskiverto', 'Matala/keskikorkea']],
    ['resale', 'speed-to-make', ['Korkea', 'Keskiverto']],
    ['resale', 'time-to-effect', ['Keskiverto/nopea', 'Nopea/keskiverto']],
    ['resale', 'message-strength', ['Suuri', 'Suuri']],
    ['resale', 'targeting', ['Tarkka', 'Tarkka']],
    ['resale', 'personalisation', ['Korkea', 'Keskiverto']],
    ['resale', 'cost', ['Korkea (CRM)', '???']],
    ['resale', 'channel-control', ['Korkea', 'Matala/ keskiverto']],
    ['resale', 'credibility', ['Keskiverto', 'Korkea']],
  ])('%s / %s', (stage, criterion, values) => {
    expect(column(stage, criterion)).toEqual(values);
  });

  it('has the same number of values in every column of a stage as the stage has tactics', () => {
    const counts = Object.fromEntries(TACTICS_MATRIX.map((row) => [row.key, row.tactics.length]));
    expect(counts).toEqual({ awareness: 4, consideration: 5, purchase: 6, retention: 2, resale: 2 });
  });
});

describe('tacticsForStage', () => {
  it('returns the rows of the buying-process stages mapped to the funnel stage', () => {
    expect(tacticsForStage('reach').map((t) => t.key)).toEqual(['advertising-sem', 'pr-sponsorship', 'social-media', 'content-marketing']);
    expect(tacticsForStage('act').every((t) => t.stage === 'consideration')).toBe(true);
    expect(tacticsForStage('convert')).toHaveLength(6);
    const engage = tacticsForStage('engage');
    expect(engage.map((t) => `${t.stage}/${t.key}`)).toEqual([
      'retention/email-loyalty',
      'retention/social-media',
      'resale/email-loyalty',
      'resale/social-media',
    ]);
  });

  it('covers every funnel stage', () => {
    for (const stage of FUNNEL_STAGES) expect(tacticsForStage(stage).length).toBeGreaterThan(0);
  });
});

describe('suggestChannels', () => {
  const channels: ChannelLike[] = [
    { slug: 'google-ads', name: 'Google Ads', kind: 'paid', platform: 'google' },
    { slug: 'uutiskirje', name: 'Uutiskirje', kind: 'owned', platform: 'Mailchimp' },
    { slug: 'linkedin', name: 'LinkedIn', kind: 'shared', platform: 'linkedin' },
    { slug: 'blogi', name: 'Blogi', kind: 'owned', platform: null },
    { slug: 'messut', name: 'Alan messut', kind: 'earned' },
  ];

  it('suggests a Google Ads paid channel for reach, matched by keyword to advertising', () => {
    const [first] = suggestChannels('reach', channels);
    expect(first.channel.slug).toBe('google-ads');
    expect(first.match).toBe('keyword');
    expect(first.tactic.key).toBe('advertising-sem');
    expect(first.reason.en).toContain('Advertising / SEM');
    expect(first.reason.fi).toContain('Mainonta / SEM');
  });

  it('suggests the email newsletter first for engage', () => {
    const suggestions = suggestChannels('engage', channels);
    expect(suggestions[0].channel.slug).toBe('uutiskirje');
    expect(suggestions[0].tactic.key).toBe('email-loyalty');
    expect(suggestions[0].match).toBe('keyword');
  });

  it('matches Finnish inflected and compound names and ignores diacritics', () => {
    const finnish: ChannelLike[] = [
      { slug: 'a', name: 'Sähköpostimarkkinointi', kind: 'earned' },
      { slug: 'b', name: 'Kuukauden uutiskirjeet', kind: 'earned' },
      { slug: 'c', name: 'Sahkoposti', kind: 'earned' },
    ];
    const suggestions = suggestChannels('engage', finnish, 10);
    expect(suggestions.map((s) => s.match)).toEqual(['keyword', 'keyword', 'keyword']);
  });

  it('needs a short keyword to be a whole word', () => {
    // 'pr' must not match "Product news"; only the kind can match it then.
    const [s] = suggestChannels('reach', [{ slug: 'p', name: 'Product news', kind: 'earned' }]);
    expect(s.match).toBe('kind');
    expect(s.tactic.key).toBe('pr-sponsorship');
    expect(s.reason.en).toMatch(/^Earned channel/);
  });

  it('ranks keyword matches above kind-only matches', () => {
    const list: ChannelLike[] = [
      { slug: 'ad-network', name: 'Aaa network', kind: 'paid' },
      { slug: 'fb', name: 'Zzz Facebook', kind: 'earned' },
    ];
    const suggestions = suggestChannels('reach', list);
    expect(suggestions.map((s) => [s.channel.slug, s.match])).toEqual([
      ['fb', 'keyword'],
      ['ad-network', 'kind'],
    ]);
    expect(suggestions[0].score).toBeGreaterThan(suggestions[1].score);
  });

  it('orders deterministically: by score, then name, whatever the input order', () => {
    const a = suggestChannels('reach', channels, 10);
    const b = suggestChannels('reach', [...channels].reverse(), 10);
    expect(b.map((s) => s.channel.slug)).toEqual(a.map((s) => s.channel.slug));
    for (let i = 1; i < a.length; i++) {
      expect(a[i - 1].score).toBeGreaterThanOrEqual(a[i].score);
      if (a[i - 1].score === a[i].score) expect(a[i - 1].channel.name.localeCompare(a[i].channel.name, 'fi')).toBeLessThanOrEqual(0);
    }
    // Two channels with the same fit are ordered by name.
    const twins = suggestChannels('engage', [
      { slug: 'z', name: 'Uutiskirje B', kind: 'owned' },
      { slug: 'y', name: 'Uutiskirje A', kind: 'owned' },
    ]);
    expect(twins.map((s) => s.channel.name)).toEqual(['Uutiskirje A', 'Uutiskirje B']);
  });

  it('respects the limit (3 by default)', () => {
    expect(suggestChannels('reach', channels)).toHaveLength(3);
    expect(suggestChannels('reach', channels, 1)).toHaveLength(1);
    expect(suggestChannels('reach', channels, 0)).toEqual([]);
    expect(suggestChannels('reach', channels, 100)).toHaveLength(channels.length);
  });

  it('returns [] for no channels, and leaves out channels that match nothing', () => {
    expect(suggestChannels('act', [])).toEqual([]);
    expect(suggestChannels('convert', [{ slug: 'x', name: 'Something', kind: 'unknown-kind' }])).toEqual([]);
  });

  it('returns the caller’s channel objects', () => {
    const mine = [{ slug: 'ig', name: 'Instagram', kind: 'shared', platform: 'instagram', color: '#E1306C' }];
    const [s] = suggestChannels('act', mine);
    expect(s.channel).toBe(mine[0]);
    expect(s.channel.color).toBe('#E1306C');
    expect(s.keyword).toBe('instagram');
  });
});
