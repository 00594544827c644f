/**
 * The `competitor-observations` service: the log of what the competitors did (havainnot), by
 * day. A month or a range is listed by date (dates are calendar dates, so a month is its dates,
 * whatever the zone); an edit based on an older version is refused (409) with the current one.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  OBSERVATIONS_LIST_MAX,
  observationPeriod,
  type Observation,
  type ObservationFields,
  type ObservationList,
  type ObservationsQuery,
} from '../../../core/contracts/competitors';
import { isWebUrl } from '../../../core/competitors/web-url';
import { ConflictError, sameInstant } from '../conflict';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers } from '../db';
import { query } from '../query';
import { getService, invalid, isoOrNull } from '../utils';
import { dateText, type StoredCompetitor } from './competitors';
import type { Db } from './scheduler/db-clock';

const UID = CONTENT_TYPES.competitorObservation;

interface StoredObservation {
  id: number;
  date: unknown;
  competitorId: number;
  channel?: string | null;
  action: string;
  note?: string | null;
  link?: string | null;
  createdAt: unknown;
  updatedAt: unknown;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => query(strapi, UID);
  const competitors = () => getService(strapi, 'competitors');

  async function presenter() {
    const list: StoredCompetitor[] = await competitors().all();
    const colors = await competitors().colors();
    const byId = new Map(list.map((c) => [c.id, { id: c.id, name: c.name, color: colors.get(c.id)! }]));
    return (o: StoredObservation): Observation => ({
      id: o.id,
      date: dateText(o.date),
      competitor: byId.get(o.competitorId) ?? null,
      channel: o.channel ?? null,
      action: o.action,
      note: o.note ?? null,
      link: isWebUrl(o.link) ? o.link : null,
      createdAt: isoOrNull(o.createdAt)!,
      updatedAt: isoOrNull(o.updatedAt)!,
    });
  }

  async function one(id: number): Promise<Observation | null> {
    const found = (await rows().findOne({ where: { id } })) as StoredObservation | null;
    return found ? (await presenter())(found) : null;
  }

  async function assertCompetitor(id: number | undefined) {
    if (id !== undefined && !(await competitors().exists(id))) throw invalid('competitor', `competitor ${id} does not exist`);
  }

  const columns = (input: Partial<ObservationFields>) => {
    const data: Record<string, unknown> = {};
    if (input.date !== undefined) data.date = input.date;
    if (input.competitor !== undefined) data.competitorId = input.competitor;
    if (input.channel !== undefined) data.channel = input.channel;
    if (input.action !== undefined) data.action = input.action;
    if (input.note !== undefined) data.note = input.note;
    if (input.link !== undefined) data.link = input.link;
    return data;
  };

  return {
    async list(q: ObservationsQuery): Promise<ObservationList> {
      const { from, to } = observationPeriod(q);
      const where: Record<string, unknown> = { date: { $gte: from, $lte: to } };
      if (q.competitor !== undefined) where.competitorId = q.competitor;
      const [found, total, present] = await Promise.all([
        rows().findMany({ where, orderBy: [{ date: 'asc' }, { id: 'asc' }], limit: OBSERVATIONS_LIST_MAX }),
        rows().count({ where }),
        presenter(),
      ]);
      return { data: (found as StoredObservation[]).map(present), meta: { from, to, total, truncated: total > found.length } };
    },

    async create(input: ObservationFields, userId: number): Promise<Observation> {
      await assertCompetitor(input.competitor);
      const created = await rows().create({ data: { ...columns(input), createdBy: userId, updatedBy: userId } });
      return (await one(created.id))!;
    },

    async update(id: number, input: Partial<ObservationFields> & { expectedUpdatedAt: string }, userId: number): Promise<Observation> {
      const { expectedUpdatedAt, ...change } = input;
      const stale = await strapi.db.transaction(async ({ trx }: { trx: Db }) => {
        const db = dbHelpers(strapi);
        if (!db.sqlite()) await trx(db.table(UID)).where('id', id).forUpdate().select('id');
        const before = await rows().findOne({ where: { id }, select: ['id', 'updatedAt'] });
        if (!before) throw new errors.NotFoundError(`No observation ${id}`);
        if (!sameInstant(before.updatedAt, expectedUpdatedAt)) return true;
        await assertCompetitor(change.competitor);
        await rows().update({ where: { id }, data: { ...columns(change), updatedBy: userId } });
        return false;
      });
      if (stale)
        throw new ConflictError(
          'This observation was changed by someone else meanwhile; reload it and make the change again',
          await one(id)
        );
      return (await one(id))!;
    },

    async remove(id: number) {
      const deleted = await rows().delete({ where: { id } });
      if (!deleted) throw new errors.NotFoundError(`No observation ${id}`);
    },
  };
};
