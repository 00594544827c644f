/**
 * The demo annual plan of "Lumo Koti", a Finnish home and interior retailer (web shop + 12
 * stores). Dates are month/day/hour in the plan's year, local Helsinki time; the seeder turns them
 * into instants. Every RACE stage and 5S goal is covered, with a few deliberate gaps for planning.
 */

export type Stage = 'reach' | 'act' | 'convert' | 'engage';
export type Goal = 'sell' | 'serve' | 'speak' | 'save' | 'sizzle';
export type Format =
  | 'article'
  | 'social-post'
  | 'newsletter'
  | 'video'
  | 'webinar'
  | 'guide'
  | 'case-study'
  | 'review'
  | 'landing-page'
  | 'ad'
  | 'podcast'
  | 'event'
  | 'other';

export const COMPANY = 'Lumo Koti';

export const CHANNELS = [
  {
    name: 'Verkkosivusto ja blogi',
    slug: 'verkkosivusto',
    kind: 'owned',
    platform: 'lumokoti.fi',
    color: '#1F6FEB',
    description: 'Verkkokauppa, blogi ja laskeutumissivut.',
  },
  {
    name: 'Uutiskirje',
    slug: 'uutiskirje',
    kind: 'owned',
    platform: 'Sähköposti',
    color: '#8250DF',
    description: 'Viikoittainen uutiskirje 48 000 tilaajalle.',
  },
  {
    name: 'Instagram',
    slug: 'instagram',
    kind: 'shared',
    platform: 'Instagram',
    color: '#E4405F',
    description: 'Inspiraatiota, kulissien takaa, reels-videot.',
  },
  {
    name: 'Facebook',
    slug: 'facebook',
    kind: 'shared',
    platform: 'Facebook',
    color: '#1877F2',
    description: 'Myymälätapahtumat ja asiakaspalvelu.',
  },
  {
    name: 'LinkedIn',
    slug: 'linkedin',
    kind: 'shared',
    platform: 'LinkedIn',
    color: '#0A66C2',
    description: 'Yritysmyynti ja työnantajakuva.',
  },
  {
    name: 'Google Ads',
    slug: 'google-ads',
    kind: 'paid',
    platform: 'Google',
    color: '#FBBC04',
    description: 'Hakusanamainonta ja Shopping-kampanjat.',
  },
  {
    name: 'Meta-mainonta',
    slug: 'meta-mainonta',
    kind: 'paid',
    platform: 'Meta',
    color: '#0081FB',
    description: 'Facebook- ja Instagram-mainokset, retargeting.',
  },
  {
    name: 'Vaikuttajayhteistyö',
    slug: 'vaikuttajat',
    kind: 'earned',
    platform: 'Blogit ja some',
    color: '#2DA44E',
    description: 'Sisustusvaikuttajat ja tuotearviot.',
  },
] as const;

export type ChannelSlug = (typeof CHANNELS)[number]['slug'];

export const PERSONAS = [
  {
    key: 'petra',
    name: 'Perheellinen Petra',
    segment: 'Lapsiperheet, 30–45 v.',
    description: 'Kahden lapsen äiti omakotitalossa Tampereella; ostaa kodin tarvikkeita verkosta iltaisin.',
    needs: 'Kestävät ja helppohoitoiset tuotteet, nopea toimitus, selkeät ohjeet.',
    pains: 'Aikaa on vähän; vertailu kaupasta toiseen turhauttaa.',
    valueProposition: 'Koko perheen koti yhdestä paikasta, toimitus seuraavana päivänä.',
    channels: ['facebook', 'uutiskirje', 'instagram'],
  },
  {
    key: 'sanna',
    name: 'Sisustaja Sanna',
    segment: 'Kaupunkilaiset sisustajat, 25–35 v.',
    description: 'Vuokrakaksio Helsingissä; seuraa sisustusvaikuttajia ja tallentaa ideoita.',
    needs: 'Inspiraatio, trendit, edulliset tavat uudistaa kotia.',
    pains: 'Pieni tila ja budjetti; pelkää ostavansa vääränsävyistä.',
    valueProposition: 'Trendikäs koti pienellä budjetilla, sisustusneuvonta maksutta.',
    channels: ['instagram', 'vaikuttajat', 'meta-mainonta'],
  },
  {
    key: 'seppo',
    name: 'Seniori Seppo',
    segment: 'Aktiiviset eläkeläiset, 60+ v.',
    description: 'Remontoi kesämökkiä ja asioi mieluiten myymälässä, mutta vertailee verkossa.',
    needs: 'Laatu, henkilökohtainen palvelu, asennus ja kotiinkuljetus.',
    pains: 'Verkkokaupan pienet fontit ja monimutkainen kassa.',
    valueProposition: 'Asiantunteva palvelu myymälässä ja puhelimessa, asennus samalla kertaa.',
    channels: ['verkkosivusto', 'uutiskirje', 'facebook'],
  },
  {
    key: 'yrjo',
    name: 'Yritysostaja Yrjö',
    segment: 'Pk-yritysten hankinnat',
    description: 'Kalustaa toimistoja ja taukotiloja 20–200 hengen yrityksille.',
    needs: 'Laskutus, volyymialennukset, toimitusvarmuus.',
    pains: 'Tarjouspyyntöjen hitaus, epäselvät toimitusajat.',
    valueProposition: 'Yritysasiakkaan oma yhteyshenkilö ja tarjous 24 tunnissa.',
    channels: ['linkedin', 'google-ads', 'verkkosivusto'],
  },
] as const;

