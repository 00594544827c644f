/**
 * Field rules for the content types that Strapi's schema cannot express (time zones, RRULEs,
 * colours, date order, exception lists). Pure: the server runs them on every Document Service
 * write, so REST and the Content Manager refuse the same things; the admin may run them too.
 */
import { z } from 'zod';
import { isHexColor } from './color';
import { fieldError, isBlank, type FieldError } from './field-errors';
import { approvalProblems } from './editorial/workflow';
import { validateKpiTargets } from './planning/kpi-input';
import { DATE_WINDOW_TEXT, dateProblemText, inDateWindow, instantInWindow, offsetInstant, readDateInput } from './date-input';
import { checkReachable } from './recurrence/reachability';
import { validateRRule } from './recurrence/validate-rrule';
import { isValidTimeZone } from './time-zone';
import { isRealDate } from './time';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const isRealLocalDateTime = (value: string): boolean => {
  if (!LOCAL_DATE_TIME.test(value)) return false; // zod runs refinements even after a failed regex
  const [date, time] = value.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return isRealDate(y, m, d) && hh < 24 && mm < 60;
};

const exceptionsSchema = z
  .array(
    z
      .string()
      .regex(LOCAL_DATE_TIME, 'must be a local date-time YYYY-MM-DDTHH:mm')
      .refine(isRealLocalDateTime, 'is not a real date and time')
      .refine((v) => inDateWindow(v.slice(0, 10)), `must be between ${DATE_WINDOW_TEXT}`)
  )
  .max(5000, 'has too many entries (5,000 at most)');

/** Calendar date check for `YYYY-MM-DD` (Strapi date fields arrive as strings): real and in the window. */
const toDay = (value: unknown): string | null => {
  let day: string | null = null;
  if (value instanceof Date && !Number.isNaN(value.getTime())) day = value.toISOString().slice(0, 10);
  else if (typeof value === 'string') {
    // A date, or a date-time whose time is real too (`2026-05-01T25:00:00Z` is refused).
    const read = readDateInput(value);
    if (read.ok) day = read.date;
  }
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  return isRealDate(y, m, d) && inDateWindow(day) ? day : null;
};

const present = (data: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(data, key) && !isBlank(data[key]);

function checkColor(data: Record<string, unknown>, errors: FieldError[]) {
  if (present(data, 'color') && !isHexColor(data.color)) {
    errors.push(fieldError('color', `color must be a hex colour #RRGGBB (e.g. #1f77b4); got "${String(data.color)}"`, data.color));
  }
}

export function validateChannel(data: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  checkColor(data, errors);
  return errors;
}

export function validatePersona(_data: Record<string, unknown>): FieldError[] {
  return [];
}

/** `data` must hold the merged state (stored values overlaid with the change) for the date check. */
export function validateTheme(data: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  checkColor(data, errors);
  const start = toDay(data.startDate);
  const end = toDay(data.endDate);
  const dayProblem = (field: string) => `${field} must be a real date YYYY-MM-DD between ${DATE_WINDOW_TEXT}`;
  if (present(data, 'startDate') && !start) errors.push(fieldError('startDate', dayProblem('startDate'), data.startDate));
  if (present(data, 'endDate') && !end) errors.push(fieldError('endDate', dayProblem('endDate'), data.endDate));
  if (start && end && end < start) {
    errors.push(fieldError('endDate', `endDate (${end}) must be on or after startDate (${start})`, data.endDate));
  }
  return errors;
}

export interface ContentPieceCheck {
  errors: FieldError[];
  /** Normalised values to store (e.g. the RRULE without an `RRULE:` prefix). */
  normalised: Record<string, unknown>;
}

export interface ScheduleContext {
  /** The zone a schedule without one is read in (the plugin's default). */
  defaultTimeZone?: string;
  /** Judge the stored schedule even when `data` does not touch it (a clone is a new document). */
  wholeSchedule?: boolean;
}

/**
 * `stored` is the saved state a partial update lands on: the approval rule needs the whole piece,
 * and whether the rule reaches an occurrence depends on publishAt, timeZone and recurrence together.
 */
export function validateContentPiece(
  data: Record<string, unknown>,
  stored: Record<string, unknown> = {},
  context: ScheduleContext = {}
): ContentPieceCheck {
  const errors: FieldError[] = [];
  const normalised: Record<string, unknown> = {};

  checkZoneAndRule(data, errors, normalised);
  if (present(data, 'recurrenceExceptions')) {
    const parsed = exceptionsSchema.safeParse(data.recurrenceExceptions);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.length ? ` (item ${String(issue.path[0])})` : '';
      const message =
        issue.code === 'invalid_type' && issue.path.length === 0 ? 'must be a list of local date-times YYYY-MM-DDTHH:mm' : issue.message;
      errors.push(fieldError('recurrenceExceptions', `recurrenceExceptions${where} ${message}`, data.recurrenceExceptions));
    } else {
      normalised.recurrenceExceptions = [...new Set(parsed.data)].sort();
    }
  }
  checkDateTime(data, 'publishAt', errors);
  checkDateTime(data, 'dueAt', errors);
  checkReachability(data, stored, 'publishAt', context, errors);
  if ('kpiTargets' in data) errors.push(...validateKpiTargets(data.kpiTargets));
  errors.push(...approvalProblems({ ...stored, ...data }));
  return { errors, normalised };
}

