/** The fields of an occurrence, from a piece row: what every feed shows, and the admin's editorial ones. */
import type { PieceRow } from './piece-repository';
import type { Versions } from './piece-versions';

export const base = (row: PieceRow, zone: string) => ({
  documentId: row.documentId,
  locale: row.locale,
  // The document's other language versions, so a site can link "på svenska".
  locales: (row.locales ?? []).filter((l) => l !== row.locale),
  title: row.title,
  slug: row.slug,
  summary: row.summary ?? null,
  timeZone: zone,
  funnelStage: row.funnelStage,
  contentGoal: row.contentGoal,
  format: row.format ?? null,
  channels: row.channels.map((c) => c.slug),
  personas: row.personas.map((p) => p.slug),
  theme: row.theme?.slug ?? null,
  recurring: Boolean(row.recurrence && row.recurrence.trim()),
});

export const editorial = (row: PieceRow, versions: Versions) => {
  const publishedAt = versions.publishedUpdatedAt(row);
  return {
    editorialStatus: row.editorialStatus ?? 'idea',
    assignee: row.assignee ? { id: row.assignee.id, firstname: row.assignee.firstname, lastname: row.assignee.lastname } : null,
    dueAt: row.dueAt ? new Date(row.dueAt).toISOString() : null,
    publishAt: row.publishAt ? new Date(row.publishAt).toISOString() : null,
    updatedAt: new Date(row.updatedAt).toISOString(),
    // Strapi's own rule: a draft saved after the last publish has unpublished changes.
    status: (!publishedAt ? 'draft' : new Date(row.updatedAt) > publishedAt ? 'modified' : 'published') as
      'draft' | 'modified' | 'published',
    recurrence: row.recurrence ?? null,
    recurrenceExceptions: row.recurrenceExceptions ?? [],
  };
};
