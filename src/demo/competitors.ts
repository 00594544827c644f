/**
 * The demo plan's competitors (kilpailijat): three home and interior retailers Lumo Koti follows,
 * with their sites and social channels, and a year of observations of what they did, so the
 * competitor log and the wheel's competitor ring have something to show. Fictional companies:
 * their addresses use the reserved `.example` domain. Seeded once under its own store key.
 */
import type { Core } from '@strapi/strapi';

interface CompetitorSeed {
  name: string;
  siteUrl: string;
  channels: Array<{ platform: string; url: string }>;
  description: string;
}

export const COMPETITORS: CompetitorSeed[] = [
  {
    name: 'Kotikulma',
    siteUrl: 'https://www.kotikulma.example/',
    channels: [
      { platform: 'instagram', url: 'https://www.instagram.com/kotikulma.example' },
      { platform: 'facebook', url: 'https://www.facebook.com/kotikulma.example' },
      { platform: 'tiktok', url: 'https://www.tiktok.com/@kotikulma.example' },
    ],
    description: 'Valtakunnallinen sisustusketju, 20 myymälää ja verkkokauppa. Kilpailee samoista perheistä ja kampanjasesongeista.',
  },
  {
    name: 'Sisustustalo Virta',
    siteUrl: 'https://www.sisustustalovirta.example/',
    channels: [
      { platform: 'facebook', url: 'https://www.facebook.com/sisustustalovirta.example' },
      { platform: 'youtube', url: 'https://www.youtube.com/@sisustustalovirta.example' },
      { platform: 'newsletter', url: 'https://www.sisustustalovirta.example/uutiskirje' },
    ],
    description: 'Perheyritys Keski-Suomesta: huonekalut ja sisustussuunnittelu. Vahva paikallisissa Facebook-ryhmissä ja videoissa.',
  },
  {
    name: 'Nordhem Design',
    siteUrl: 'https://nordhem.example/',
    channels: [
      { platform: 'instagram', url: 'https://www.instagram.com/nordhem.example' },
      { platform: 'pinterest', url: 'https://www.pinterest.com/nordhemexample' },
      { platform: 'linkedin', url: 'https://www.linkedin.com/company/nordhem-example' },
    ],
    description: 'Pelkkä verkkokauppa, skandinaavinen design. Paljon vaikuttajayhteistyötä; myy myös yrityksille työtiloihin.',
  },
];

/** [month, day, competitor index, channel, what they did, note?] */
type ObservationSeed = [number, number, number, string | null, string, string?];

export const OBSERVATIONS: ObservationSeed[] = [
  [1, 2, 0, 'instagram', 'Talviale alkoi: jopa −70 % valituista tuotteista', 'Ale alkoi päivää ennen meidän talvialeamme.'],
  [1, 20, 2, 'instagram', 'Vaikuttajayhteistyö: kolme sisustajaa esitteli kevään värit'],
  [2, 6, 1, 'newsletter', 'Ystävänpäivän lahjaopas uutiskirjeessä'],
  [2, 24, 0, 'tiktok', 'Ensimmäinen TikTok-sarja: “Pieni koti, iso tunnelma”', 'Videoita 3 viikossa; hyvä kommentointi.'],
  [3, 10, 2, null, 'Uusi verkkokauppa ja ilmainen toimitus yli 99 € tilauksiin'],
  [3, 25, 1, 'youtube', 'Videosarja kodin kevätsiivouksesta ja säilytyksestä'],
  [4, 8, 0, 'facebook', 'Pääsiäiskampanja ja arvonta Facebookissa', 'Arvonnassa yli 2 000 kommenttia.'],
  [4, 28, 2, 'pinterest', 'Pinterest-ideataulut parvekkeen sisustukseen'],
  [5, 4, 0, 'instagram', 'Äitienpäivän lahjaideat ja -15 % koodi'],
  [5, 19, 1, 'facebook', 'Terassikalusteiden kevätnäyttely myymälässä, live-lähetys'],
  [6, 12, 2, 'instagram', 'Juhannuksen kattausvinkit vaikuttajan kanssa'],
  [6, 29, 0, null, 'Kesäale alkoi verkkokaupassa ja myymälöissä'],
  [7, 15, 1, 'newsletter', 'Kesän asiakastarina: mökin sisustus ennen ja jälkeen'],
  [8, 10, 0, 'tiktok', 'Koulujen alku: lastenhuoneen säilytysratkaisut'],
  [8, 26, 2, 'linkedin', 'Yritysmyynnin avaus: etätyöpisteet ja toimistojen taukotilat', 'Sama kohderyhmä kuin meidän etätyökampanjalla.'],
  [9, 17, 1, null, 'Osasto sisustusmessuilla ja messutarjoukset'],
  [10, 6, 2, 'instagram', 'Syksyn tekstiilimallisto, lanseeraus Instagramissa'],
  [10, 22, 0, 'facebook', 'Kanta-asiakasviikot: tuplapisteet kaikista ostoista'],
  [11, 16, 0, 'instagram', 'Black Friday -viikko alkoi jo maanantaina', 'Aikaisemmin kuin viime vuonna.'],
  [11, 27, 2, null, 'Black Friday: koko valikoima −30 % ja ilmainen toimitus'],
  [12, 1, 1, 'youtube', 'Joulun kattaus- ja sisustusvideot alkoivat'],
  [12, 14, 2, 'newsletter', 'Viimeinen tilauspäivä ennen joulua -uutiskirje'],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Seeds the competitors and the year's observations once (its own store key), for `year`. */
export async function seedCompetitors(strapi: Core.Strapi, year: number, adminId?: number) {
  const store = strapi.store({ type: 'core', name: 'vuosikello', key: 'demo-seed-competitors' });
  if (await store.get()) return;
  const by = adminId ? { createdBy: adminId, updatedBy: adminId } : {};
  const ids: number[] = [];
  for (const c of COMPETITORS) {
    const existing = await strapi.db.query('plugin::calendar.competitor').findOne({ where: { name: c.name } });
    ids.push(existing?.id ?? (await strapi.db.query('plugin::calendar.competitor').create({ data: { ...c, active: true, ...by } })).id);
  }
  for (const [month, day, index, channel, action, note] of OBSERVATIONS) {
    await strapi.db.query('plugin::calendar.competitor-observation').create({
      data: { date: `${year}-${pad(month)}-${pad(day)}`, competitorId: ids[index], channel, action, note: note ?? null, ...by },
    });
  }
  await store.set({ value: { seededAt: new Date().toISOString(), year } });
  strapi.log.info(`[demo] seeded ${COMPETITORS.length} competitors and ${OBSERVATIONS.length} observations for ${year}`);
}
