/**
 * The `competitors` service: the competitors the yearly plan follows and the compact data of
 * the year wheel's competitor ring. Names are unique (case and spacing aside); an edit based on
 * an older version is refused (409) with the current one; a competitor with observations is
 * deleted only when the caller confirms that its observations go too — never a silent loss.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  COMPETITORS_MAX,
  competitorAdvice,
  competitorColors,
  OBSERVATIONS_LIST_MAX,
  type Competitor,
  type CompetitorChannel,
  type CompetitorFields,
  type CompetitorList,
  type CompetitorWheel,
} from '../../../core/contracts/competitors';
import { isWebUrl } from '../../../core/competitors/web-url';
import { ConflictError, sameInstant } from '../conflict';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers } from '../db';
import { query } from '../query';
import { invalid, isoOrNull } from '../utils';
import type { Db } from './scheduler/db-clock';

const UID = CONTENT_TYPES.competitor;

export interface StoredCompetitor {
  id: number;
  name: string;
  siteUrl?: string | null;
  channels?: unknown;
  description?: string | null;
  active?: boolean | null;
  createdAt: unknown;
  updatedAt: unknown;
}

/** The channels as stored (JSON): only well-formed entries with a linkable address are answered. */
const channelsOf = (stored: unknown): CompetitorChannel[] =>
  (Array.isArray(stored) ? stored : [])
    .filter((c): c is CompetitorChannel => Boolean(c) && typeof c.platform === 'string' && isWebUrl(c.url))
    .map((c) => ({ platform: c.platform, url: c.url }));

