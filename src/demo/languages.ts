/**
 * The demo plan's other languages: Lumo Koti publishes its campaigns in Swedish too (Finland's
 * second national language), and its business-customer content in English. Each version has its
 * own time: `days`/`hour` move it from the Finnish version's time, as a team would stagger them.
 * Keyed by the Finnish title.
 */
export interface VersionSeed {
  title: string;
  summary: string;
  /** Days after the Finnish version (0 = the same day). */
  days?: number;
  /** Local hour, if not the Finnish version's. */
  hour?: number;
}

export const TRANSLATIONS: Record<string, Partial<Record<'sv' | 'en', VersionSeed>>> = {
  'Viikon uutiskirje': { sv: { title: 'Veckans nyhetsbrev', summary: 'Nyheter, erbjudanden och inspiration varje torsdag.' } },
  'Tiistain LinkedIn-vinkki': {
    en: { title: 'Tuesday LinkedIn tip', summary: 'A weekly tip for more comfortable workplaces.', hour: 10 },
  },
  'Talvi-ale alkaa: jopa −60 %': { sv: { title: 'Vinterrean börjar: upp till −60 %', summary: 'Vinterrean i webbutiken och butikerna.' } },
  'Näin löydät alesta laatua': { sv: { title: 'Så hittar du kvalitet på rean', summary: 'Tips för att välja hållbart på rean.' } },
  'Ystävänpäivän lahjaopas': { sv: { title: 'Presentguide till alla hjärtans dag', summary: 'Presenter för vänner och kära.' } },
  // The Swedish version goes out a day after the Finnish one.
  'Kevään sisustustrendit 2026': {
    sv: { title: 'Vårens inredningstrender 2026', summary: 'Färger, material och former för våren.', days: 1 },
    en: { title: 'Spring interior trends 2026', summary: 'Colours, materials and shapes for spring.', days: 2 },
  },
  'Äitienpäivän kampanja': { sv: { title: 'Morsdagskampanjen', summary: 'Presentidéer och erbjudanden till morsdag.' } },
  'Terassikauden avaus': { sv: { title: 'Terrassäsongen öppnar', summary: 'Utemöbler och textilier för sommaren.', hour: 12 } },
  'Etätyöpiste yrityksille': { en: { title: 'Remote workstations for companies', summary: 'Ergonomic home offices for your team.' } },
  'Asiakastarina: koulun taukotila': {
    en: { title: 'Customer story: a school staff room', summary: 'How a school renewed its staff room.' },
  },
  'Black Friday -viikko alkaa': {
    sv: { title: 'Black Friday-veckan börjar', summary: 'Veckans bästa erbjudanden.', hour: 9 },
    en: { title: 'Black Friday week starts', summary: 'The best offers of the week.', hour: 10 },
  },
  'Black Friday: päivän tarjoukset': { sv: { title: 'Black Friday: dagens erbjudanden', summary: 'Dagens erbjudanden i butikerna.' } },
  'Joulun sisustustrendit': { sv: { title: 'Julens inredningstrender', summary: 'Julens färger och dukningar.', days: 1 } },
};