export type PersonaKey = (typeof PERSONAS)[number]['key'];

export interface ThemeSeed {
  name: string;
  description: string;
  color: string;
  start: [number, number]; // [month, day]
  end: [number, number];
  goal: Goal;
}

export const THEMES: ThemeSeed[] = [
  {
    name: 'Talvi-ale',
    description: 'Vuoden suurin ale: mallistonvaihto ja varastotyhjennys.',
    color: '#4C9AFF',
    start: [1, 2],
    end: [1, 31],
    goal: 'sell',
  },
  {
    name: 'Ystävänpäivä',
    description: 'Lahjat ja yhdessäolo; kampanja ystäville ja kumppaneille.',
    color: '#FF5C8A',
    start: [2, 1],
    end: [2, 14],
    goal: 'sizzle',
  },
  {
    name: 'Kevätsisustus',
    description: 'Valoa ja väriä kotiin: kevään trendit ja tekstiilit.',
    color: '#7BC67B',
    start: [3, 1],
    end: [4, 15],
    goal: 'serve',
  },
  { name: 'Äitienpäivä', description: 'Äitienpäivän lahjaideat ja kattaus.', color: '#E86FB5', start: [4, 20], end: [5, 10], goal: 'sell' },
  {
    name: 'Kesä ja terassi',
    description: 'Piha, parveke ja mökki; ulkokalusteet ja grillaus.',
    color: '#FFB020',
    start: [6, 1],
    end: [8, 10],
    goal: 'sizzle',
  },
  {
    name: 'Suvanto: kehitystyö',
    description: 'Hiljainen heinäkuu: verkkokaupan ja sisältöjen kehitys.',
    color: '#A0A0A0',
    start: [7, 1],
    end: [7, 31],
    goal: 'save',
  },
  {
    name: 'Koulujen alku',
    description: 'Back to school: lastenhuoneet, työpisteet ja säilytys.',
    color: '#00B8D9',
    start: [8, 1],
    end: [8, 31],
    goal: 'sell',
  },
  {
    name: 'Syksyn kodinhoito',
    description: 'Kodin huolto, tekstiilien vaihto ja valaistus pimeään aikaan.',
    color: '#B5651D',
    start: [9, 15],
    end: [10, 31],
    goal: 'serve',
  },
  {
    name: 'Black Friday',
    description: 'Black Friday -viikko ja Cyber Monday.',
    color: '#172B4D',
    start: [11, 16],
    end: [11, 30],
    goal: 'sell',
  },
  { name: 'Joulu', description: 'Joulun sisustus, lahjat ja kattaus.', color: '#C9372C', start: [11, 20], end: [12, 24], goal: 'sizzle' },
];

export interface PieceSeed {
  title: string;
  summary: string;
  format: Format;
  stage: Stage;
  goal: Goal;
  channels: ChannelSlug[];
  personas: PersonaKey[];
  theme?: string;
  /** [month, day, hour, minute]; none = backlog. */
  at?: [number, number, number, number?];
  recurrence?: string;
  /** Local dates (MM-DD) to skip, at the piece's own time of day. */
  skip?: string[];
  notes?: string;
}

