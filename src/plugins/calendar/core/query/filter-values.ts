/**
 * The values of the occurrence filters: lists given comma-separated or repeated, each checked
 * against what the filter takes (enum values, slugs, locale codes, assignees), with a message
 * naming the filter.
 */
import { z } from 'zod';
import { CONTENT_FORMATS, CONTENT_GOALS, EDITORIAL_STATUSES, FUNNEL_STAGES } from '../enums';
import { ALL_LOCALES, isLocaleCode } from '../i18n/locales';
import type { OccurrenceFilters } from './occurrence-params';

const MAX_LIST = 100;
const SLUG = /^[A-Za-z0-9][A-Za-z0-9\-_.~]*$/;

/** `a,b` and `?x=a&x=b` both become ['a', 'b']. */
function list(value: unknown): string[] | null {
  const raw = Array.isArray(value) ? value : [value];
  if (!raw.every((v) => typeof v === 'string')) return null;
  return [
    ...new Set(
      (raw as string[])
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean)
    ),
  ];
}

const enumList = (name: string, allowed: readonly string[]) =>
  z.unknown().transform((value, ctx) => {
    const items = list(value);
    if (!items) {
      ctx.addIssue({ code: 'custom', message: `${name} must be a comma-separated list` });
      return z.NEVER;
    }
    const bad = items.filter((i) => !allowed.includes(i));
    if (bad.length) {
      ctx.addIssue({ code: 'custom', message: `${name} must be one of ${allowed.join(', ')}; got ${bad.join(', ')}` });
      return z.NEVER;
    }
    return items;
  });

const slugList = (name: string) =>
  z.unknown().transform((value, ctx) => {
    const items = list(value);
    if (!items || items.length > MAX_LIST || items.some((i) => !SLUG.test(i))) {
      ctx.addIssue({ code: 'custom', message: `${name} must be slugs, comma-separated or repeated (at most ${MAX_LIST})` });
      return z.NEVER;
    }
    return items;
  });

const localeList = z.unknown().transform((value, ctx) => {
  const items = list(value);
  if (!items || items.length > MAX_LIST || items.some((i) => !isLocaleCode(i) && !(ALL_LOCALES as readonly string[]).includes(i))) {
    ctx.addIssue({ code: 'custom', message: 'locale must be locale codes such as fi or sv, comma-separated, or "all"' });
    return z.NEVER;
  }
  return items;
});

const assigneeList = z.unknown().transform((value, ctx) => {
  const items = list(value);
  if (!items || items.some((i) => i !== 'me' && i !== 'none' && !/^\d+$/.test(i))) {
    ctx.addIssue({ code: 'custom', message: 'assignee must be admin user ids, "me" or "none"' });
    return z.NEVER;
  }
  return items;
});

export const filterSchemas: Record<keyof OccurrenceFilters, z.ZodType<string[]>> = {
  channel: slugList('channel'),
  persona: slugList('persona'),
  theme: slugList('theme'),
  stage: enumList('stage', FUNNEL_STAGES),
  goal: enumList('goal', CONTENT_GOALS),
  format: enumList('format', CONTENT_FORMATS),
  locale: localeList,
  editorialStatus: enumList('editorialStatus', EDITORIAL_STATUSES),
  assignee: assigneeList,
};
