import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { CONTENT_FORMATS, CONTENT_GOALS, FUNNEL_STAGES } from '../../../core/enums';
import { isValidTimeZone } from '../../../core/time-zone';
import { getService } from '../utils';
import { conflictAware, documentId, isoDateTime, parse } from './validation';

const timeZone = z.string().refine(isValidTimeZone, 'timeZone must be an IANA time zone such as Europe/Helsinki');

const scheduleBody = z.object({
  publishAt: isoDateTime('publishAt').nullable(),
  timeZone: timeZone.optional(),
  /** Moving a whole series also moves its weekdays; the content guard validates the rule. */
  recurrence: z.string().max(500).optional(),
  expectedUpdatedAt: isoDateTime('expectedUpdatedAt'),
}).strict();

const detachBody = z.object({
  occurrence: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'occurrence must be the local date-time of the occurrence, YYYY-MM-DDTHH:mm'),
  publishAt: isoDateTime('publishAt'),
  expectedUpdatedAt: isoDateTime('expectedUpdatedAt'),
}).strict();

const quickCreateBody = z.object({
  title: z.string().trim().min(1, 'title is required').max(255),
  funnelStage: z.enum(FUNNEL_STAGES, { message: `funnelStage must be one of ${FUNNEL_STAGES.join(', ')}` }),
  contentGoal: z.enum(CONTENT_GOALS, { message: `contentGoal must be one of ${CONTENT_GOALS.join(', ')}` }),
  format: z.enum(CONTENT_FORMATS).optional(),
  channels: z.array(z.string()).max(50).optional(),
  publishAt: isoDateTime('publishAt').nullable().optional(),
  timeZone: timeZone.optional(),
}).strict();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** PUT /calendar/pieces/:documentId/schedule */
  async schedule(ctx: any) {
    const id = documentId(ctx);
    const body = parse(scheduleBody, ctx.request.body);
    await conflictAware(ctx, () => getService(strapi, 'planning').schedule(id, body));
  },

  /** POST /calendar/pieces/:documentId/detach-occurrence */
  async detachOccurrence(ctx: any) {
    const id = documentId(ctx);
    const body = parse(detachBody, ctx.request.body);
    await conflictAware(ctx, () => getService(strapi, 'planning').detachOccurrence(id, body));
  },

  /** POST /calendar/pieces */
  async quickCreate(ctx: any) {
    const body = parse(quickCreateBody, ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'planning').quickCreate(body) };
  },
});
