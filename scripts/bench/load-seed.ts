/**
 * Seed data for the load benchmark: a plan of the size a marketing team keeps — channels,
 * personas with their channels, a year of monthly themes, and a few hundred pieces of which some
 * recur weekly or monthly and some are still drafts (so the draft rows are in the tables too).
 */
import { performance } from 'node:perf_hooks';

const STAGES = ['reach', 'act', 'convert', 'engage'];
const GOALS = ['sell', 'serve', 'speak', 'save', 'sizzle'];
const FORMATS = ['article', 'social-post', 'newsletter', 'video', 'guide', 'ad'];
const KINDS = ['owned', 'paid', 'earned', 'shared'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];

export interface SeedSize {
  pieces: number;
  recurring: number;
  year: number;
}

export async function seedPlan(strapi: any, { pieces, recurring, year }: SeedSize) {
  const started = performance.now();
  const channels: string[] = [];
  for (let i = 0; i < 8; i += 1) {
    const doc = await strapi.documents('api::channel.channel').create({
      data: { name: `Kanava ${i}`, kind: KINDS[i % 4], platform: `Alusta ${i}`, color: '#1F6FEB', description: `Kanavan ${i} kuvaus.` },
    });
    channels.push(doc.documentId);
  }
  const personas: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    const doc = await strapi.documents('api::persona.persona').create({
      data: {
        name: `Persona ${i}`,
        segment: `Segmentti ${i}`,
        needs: 'Tarpeet.',
        pains: 'Kivut.',
        channels: [channels[i], channels[i + 4]],
      },
    });
    personas.push(doc.documentId);
  }
  const themes: string[] = [];
  for (let i = 0; i < 12; i += 1) {
    const month = String(i + 1).padStart(2, '0');
    const doc = await strapi.documents('api::theme.theme').create({
      data: {
        name: `Teema ${i}`,
        color: '#8250DF',
        startDate: `${year}-${month}-01`,
        endDate: `${year}-${month}-20`,
        repeatsYearly: i % 3 === 0,
      },
    });
    themes.push(doc.documentId);
  }
  const batch = 100;
  for (let offset = 0; offset < pieces; offset += batch) {
    await strapi.db.transaction(async () => {
      for (let i = offset; i < Math.min(offset + batch, pieces); i += 1) {
        const isRecurring = i < recurring;
        const day = 1 + ((i * 7919) % 364);
        const at = new Date(Date.UTC(year, 0, day, 5 + (i % 10), (i % 4) * 15));
        const rule = i % 5 === 4 ? 'FREQ=MONTHLY;BYDAY=1WE' : `FREQ=WEEKLY;BYDAY=${DAYS[i % 5]}`;
        const draft = !isRecurring && i % 10 === 9;
        await strapi.documents('api::content-piece.content-piece').create({
          data: {
            title: `Sisältö ${i}`,
            summary: `Tiivistelmä sisällöstä ${i}, jossa on hieman tekstiä kuten oikeassakin.`,
            funnelStage: STAGES[i % 4],
            contentGoal: GOALS[i % 5],
            format: FORMATS[i % FORMATS.length],
            publishAt: isRecurring ? new Date(Date.UTC(year, 0, 5 + (i % 7), 7)).toISOString() : at.toISOString(),
            timeZone: 'Europe/Helsinki',
            recurrence: isRecurring ? rule : null,
            channels: [channels[i % 8], channels[(i + 3) % 8]],
            personas: [personas[i % 4]],
            theme: themes[i % 12],
            editorialStatus: draft ? 'in-progress' : 'approved',
          },
          ...(draft ? {} : { status: 'published' }),
        });
      }
    });
  }
  return {
    channels: channels.length,
    personas: personas.length,
    themes: themes.length,
    pieces,
    seconds: (performance.now() - started) / 1000,
  };
}