type Row = [number, number, number, string, Format, Stage, Goal, ChannelSlug[], PersonaKey[]];

/** Theme campaigns: each row is month, day, hour, title, format, stage, goal, channels, personas. */
const CAMPAIGNS: Record<string, Row[]> = {
  'Talvi-ale': [
    [1, 2, 8, 'Talvi-ale alkaa: jopa −60 %', 'landing-page', 'convert', 'sell', ['verkkosivusto'], ['petra', 'sanna']],
    [1, 2, 9, 'Talvi-alen hakusanakampanja', 'ad', 'reach', 'sell', ['google-ads'], ['petra', 'seppo']],
    [1, 3, 18, 'Alen parhaat löydöt -reels', 'video', 'reach', 'sizzle', ['instagram'], ['sanna']],
    [1, 8, 10, 'Näin löydät alesta laatua', 'article', 'act', 'serve', ['verkkosivusto'], ['seppo']],
    [1, 12, 12, 'Retargeting: ostoskoriin jääneet', 'ad', 'convert', 'sell', ['meta-mainonta'], ['petra', 'sanna']],
    [1, 15, 19, 'Vaikuttajan alelöydöt', 'social-post', 'reach', 'sizzle', ['vaikuttajat'], ['sanna']],
    [1, 22, 9, 'Viimeiset alepäivät', 'ad', 'convert', 'sell', ['meta-mainonta', 'facebook'], ['petra']],
    [1, 28, 10, 'Asiakaskysely: alekokemus', 'other', 'engage', 'speak', ['uutiskirje'], ['petra', 'seppo']],
  ],
  Ystävänpäivä: [
    [2, 2, 9, 'Ystävänpäivän lahjaopas', 'guide', 'act', 'sell', ['verkkosivusto'], ['sanna', 'petra']],
    [2, 4, 18, 'Kilpailu: kenelle ystävänpäivän kukat?', 'social-post', 'engage', 'speak', ['instagram', 'facebook'], ['sanna', 'petra']],
    [2, 6, 9, 'Kattaus kahdelle -video', 'video', 'reach', 'sizzle', ['instagram'], ['sanna']],
    [2, 9, 12, 'Lahjakortit verkosta heti', 'landing-page', 'convert', 'sell', ['verkkosivusto', 'google-ads'], ['petra', 'seppo']],
    [2, 12, 9, 'Työkaverille kiitos: toimiston ystävänpäivä', 'social-post', 'reach', 'sizzle', ['linkedin'], ['yrjo']],
  ],
  Kevätsisustus: [
    [3, 2, 9, 'Kevään sisustustrendit 2026', 'article', 'reach', 'sizzle', ['verkkosivusto'], ['sanna']],
    [3, 5, 18, 'Webinaari: värit pieneen kotiin', 'webinar', 'act', 'serve', ['verkkosivusto', 'instagram'], ['sanna']],
    [3, 10, 9, 'Kevättekstiilit-kampanja', 'ad', 'reach', 'sell', ['meta-mainonta'], ['sanna', 'petra']],
    [3, 16, 10, 'Ladattava opas: kevätsiivous ja säilytys', 'guide', 'act', 'save', ['verkkosivusto', 'uutiskirje'], ['petra']],
    [3, 20, 19, 'Vaikuttajan kevätkoti', 'social-post', 'reach', 'sizzle', ['vaikuttajat'], ['sanna']],
    [3, 25, 9, 'Asiakastarina: lastenhuoneen muodonmuutos', 'case-study', 'act', 'speak', ['verkkosivusto', 'facebook'], ['petra']],
    [4, 1, 12, 'Sisustusneuvonta ajanvarauksella', 'landing-page', 'convert', 'serve', ['verkkosivusto'], ['seppo', 'sanna']],
    [4, 8, 9, 'Kevään tuotearviot: tekstiilit', 'review', 'act', 'serve', ['verkkosivusto'], ['sanna', 'seppo']],
  ],
  Äitienpäivä: [
    [4, 21, 9, 'Äitienpäivän kampanja', 'landing-page', 'convert', 'sell', ['verkkosivusto'], ['petra', 'seppo']],
    [4, 22, 9, 'Äitienpäivän lahjaideat', 'guide', 'act', 'sell', ['verkkosivusto', 'uutiskirje'], ['petra', 'seppo']],
    [4, 24, 18, 'Äitienpäivän aamiaiskattaus -reels', 'video', 'reach', 'sizzle', ['instagram'], ['sanna', 'petra']],
    [4, 28, 9, 'Äitienpäivän hakukampanja', 'ad', 'reach', 'sell', ['google-ads'], ['petra', 'seppo']],
    [5, 2, 12, 'Kerro äidistäsi -kilpailu', 'social-post', 'engage', 'speak', ['facebook'], ['petra', 'seppo']],
    [5, 5, 9, 'Viime hetken lahjat noudolla myymälästä', 'ad', 'convert', 'sell', ['meta-mainonta'], ['petra']],
    [5, 12, 10, 'Kiitos äideille – kilpailun voittajat', 'social-post', 'engage', 'sizzle', ['facebook', 'instagram'], ['petra']],
  ],
  'Kesä ja terassi': [
    [6, 1, 9, 'Terassikauden avaus', 'landing-page', 'convert', 'sell', ['verkkosivusto'], ['petra', 'seppo']],
    [6, 2, 9, 'Ulkokalusteiden hakukampanja', 'ad', 'reach', 'sell', ['google-ads'], ['seppo', 'petra']],
    [6, 4, 18, 'Parvekkeen kesämuutos -video', 'video', 'reach', 'sizzle', ['instagram', 'vaikuttajat'], ['sanna']],
    [6, 9, 10, 'Opas: ulkokalusteiden hoito', 'guide', 'act', 'serve', ['verkkosivusto'], ['seppo']],
    [6, 16, 9, 'Mökin remonttivinkit', 'article', 'act', 'serve', ['verkkosivusto', 'facebook'], ['seppo']],
    [6, 22, 12, 'Juhannuskattaus', 'social-post', 'reach', 'sizzle', ['instagram', 'facebook'], ['petra', 'sanna']],
    [8, 3, 9, 'Kesän tuotearviot: grillit', 'review', 'act', 'sell', ['verkkosivusto'], ['seppo']],
  ],
  'Suvanto: kehitystyö': [
    [
      7,
      6,
      10,
      'Verkkokaupan kassan uudistus: asiakastiedote',
      'article',
      'engage',
      'serve',
      ['verkkosivusto', 'uutiskirje'],
      ['seppo', 'petra'],
    ],
    [7, 13, 10, 'Chatbot palvelemaan iltaisin', 'landing-page', 'engage', 'save', ['verkkosivusto'], ['petra']],
    [7, 20, 10, 'Itsepalveluportaali yritysasiakkaille', 'landing-page', 'engage', 'save', ['verkkosivusto', 'linkedin'], ['yrjo']],
  ],
  'Koulujen alku': [
    [8, 4, 9, 'Koulujen alku: lastenhuoneen säilytys', 'guide', 'act', 'serve', ['verkkosivusto'], ['petra']],
    [8, 5, 9, 'Koululaisen työpiste -kampanja', 'ad', 'reach', 'sell', ['meta-mainonta', 'google-ads'], ['petra']],
    [8, 7, 18, 'Syksyn rutiinit -reels', 'video', 'reach', 'sizzle', ['instagram'], ['petra']],
    [8, 11, 12, 'Paketti: työpöytä + tuoli + valaisin', 'landing-page', 'convert', 'sell', ['verkkosivusto'], ['petra']],
    [8, 18, 9, 'Etätyöpiste yrityksille', 'ad', 'reach', 'sell', ['linkedin'], ['yrjo']],
    [8, 25, 10, 'Asiakastarina: koulun taukotila', 'case-study', 'act', 'speak', ['linkedin', 'verkkosivusto'], ['yrjo']],
  ],
  'Syksyn kodinhoito': [
    [9, 15, 9, 'Syksyn tekstiilivaihto', 'article', 'reach', 'sizzle', ['verkkosivusto', 'instagram'], ['sanna']],
    [9, 17, 18, 'Webinaari: valaistus pimeään aikaan', 'webinar', 'act', 'serve', ['verkkosivusto'], ['seppo', 'sanna']],
    [9, 22, 9, 'Valaisinkampanja', 'ad', 'reach', 'sell', ['meta-mainonta', 'google-ads'], ['seppo', 'sanna']],
    [9, 29, 10, 'Ladattava opas: kodin huolto syksyllä', 'guide', 'act', 'save', ['verkkosivusto', 'uutiskirje'], ['seppo']],
    [10, 6, 9, 'Asennuspalvelu kotiin', 'landing-page', 'convert', 'serve', ['verkkosivusto'], ['seppo']],
    [10, 13, 19, 'Vaikuttajan syyskoti', 'social-post', 'reach', 'sizzle', ['vaikuttajat'], ['sanna']],
    [10, 20, 10, 'Asiakaskysely: palvelukokemus', 'other', 'engage', 'speak', ['uutiskirje'], ['seppo', 'petra']],
    [10, 27, 9, 'Tuotearviot: valaisimet', 'review', 'act', 'serve', ['verkkosivusto'], ['sanna', 'seppo']],
  ],
  'Black Friday': [
    [11, 16, 9, 'Black Friday -ennakko jäsenille', 'newsletter', 'engage', 'sell', ['uutiskirje'], ['petra', 'sanna']],
    [11, 20, 9, 'Black Friday -hakukampanja', 'ad', 'reach', 'sell', ['google-ads'], ['petra', 'seppo', 'sanna']],
    [11, 24, 8, 'Black Friday -viikko alkaa', 'landing-page', 'convert', 'sell', ['verkkosivusto'], ['petra', 'sanna']],
    [11, 25, 18, 'Black Friday -tarjoukset -reels', 'video', 'reach', 'sizzle', ['instagram', 'meta-mainonta'], ['sanna']],
    [11, 27, 7, 'Black Friday: päivän tarjoukset', 'ad', 'convert', 'sell', ['meta-mainonta', 'facebook'], ['petra']],
    [11, 30, 9, 'Cyber Monday: toimistokalusteet', 'ad', 'convert', 'sell', ['linkedin', 'google-ads'], ['yrjo']],
  ],
  Joulu: [
    [11, 21, 9, 'Joulun sisustustrendit', 'article', 'reach', 'sizzle', ['verkkosivusto'], ['sanna']],
    [11, 26, 10, 'Joululahjaopas koko perheelle', 'guide', 'act', 'sell', ['verkkosivusto', 'uutiskirje'], ['petra', 'seppo']],
    [12, 1, 9, 'Joulukalenteri: 24 luukkua tarjouksia', 'social-post', 'engage', 'sizzle', ['instagram', 'facebook'], ['petra', 'sanna']],
    [12, 3, 18, 'Webinaari: joulukattaus', 'webinar', 'act', 'serve', ['verkkosivusto'], ['sanna', 'seppo']],
    [12, 8, 9, 'Yrityslahjat henkilöstölle', 'landing-page', 'convert', 'sell', ['linkedin', 'verkkosivusto'], ['yrjo']],
    [12, 14, 9, 'Viimeiset toimituspäivät ennen joulua', 'newsletter', 'convert', 'serve', ['uutiskirje'], ['petra', 'seppo']],
    [12, 18, 12, 'Lahjakortit: ehtii vielä', 'ad', 'convert', 'sell', ['meta-mainonta', 'google-ads'], ['petra']],
    [
      12,
      23,
      10,
      'Hyvää joulua asiakkaillemme',
      'video',
      'engage',
      'sizzle',
      ['instagram', 'facebook', 'linkedin'],
      ['petra', 'sanna', 'seppo', 'yrjo'],
    ],
  ],
};

