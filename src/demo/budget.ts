/**
 * The demo year's budget (BUDJETTI): money planned per month for the campaigns (themes) and the
 * channels — media (click and impression costs), content production, campaign work, tools — and
 * what was spent, with the suppliers. A few months go over: the Winter sale's Meta ads, the
 * summer influencer work and Black Friday's search ads, so the budget page has something to flag.
 * Idempotent: nothing is added when the year already has budget lines.
 */
import type { Core } from '@strapi/strapi';
import type { BudgetCategory } from '../plugins/calendar/core/budget/budget-report';
import { parseAmount } from '../plugins/calendar/core/money/money';

const LINE = 'plugin::calendar.budget-line';
const ENTRY = 'plugin::calendar.spend-entry';

/** [theme name | null, channel slug | null, category, month, euros, note] */
type LineSeed = [string | null, string | null, BudgetCategory, number, number, string?];
/** [theme name | null, channel slug | null, category, month, day, euros, supplier, note] */
type SpendSeed = [string | null, string | null, BudgetCategory, number, number, number, string, string?];

export const BUDGET_LINES: LineSeed[] = [
  ['Talvi-ale', 'meta-mainonta', 'media', 1, 3000, 'Ale-kampanjan somemainonta'],
  ['Talvi-ale', 'google-ads', 'media', 1, 2500, 'Hakusanamainonta ale-tuotteille'],
  ['Talvi-ale', 'verkkosivusto', 'production', 1, 1200, 'Ale-laskeutumissivu ja tuotekuvat'],
  ['Ystävänpäivä', 'instagram', 'media', 2, 800],
  ['Ystävänpäivä', 'vaikuttajat', 'campaign', 2, 1500, 'Kaksi vaikuttajayhteistyötä'],
  ['Kevätsisustus', 'instagram', 'media', 3, 1500],
  ['Kevätsisustus', 'instagram', 'media', 4, 1500],
  ['Kevätsisustus', 'verkkosivusto', 'production', 3, 2000, 'Trendiartikkeli ja valokuvaus'],
  ['Kevätsisustus', 'google-ads', 'media', 3, 1800],
  ['Kevätsisustus', 'google-ads', 'media', 4, 1200],
  ['Äitienpäivä', 'facebook', 'media', 5, 900],
  ['Äitienpäivä', 'meta-mainonta', 'media', 5, 1200],
  ['Kesä ja terassi', 'meta-mainonta', 'media', 6, 2000],
  ['Kesä ja terassi', 'meta-mainonta', 'media', 7, 1500],
  ['Kesä ja terassi', 'vaikuttajat', 'campaign', 6, 2500, 'Terassikauden vaikuttajakampanja'],
  ['Kesä ja terassi', 'verkkosivusto', 'production', 6, 1800, 'Kesävideo'],
  ['Koulujen alku', 'google-ads', 'media', 8, 1500],
  ['Syksyn kodinhoito', 'uutiskirje', 'production', 9, 600],
  ['Syksyn kodinhoito', 'uutiskirje', 'production', 10, 600],
  ['Syksyn kodinhoito', 'meta-mainonta', 'media', 9, 1000],
  ['Syksyn kodinhoito', 'meta-mainonta', 'media', 10, 1000],
  ['Black Friday', 'google-ads', 'media', 11, 4000],
  ['Black Friday', 'meta-mainonta', 'media', 11, 3500],
  ['Black Friday', 'verkkosivusto', 'production', 11, 1500, 'Kampanjasivu ja bannerit'],
  ['Black Friday', null, 'campaign', 11, 2000, 'Mainostoimiston kampanjatyö'],
  ['Joulu', 'instagram', 'media', 12, 1500],
  ['Joulu', 'meta-mainonta', 'media', 12, 2500],
  ['Joulu', 'verkkosivusto', 'production', 12, 1200, 'Joulun lahjaopas'],
  ...Array.from({ length: 12 }, (_, i): LineSeed => [null, 'uutiskirje', 'tools', i + 1, 99, 'Uutiskirjetyökalun kuukausimaksu']),
];

