/**
 * What the Content Manager's edit view and list call each field, in the team's words instead of
 * the API keys (`funnelStage` → "Funnel stage (RACE)"). Data, one entry per field, in English and
 * Finnish; the server applies one language (the `contentManagerLanguage` option).
 */
import type { Bilingual } from '../enums';

export interface FieldText {
  label: Bilingual;
  description?: Bilingual;
  placeholder?: Bilingual;
}

type Fields = Record<string, FieldText>;

const t = (en: string, fi: string): Bilingual => ({ en, fi });

const common = {
  slug: {
    label: t('Slug (address)', 'Osoite (slug)'),
    description: t('Made from the name; stays when the name changes.', 'Muodostetaan nimestä; ei muutu, vaikka nimi muuttuu.'),
  },
  color: {
    label: t('Colour', 'Väri'),
    description: t('#RRGGBB, used in the calendar views.', '#RRGGBB, käytetään kalenterinäkymissä.'),
    placeholder: t('#1f77b4', '#1f77b4'),
  },
  timeZone: {
    label: t('Time zone', 'Aikavyöhyke'),
    description: t(
      'The clock the times follow; new entries start in the installation’s zone.',
      'Kello, jota ajat seuraavat; uudet alkavat asennuksen aikavyöhykkeellä.'
    ),
    placeholder: t('Europe/Helsinki', 'Europe/Helsinki'),
  },
  recurrence: {
    label: t('Repeats', 'Toistuu'),
    description: t(
      'Pick how it repeats, or write an RFC 5545 rule as text. Off: once.',
      'Valitse, miten se toistuu, tai kirjoita RFC 5545 -sääntö tekstinä. Pois päältä: kerran.'
    ),
    placeholder: t('FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;BYDAY=TU'),
  },
  assignee: { label: t('Assignee', 'Vastuuhenkilö') },
  notes: {
    label: t('Editorial notes', 'Toimituksen muistiinpanot'),
    description: t('For the team only; never published.', 'Vain tiimille; ei koskaan julkaista.'),
  },
  contentGoal: {
    label: t('Content goal (5S)', 'Sisällön tavoite (5S)'),
    description: t(
      'Sell, serve, speak, save or sizzle.',
      'Myynnin lisääminen, asiakkaiden palveleminen, asiakasdialogi, kustannustehokkuus tai brändin rakentaminen.'
    ),
  },
  description: { label: t('Description', 'Kuvaus') },
} satisfies Fields;

