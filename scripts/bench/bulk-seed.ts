/**
 * Seeds the benchmarks' plan straight into the tables: channels, personas and themes through the
 * Document Service (a handful), then the pieces as batched inserts — a draft and a published row
 * per document and their channel, persona and theme links, as the Document Service writes them —
 * and finally one occurrence index rebuild, as `npm run reindex` after an import. 100,000 pieces
 * take about a minute this way instead of hours through the Document Service; the benchmarks
 * then edit pieces through the Document Service, which checks that the rows are well formed.
 */
import { performance } from 'node:perf_hooks';
import { newDocumentId } from '../../src/plugins/calendar/server/src/db';

const STAGES = ['reach', 'act', 'convert', 'engage'];
const GOALS = ['sell', 'serve', 'speak', 'save', 'sizzle'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
const BATCH = 500;
/** SQLite's compound SELECT (how knex inserts many rows there) takes at most 500 terms. */
const ROWS_PER_INSERT = 250;

export interface BulkPlan {
  pieces: number;
  /** The first `recurring` pieces recur weekly; the rest happen once in `year`. */
  recurring: number;
  year: number;
}

/** Each document's row ids: its draft and published rows (one row for both without draft and publish). */
async function createTargets(strapi: any, uid: string, datas: object[]) {
  const ids: Array<{ draft: number; published: number }> = [];
  for (const data of datas) {
    const doc = await strapi.documents(uid).create({ data, status: 'published' });
    const rows = await strapi.db.query(uid).findMany({ where: { documentId: doc.documentId }, select: ['id', 'publishedAt'] });
    const published = rows.find((r: any) => r.publishedAt).id;
    ids.push({ draft: rows.find((r: any) => !r.publishedAt)?.id ?? published, published });
  }
  return ids;
}

async function insert(trx: any, table: string, rows: object[], returning?: string[]) {
  const out: any[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    if (returning) out.push(...(await trx(table).insert(chunk, returning)));
    else await trx(table).insert(chunk);
  }
  return out;
}

export async function bulkSeed(strapi: any, { pieces, recurring, year }: BulkPlan) {
  const started = performance.now();
  const knex = strapi.db.connection;
  const pg = strapi.db.dialect.client === 'postgres';
  const time = (date: Date) => (pg ? date : date.getTime());
  const channels = await createTargets(
    strapi,
    'api::channel.channel',
    Array.from({ length: 8 }, (_, i) => ({ name: `Kanava ${i}`, kind: ['owned', 'paid', 'earned', 'shared'][i % 4] }))
  );
  const personas = await createTargets(
    strapi,
    'api::persona.persona',
    Array.from({ length: 4 }, (_, i) => ({ name: `Persona ${i}` }))
  );
  const themes = await createTargets(
    strapi,
    'api::theme.theme',
    Array.from({ length: 12 }, (_, i) => {
      const month = String(i + 1).padStart(2, '0');
      return { name: `Teema ${i}`, startDate: `${year}-${month}-01`, endDate: `${year}-${month}-20` };
    })
  );
  const now = new Date();
  for (let offset = 0; offset < pieces; offset += BATCH) {
    await knex.transaction(async (trx: any) => {
      const rows: object[] = [];
      const plan: number[] = [];
      for (let i = offset; i < Math.min(offset + BATCH, pieces); i += 1) {
        const isRecurring = i < recurring;
        const day = 1 + ((i * 7919) % 364);
        const at = isRecurring ? new Date(Date.UTC(year, 0, 5 + (i % 7), 7)) : new Date(Date.UTC(year, 0, day, 5 + (i % 10), (i % 4) * 15));
        const common = {
          document_id: newDocumentId(),
          locale: 'fi',
          title: `Sisältö ${i}`,
          slug: `sisalto-${i}`,
          summary: `Tiivistelmä sisällöstä ${i}, jossa on hieman tekstiä kuten oikeassakin.`,
          format: 'article',
          funnel_stage: STAGES[i % 4],
          content_goal: GOALS[i % 5],
          publish_at: time(at),
          time_zone: 'Europe/Helsinki',
          recurrence: isRecurring ? `FREQ=WEEKLY;BYDAY=${DAYS[i % 5]}` : null,
          editorial_status: 'approved',
          created_at: time(now),
          updated_at: time(now),
        };
        rows.push({ ...common, published_at: null }, { ...common, published_at: time(now) });
        plan.push(i, i);
      }
      const inserted: Array<{ id: number } | number> = await insert(trx, 'content_pieces', rows, ['id']);
      const ids = inserted.map((r) => (typeof r === 'number' ? r : r.id));
      const links = { channels: [] as object[], personas: [] as object[], theme: [] as object[] };
      ids.forEach((id, k) => {
        const i = plan[k];
        const side = k % 2 === 0 ? 'draft' : 'published';
        links.channels.push(
          { content_piece_id: id, channel_id: channels[i % 8][side], channel_ord: 1 },
          { content_piece_id: id, channel_id: channels[(i + 3) % 8][side], channel_ord: 2 }
        );
        links.personas.push({ content_piece_id: id, persona_id: personas[i % 4][side], persona_ord: 1 });
        links.theme.push({ content_piece_id: id, theme_id: themes[i % 12][side] });
      });
      await insert(trx, 'content_pieces_channels_lnk', links.channels);
      await insert(trx, 'content_pieces_personas_lnk', links.personas);
      await insert(trx, 'content_pieces_theme_lnk', links.theme);
    });
    process.stdout.write(`\r  seeding ${Math.min(offset + BATCH, pieces)}/${pieces}`);
  }
  const seeded = (performance.now() - started) / 1000;
  const { ms } = await strapi.plugin('calendar').service('occurrence-index').rebuild();
  console.log(`\r  seeded ${pieces} pieces (${recurring} weekly) in ${seeded.toFixed(1)} s, indexed in ${(ms / 1000).toFixed(1)} s`);
}