/** Evergreen content between campaigns, a few a month. */
const EVERGREEN: Row[] = [
  [1, 20, 10, 'Näin mitoitat sohvan', 'guide', 'act', 'serve', ['verkkosivusto'], ['seppo', 'petra']],
  [2, 18, 10, 'Työnantajakuva: myymäläpäällikön päivä', 'video', 'reach', 'sizzle', ['linkedin'], ['yrjo']],
  [2, 24, 9, 'Palautukset ja vaihdot helposti', 'article', 'engage', 'serve', ['verkkosivusto'], ['seppo', 'petra']],
  [3, 12, 12, 'Toimistojen kalustus: tarjous 24 tunnissa', 'landing-page', 'convert', 'sell', ['linkedin', 'google-ads'], ['yrjo']],
  [4, 14, 10, 'Podcast: kestävä sisustaminen', 'podcast', 'reach', 'sizzle', ['verkkosivusto'], ['sanna']],
  [5, 19, 9, 'Kanta-asiakasedut uudistuvat', 'article', 'engage', 'save', ['uutiskirje', 'verkkosivusto'], ['petra', 'seppo']],
  [5, 26, 12, 'Asiakastarina: ravintolan kalustus', 'case-study', 'act', 'speak', ['linkedin'], ['yrjo']],
  [6, 26, 10, 'Kysy sisustussuunnittelijalta -live', 'event', 'engage', 'speak', ['instagram'], ['sanna']],
  [7, 28, 10, 'Kesän parhaat asiakaskuvat', 'social-post', 'engage', 'speak', ['instagram'], ['sanna', 'petra']],
  [8, 28, 9, 'Digitaalinen tuotekortti myymälässä', 'article', 'engage', 'save', ['verkkosivusto'], ['seppo']],
  [9, 3, 10, 'Messut: Habitare-osasto', 'event', 'reach', 'sizzle', ['linkedin', 'instagram', 'facebook'], ['sanna', 'yrjo']],
  [9, 9, 12, 'Yritysasiakkaan tilausportaali', 'landing-page', 'convert', 'save', ['verkkosivusto', 'linkedin'], ['yrjo']],
  [
    10,
    2,
    10,
    'Kierrätys: vanhat huonekalut uusiokäyttöön',
    'article',
    'engage',
    'sizzle',
    ['verkkosivusto', 'facebook'],
    ['petra', 'seppo'],
  ],
  [11, 4, 9, 'Hinnoittelun läpinäkyvyys: näin hinta syntyy', 'article', 'act', 'speak', ['verkkosivusto'], ['seppo']],
  [11, 10, 10, 'Asiakaspalvelun chat laajenee viikonloppuihin', 'social-post', 'engage', 'serve', ['facebook'], ['seppo', 'petra']],
  [12, 10, 10, 'Vuoden katsaus yritysasiakkaille', 'newsletter', 'engage', 'speak', ['linkedin'], ['yrjo']],
  [1, 14, 9, 'Hakukoneoptimointi: sohvat-kategoria', 'article', 'reach', 'sell', ['verkkosivusto'], ['petra', 'seppo']],
  [1, 27, 12, 'Yritysasiakkaan vuosisopimus', 'landing-page', 'convert', 'sell', ['linkedin'], ['yrjo']],
  [2, 11, 10, 'Matot ja akustiikka: opas', 'guide', 'act', 'serve', ['verkkosivusto'], ['sanna', 'yrjo']],
  [2, 26, 18, 'Kevään uutuudet ennakkoon', 'newsletter', 'engage', 'sell', ['uutiskirje'], ['sanna', 'petra']],
  [3, 18, 9, 'Google Shopping: kevään uutuudet', 'ad', 'convert', 'sell', ['google-ads'], ['sanna', 'petra']],
  [3, 30, 12, 'Toimiston kevätpäivitys', 'social-post', 'reach', 'sizzle', ['linkedin'], ['yrjo']],
  [4, 6, 18, 'Pääsiäisen kattaus', 'social-post', 'reach', 'sizzle', ['instagram', 'facebook'], ['petra', 'sanna']],
  [4, 16, 9, 'Tuotearvio: kestävät lastenkalusteet', 'review', 'act', 'serve', ['verkkosivusto', 'vaikuttajat'], ['petra']],
  [5, 7, 9, 'Parvekekauden aloitus', 'ad', 'reach', 'sell', ['meta-mainonta'], ['sanna']],
  [5, 14, 12, 'Yritysten kesäjuhlat: kalusteiden vuokraus', 'landing-page', 'convert', 'sell', ['linkedin', 'google-ads'], ['yrjo']],
  [5, 21, 18, 'Ylioppilasjuhlien kattaus', 'video', 'reach', 'sizzle', ['instagram'], ['petra']],
  [5, 28, 9, 'Asiakaspalvelun usein kysytyt', 'article', 'engage', 'serve', ['verkkosivusto'], ['seppo', 'petra']],
  [6, 12, 9, 'Mökkitarvikkeiden hakukampanja', 'ad', 'convert', 'sell', ['google-ads'], ['seppo']],
  [6, 18, 10, 'Kesän tuoteuutiset', 'newsletter', 'engage', 'sell', ['uutiskirje'], ['petra', 'seppo']],
  [6, 30, 12, 'Kesätyöntekijän päivä myymälässä', 'video', 'reach', 'sizzle', ['linkedin', 'instagram'], ['yrjo', 'sanna']],
  [7, 9, 18, 'Kesäillan valaistus', 'social-post', 'reach', 'sizzle', ['instagram'], ['sanna']],
  [8, 6, 10, 'Opas: muuttajan tarkistuslista', 'guide', 'act', 'serve', ['verkkosivusto'], ['petra', 'sanna']],
  [8, 14, 9, 'Elokuun asiakasedut', 'newsletter', 'engage', 'sell', ['uutiskirje'], ['petra', 'seppo']],
  [8, 20, 18, 'Pienen kodin säilytysratkaisut', 'video', 'act', 'serve', ['instagram', 'vaikuttajat'], ['sanna']],
  [9, 1, 9, 'Syyskuun uutuudet', 'ad', 'reach', 'sell', ['meta-mainonta'], ['sanna', 'petra']],
  [9, 24, 12, 'Toimistojen syyskalustus', 'ad', 'convert', 'sell', ['linkedin', 'google-ads'], ['yrjo']],
  [10, 9, 18, 'Halloween-koristelu', 'social-post', 'reach', 'sizzle', ['instagram', 'facebook'], ['petra']],
  [10, 16, 9, 'Villasukat ja torkkupeitot: tuotearviot', 'review', 'act', 'sell', ['verkkosivusto'], ['petra', 'seppo']],
  [10, 23, 10, 'Talvikauden mökkisäilytys', 'article', 'act', 'serve', ['verkkosivusto', 'facebook'], ['seppo']],
  [10, 30, 9, 'Isänpäivän lahjaideat', 'guide', 'act', 'sell', ['verkkosivusto', 'uutiskirje'], ['petra', 'seppo']],
  [11, 6, 9, 'Isänpäivän viime hetken lahjat', 'ad', 'convert', 'sell', ['meta-mainonta', 'google-ads'], ['petra']],
  [11, 13, 18, 'Pikkujoulukattaus', 'video', 'reach', 'sizzle', ['instagram'], ['sanna', 'yrjo']],
  [12, 5, 12, 'Itsenäisyyspäivän kynttilät', 'social-post', 'engage', 'sizzle', ['facebook', 'instagram'], ['petra', 'seppo']],
  [12, 11, 9, 'Joulun aukioloajat myymälöissä', 'article', 'engage', 'serve', ['verkkosivusto', 'facebook'], ['seppo', 'petra']],
  [12, 16, 10, 'Yritysasiakkaiden kiitoslahjat', 'social-post', 'engage', 'speak', ['linkedin'], ['yrjo']],
  [12, 27, 9, 'Välipäivien ale', 'ad', 'convert', 'sell', ['meta-mainonta', 'google-ads'], ['petra', 'sanna']],
  [12, 30, 10, 'Vuoden suosituimmat sisällöt', 'article', 'engage', 'sizzle', ['verkkosivusto', 'uutiskirje'], ['sanna', 'petra']],
];

