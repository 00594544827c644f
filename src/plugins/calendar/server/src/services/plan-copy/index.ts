/**
 * Copying a year's plan into another year. Preview and apply walk the same plan: each chosen
 * copier lists what the source year has, and the copy records (one per thing and target year,
 * unique) say what an earlier copy made. Apply does the rest in ONE transaction, holding a lock
 * per target year on PostgreSQL, so two applies at once cannot both create (the unique record
 * key is the backstop) and a failure half-way leaves nothing behind.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  COPY_KINDS,
  PLAN_COPY_MAX_CANDIDATES,
  PLAN_COPY_MAX_ITEMS,
  type CopyKind,
  type PlanCopyAnswer,
  type PlanCopyInput,
  type PlanCopyItem,
  type ThemeCandidate,
} from '../../../../core/contracts/plan-copy';
import { ConflictError } from '../../conflict';
import { CONTENT_TYPES } from '../../constants';
import { isUniqueViolation } from '../../db';
import { getService } from '../../utils';
import { currentWriter } from '../../writer';
import { planYear } from '../plan-year';
import { copyKey, type Copier, type CopyMap, type CopySource, type SourceThing, type Trx } from './copier';
import budgetLineCopier from './budget-line-copier';
import goalCopier from './goal-copier';
import pieceCopier, { pieceCandidates } from './piece-copier';
import planCellCopier from './plan-cell-copier';
import themeCopier from './theme-copier';

/** In this order: a piece and a budget line link to their theme's copy, so themes go first. */
const COPIERS = [themeCopier, planCellCopier, goalCopier, pieceCopier, budgetLineCopier];

const COPY = CONTENT_TYPES.copyRecord;
/** Where each kind's copies live: a record whose copy was deleted since counts as never copied. */
const TARGET_TYPES: Partial<Record<CopyKind, string>> = {
  theme: CONTENT_TYPES.theme,
  'plan-cell': CONTENT_TYPES.planCell,
  goal: CONTENT_TYPES.goal,
  piece: CONTENT_TYPES.contentPiece,
};
const recordKey = (kind: CopyKind, sourceDocumentId: string, targetYear: number) => `${kind}|${sourceDocumentId}|${targetYear}`;

interface Planned {
  copier: Copier;
  thing: SourceThing;
  item: PlanCopyItem;
}