export const FIELD_TEXTS: Record<string, Fields> = {
  'api::content-piece.content-piece': {
    title: { label: t('Title', 'Otsikko') },
    slug: common.slug,
    summary: {
      label: t('Summary', 'Tiivistelmä'),
      description: t('A sentence or two for listings and feeds.', 'Lause tai kaksi listauksiin ja syötteisiin.'),
    },
    body: { label: t('Body', 'Sisältö') },
    format: {
      label: t('Format', 'Sisältömuoto'),
      description: t('Article, social post, newsletter, video…', 'Artikkeli, somepäivitys, uutiskirje, video…'),
    },
    funnelStage: {
      label: t('Funnel stage (RACE)', 'Ostopolun vaihe (RACE)'),
      description: t(
        'Reach, act, convert or engage: where in the buying process the piece works.',
        'Tavoittelu, toiminta, osto tai sitouttaminen: missä ostoprosessin vaiheessa sisältö vaikuttaa.'
      ),
    },
    contentGoal: common.contentGoal,
    channels: { label: t('Channels', 'Kanavat') },
    personas: { label: t('Buyer personas', 'Ostajapersoonat') },
    theme: { label: t('Theme (annual clock)', 'Teema (vuosikello)') },
    publishAt: {
      label: t('First publication', 'Ensimmäinen julkaisu'),
      description: t(
        'When it goes out (the first time, if it repeats). Empty: in the backlog.',
        'Milloin sisältö julkaistaan (toistuvan ensimmäisen kerran). Tyhjä: odottaa listalla.'
      ),
    },
    timeZone: common.timeZone,
    recurrence: common.recurrence,
    recurrenceExceptions: {
      label: t('Skipped dates', 'Väliin jäävät kerrat'),
      description: t('Tick the dates of the series to leave out.', 'Rastita sarjan kerrat, jotka jätetään väliin.'),
    },
    editorialStatus: {
      label: t('Editorial status', 'Työn tila'),
      description: t(
        'Idea → planned → in progress → in review → approved. Approved pieces publish on time.',
        'Idea → suunniteltu → työn alla → tarkastettavana → hyväksytty. Hyväksytyt julkaistaan ajallaan.'
      ),
    },
    assignee: common.assignee,
    dueAt: {
      label: t('Due', 'Määräpäivä'),
      description: t('When the work should be ready for review.', 'Milloin työn pitää olla valmis tarkastettavaksi.'),
    },
    effortMinutes: {
      label: t('Effort estimate (minutes)', 'Työmääräarvio (minuuttia)'),
      description: t(
        'Work for this language version, in minutes (90 = 1.5 h); counts in the Workload view. Never published.',
        'Tämän kieliversion työ minuutteina (90 = 1,5 h); näkyy Kuormitus-näkymässä. Ei julkaista.'
      ),
      placeholder: t('120', '120'),
    },
    notes: common.notes,
    kpiTargets: {
      label: t('KPI targets', 'Mittarien tavoitteet'),
      description: t('Targets per metric for this piece; never published.', 'Sisällön tavoitteet mittareittain; ei julkaista.'),
    },
  },
  'api::theme.theme': {
    name: { label: t('Name', 'Nimi') },
    slug: common.slug,
    description: common.description,
    color: common.color,
    startDate: { label: t('Starts', 'Alkaa') },
    endDate: { label: t('Ends', 'Päättyy'), description: t('On or after the start.', 'Sama tai myöhempi kuin alku.') },
    repeatsYearly: {
      label: t('Every year', 'Joka vuosi'),
      description: t('The theme comes back on the same dates each year.', 'Teema toistuu samoina päivinä joka vuosi.'),
    },
    quietSeason: {
      label: t('Quiet season', 'Suvanto'),
      description: t(
        'A quiet period: a good time for development work rather than campaigns.',
        'Hiljainen kausi: hyvä aika kehitystyölle kampanjoiden sijaan.'
      ),
    },
    contentGoal: common.contentGoal,
  },
  'api::channel.channel': {
    name: { label: t('Name', 'Nimi') },
    slug: common.slug,
    kind: { label: t('Kind (owned, paid, earned, shared)', 'Tyyppi (oma, ostettu, ansaittu, jaettu)') },
    platform: { label: t('Platform', 'Alusta'), placeholder: t('Instagram', 'Instagram') },
    color: common.color,
    description: common.description,
    active: { label: t('In use', 'Käytössä') },
  },
  'api::persona.persona': {
    name: { label: t('Name', 'Nimi') },
    slug: common.slug,
    description: common.description,
    segment: { label: t('Segment', 'Kohderyhmä') },
    needs: { label: t('Needs', 'Tarpeet') },
    pains: { label: t('Pains', 'Kipupisteet') },
    valueProposition: { label: t('Value proposition', 'Arvolupaus') },
    channels: { label: t('Channels they use', 'Kanavat, joita persoona käyttää') },
  },
  'plugin::calendar.community-task': {
    title: { label: t('Task', 'Tehtävä') },
    channel: { label: t('Channel', 'Kanava') },
    kind: {
      label: t('Kind of work', 'Työn laji'),
      description: t(
        'Monitoring, reacting, conversation, sharing, growing the network…',
        'Seuraaminen, reagointi, keskustelu, jakaminen, verkoston kasvattaminen…'
      ),
    },
    startsAt: { label: t('First time', 'Ensimmäinen kerta') },
    timeZone: common.timeZone,
    recurrence: common.recurrence,
    estimateMinutes: { label: t('Estimate (minutes)', 'Arvio (minuuttia)') },
    assignee: common.assignee,
    active: { label: t('In use', 'Käytössä') },
    notes: common.notes,
  },
  'plugin::calendar.goal': {
    title: { label: t('Goal', 'Tavoite') },
    contentGoal: common.contentGoal,
    metric: {
      label: t('Metric', 'Mittari'),
      description: t('A key of the KPI catalogue, e.g. site-visits.', 'KPI-luettelon avain, esim. site-visits.'),
    },
    baseline: { label: t('Baseline', 'Lähtötaso') },
    target: { label: t('Target', 'Tavoitetaso') },
    deadline: { label: t('Deadline', 'Määräaika') },
    owner: { label: t('Owner', 'Omistaja') },
    description: common.description,
  },
};

export type LabelLanguage = keyof Bilingual;