/** Recurring pieces: they publish at their first occurrence and repeat in the calendar. */
export const RECURRING: PieceSeed[] = [
  {
    title: 'Viikon uutiskirje',
    summary: 'Uutuudet, tarjoukset ja inspiraatio joka torstai.',
    format: 'newsletter',
    stage: 'engage',
    goal: 'sell',
    channels: ['uutiskirje'],
    personas: ['petra', 'seppo', 'sanna'],
    at: [1, 8, 8],
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    skip: ['12-24', '12-31'],
  },
  {
    title: 'Tiistain LinkedIn-vinkki',
    summary: 'Viikoittainen vinkki toimitilojen viihtyvyyteen.',
    format: 'social-post',
    stage: 'reach',
    goal: 'speak',
    channels: ['linkedin'],
    personas: ['yrjo'],
    at: [1, 6, 9],
    recurrence: 'FREQ=WEEKLY;BYDAY=TU',
  },
  {
    title: 'Perjantain Instagram-tarjous',
    summary: 'Viikonlopun tarjous tarinoissa.',
    format: 'social-post',
    stage: 'convert',
    goal: 'sell',
    channels: ['instagram'],
    personas: ['sanna', 'petra'],
    at: [1, 9, 15],
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
  },
  {
    title: 'Kuukauden asiakastarina',
    summary: 'Asiakkaan koti tai toimitila kuukauden ensimmäisenä keskiviikkona.',
    format: 'case-study',
    stage: 'act',
    goal: 'speak',
    channels: ['verkkosivusto', 'facebook'],
    personas: ['petra', 'yrjo'],
    // No story in July: the summer quiet season (suvanto) leaves a visible gap in the act stage.
    at: [1, 7, 10],
    recurrence: 'FREQ=MONTHLY;BYDAY=1WE;BYMONTH=1,2,3,4,5,6,8,9,10,11,12',
  },
];

