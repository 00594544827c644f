/** Builders for content over the Document Service, as the Content Manager writes it. */
import type { TestApp } from './strapi';

export async function channel(app: TestApp, name: string, extra: Record<string, unknown> = {}) {
  return app.strapi.documents('api::channel.channel').create({ data: { name, kind: 'owned', ...extra } });
}

export async function persona(app: TestApp, name: string, extra: Record<string, unknown> = {}) {
  return app.strapi.documents('api::persona.persona').create({ data: { name, ...extra } });
}

export async function theme(app: TestApp, name: string, startDate: string, endDate: string) {
  return app.strapi.documents('api::theme.theme').create({ data: { name, startDate, endDate } });
}

export interface PieceInput {
  title: string;
  publishAt?: string | null;
  timeZone?: string;
  recurrence?: string;
  recurrenceExceptions?: string[];
  funnelStage?: string;
  contentGoal?: string;
  format?: string;
  channels?: string[];
  personas?: string[];
  theme?: string;
  editorialStatus?: string;
  assignee?: number;
  notes?: string;
  dueAt?: string;
  effortMinutes?: number;
}

/** A content piece; `published: true` publishes it as well. */
export async function piece(app: TestApp, input: PieceInput, published = true) {
  return app.strapi.documents('api::content-piece.content-piece').create({
    data: { funnelStage: 'reach', contentGoal: 'sell', format: 'article', ...input },
    ...(published ? { status: 'published' } : {}),
  });
}
