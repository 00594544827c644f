/**
 * Calendar feed tokens: calendar apps cannot send headers, so an ICS subscription carries a
 * secret in its URL. Only a SHA-256 hash is stored; the token is shown once, at creation, and
 * is never logged (the request log redacts `token=`).
 *
 * A token acts for its owner: it stops working when the owner is deactivated, blocked or
 * deleted (checked on every request), loses `plugin::calendar.read` (the admin permission
 * engine's answer, see feed-token-owner.ts), or when its optional `expiresAt` has passed.
 */
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseTokenExpiry } from '../../../core/feeds/token-expiry';
import { readSavedFilters, readTokenName } from '../../../core/feeds/token-input';
import type { OccurrenceFilters } from '../../../core/query/occurrence-params';
import { CONTENT_TYPES } from '../constants';
import { query, type Row } from '../query';
import { getConfig, getService } from '../utils';
import { ownerCanRead } from './feed-token-owner';

const UID = CONTENT_TYPES.feedToken;
const LAST_USED_RESOLUTION_MS = 5 * 60_000;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** A token row with its owner; `filters` is what `create` stored from parseFilters. */
export type FeedTokenRow = Omit<Row<typeof UID, 'owner'>, 'filters'> & { filters: OccurrenceFilters | null };
const withFilters = (row: Row<typeof UID, 'owner'>) => row as FeedTokenRow;

/** What a feed request gets for its token: the row, or the status and reason it is refused. */
export type FeedAccess = { ok: true; row: FeedTokenRow } | { ok: false; status: 401 | 403; message: string };

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);
const isExpired = (row: Pick<FeedTokenRow, 'expiresAt'>, now: number) => Boolean(row.expiresAt && new Date(row.expiresAt).getTime() <= now);

const present = (row: FeedTokenRow) => ({
  id: row.id,
  name: row.name,
  tokenHint: row.tokenHint ?? null,
  filters: row.filters ?? {},
  lastUsedAt: iso(row.lastUsedAt),
  expiresAt: iso(row.expiresAt),
  expired: isExpired(row, Date.now()),
  createdAt: new Date(row.createdAt).toISOString(),
  owner: row.owner ? { id: row.owner.id, firstname: row.owner.firstname ?? null, lastname: row.owner.lastname ?? null } : null,
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(input: unknown, userId: number, baseUrl: string) {
    const body = (input ?? {}) as { name?: unknown; filters?: unknown; expiresAt?: unknown };
    const { name, problem } = readTokenName(body.name);
    const { filters, problems } = readSavedFilters(body.filters);
    if (problem) problems.unshift(problem);
    const expiry = parseTokenExpiry(body.expiresAt, new Date(), getConfig(strapi, 'defaultTimeZone'));
    if (!expiry.ok) problems.push(expiry.error);
    if (problems.length) throw new errors.ValidationError(problems.map((p) => p.message).join('; '), { errors: problems });
    await getService(strapi, 'piece-repository').assertSlugsExist(filters);

    const token = crypto.randomBytes(32).toString('base64url');
    const row = await query(strapi, UID).create({
      data: {
        name,
        tokenHash: hashToken(token),
        tokenHint: token.slice(-4),
        filters,
        owner: userId,
        expiresAt: expiry.ok ? expiry.value : null,
      },
      populate: { owner: { select: ['id', 'firstname', 'lastname'] } },
    });
    return { ...present(withFilters(row)), token, url: `${baseUrl}/api/calendar/ics?token=${token}` };
  },

  async list(userId: number, everyone: boolean) {
    const rows = await query(strapi, UID).findMany({
      where: everyone ? {} : { owner: { id: userId } },
      select: ['id', 'name', 'tokenHint', 'filters', 'lastUsedAt', 'expiresAt', 'createdAt'],
      populate: { owner: { select: ['id', 'firstname', 'lastname'] } },
      orderBy: { createdAt: 'desc' },
    });
    return rows.map((row) => present(withFilters(row)));
  },

  /** Deletes a token; only its owner, or someone who may manage settings, may. */
  async revoke(id: number, userId: number, everyone: boolean): Promise<boolean> {
    const row = await query(strapi, UID).findOne({ where: { id }, populate: { owner: { select: ['id'] } } });
    if (!row || (!everyone && row.owner?.id !== userId)) return false;
    await query(strapi, UID).delete({ where: { id } });
    return true;
  },

  /** Whether `token` may read the feed now, and if not, why (401 unknown, 403 no longer valid). */
  async verify(token: unknown): Promise<FeedAccess> {
    const unknown: FeedAccess = {
      ok: false,
      status: 401,
      message: 'A valid calendar feed token is required: ?token=… (create one in the admin, Calendar → Feeds)',
    };
    if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return unknown;
    const found = await query(strapi, UID).findOne({
      where: { tokenHash: hashToken(token) },
      select: ['id', 'name', 'filters', 'lastUsedAt', 'expiresAt', 'createdAt', 'tokenHint'],
      populate: { owner: { select: ['id', 'isActive', 'blocked'] } },
    });
    if (!found) return unknown;
    const row = withFilters(found);
    const now = Date.now();
    if (isExpired(row, now)) {
      return {
        ok: false,
        status: 403,
        message: `This calendar feed token expired at ${iso(row.expiresAt)}: create a new one in the admin (Calendar → Feeds)`,
      };
    }
    const owner = row.owner;
    if (!owner || owner.isActive !== true || owner.blocked === true) {
      return {
        ok: false,
        status: 403,
        message: 'This calendar feed token no longer works: the admin user who created it is deactivated, blocked or deleted',
      };
    }
    if (!(await ownerCanRead(strapi, owner.id))) {
      return {
        ok: false,
        status: 403,
        message: 'This calendar feed token no longer works: the admin user who created it may no longer read the calendar',
      };
    }
    const last = row.lastUsedAt ? new Date(row.lastUsedAt).getTime() : 0;
    if (now - last > LAST_USED_RESOLUTION_MS) {
      await query(strapi, UID).update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
    }
    return { ok: true, row };
  },
});
