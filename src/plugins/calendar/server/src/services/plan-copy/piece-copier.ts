/**
 * Content pieces, chosen one by one, come back as ideas: every language version the piece has
 * becomes a draft of the new piece with editorialStatus `idea` (never approved, never published,
 * so no publish right is needed), its publish time moved by the date rule at the same wall-clock
 * time in the piece's zone as the planned date. The recurrence rule stays (its UNTIL moves), the
 * skipped dates move. No assignee and no due date: who makes it and when is next year's decision.
 * A piece whose theme was copied into the target year links to the theme's copy.
 */
import type { Core } from '@strapi/strapi';
import type { PieceCandidate } from '../../../../core/contracts/plan-copy';
import { shiftInstant, shiftRuleUntil, shiftSkippedDates, shiftMonth } from '../../../../core/planning/shift-year';
import { instantToLocal } from '../../../../core/time';
import { CONTENT_TYPES } from '../../constants';
import { invalid } from '../../utils';
import { copyKey, type Copier, type CopySource } from './copier';

const PIECE = CONTENT_TYPES.contentPiece;
const LINK = { select: ['documentId'] };

interface PieceVersion {
  documentId: string;
  locale: string;
  title: string;
  summary: string | null;
  body: unknown;
  format: string | null;
  funnelStage: string;
  contentGoal: string;
  publishAt: string | Date | null;
  timeZone: string | null;
  recurrence: string | null;
  recurrenceExceptions: string[] | null;
  notes: string | null;
  kpiTargets: Array<{ metric: string; value: number; period?: string }> | null;
  channels: Array<{ documentId: string }>;
  personas: Array<{ documentId: string }>;
  theme: { documentId: string } | null;
}

type PieceRow = { versions: PieceVersion[] };

/** The language version's own fields, moved into the target year. */
function versionData(v: PieceVersion, source: CopySource) {
  const zone = v.timeZone || source.zone;
  const data = {
    title: v.title,
    summary: v.summary,
    body: v.body,
    notes: v.notes,
    editorialStatus: 'idea',
    timeZone: v.timeZone,
    publishAt: v.publishAt ? shiftInstant(new Date(v.publishAt), zone, source.shift).toISOString() : null,
    recurrence: v.recurrence ? shiftRuleUntil(v.recurrence, source.shift) : null,
    recurrenceExceptions: v.recurrenceExceptions?.length ? shiftSkippedDates(v.recurrenceExceptions, source.shift) : null,
  };
  // An empty field stays unwritten: the version's own defaults (and the guard's checks) apply as to a new one.
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null && value !== undefined));
}

const localDate = (v: PieceVersion, source: CopySource, at: Date) => instantToLocal(at, v.timeZone || source.zone).slice(0, 10);

export default (strapi: Core.Strapi): Copier<PieceRow> => ({
  kind: 'piece',
  chosen: (options) => Boolean(options.pieces?.length),

  async preview(source, options) {
    const ids = options.pieces ?? [];
    const found = (await strapi.db.query(PIECE).findMany({
      where: { documentId: { $in: ids }, publishedAt: null },
      populate: { channels: LINK, personas: LINK, theme: LINK },
      orderBy: [{ id: 'asc' }],
    })) as PieceVersion[];
    const byDocument = new Map<string, PieceVersion[]>();
    for (const v of found) byDocument.set(v.documentId, [...(byDocument.get(v.documentId) ?? []), v]);
    const missing = ids.filter((id) => !byDocument.has(id));
    if (missing.length) throw invalid('pieces', `pieces: no content piece with id ${missing.join(', ')}`);
    const chosen = [...new Set(ids)].map((id) => {
      const versions = byDocument.get(id)!;
      const main = versions.find((v) => v.locale === source.defaultLocale) ?? versions[0];
      return { id, versions, main, at: main.publishAt ? new Date(main.publishAt) : null };
    });
    // Only a piece planned in the source year moves by the years between the two.
    const outside = chosen.filter((c) => !c.at || !localDate(c.main, source, c.at).startsWith(`${source.sourceYear}-`));
    if (outside.length) {
      throw invalid('pieces', `pieces: not planned in ${source.sourceYear}: ${outside.map((c) => c.id).join(', ')}`);
    }
    return chosen.map(({ id, versions, main, at }) => ({
      sourceDocumentId: id,
      label: `${main.title} (${versions.map((v) => v.locale).join(', ')})`,
      from: localDate(main, source, at!),
      to: localDate(main, source, shiftInstant(at!, main.timeZone || source.zone, source.shift)),
      row: { versions },
    }));
  },

  async apply(source, thing, _trx, copies) {
    const { versions } = thing.row;
    const main = versions.find((v) => v.locale === source.defaultLocale) ?? versions[0];
    const theme = main.theme ? (copies.get(copyKey('theme', main.theme.documentId)) ?? main.theme.documentId) : null;
    const created = (await strapi.documents(PIECE).create({
      locale: main.locale,
      status: 'draft',
      data: {
        ...versionData(main, source),
        format: main.format,
        funnelStage: main.funnelStage,
        contentGoal: main.contentGoal,
        kpiTargets: (main.kpiTargets ?? []).map((t) => (t.period ? { ...t, period: shiftMonth(t.period, source.shift.years) } : t)),
        channels: main.channels.map((c) => c.documentId),
        personas: main.personas.map((p) => p.documentId),
        theme,
      },
    } as never)) as { documentId: string };
    // The other versions share format, stage, goal, KPI targets, channels, personas and theme with it.
    for (const v of versions) {
      if (v.locale === main.locale) continue;
      await strapi.documents(PIECE).update({
        documentId: created.documentId,
        locale: v.locale,
        status: 'draft',
        data: versionData(v, source),
      } as never);
    }
    return created.documentId;
  },
});

/** The pieces planned in the source year (their default-language draft), for the chooser. */
export async function pieceCandidates(strapi: Core.Strapi, source: CopySource, range: { from: Date; to: Date }, limit: number) {
  const rows = (await strapi.db.query(PIECE).findMany({
    where: { publishedAt: null, publishAt: { $gte: range.from, $lt: range.to } },
    select: ['documentId', 'locale', 'title', 'publishAt'],
    orderBy: [{ publishAt: 'asc' }, { id: 'asc' }],
    limit: limit * 4,
  })) as Array<{ documentId: string; locale: string; title: string; publishAt: string | Date | null }>;
  const byDocument = new Map<string, PieceCandidate>();
  for (const r of rows) {
    const seen = byDocument.get(r.documentId);
    if (seen) {
      seen.locales.push(r.locale);
      if (r.locale === source.defaultLocale) seen.title = r.title;
      continue;
    }
    if (byDocument.size >= limit) continue;
    const publishAt = r.publishAt ? new Date(r.publishAt).toISOString() : null;
    byDocument.set(r.documentId, { documentId: r.documentId, title: r.title, publishAt, locales: [r.locale] });
  }
  for (const c of byDocument.values()) c.locales.sort();
  return [...byDocument.values()];
}