/**
 * A community task: same zone and rule checks as a piece; `stored` is the saved task an update
 * lands on, because a task's occurrences need its start.
 */
export function validateCommunityTask(
  data: Record<string, unknown>,
  creating: boolean,
  stored: Record<string, unknown> = {},
  context: ScheduleContext = {}
): ContentPieceCheck {
  const errors: FieldError[] = [];
  const normalised: Record<string, unknown> = {};
  checkZoneAndRule(data, errors, normalised);
  if (creating && !present(data, 'startsAt')) errors.push(fieldError('startsAt', 'startsAt is required: the first occurrence of the task'));
  checkDateTime(data, 'startsAt', errors);
  checkReachability(data, stored, 'startsAt', context, errors);
  if (present(data, 'estimateMinutes')) {
    const n = Number(data.estimateMinutes);
    if (!Number.isInteger(n) || n < 0 || n > 1440)
      errors.push(fieldError('estimateMinutes', 'estimateMinutes must be a whole number of minutes 0..1440', data.estimateMinutes));
  }
  return { errors, normalised };
}

function checkZoneAndRule(data: Record<string, unknown>, errors: FieldError[], normalised: Record<string, unknown>) {
  if (Object.prototype.hasOwnProperty.call(data, 'timeZone')) {
    if (data.timeZone === null || data.timeZone === '' || !isValidTimeZone(data.timeZone)) {
      errors.push(
        fieldError('timeZone', `timeZone must be an IANA time zone such as Europe/Helsinki; got "${String(data.timeZone)}"`, data.timeZone)
      );
    }
  }
  if (present(data, 'recurrence')) {
    const check = validateRRule(data.recurrence);
    if (check.ok) normalised.recurrence = check.rule;
    else errors.push(fieldError('recurrence', `recurrence ${check.message}`, data.recurrence));
  }
}

/** The fields whose merged state decides whether a rule reaches an occurrence. */
export const SCHEDULE_FIELDS = (startField: string) => [startField, 'timeZone', 'recurrence'] as const;

/**
 * The merged schedule (stored state overlaid with the change) must reach an occurrence: a new
 * rule, or a new start or zone under a stored rule, can each make it unreachable. The problem is
 * the rule's, so it names `recurrence` whichever field changed.
 */
function checkReachability(
  data: Record<string, unknown>,
  stored: Record<string, unknown>,
  startField: string,
  context: ScheduleContext,
  errors: FieldError[]
) {
  const fields = SCHEDULE_FIELDS(startField);
  if (!context.wholeSchedule && !fields.some((f) => Object.prototype.hasOwnProperty.call(data, f))) return;
  if (errors.some((e) => (fields as readonly string[]).includes(e.path[0]))) return;
  const merged = { ...stored, ...data };
  if (isBlank(merged.recurrence) || isBlank(merged[startField])) return;
  const start = merged[startField] instanceof Date ? (merged[startField] as Date) : toInstant(merged[startField]);
  const timeZone = typeof merged.timeZone === 'string' && merged.timeZone ? merged.timeZone : context.defaultTimeZone;
  if (!start || !timeZone) return;
  const verdict = checkReachable({ start, timeZone, recurrence: String(merged.recurrence) }, startField);
  if (!verdict.ok) errors.push(fieldError('recurrence', `recurrence ${verdict.message}`, merged.recurrence));
}

const DATE_TIME_EXPECTED = 'an ISO 8601 date-time such as 2026-03-31T09:00:00+03:00';

/** The instant a stored or given date-time value stands for, or null when it is not one. */
function toInstant(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? new Date(value) : null;
  if (typeof value !== 'string') return null;
  const read = readDateInput(value);
  if (read.ok && read.offsetMinutes !== null) return offsetInstant(read);
  // No offset, or a database's own text form of a stored value: read as Strapi does.
  const at = new Date(value.includes('T') || !/ \d/.test(value) ? value : value.replace(' ', 'T') + (/[Z+]/.test(value) ? '' : 'Z'));
  return Number.isNaN(at.getTime()) ? null : at;
}

function checkDateTime(data: Record<string, unknown>, field: string, errors: FieldError[]) {
  if (!present(data, field)) return;
  const value = data[field];
  if (typeof value === 'string') {
    const read = readDateInput(value);
    if (!read.ok) errors.push(fieldError(field, dateProblemText(field, read.problem, value, DATE_TIME_EXPECTED), value));
    // Without an offset the server's own zone would decide the instant.
    else if (read.offsetMinutes === null)
      errors.push(fieldError(field, `${field} needs an offset or Z (${DATE_TIME_EXPECTED}); got "${value}"`, value));
    return;
  }
  // A Date or epoch milliseconds (as Strapi's own datetime fields take them) is an instant already.
  const at = toInstant(value);
  if (!at) errors.push(fieldError(field, `${field} must be ${DATE_TIME_EXPECTED}; got "${String(value)}"`, value));
  else if (!instantInWindow(at)) errors.push(fieldError(field, dateProblemText(field, 'window', value, DATE_TIME_EXPECTED), value));
}
