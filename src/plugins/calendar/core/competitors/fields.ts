/**
 * The building blocks of the competitor contract's schemas: web addresses (http/https only,
 * normalised), trimmed texts that name their field, strict calendar dates, and the platforms a
 * competitor's social channel may be on.
 */
import { z } from 'zod';
import { readDateInput } from '../date-input';
import { checkWebUrl } from './web-url';

export const COMPETITOR_PLATFORMS = [
  'facebook',
  'instagram',
  'linkedin',
  'x',
  'tiktok',
  'youtube',
  'threads',
  'pinterest',
  'blog',
  'newsletter',
  'other',
] as const;
export type CompetitorPlatform = (typeof COMPETITOR_PLATFORMS)[number];

/** An http(s) address, normalised; other schemes (`javascript:`, `data:`) are refused naming the field. */
export const webUrl = (field: string) =>
  z.string({ message: `${field} must be a web address starting with http:// or https://` }).transform((value, ctx) => {
    const checked = checkWebUrl(field, value);
    if (checked.ok) return checked.url;
    ctx.addIssue({ code: 'custom', message: checked.message });
    return z.NEVER;
  });
/** An optional address: absent, null or empty clears it. */
export const optionalUrl = (field: string) =>
  z.preprocess((v) => (typeof v === 'string' && !v.trim() ? null : v), webUrl(field).nullable().optional());

export const text = (field: string, max: number) =>
  z
    .string({ message: `${field} must be text` })
    .trim()
    .max(max, `${field} must be at most ${max.toLocaleString('en')} characters`);
/** Optional free text: empty is stored as null. */
export const optionalText = (field: string, max: number) =>
  text(field, max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

const DATE_MESSAGE = (field: string) => `${field} must be a date YYYY-MM-DD, such as 2026-03-31`;
/** A calendar date, strict (no 2026-02-30) and inside the calendar's window. */
export const calendarDate = (field: string) =>
  z.string({ message: DATE_MESSAGE(field) }).refine((v) => {
    const read = readDateInput(v);
    return read.ok && !read.hasTime;
  }, DATE_MESSAGE(field));