export const SPEND_ENTRIES: SpendSeed[] = [
  ['Talvi-ale', 'meta-mainonta', 'media', 1, 15, 1980, 'Meta Platforms Ireland Ltd'],
  ['Talvi-ale', 'meta-mainonta', 'media', 1, 31, 1500.4, 'Meta Platforms Ireland Ltd', 'Budjetti ylittyi: kampanjaa jatkettiin'],
  ['Talvi-ale', 'google-ads', 'media', 1, 31, 2310.75, 'Google Ireland Ltd'],
  ['Talvi-ale', 'verkkosivusto', 'production', 1, 8, 1150, 'Valokuvaamo Lumo'],
  ['Ystävänpäivä', 'instagram', 'media', 2, 14, 760.2, 'Meta Platforms Ireland Ltd'],
  ['Ystävänpäivä', 'vaikuttajat', 'campaign', 2, 10, 1500, 'Somevoima Oy'],
  ['Kevätsisustus', 'instagram', 'media', 3, 31, 1420.5, 'Meta Platforms Ireland Ltd'],
  ['Kevätsisustus', 'instagram', 'media', 4, 30, 1390, 'Meta Platforms Ireland Ltd'],
  ['Kevätsisustus', 'verkkosivusto', 'production', 3, 12, 2150, 'Mainostoimisto Kipinä Oy', 'Lisäkuvaus'],
  ['Kevätsisustus', 'google-ads', 'media', 3, 31, 1640.3, 'Google Ireland Ltd'],
  ['Kevätsisustus', 'google-ads', 'media', 4, 30, 1010, 'Google Ireland Ltd'],
  ['Äitienpäivä', 'facebook', 'media', 5, 10, 880, 'Meta Platforms Ireland Ltd'],
  ['Äitienpäivä', 'meta-mainonta', 'media', 5, 10, 1104.9, 'Meta Platforms Ireland Ltd'],
  ['Kesä ja terassi', 'meta-mainonta', 'media', 6, 30, 1890, 'Meta Platforms Ireland Ltd'],
  ['Kesä ja terassi', 'meta-mainonta', 'media', 7, 31, 1320.6, 'Meta Platforms Ireland Ltd'],
  ['Kesä ja terassi', 'vaikuttajat', 'campaign', 6, 5, 2900, 'Somevoima Oy', 'Kolmas vaikuttaja lisättiin'],
  ['Kesä ja terassi', 'verkkosivusto', 'production', 6, 2, 1750, 'Videotuotanto Kuvakulma Oy'],
  ['Koulujen alku', 'google-ads', 'media', 8, 31, 1380.45, 'Google Ireland Ltd'],
  ['Syksyn kodinhoito', 'uutiskirje', 'production', 9, 20, 600, 'Sisältötoimisto Sanasto Oy'],
  ['Syksyn kodinhoito', 'uutiskirje', 'production', 10, 20, 600, 'Sisältötoimisto Sanasto Oy'],
  ['Syksyn kodinhoito', 'meta-mainonta', 'media', 9, 30, 940, 'Meta Platforms Ireland Ltd'],
  ['Syksyn kodinhoito', 'meta-mainonta', 'media', 10, 31, 1012.35, 'Meta Platforms Ireland Ltd'],
  ['Black Friday', 'google-ads', 'media', 11, 30, 4650.8, 'Google Ireland Ltd', 'Hakumäärät yllättivät'],
  ['Black Friday', 'meta-mainonta', 'media', 11, 30, 3290, 'Meta Platforms Ireland Ltd'],
  ['Black Friday', 'verkkosivusto', 'production', 11, 12, 1500, 'Mainostoimisto Kipinä Oy'],
  ['Black Friday', null, 'campaign', 11, 14, 1850, 'Mainostoimisto Kipinä Oy'],
  ...Array.from({ length: 11 }, (_, i): SpendSeed => [null, 'uutiskirje', 'tools', i + 1, 1, 99, 'Mailchimp']),
];

const pad = (n: number) => String(n).padStart(2, '0');
/** Euros in the table, read by the same strict parser as a typed amount (at most two decimals). */
const cents = (euros: number) => {
  const parsed = parseAmount(euros);
  if (!parsed.ok) throw new Error(`demo budget: ${euros} ${parsed.message}`);
  return parsed.cents;
};

export async function seedBudget(strapi: Core.Strapi, year: number) {
  if (await strapi.db.query(LINE).count({ where: { year } })) return;
  const channels = (await strapi.db.query('api::channel.channel').findMany({ select: ['documentId', 'slug'] })) as Array<{
    documentId: string;
    slug: string;
  }>;
  const themes = (await strapi.db.query('api::theme.theme').findMany({ select: ['documentId', 'name'] })) as Array<{
    documentId: string;
    name: string;
  }>;
  const channel = (slug: string | null) => (slug ? (channels.find((c) => c.slug === slug)?.documentId ?? null) : null);
  const theme = (name: string | null) => (name ? (themes.find((t) => t.name === name)?.documentId ?? null) : null);
  const refs = (t: string | null, c: string | null) => ({ themeDocumentId: theme(t), channelDocumentId: channel(c) });
  for (const [t, c, category, month, euros, note] of BUDGET_LINES) {
    const data = { year, month, category, ...refs(t, c), amountCents: cents(euros), currency: 'EUR', note: note ?? null };
    await strapi.documents(LINE).create({ data: data as never });
  }
  for (const [t, c, category, month, day, euros, supplier, note] of SPEND_ENTRIES) {
    const data = {
      date: `${year}-${pad(month)}-${pad(day)}`,
      category,
      ...refs(t, c),
      amountCents: cents(euros),
      currency: 'EUR',
      supplier,
      note: note ?? null,
    };
    await strapi.documents(ENTRY).create({ data: data as never });
  }
  strapi.log.info(`[demo] seeded the ${year} budget: ${BUDGET_LINES.length} budget lines, ${SPEND_ENTRIES.length} spend entries`);
}