/** Names compared as a person reads them: `Kahvila  aalto` is `Kahvila Aalto`. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');

/** The date column as text, whether the driver answers a string or a Date. */
export const dateText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => query(strapi, UID);
  const observations = () => query(strapi, CONTENT_TYPES.competitorObservation);

  async function all(): Promise<StoredCompetitor[]> {
    return (await rows().findMany({ orderBy: [{ id: 'asc' }], limit: COMPETITORS_MAX * 2 })) as StoredCompetitor[];
  }

  async function counts(): Promise<Map<number, number>> {
    const knex = dbHelpers(strapi).knex();
    const table = dbHelpers(strapi).table(CONTENT_TYPES.competitorObservation);
    const found: Array<{ competitor_id: number; n: number | string }> = await knex(table)
      .select('competitor_id')
      .count({ n: '*' })
      .groupBy('competitor_id');
    return new Map(found.map((r) => [Number(r.competitor_id), Number(r.n)]));
  }

  function present(c: StoredCompetitor, colors: Map<number, string>, observationCount: number): Competitor {
    return {
      id: c.id,
      name: c.name,
      siteUrl: isWebUrl(c.siteUrl) ? c.siteUrl : null,
      channels: channelsOf(c.channels),
      description: c.description ?? null,
      active: c.active !== false,
      color: colors.get(c.id) ?? '#4B5563',
      observationCount,
      createdAt: isoOrNull(c.createdAt)!,
      updatedAt: isoOrNull(c.updatedAt)!,
    };
  }

  /** One competitor as the list answers it (its colour needs the whole list). */
  async function one(id: number): Promise<Competitor | null> {
    const list = await all();
    const found = list.find((c) => c.id === id);
    return found ? present(found, competitorColors(list), (await counts()).get(id) ?? 0) : null;
  }

  async function assertUniqueName(name: string, except?: number) {
    const key = nameKey(name);
    const clash = (await all()).find((c) => c.id !== except && nameKey(c.name) === key);
    if (clash) throw invalid('name', `name must be unique: there is already a competitor named ${clash.name}`);
  }

  /** Reads the row under its lock (PostgreSQL; SQLite serialises writes) inside the caller's transaction. */
  async function locked(trx: Db, id: number): Promise<StoredCompetitor> {
    const db = dbHelpers(strapi);
    if (!db.sqlite()) await trx(db.table(UID)).where('id', id).forUpdate().select('id');
    const found = (await rows().findOne({ where: { id } })) as StoredCompetitor | null;
    if (!found) throw new errors.NotFoundError(`No competitor ${id}`);
    return found;
  }

  const columns = (input: Partial<CompetitorFields>) => {
    const data: Record<string, unknown> = {};
    if (input.name !== undefined) data.name = input.name.replace(/\s+/g, ' ');
    if (input.siteUrl !== undefined) data.siteUrl = input.siteUrl;
    if (input.channels !== undefined) data.channels = input.channels;
    if (input.description !== undefined) data.description = input.description;
    if (input.active !== undefined) data.active = input.active;
    return data;
  };

  return {
    async list(): Promise<CompetitorList> {
      const [list, n] = await Promise.all([all(), counts()]);
      const colors = competitorColors(list);
      const competitors = list.map((c) => present(c, colors, n.get(c.id) ?? 0)).sort((a, b) => a.name.localeCompare(b.name, 'fi'));
      const activeCount = competitors.filter((c) => c.active).length;
      return { competitors, activeCount, advice: competitorAdvice(activeCount) };
    },

    one,

    async exists(id: number) {
      return Boolean(await rows().findOne({ where: { id }, select: ['id'] }));
    },

    async create(input: CompetitorFields, userId: number): Promise<Competitor> {
      if ((await rows().count()) >= COMPETITORS_MAX) throw invalid('name', `At most ${COMPETITORS_MAX} competitors: delete one first`);
      await assertUniqueName(input.name);
      const created = await rows().create({
        data: { channels: [], active: true, ...columns(input), createdBy: userId, updatedBy: userId },
      });
      return (await one(created.id))!;
    },

    async update(id: number, input: Partial<CompetitorFields> & { expectedUpdatedAt: string }, userId: number): Promise<Competitor> {
      const { expectedUpdatedAt, ...change } = input;
      // The current version for a 409 is read after the transaction: the counts' query is not in it.
      const stale = await strapi.db.transaction(async ({ trx }: { trx: Db }) => {
        const before = await locked(trx, id);
        if (!sameInstant(before.updatedAt, expectedUpdatedAt)) return true;
        if (change.name !== undefined) await assertUniqueName(change.name, id);
        await rows().update({ where: { id }, data: { ...columns(change), updatedBy: userId } });
        return false;
      });
      if (stale)
        throw new ConflictError(
          'This competitor was changed by someone else meanwhile; reload it and make the change again',
          await one(id)
        );
      return (await one(id))!;
    },

    /**
     * Deletes the competitor; with observations, only when `withObservations` (they go with it,
     * in the same transaction), else 409 with the competitor and its observation count.
     */
    async remove(id: number, withObservations: boolean): Promise<{ observationsDeleted: number }> {
      const outcome = await strapi.db.transaction(async ({ trx }: { trx: Db }) => {
        await locked(trx, id);
        const n = await observations().count({ where: { competitorId: id } });
        if (n > 0 && !withObservations) return { kept: n };
        const { count } = await observations().deleteMany({ where: { competitorId: id } });
        await rows().delete({ where: { id } });
        return { observationsDeleted: count };
      });
      if ('kept' in outcome) {
        throw new ConflictError(
          `This competitor has ${outcome.kept} observation(s): confirm that they are deleted with it (withObservations=true), or mark the competitor inactive to keep them`,
          await one(id)
        );
      }
      return outcome;
    },

    /** The wheel ring's data for a year: every competitor with its colour, and the year's observations (bounded). */
    async wheel(year: number): Promise<CompetitorWheel> {
      const list = await all();
      const colors = competitorColors(list);
      const found = await observations().findMany({
        where: { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } },
        select: ['id', 'date', 'competitorId', 'action'],
        orderBy: [{ date: 'asc' }, { id: 'asc' }],
        limit: OBSERVATIONS_LIST_MAX + 1,
      });
      return {
        year,
        competitors: list.map((c) => ({ id: c.id, name: c.name, color: colors.get(c.id)!, active: c.active !== false })),
        observations: found
          .slice(0, OBSERVATIONS_LIST_MAX)
          .map((o) => ({ id: o.id, date: dateText(o.date), competitorId: o.competitorId, action: o.action })),
        truncated: found.length > OBSERVATIONS_LIST_MAX,
      };
    },

    colors: async () => competitorColors(await all()),
    all,
  };
};
