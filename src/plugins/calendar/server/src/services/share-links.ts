/**
 * Share links: a secret URL that opens a read-only year wheel and month view without a login.
 * Only a SHA-256 hash of the token is stored; the token is in the create answer once and never
 * logged (the page takes it as `?token=`, which the request log redacts).
 *
 * A link belongs to the team, not to whoever made it: anyone who may plan revokes any link. A
 * revoked link stays in the list (revokedAt) until deleted; revoked and expired links answer 410.
 */
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  embedSnippet,
  sharePageUrl,
  SHARE_LINK_MAX_EXPIRY_DAYS,
  type CreatedShareLink,
  type ShareLink,
} from '../../../core/contracts/share-links';
import { parseTokenExpiry } from '../../../core/feeds/token-expiry';
import { readSavedFilters, readTokenName } from '../../../core/feeds/token-input';
import type { OccurrenceFilters } from '../../../core/query/occurrence-params';
import { CONTENT_TYPES } from '../constants';
import { query, type Row } from '../query';
import { getConfig, getService, isoOrNull } from '../utils';

const UID = CONTENT_TYPES.shareLink;
/** lastUsedAt is written at most this often, so a busy page does not write on every view. */
const LAST_USED_RESOLUTION_MS = 5 * 60_000;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

type Creator = { id: number; firstname?: string | null; lastname?: string | null } | null;
/** A link row; `filters` is what `create` stored from readSavedFilters, `createdBy` Strapi's creator field. */
export type ShareLinkRow = Omit<Row<typeof UID>, 'filters'> & { filters: OccurrenceFilters | null; createdBy?: Creator };
const asRow = (row: unknown) => row as ShareLinkRow;

/** What the page gets for a token: the link, or 404 (unknown) / 410 (revoked or expired). */
export type ShareAccess = { ok: true; row: ShareLinkRow } | { ok: false; status: 404 | 410 };

const stateOf = (row: Pick<ShareLinkRow, 'revokedAt' | 'expiresAt'>, now: number): ShareLink['state'] =>
  row.revokedAt ? 'revoked' : row.expiresAt && new Date(row.expiresAt).getTime() <= now ? 'expired' : 'active';

const present = (row: ShareLinkRow): ShareLink => ({
  id: row.id,
  name: row.name,
  tokenHint: row.tokenHint ?? null,
  filters: row.filters ?? {},
  showPlanned: Boolean(row.showPlanned),
  expiresAt: isoOrNull(row.expiresAt),
  revokedAt: isoOrNull(row.revokedAt),
  lastUsedAt: isoOrNull(row.lastUsedAt),
  createdAt: new Date(row.createdAt).toISOString(),
  createdBy: row.createdBy
    ? { id: row.createdBy.id, firstname: row.createdBy.firstname ?? null, lastname: row.createdBy.lastname ?? null }
    : null,
  state: stateOf(row, Date.now()),
});

const FIELDS = ['id', 'name', 'tokenHint', 'filters', 'showPlanned', 'expiresAt', 'revokedAt', 'lastUsedAt', 'createdAt'];
const CREATOR = { createdBy: { select: ['id', 'firstname', 'lastname'] } };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => query(strapi, UID);
  const findOne = async (id: number) => {
    const row = await rows().findOne({ where: { id }, select: FIELDS, populate: CREATOR });
    return row ? asRow(row) : null;
  };

  return {
    async create(input: unknown, userId: number, baseUrl: string): Promise<CreatedShareLink> {
      const body = (input ?? {}) as { name?: unknown; filters?: unknown; expiresAt?: unknown; showPlanned?: boolean };
      const { name, problem } = readTokenName(body.name);
      const { filters, problems } = readSavedFilters(body.filters);
      if (problem) problems.unshift(problem);
      const expiry = parseTokenExpiry(body.expiresAt, new Date(), getConfig(strapi, 'defaultTimeZone'), SHARE_LINK_MAX_EXPIRY_DAYS);
      if (!expiry.ok) problems.push(expiry.error);
      if (problems.length) throw new errors.ValidationError(problems.map((p) => p.message).join('; '), { errors: problems });
      await getService(strapi, 'piece-repository').assertSlugsExist(filters);
      // A saved language that is not enabled would make the page a 400 from its first view.
      await getService(strapi, 'languages').resolve(filters.locale);

      const token = crypto.randomBytes(32).toString('base64url');
      const created = await rows().create({
        data: {
          name,
          tokenHash: hashToken(token),
          tokenHint: token.slice(-4),
          filters,
          showPlanned: body.showPlanned === true,
          expiresAt: expiry.ok ? expiry.value : null,
          createdBy: userId,
        },
      });
      const row = (await findOne(created.id))!;
      const url = sharePageUrl(baseUrl, { token, view: 'wheel' });
      return { ...present(row), token, url, embed: embedSnippet(url, `Vuosikello – ${name}`) };
    },

    /** Every link, newest first, without secrets: links belong to the team. */
    async list(): Promise<ShareLink[]> {
      const found = await rows().findMany({ select: FIELDS, populate: CREATOR, orderBy: { createdAt: 'desc' } });
      return found.map((row) => present(asRow(row)));
    },

    /** Revokes a link (it stays listed as revoked); null when there is no such link. Revoking twice keeps the first time. */
    async revoke(id: number): Promise<ShareLink | null> {
      const row = await findOne(id);
      if (!row) return null;
      if (!row.revokedAt) await rows().update({ where: { id }, data: { revokedAt: new Date() } });
      return present((await findOne(id))!);
    },

    /** Deletes a link for good; false when there is no such link. */
    async remove(id: number): Promise<boolean> {
      return Boolean(await rows().delete({ where: { id } }));
    },

    /** Whether `token` opens a page now: 404 for an unknown one, 410 for a revoked or expired one. */
    async verify(token: string): Promise<ShareAccess> {
      if (!TOKEN_SHAPE.test(token)) return { ok: false, status: 404 };
      const found = await rows().findOne({
        where: { tokenHash: hashToken(token) },
        select: ['id', 'name', 'filters', 'showPlanned', 'expiresAt', 'revokedAt', 'lastUsedAt', 'createdAt'],
      });
      if (!found) return { ok: false, status: 404 };
      const row = asRow(found);
      const now = Date.now();
      if (stateOf(row, now) !== 'active') return { ok: false, status: 410 };
      const last = row.lastUsedAt ? new Date(row.lastUsedAt).getTime() : 0;
      if (now - last > LAST_USED_RESOLUTION_MS) await rows().update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
      return { ok: true, row };
    },
  };
};