/** Two applies into the same year met at the unique record key: nothing of the later one was kept. */
export class ConcurrentCopyError extends ConflictError<null> {
  constructor(targetYear: number) {
    super(`Another copy into ${targetYear} ran at the same time. Preview again to see what it made.`, null);
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { zone, yearRange } = planYear(strapi);
  const copiers = COPIERS.map((make) => make(strapi) as Copier);
  const records = () => strapi.db.query(COPY);
  // Test hooks: fail after N creations (the rollback test), a smaller item limit (the 413 test).
  let failAfter: number | null = null;
  let maxItems = PLAN_COPY_MAX_ITEMS;

  async function sourceOf(input: PlanCopyInput): Promise<CopySource> {
    return {
      sourceYear: input.sourceYear,
      targetYear: input.targetYear,
      shift: { years: input.targetYear - input.sourceYear, rule: input.dateRule },
      zone: zone(),
      defaultLocale: await getService(strapi, 'languages').defaultLocale(),
    };
  }

  /** The records among `found` whose copy still exists (a plan cell's copy may be named by its id). */
  async function stillThere<R extends { sourceType: CopyKind; targetDocumentId: string }>(found: R[]): Promise<R[]> {
    const existing = new Set<string>();
    for (const kind of new Set(found.map((r) => r.sourceType))) {
      const uid = TARGET_TYPES[kind];
      const ids = [...new Set(found.filter((r) => r.sourceType === kind).map((r) => r.targetDocumentId))];
      if (!uid) ids.forEach((id) => existing.add(`${kind}|${id}`));
      for (let i = 0; uid && i < ids.length; i += 500) {
        const batch = ids.slice(i, i + 500);
        const numeric = batch.filter((id) => /^\d+$/.test(id)).map(Number);
        const rows = (await strapi.db.query(uid as never).findMany({
          where: { $or: [{ documentId: { $in: batch } }, ...(numeric.length ? [{ id: { $in: numeric } }] : [])] },
          select: ['id', 'documentId'],
        })) as Array<{ id: number; documentId: string | null }>;
        for (const r of rows) existing.add(`${kind}|${r.documentId}`).add(`${kind}|${r.id}`);
      }
    }
    return found.filter((r) => existing.has(`${r.sourceType}|${r.targetDocumentId}`));
  }

  /** What the earlier copies into the target year made, `kind|sourceDocumentId` → copy; `stale`: records of deleted copies. */
  async function copiedBefore(targetYear: number, keys: string[]): Promise<CopyMap & { stale?: Set<string> }> {
    const found: Array<{ sourceType: CopyKind; sourceDocumentId: string; targetDocumentId: string }> = [];
    for (let i = 0; i < keys.length; i += 500) {
      found.push(
        ...((await records().findMany({
          where: { recordKey: { $in: keys.slice(i, i + 500) } },
          select: ['sourceType', 'sourceDocumentId', 'targetDocumentId'],
        })) as typeof found)
      );
    }
    // Every theme copied into the year, for the pieces that link to one (a theme table is small).
    const themes = (await records().findMany({
      where: { targetYear, sourceType: 'theme' },
      select: ['sourceType', 'sourceDocumentId', 'targetDocumentId'],
      limit: 5000,
    })) as typeof found;
    const all = [...found, ...themes];
    const live = new Set(await stillThere(all));
    const copies: CopyMap & { stale?: Set<string> } = new Map(
      [...live].map((r) => [copyKey(r.sourceType, r.sourceDocumentId), r.targetDocumentId])
    );
    copies.stale = new Set(all.filter((r) => !live.has(r)).map((r) => recordKey(r.sourceType, r.sourceDocumentId, targetYear)));
    return copies;
  }

  async function planCopy(input: PlanCopyInput, source: CopySource) {
    const found: Array<{ copier: Copier; thing: SourceThing }> = [];
    for (const copier of copiers) {
      if (!copier.chosen(input)) continue;
      for (const thing of await copier.preview(source, input)) found.push({ copier, thing });
    }
    const copies = await copiedBefore(
      input.targetYear,
      found.map((f) => recordKey(f.copier.kind, f.thing.sourceDocumentId, input.targetYear))
    );
    const planned: Planned[] = found.map(({ copier, thing }) => {
      const copied = copies.get(copyKey(copier.kind, thing.sourceDocumentId));
      const { sourceDocumentId, label, from, to } = thing;
      const status = thing.recurs ? 'recurs' : copied ? 'already-copied' : thing.existingTargetId ? 'target-exists' : 'new';
      const targetDocumentId = thing.recurs ? null : (copied ?? thing.existingTargetId ?? null);
      return { copier, thing, item: { kind: copier.kind, sourceDocumentId, label, from, to, status, targetDocumentId } };
    });
    const fresh = planned.filter((p) => p.item.status === 'new').length;
    if (fresh > maxItems) {
      throw new errors.PayloadTooLargeError(
        `This copy would create ${fresh} things; at most ${maxItems} are copied at once. Choose fewer kinds or pieces.`,
        {
          errors: [
            { path: ['body'], message: `at most ${maxItems} new things per copy (this one: ${fresh})`, name: 'PayloadTooLargeError' },
          ],
        }
      );
    }
    return { planned, copies };
  }

  function answer(input: PlanCopyInput, planned: Planned[], applied: boolean, candidates: PlanCopyAnswer['candidates']): PlanCopyAnswer {
    const counts = Object.fromEntries(COPY_KINDS.map((k) => [k, { new: 0, skipped: 0 }])) as PlanCopyAnswer['counts'];
    for (const { item } of planned) counts[item.kind][item.status === 'new' ? 'new' : 'skipped'] += 1;
    return {
      sourceYear: input.sourceYear,
      targetYear: input.targetYear,
      dateRule: input.dateRule,
      applied,
      maxItems,
      counts,
      items: planned.map((p) => p.item),
      candidates,
    };
  }

  async function candidatesOf(source: CopySource): Promise<PlanCopyAnswer['candidates']> {
    const y = source.sourceYear;
    const themes = (await strapi.db.query(CONTENT_TYPES.theme).findMany({
      where: { locale: source.defaultLocale, startDate: { $gte: `${y}-01-01`, $lte: `${y}-12-31` } },
      select: ['documentId', 'name', 'startDate', 'endDate', 'repeatsYearly'],
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      limit: PLAN_COPY_MAX_CANDIDATES,
    })) as ThemeCandidate[];
    return {
      themes: themes.map((t) => ({ ...t, repeatsYearly: Boolean(t.repeatsYearly) })),
      pieces: await pieceCandidates(strapi, source, yearRange(y), PLAN_COPY_MAX_CANDIDATES),
    };
  }

  return {
    async preview(input: PlanCopyInput): Promise<PlanCopyAnswer> {
      const source = await sourceOf(input);
      const { planned } = await planCopy(input, source);
      return answer(input, planned, false, await candidatesOf(source));
    },

    async apply(input: PlanCopyInput): Promise<PlanCopyAnswer> {
      const source = await sourceOf(input);
      const copiedBy = currentWriter(strapi).userId;
      try {
        const planned = await strapi.db.transaction(async ({ trx }: { trx: Trx }) => {
          if (strapi.db.dialect.client !== 'sqlite') {
            await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`vuosikello:plan-copy:${input.targetYear}`]);
          }
          // Read again under the lock: what a copy that just finished made is skipped.
          const plan = await planCopy(input, source);
          let made = 0;
          for (const p of plan.planned) {
            if (p.item.status !== 'new') continue;
            if (failAfter !== null && made >= failAfter) throw new Error('plan copy: test fault');
            const targetDocumentId = await p.copier.apply(source, p.thing, trx, plan.copies);
            const key = recordKey(p.item.kind, p.item.sourceDocumentId, input.targetYear);
            // The record of a copy deleted since is replaced by this one.
            if (plan.copies.stale?.has(key)) await records().deleteMany({ where: { recordKey: key } });
            await records().create({
              data: {
                recordKey: key,
                sourceType: p.item.kind,
                sourceDocumentId: p.item.sourceDocumentId,
                sourceYear: input.sourceYear,
                targetYear: input.targetYear,
                targetDocumentId,
                ...(copiedBy ? { copiedBy } : {}),
              },
            });
            plan.copies.set(copyKey(p.item.kind, p.item.sourceDocumentId), targetDocumentId);
            p.item.targetDocumentId = targetDocumentId;
            made += 1;
          }
          return plan.planned;
        });
        return answer(input, planned, true, { themes: [], pieces: [] });
      } catch (error) {
        if (isUniqueViolation(error)) throw new ConcurrentCopyError(input.targetYear);
        throw error;
      }
    },

    /** Tests only: fail the next applies after `n` creations (null: never), or lower the item limit. */
    setTestFault(n: number | null) {
      failAfter = n;
    },
    setTestMaxItems(n: number | null) {
      maxItems = n ?? PLAN_COPY_MAX_ITEMS;
    },
  };
};
