/**
 * The `capacity` service: each admin user's weekly capacity (minutes; the configured default when
 * they have none of their own) and their absences. A planner (`plan`) may change anyone's;
 * everyone may record and change their own absences. Edits based on an older version are refused
 * with 409 and the current one.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  MAX_ABSENCES_PER_PERSON,
  type Absence,
  type AbsenceKind,
  type Capacity,
  type CapacityInput,
  type CapacityList,
  type CreateAbsenceInput,
  type UpdateAbsenceInput,
} from '../../../core/contracts/capacity';
import type { Person } from '../../../core/contracts/fields';
import { ConflictError, sameInstant } from '../conflict';
import { CONTENT_TYPES } from '../constants';
import { dbHelpers, isUniqueViolation } from '../db';
import type { Db } from './scheduler/db-clock';
import { query } from '../query';
import { getConfig, getService, invalid, isoOrNull, personRef } from '../utils';

const CAPACITY = CONTENT_TYPES.capacity;
const ABSENCE = CONTENT_TYPES.absence;

/** Who is asking: their id and whether they may plan (edit anyone's). */
export interface Viewer {
  id: number;
  canPlan: boolean;
}

export interface AbsenceRange {
  from?: string;
  to?: string;
  userIds?: number[];
}

/** A stored date (string on both databases, Date on some drivers) as `YYYY-MM-DD`. */
const dateText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const defaultWeeklyMinutes = () => Math.round(getConfig(strapi, 'capacity').defaultWeeklyHours * 60);

  /** The people who may be given work, by id. */
  async function people(): Promise<Map<number, Person>> {
    const all = await getService(strapi, 'calendar-readers').all();
    return new Map(all.map((u) => [u.id, personRef(u)!]));
  }

  async function personOf(userId: number, field: string): Promise<Person> {
    const person = (await people()).get(userId);
    if (!person) throw invalid(field, `${field} must be an active admin user who can read the calendar`);
    return person;
  }

  const mayEdit = (viewer: Viewer, userId: number) => viewer.canPlan || viewer.id === userId;
  const forbidUnlessAllowed = (viewer: Viewer, userId: number) => {
    if (!mayEdit(viewer, userId)) throw new errors.ForbiddenError('Only a planner can change the absences of someone else');
  };

  type AbsenceRow = {
    id: number;
    userId: number;
    startDate: unknown;
    endDate: unknown;
    kind: string;
    note?: string | null;
    updatedAt: unknown;
  };
  const present = (row: AbsenceRow, person: Person, viewer: Viewer): Absence => ({
    id: row.id,
    person,
    startDate: dateText(row.startDate),
    endDate: dateText(row.endDate),
    kind: row.kind as AbsenceKind,
    note: row.note ?? null,
    updatedAt: isoOrNull(row.updatedAt)!,
    editable: mayEdit(viewer, row.userId),
  });

  async function absenceRow(id: number): Promise<AbsenceRow> {
    const row = (await query(strapi, ABSENCE).findOne({ where: { id } })) as AbsenceRow | null;
    if (!row) throw new errors.NotFoundError(`No absence ${id}`);
    return row;
  }

  return {
    defaultWeeklyMinutes,

    /** Weekly minutes per person id, for everyone in `userIds` (the default where none is set). */
    async weeklyMinutesOf(userIds: number[]): Promise<Map<number, number>> {
      const rows = userIds.length ? await query(strapi, CAPACITY).findMany({ where: { userId: { $in: userIds } } }) : [];
      const own = new Map(rows.map((r) => [r.userId, r.weeklyMinutes]));
      return new Map(userIds.map((id) => [id, own.get(id) ?? defaultWeeklyMinutes()]));
    },

    async list(): Promise<CapacityList> {
      const [byId, rows] = await Promise.all([people(), query(strapi, CAPACITY).findMany({})]);
      const own = new Map(rows.map((r) => [r.userId, r]));
      return {
        defaultWeeklyMinutes: defaultWeeklyMinutes(),
        people: [...byId.values()].map((person): Capacity => {
          const row = own.get(person.id);
          return {
            person,
            weeklyMinutes: row?.weeklyMinutes ?? defaultWeeklyMinutes(),
            isDefault: !row,
            updatedAt: row ? isoOrNull(row.updatedAt) : null,
          };
        }),
      };
    },

    /** Set a person's weekly capacity; `expectedUpdatedAt` null means "it was the default". */
    async set(userId: number, input: CapacityInput): Promise<Capacity> {
      const person = await personOf(userId, 'userId');
      const rows = query(strapi, CAPACITY);
      const stale = (before: { weeklyMinutes: number; updatedAt: unknown } | null) =>
        new ConflictError('This capacity was changed by someone else meanwhile; reload and make the change again', {
          person,
          weeklyMinutes: before?.weeklyMinutes ?? defaultWeeklyMinutes(),
          isDefault: !before,
          updatedAt: before ? isoOrNull(before.updatedAt) : null,
        } satisfies Capacity);
      // Read, compare and write under the row's lock; two first settings race on the unique user.
      const saved = await strapi.db
        .transaction(async ({ trx }: { trx: Db }) => {
          const db = dbHelpers(strapi);
          if (!db.sqlite()) await trx(db.table(CAPACITY)).where(db.col(CAPACITY, 'userId'), userId).forUpdate().select('id');
          const before = await rows.findOne({ where: { userId } });
          const fresh = before
            ? input.expectedUpdatedAt !== null && sameInstant(before.updatedAt, input.expectedUpdatedAt)
            : input.expectedUpdatedAt === null;
          if (!fresh) throw stale(before);
          if (before) return rows.update({ where: { id: before.id }, data: { weeklyMinutes: input.weeklyMinutes } });
          return rows.create({ data: { userId, weeklyMinutes: input.weeklyMinutes } });
        })
        .catch(async (error: unknown) => {
          // Someone else set it first (after the transaction: on PostgreSQL it is aborted by now).
          if (isUniqueViolation(error)) throw stale(await rows.findOne({ where: { userId } }));
          throw error;
        });
      if (!saved) throw new errors.NotFoundError(`No capacity for ${userId}`);
      return { person, weeklyMinutes: saved.weeklyMinutes, isDefault: false, updatedAt: isoOrNull(saved.updatedAt) };
    },

    /** Absences overlapping `from`…`to` (inclusive dates), of `userIds` when given, earliest first. */
    async absences(range: AbsenceRange, viewer: Viewer): Promise<Absence[]> {
      const byId = await people();
      const where: Record<string, unknown> = {};
      if (range.to) where.startDate = { $lte: range.to };
      if (range.from) where.endDate = { $gte: range.from };
      if (range.userIds) where.userId = { $in: range.userIds };
      const rows = (await query(strapi, ABSENCE).findMany({
        where,
        orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
        limit: MAX_ABSENCES_PER_PERSON * 20,
      })) as AbsenceRow[];
      return rows.filter((r) => byId.has(r.userId)).map((r) => present(r, byId.get(r.userId)!, viewer));
    },

    async createAbsence(input: CreateAbsenceInput, viewer: Viewer): Promise<Absence> {
      forbidUnlessAllowed(viewer, input.user);
      const person = await personOf(input.user, 'user');
      if ((await query(strapi, ABSENCE).count({ where: { userId: input.user } })) >= MAX_ABSENCES_PER_PERSON)
        throw invalid('user', `A person can have at most ${MAX_ABSENCES_PER_PERSON} absences on record: delete old ones first`);
      const row = (await query(strapi, ABSENCE).create({
        data: { userId: input.user, startDate: input.startDate, endDate: input.endDate, kind: input.kind, note: input.note ?? null },
      })) as AbsenceRow;
      return present(row, person, viewer);
    },

    async updateAbsence(id: number, input: UpdateAbsenceInput, viewer: Viewer): Promise<Absence> {
      // Read, compare and write under the row's lock: two edits made from one version cannot both win.
      return strapi.db.transaction(async ({ trx }: { trx: Db }) => {
        const db = dbHelpers(strapi);
        if (!db.sqlite()) await trx(db.table(ABSENCE)).where('id', id).forUpdate().select('id');
        const before = await absenceRow(id);
        forbidUnlessAllowed(viewer, before.userId);
        const person = await personOf(before.userId, 'user');
        if (!sameInstant(before.updatedAt, input.expectedUpdatedAt))
          throw new ConflictError(
            'This absence was changed by someone else meanwhile; reload and make the change again',
            present(before, person, viewer)
          );
        const { expectedUpdatedAt: _v, ...change } = input;
        const startDate = change.startDate ?? dateText(before.startDate);
        const endDate = change.endDate ?? dateText(before.endDate);
        if (endDate < startDate) throw invalid(change.endDate ? 'endDate' : 'startDate', 'endDate must be on or after startDate');
        const row = (await query(strapi, ABSENCE).update({
          where: { id },
          data: {
            startDate,
            endDate,
            ...(change.kind ? { kind: change.kind } : {}),
            ...(change.note !== undefined ? { note: change.note } : {}),
          },
        })) as AbsenceRow;
        return present(row, person, viewer);
      });
    },

    async removeAbsence(id: number, viewer: Viewer) {
      const before = await absenceRow(id);
      forbidUnlessAllowed(viewer, before.userId);
      await query(strapi, ABSENCE).delete({ where: { id } });
    },
  };
};