/** Ideas not yet scheduled (backlog): no publishAt. */
export const BACKLOG: PieceSeed[] = [
  {
    title: 'Idea: sisustuspeli verkkosivuille',
    summary: 'Valitse tyyli, saat ostoslistan.',
    format: 'landing-page',
    stage: 'act',
    goal: 'sizzle',
    channels: ['verkkosivusto'],
    personas: ['sanna'],
  },
  {
    title: 'Idea: TikTok-kokeilu nuorille aikuisille',
    summary: 'Kolmen kuukauden kokeilu.',
    format: 'video',
    stage: 'reach',
    goal: 'sizzle',
    channels: ['instagram'],
    personas: ['sanna'],
  },
  {
    title: 'Idea: asennusvideot QR-koodilla',
    summary: 'Pakkauksessa QR-koodi videoon.',
    format: 'video',
    stage: 'engage',
    goal: 'save',
    channels: ['verkkosivusto'],
    personas: ['seppo'],
  },
  {
    title: 'Idea: yritysasiakkaiden aamiaisseminaari',
    summary: 'Myymälässä ennen aukeamista.',
    format: 'event',
    stage: 'act',
    goal: 'speak',
    channels: ['linkedin'],
    personas: ['yrjo'],
  },
  {
    title: 'Idea: arvostelupyyntö ostoksen jälkeen',
    summary: 'Automaattinen sähköposti 14 päivän kuluttua.',
    format: 'newsletter',
    stage: 'engage',
    goal: 'speak',
    channels: ['uutiskirje'],
    personas: ['petra', 'seppo'],
  },
  {
    title: 'Idea: vertailutyökalu sohville',
    summary: 'Mitat, materiaalit ja hinnat rinnakkain.',
    format: 'landing-page',
    stage: 'convert',
    goal: 'serve',
    channels: ['verkkosivusto'],
    personas: ['seppo', 'petra'],
  },
  {
    title: 'Idea: podcast-sarja remontoijille',
    summary: 'Kuusi jaksoa mökkiremontista.',
    format: 'podcast',
    stage: 'reach',
    goal: 'serve',
    channels: ['verkkosivusto'],
    personas: ['seppo'],
  },
  {
    title: 'Idea: kanta-asiakkaiden suosittelukampanja',
    summary: 'Suosittele ystävää, molemmat saavat edun.',
    format: 'ad',
    stage: 'engage',
    goal: 'sell',
    channels: ['uutiskirje', 'meta-mainonta'],
    personas: ['petra'],
  },
];

const fromRow = ([month, day, hour, title, format, stage, goal, channels, personas]: Row, theme?: string): PieceSeed => ({
  title,
  summary: `${title} – ${COMPANY}.`,
  format,
  stage,
  goal,
  channels,
  personas,
  theme,
  at: [month, day, hour, 0],
});

export const SCHEDULED: PieceSeed[] = [
  ...Object.entries(CAMPAIGNS).flatMap(([theme, rows]) => rows.map((row) => fromRow(row, theme))),
  ...EVERGREEN.map((row) => fromRow(row)),
];
