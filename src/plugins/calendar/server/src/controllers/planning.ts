import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { CONTENT_FORMATS, CONTENT_GOALS, FUNNEL_STAGES } from '../../../core/enums';
import { isValidTimeZone } from '../../../core/time-zone';
import { StaleWriteError } from '../services/planning';
import { getService } from '../utils';

const isoDateTime = (field: string) =>
  z.string({ message: `${field} must be an ISO 8601 date-time` }).refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(new Date(v).getTime()), `${field} must be an ISO 8601 date-time`);
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

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.map(String) : ['body'];
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message.startsWith(path[0]) ? issue.message : `${path.join('.')}: ${issue.message}`;
    return { path: issue.code === 'unrecognized_keys' ? issue.keys : path, message, name: 'ValidationError' };
  });
  throw new errors.ValidationError(problems.map((p) => p.message).join('; '), { errors: problems });
}

const documentId = (ctx: any) => {
  const id = String(ctx.params.documentId ?? '');
  if (!/^[a-z0-9]{10,64}$/.test(id)) {
    throw new errors.ValidationError('documentId is not a document id', { errors: [{ path: ['documentId'], message: 'documentId is not a document id', name: 'ValidationError' }] });
  }
  return id;
};

/** 409 in Strapi's error shape, with the current version so the view can offer a reload. */
async function conflictAware(ctx: any, write: () => Promise<unknown>) {
  try {
    ctx.body = { data: await write() };
  } catch (error) {
    if (!(error instanceof StaleWriteError)) throw error;
    ctx.status = 409;
    ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message: error.message, details: { current: error.current } } };
  }
}

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
