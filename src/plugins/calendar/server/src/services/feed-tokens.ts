/**
 * Calendar feed tokens: calendar apps cannot send headers, so an ICS subscription carries a
 * secret in its URL. Only a SHA-256 hash is stored; the token is shown once, at creation.
 */
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError } from '../../../core/field-errors';
import { parseFilters, PUBLIC_FILTER_KEYS, type OccurrenceFilters } from '../../../core/query/occurrence-params';
import { getService } from '../utils';

const UID = 'plugin::calendar.feed-token';
const LAST_USED_RESOLUTION_MS = 5 * 60_000;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export interface FeedTokenRow {
  id: number;
  name: string;
  tokenHint: string | null;
  filters: OccurrenceFilters | null;
  lastUsedAt: string | Date | null;
  createdAt: string | Date;
  owner?: { id: number; firstname: string | null; lastname: string | null } | null;
}

const present = (row: FeedTokenRow) => ({
  id: row.id,
  name: row.name,
  tokenHint: row.tokenHint,
  filters: row.filters ?? {},
  lastUsedAt: row.lastUsedAt ? new Date(row.lastUsedAt).toISOString() : null,
  createdAt: new Date(row.createdAt).toISOString(),
  owner: row.owner ? { id: row.owner.id, firstname: row.owner.firstname, lastname: row.owner.lastname } : null,
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(input: unknown, userId: number, baseUrl: string) {
    const body = (input ?? {}) as { name?: unknown; filters?: unknown };
    const problems = [];
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    if (!name || name.length > 100) problems.push(fieldError('name', 'name is required (1–100 characters)', body.name));
    let filters: OccurrenceFilters = {};
    if (body.filters !== undefined && body.filters !== null) {
      if (typeof body.filters !== 'object' || Array.isArray(body.filters)) {
        problems.push(fieldError('filters', 'filters must be an object such as { "channel": ["instagram"] }', body.filters));
      } else {
        const parsed = parseFilters(body.filters as Record<string, unknown>, PUBLIC_FILTER_KEYS);
        if (parsed.ok) filters = parsed.value;
        else problems.push(...parsed.errors.map((e) => ({ ...e, path: ['filters', ...e.path], message: `filters.${e.message}` })));
      }
    }
    if (problems.length) throw new errors.ValidationError(problems.map((p) => p.message).join('; '), { errors: problems });
    await getService(strapi, 'piece-repository').assertSlugsExist(filters);

    const token = crypto.randomBytes(32).toString('base64url');
    const row: FeedTokenRow = await strapi.db.query(UID as any).create({
      data: { name, tokenHash: hashToken(token), tokenHint: token.slice(-4), filters, owner: userId },
      populate: { owner: { select: ['id', 'firstname', 'lastname'] } },
    });
    return { ...present(row), token, url: `${baseUrl}/api/calendar/ics?token=${token}` };
  },

  async list(userId: number, everyone: boolean) {
    const rows: FeedTokenRow[] = await strapi.db.query(UID as any).findMany({
      where: everyone ? {} : { owner: { id: userId } },
      select: ['id', 'name', 'tokenHint', 'filters', 'lastUsedAt', 'createdAt'],
      populate: { owner: { select: ['id', 'firstname', 'lastname'] } },
      orderBy: { createdAt: 'desc' },
    });
    return rows.map(present);
  },

  /** Deletes a token; only its owner, or someone who may manage settings, may. */
  async revoke(id: number, userId: number, everyone: boolean): Promise<boolean> {
    const row = await strapi.db.query(UID as any).findOne({ where: { id }, populate: { owner: { select: ['id'] } } });
    if (!row || (!everyone && row.owner?.id !== userId)) return false;
    await strapi.db.query(UID as any).delete({ where: { id } });
    return true;
  },

  /** The token's row, or null for a missing, malformed or revoked token. */
  async verify(token: unknown): Promise<FeedTokenRow | null> {
    if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const row = await strapi.db.query(UID as any).findOne({
      where: { tokenHash: hashToken(token) },
      select: ['id', 'name', 'filters', 'lastUsedAt', 'createdAt', 'tokenHint'],
    });
    if (!row) return null;
    const last = row.lastUsedAt ? new Date(row.lastUsedAt).getTime() : 0;
    if (Date.now() - last > LAST_USED_RESOLUTION_MS) {
      await strapi.db.query(UID as any).update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
    }
    return row;
  },
});
